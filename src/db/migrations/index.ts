// Every migration, in order. A migration is committed SQL and is never edited once released:
// changes go into a new file.
import { sql as planRegister } from './0001-plan-register';

export interface Migration {
  id: string;
  sql: string;
}

export const migrations: Migration[] = [{ id: '0001-plan-register', sql: planRegister }];
