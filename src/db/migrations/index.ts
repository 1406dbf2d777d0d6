// Every migration, in order. A migration is committed SQL and is never edited once released:
// changes go into a new file.
import { sql as planRegister } from './0001-plan-register';
import { sql as people } from './0002-people-and-access';
import { sql as obligations } from './0003-obligations-reports-audit';
import { sql as statistics } from './0004-statistics';
import { sql as inputOutput } from './0005-input-output-tables';
import { sql as indicatorSeries } from './0006-indicator-series';
import { sql as registerVersion } from './0007-register-version';
import { sql as auditSealCheck } from './0009-audit-seal-check';
import { sql as auditSealsTable } from './0010-audit-seals-table';
import { sql as userSearchText } from './0011-user-search-text';
import { sql as evidenceToastVacuum } from './0012-evidence-toast-vacuum';
import { sql as auditSystemActor } from './0013-audit-system-actor';
import { sql as hexDigestChecks } from './0014-hex-digest-checks';
import { fillUserSearchText } from '../repositories/users';
import type { Queryable } from '../repositories/queryable';

export interface Migration {
  id: string;
  sql: string;
  /** What SQL alone cannot do, run in the migration's transaction after its SQL. */
  then?: (client: Queryable) => Promise<unknown>;
}

export const migrations: Migration[] = [
  { id: '0001-plan-register', sql: planRegister },
  { id: '0002-people-and-access', sql: people },
  { id: '0003-obligations-reports-audit', sql: obligations },
  { id: '0004-statistics', sql: statistics },
  { id: '0005-input-output-tables', sql: inputOutput },
  { id: '0006-indicator-series', sql: indicatorSeries },
  { id: '0007-register-version', sql: registerVersion },
  { id: '0009-audit-seal-check', sql: auditSealCheck },
  { id: '0010-audit-seals-table', sql: auditSealsTable },
  // The live fold on purpose: stored names must be folded as queries fold them today. A change to
  // foldForSearch must come with a migration that folds every name again, whatever 0011 did.
  { id: '0011-user-search-text', sql: userSearchText, then: fillUserSearchText },
  { id: '0012-evidence-toast-vacuum', sql: evidenceToastVacuum },
  { id: '0013-audit-system-actor', sql: auditSystemActor },
  { id: '0014-hex-digest-checks', sql: hexDigestChecks },
].filter((migration) => migration.sql.trim() !== '');
