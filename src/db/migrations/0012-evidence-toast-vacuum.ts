// Evidence contents are written once and never updated; they live in evidence_files' TOAST table
// (storage external: 100 KB a file, 13 pages). Since PostgreSQL 13 autovacuum also vacuums a table
// after enough inserts, to set visibility-map bits for index-only scans and freeze early. Neither
// helps TOAST chunks (nothing scans them index-only), and on a reporting day the vacuum reread and
// rewrote every page written in the last minute: 38.8 pages written by backends per submission in
// the benchmark's paced phase became 26.0 without it (docs/reporting.md, "Load: a reporting day").
// Vacuums after deletes (a draft's file removed) and the anti-wraparound vacuum still run.
export const sql = /* sql */ `
alter table evidence_files set (toast.autovacuum_vacuum_insert_threshold = -1);
`;
