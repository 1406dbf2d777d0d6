// The problems found in a dataset folder: each names the file, the record and the field, so that a
// person can fix the files in one pass. The checks add to an IssueCollector and the loader throws
// one DatasetValidationError listing them all.
import path from 'node:path';
import type { z } from 'zod';

export interface DatasetIssue {
  /** The file as shown to a person: the data folder's name, then the path inside it. */
  file: string;
  /** The record, e.g. "measure 12", "organization MIC", "row 7"; absent for the file as a whole. */
  record?: string;
  /** The field, e.g. "deadlineText", "costs[0].source", "scope". */
  field?: string;
  message: string;
}

export function formatDatasetIssue(issue: DatasetIssue): string {
  const where = [issue.record, issue.field === undefined ? undefined : `field "${issue.field}"`].filter(Boolean).join(', ');
  return where ? `${issue.file}: ${where}: ${issue.message}` : `${issue.file}: ${issue.message}`;
}

const MAX_ISSUES_IN_MESSAGE = 20;

export class DatasetValidationError extends Error {
  constructor(readonly issues: DatasetIssue[]) {
    const shown = issues.slice(0, MAX_ISSUES_IN_MESSAGE).map((issue) => `  - ${formatDatasetIssue(issue)}`);
    if (issues.length > shown.length) shown.push(`  ... and ${issues.length - shown.length} more`);
    super(`The dataset has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${shown.join('\n')}`);
    this.name = 'DatasetValidationError';
  }
}

export class IssueCollector {
  readonly issues: DatasetIssue[] = [];
  constructor(private readonly dataDir: string) {}

  add(file: string, message: string, record?: string, field?: string): void {
    const shown = path.join(path.basename(this.dataDir), path.relative(this.dataDir, file)).split(path.sep).join('/');
    this.issues.push({ file: shown, ...(record === undefined ? {} : { record }), ...(field === undefined ? {} : { field }), message });
  }

  addZod(file: string, error: z.ZodError, record: (path: readonly PropertyKey[]) => { label?: string; rest: readonly PropertyKey[] }): void {
    for (const issue of error.issues) {
      const { label, rest } = record(issue.path);
      const keys = issue.code === 'unrecognized_keys' ? [...rest, issue.keys.join(', ')] : rest;
      const field = formatFieldPath(keys);
      const message =
        issue.code === 'unrecognized_keys'
          ? 'this field is not part of the format'
          : issue.code === 'invalid_type' && /received undefined$/.test(issue.message)
            ? 'the field is missing'
            : issue.message;
      this.add(file, message, label, field === '' ? undefined : field);
    }
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new DatasetValidationError(this.issues);
  }
}

function formatFieldPath(keys: readonly PropertyKey[]): string {
  let out = '';
  for (const key of keys) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out;
}

/** Reports each key that appears more than once; returns the keys seen. */
export function uniqueKeys<T, K extends string | number>(
  file: string,
  items: readonly T[],
  key: (item: T) => K,
  kind: string,
  field: string,
  issues: IssueCollector,
): Set<K> {
  const seen = new Set<K>();
  for (const item of items) {
    const value = key(item);
    if (seen.has(value)) issues.add(file, `${kind} ${value} appears more than once`, `${kind} ${value}`, field);
    seen.add(value);
  }
  return seen;
}
