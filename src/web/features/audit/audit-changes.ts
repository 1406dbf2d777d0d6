// What an audit row changed, readably: the fields whose values differ between before and after
// (all of after's fields for a creation, all of before's for a removal), each value shortened to a
// line. The full JSON stays one click away on the page.

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

const MAX_LENGTH = 160;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shorten(text: string): string {
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

/** One line for a value: strings as they are, files by name, anything else as compact JSON. */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return shorten(value.replace(/\s+/g, ' ').trim() || '""');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const names = value.map((item) => (isRecord(item) ? (item.fileName ?? item.organizationCode ?? item.name) : undefined));
    if (names.every((name) => typeof name === 'string')) return shorten(names.join(', '));
  }
  return shorten(JSON.stringify(value));
}

export function describeChanges(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    if (JSON.stringify(before) === JSON.stringify(after)) return [];
    return [{ field: '', before: before == null ? null : formatAuditValue(before), after: after == null ? null : formatAuditValue(after) }];
  }
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const a = from[field];
    const b = to[field];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    changes.push({ field, before: isRecord(before) && field in from ? formatAuditValue(a) : null, after: isRecord(after) && field in to ? formatAuditValue(b) : null });
  }
  return changes;
}
