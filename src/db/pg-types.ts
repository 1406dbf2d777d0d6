// How PostgreSQL values become JavaScript values, for every pool in the process. Imported by
// every repository, so that no code path sees counts or figures as strings.
import pg from 'pg';

// Counts and sums come back as numbers: every figure we store fits a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));
// Dates stay ISO strings: civil dates have no time zone and must not shift.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
