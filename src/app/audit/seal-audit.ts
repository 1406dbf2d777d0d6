// Seals the audit trail: links committed, unsealed rows into the hash chain after its head, in
// the order found (oldest id first among the rows committed so far, so about commit order). One
// sealer at a time, across every process, under a transaction-scoped advisory lock. Each server
// process runs it every 250 ms; the audit readers run it before reading, so they see a sealed chain.
//
// Why sealing after the commit is sound: a row's content (who, when, what, before, after) is fixed
// when it is inserted, in the transaction of the change, and the database refuses any later change
// to it; sealing only adds its place in the chain and the hashes, once. A row whose transaction
// commits late is simply sealed in a later round, at a later position than rows with higher ids.
// Once sealed, the chain fixes both the order and the content of every row before the head.
import type pg from 'pg';
import { sealRows } from '../../core/obligations/audit-chain';
import { lockAuditSealer, readAuditChainHead, storeAuditSeals, unsealedAuditRows } from '../../db/repositories/audit';
import { withTransaction } from '../../db/transaction';
import { sha256Hex } from './append-audit';

/** Rows sealed per transaction: bounds the time the sealer holds its lock and its memory. */
export const SEAL_BATCH = 5_000;
export const SEAL_EVERY_MS = 250;

export interface SealOptions {
  /** Wait for another process's sealer to finish (readers), instead of leaving the work to it. */
  wait?: boolean;
  batch?: number;
}

export interface SealResult {
  sealed: number;
  /** Another process was sealing (only without `wait`): its round seals what this one would have. */
  busy: boolean;
}

/** One round in one transaction: null when another sealer holds the lock. */
async function sealRound(pool: pg.Pool, wait: boolean, batch: number): Promise<number | null> {
  return withTransaction(pool, async (client) => {
    if (!(await lockAuditSealer(client, wait))) return null;
    // Read committed: these statements start after the lock was granted, so they see what the
    // previous sealer committed (its head and its seals).
    const head = await readAuditChainHead(client);
    const rows = await unsealedAuditRows(client, batch);
    if (rows.length === 0) return 0;
    const sealed = sealRows(head, rows, sha256Hex);
    await storeAuditSeals(client, sealed.seals, head, sealed.head);
    return sealed.seals.length;
  });
}

/** Seals every row committed before the call (in rounds of `batch`). */
export async function sealAuditTrail(pool: pg.Pool, options: SealOptions = {}): Promise<SealResult> {
  const wait = options.wait ?? false;
  const batch = options.batch ?? SEAL_BATCH;
  let sealed = 0;
  for (;;) {
    const count = await sealRound(pool, wait, batch);
    if (count === null) return { sealed, busy: true };
    sealed += count;
    if (count < batch) return { sealed, busy: false };
  }
}

export interface AuditSealer {
  /** Stops the timer, waits for a round in progress and seals what is left (failures logged). */
  stop(): Promise<void>;
}

/** Seals every `everyMs` while the server runs. Never throws: a failed round is logged and tried again. */
export function startAuditSealer(pool: pg.Pool, log: (line: string) => void = () => undefined, everyMs = SEAL_EVERY_MS): AuditSealer {
  let current: Promise<void> | null = null;
  let failing = false;
  const round = async () => {
    try {
      await sealAuditTrail(pool);
      if (failing) log('Sealing the audit trail works again.');
      failing = false;
    } catch (error) {
      // Log the first failure of a run of them, not four lines a second while the database is away.
      if (!failing) log(`Sealing the audit trail failed and will be tried again every ${everyMs} ms: ${(error as Error).message}`);
      failing = true;
    }
  };
  const run = (): Promise<void> => {
    if (current) return current;
    current = round().finally(() => {
      current = null;
    });
    return current;
  };
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await current;
      await run();
    },
  };
}
