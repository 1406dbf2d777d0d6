// Optimistic concurrency: a change names the version it was based on, as `If-Match: "<version>"`
// (preferred: it is HTTP's own precondition, and the ETag of every GET gives it) or as `version`
// in the body (for HTML forms, which cannot set headers). A stale version gets 409, a missing one 428.

export type ExpectedVersion =
  | { status: 'given'; version: number }
  | { status: 'missing' }
  | { status: 'invalid'; message: string };

const ENTITY_TAG = /^(?:W\/)?"(\d{1,9})"$/;

export function readExpectedVersion(ifMatch: string | undefined | null, bodyVersion: number | undefined | null): ExpectedVersion {
  let fromHeader: number | null = null;
  const header = ifMatch?.trim();
  if (header) {
    const match = ENTITY_TAG.exec(header);
    if (!match) return { status: 'invalid', message: `If-Match must be one version in quotes, such as "3"; got ${header}.` };
    fromHeader = Number(match[1]);
  }
  if (fromHeader !== null && bodyVersion != null && fromHeader !== bodyVersion) {
    return { status: 'invalid', message: `If-Match says version ${fromHeader} but the body says ${bodyVersion}; send one.` };
  }
  const version = fromHeader ?? bodyVersion ?? null;
  return version === null ? { status: 'missing' } : { status: 'given', version };
}

export function entityTag(version: number): string {
  return `"${version}"`;
}
