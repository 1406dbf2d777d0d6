// A timestamp column as the civil date in Kazakhstan, in SQL: due dates and "reported on time" are
// judged by the date there, whatever the server's time zone.
import { KAZAKHSTAN_TIME_ZONE } from '../../core/obligations/civil-time';

export const civilDateSql = (column: string): string => `(${column} at time zone '${KAZAKHSTAN_TIME_ZONE}')::date`;
