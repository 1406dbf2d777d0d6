// What the embedded cluster did during a benchmark phase, from PostgreSQL's own statistics: the
// sessions the server's pool opened (each costs a process, an authentication and new prepared
// statements), the WAL flushes, bytes and full-page images, and who wrote data buffers out. Buffers written by backends are
// written while answering a request (evicting a dirty buffer for a new one, or extending a
// table), so they sit in the latency; those of the background writer and the checkpointer do not.
import type pg from 'pg';

export interface DatabaseActivity {
  sessions: number;
  walSyncs: number;
  /** Full-page images: the first change to a page after a checkpoint logs the whole 8 KB page. */
  walFullPages: number;
  walBytes: number;
  /** Checkpoints started (for WAL volume or on time). */
  checkpoints: number;
  buffersByCheckpointer: number;
  buffersByBackgroundWriter: number;
  buffersByBackends: number;
}

/** The counters now (PostgreSQL 14 or later: pg_stat_wal). */
export async function databaseActivity(pool: pg.Pool): Promise<DatabaseActivity> {
  const { rows } = await pool.query<Record<string, string>>(
    `select (select sessions from pg_stat_database where datname = current_database()) as sessions,
            (select wal_sync from pg_stat_wal) as wal_syncs,
            (select wal_fpi from pg_stat_wal) as wal_fpi,
            (select wal_bytes from pg_stat_wal) as wal_bytes,
            checkpoints_req + checkpoints_timed as checkpoints, buffers_checkpoint, buffers_clean, buffers_backend
       from pg_stat_bgwriter`,
  );
  const row = rows[0]!;
  return {
    sessions: Number(row.sessions),
    walSyncs: Number(row.wal_syncs),
    walFullPages: Number(row.wal_fpi),
    walBytes: Number(row.wal_bytes),
    checkpoints: Number(row.checkpoints),
    buffersByCheckpointer: Number(row.buffers_checkpoint),
    buffersByBackgroundWriter: Number(row.buffers_clean),
    buffersByBackends: Number(row.buffers_backend),
  };
}

export function activitySince(now: DatabaseActivity, before: DatabaseActivity): DatabaseActivity {
  return {
    sessions: now.sessions - before.sessions,
    walSyncs: now.walSyncs - before.walSyncs,
    walFullPages: now.walFullPages - before.walFullPages,
    walBytes: now.walBytes - before.walBytes,
    checkpoints: now.checkpoints - before.checkpoints,
    buffersByCheckpointer: now.buffersByCheckpointer - before.buffersByCheckpointer,
    buffersByBackgroundWriter: now.buffersByBackgroundWriter - before.buffersByBackgroundWriter,
    buffersByBackends: now.buffersByBackends - before.buffersByBackends,
  };
}

/** One line for a phase's notes, per acknowledged submission where that reads better. */
export function describeActivity(activity: DatabaseActivity, submissions: number): string {
  const per = (n: number) => (n / Math.max(1, submissions)).toFixed(1);
  return (
    `${activity.sessions} database session(s) opened; WAL a submission: ${per(activity.walSyncs)} flushes, ${(activity.walBytes / 1024 / Math.max(1, submissions)).toFixed(0)} KB, ${per(activity.walFullPages)} full-page images; ${activity.checkpoints} checkpoint(s) started; 8 KB buffers written out a submission: ` +
    `${per(activity.buffersByBackends)} by backends while answering, ${per(activity.buffersByBackgroundWriter)} by the background writer, ${per(activity.buffersByCheckpointer)} by the checkpointer`
  );
}
