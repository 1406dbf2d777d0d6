// The audit trail is a hash chain: each row stores the hash of the row before it, and its own hash
// is sha256(prev_hash || canonical JSON of its content). Changing, removing or reordering any row
// breaks every link after it. Core builds the exact hash input and walks the chain; the sha256
// itself is passed in (node:crypto lives outside core).

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** prev_hash of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditContent {
  id: number;
  /** ISO 8601 instant with milliseconds, UTC ('2025-04-10T06:00:00.000Z'). */
  at: string;
  actorId: number | null;
  action: string;
  entityType: string;
  entityId: string;
  before: JsonValue;
  after: JsonValue;
}

/**
 * JSON with object keys sorted (by UTF-16 code units, as RFC 8785 does) and no whitespace, so that
 * the same content always gives the same text, whatever order PostgreSQL's jsonb returns keys in.
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError('canonical JSON has no NaN or Infinity');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value)
    .filter((k) => value[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] as JsonValue)}`).join(',')}}`;
}

export function auditHashInput(prevHash: string, content: AuditContent): string {
  const { id, at, actorId, action, entityType, entityId, before, after } = content;
  return prevHash + canonicalJson({ id, at, actorId, action, entityType, entityId, before, after });
}

export interface ChainedRow {
  content: AuditContent;
  prevHash: string;
  hash: string;
}

export type ChainBreak = { rowId: number; reason: string };

/**
 * Checks rows one at a time, in id order, so that a long chain can be streamed in batches.
 * `check` returns the first break it meets (and every later call returns it again).
 */
export function createChainVerifier(sha256Hex: (text: string) => string) {
  let expectedPrev = GENESIS_HASH;
  let checked = 0;
  let broken: ChainBreak | null = null;
  return {
    check(row: ChainedRow): ChainBreak | null {
      if (broken) return broken;
      if (row.prevHash !== expectedPrev) {
        broken = { rowId: row.content.id, reason: 'its prev_hash is not the hash of the row before it (a row was removed, inserted or changed)' };
        return broken;
      }
      if (sha256Hex(auditHashInput(row.prevHash, row.content)) !== row.hash) {
        broken = { rowId: row.content.id, reason: 'its content does not match its hash (the row was changed)' };
        return broken;
      }
      expectedPrev = row.hash;
      checked += 1;
      return null;
    },
    get checked() {
      return checked;
    },
  };
}
