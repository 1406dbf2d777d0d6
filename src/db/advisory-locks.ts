// PostgreSQL advisory lock keys, in one place so that no two kinds of work share a key by accident
// (two that did would block each other for no reason).
export const ADVISORY_LOCKS = {
  migrations: 727_301,
  seed: 727_302,
  obligationsRefresh: 727_303,
  auditSeal: 727_304,
  observationsImport: 727_305,
} as const;
