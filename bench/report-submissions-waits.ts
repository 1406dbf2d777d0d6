// What PostgreSQL's backends are waiting for during a benchmark phase, sampled from
// pg_stat_activity every 50 ms: on average how many of the server's backends are on the CPU or
// wait for the WAL to be written, for a table to be extended, and so on, and which tables
// autovacuum works on meanwhile. Latency spikes with a queue on one wait (WALWrite, extend) have a
// cause in the database; spikes with backends mostly on the CPU are a machine out of CPU.
import type pg from 'pg';

interface Sample {
  at: number;
  /** Wait event of each active client backend ("CPU" when on the CPU or runnable). */
  waits: string[];
  /** What each autovacuum worker is doing, e.g. "VACUUM pg_toast.pg_toast_16837". */
  autovacuum: string[];
}

export interface WaitSampler {
  /** Stops sampling; the samples taken. */
  stop(): Promise<Sample[]>;
}

export function startWaitSampler(pool: pg.Pool, intervalMs = 50): WaitSampler {
  const samples: Sample[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const at = performance.now();
      const { rows } = await pool.query<{ backend_type: string; wait: string | null; query: string }>(
        `select backend_type, wait_event_type || ':' || wait_event as wait, query
           from pg_stat_activity
          where pid <> pg_backend_pid() and state = 'active' and backend_type in ('client backend', 'autovacuum worker')`,
      );
      samples.push({
        at,
        waits: rows.filter((r) => r.backend_type === 'client backend').map((r) => r.wait ?? 'CPU'),
        autovacuum: rows.filter((r) => r.backend_type === 'autovacuum worker').map((r) => r.query.replace(/^autovacuum: /, '')),
      });
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, intervalMs - (performance.now() - at))));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return samples;
    },
  };
}

function averages(lists: string[][], top: number): string {
  const counts = new Map<string, number>();
  for (const list of lists) for (const item of list) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, n]) => `${name} ${(n / Math.max(1, lists.length)).toFixed(2)}`)
    .join(', ');
}

/** One line for a phase's notes: the samples taken from `from` to `to` (performance.now()). */
export function describeWaits(samples: readonly Sample[], from: number, to: number): string {
  const inPhase = samples.filter((s) => s.at >= from && s.at < to);
  const vacuuming = inPhase.filter((s) => s.autovacuum.length > 0).length;
  return (
    `active backends on average (${inPhase.length} samples): ${averages(inPhase.map((s) => s.waits), 6) || 'none'}; ` +
    `autovacuum working ${((100 * vacuuming) / Math.max(1, inPhase.length)).toFixed(0)} % of the time${vacuuming ? `, mostly on ${averages(inPhase.map((s) => s.autovacuum), 2)}` : ''}`
  );
}
