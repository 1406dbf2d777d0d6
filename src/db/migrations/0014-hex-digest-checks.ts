// The checks that a column holds a SHA-256 in hex were written as `x ~ '^[0-9a-f]{64}$'`.
// PostgreSQL's regular expression engine builds its automaton's states afresh on every match, and
// the counted repetition gives it one state per character: 11-12 microseconds a check, against
// 0.5 for "64 bytes and no character outside 0-9a-f" (psql, 200,000 digests, PostgreSQL 15). A
// report submission checks eleven (its file's digest, and two per audit seal for five rows), so
// the regular expressions cost PostgreSQL 0.13 ms of its 3.4 ms a submission (perf showed the
// engine's `miss` at 2 % of the whole machine's CPU on a reporting day). Same rule, same names.
/** Each column checked to hold a SHA-256 in hex; its check is named `<table>_<column>_check`. */
export const HEX_DIGEST_CHECKS: ReadonlyArray<[table: string, column: string]> = [
  ['sessions', 'id'],
  ['api_tokens', 'token_hash'],
  ['evidence_files', 'sha256'],
  ['observation_imports', 'sha256'],
  ['audit_seals', 'prev_hash'],
  ['audit_seals', 'hash'],
];

export const sql = HEX_DIGEST_CHECKS.map(
  ([table, column]) => /* sql */ `
alter table ${table} drop constraint ${table}_${column}_check,
  add constraint ${table}_${column}_check check (octet_length(${column}) = 64 and ${column} !~ '[^0-9a-f]');`,
).join('\n');
