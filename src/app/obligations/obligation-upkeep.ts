// Keeps obligations current while the server runs: at start-up (loading the holiday calendar into
// a database that predates it) and then whenever the date in Kazakhstan changes, so that
// obligations turn overdue on the morning after their due date without anyone asking.
import type pg from 'pg';
import { withTransaction } from '../../db/transaction';
import { resolveDataPath } from '../../io/data-path';
import { kazakhstanToday } from './kazakhstan-date';
import { refreshObligations } from './refresh-obligations';
import { ensureHolidayCalendar } from './seed-obligations';

const CHECK_EVERY_MS = 15 * 60 * 1000;

export interface ObligationUpkeep {
  /** Settles when the start-up refresh is done (it never rejects: failures are logged). */
  ready: Promise<void>;
  /** Stops the timer and waits for a refresh in progress, so the pool can close after it. */
  stop(): Promise<void>;
}

export function startObligationUpkeep(pool: pg.Pool, log: (line: string) => void = () => undefined, dataDir = resolveDataPath()): ObligationUpkeep {
  let lastDay: string | null = null;
  let current: Promise<void> | null = null;
  const refresh = async (today: string) => {
    try {
      const added = await withTransaction(pool, (client) => ensureHolidayCalendar(client, dataDir));
      if (added) log(`Loaded ${added} holiday calendar days.`);
      const result = await refreshObligations(pool, { asOf: today });
      lastDay = today;
      if (result.created || result.statusChanges || result.rescheduled || result.cancelled) {
        log(`Obligations as of ${today}: ${result.created} created, ${result.rescheduled} rescheduled, ${result.cancelled} cancelled, ${result.statusChanges} statuses changed.`);
      }
    } catch (error) {
      log(`The obligation refresh failed and will be tried again: ${(error as Error).message}`);
    }
  };
  const run = (): Promise<void> => {
    const today = kazakhstanToday();
    if (current || today === lastDay) return current ?? Promise.resolve();
    current = refresh(today).finally(() => {
      current = null;
    });
    return current;
  };
  const timer = setInterval(() => void run(), CHECK_EVERY_MS);
  timer.unref();
  return {
    ready: run(),
    stop: async () => {
      clearInterval(timer);
      await current;
    },
  };
}
