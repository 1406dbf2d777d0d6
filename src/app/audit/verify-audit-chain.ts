// Walks the whole audit chain in id order and reports the first row that does not match.
import type pg from 'pg';
import { createChainVerifier, GENESIS_HASH, type ChainBreak } from '../../core/obligations/audit-chain';
import { auditRowsAfter, readAuditChainHead } from '../../db/repositories/audit';
import { sha256Hex } from './append-audit';

export type ChainVerification = { ok: true; count: number } | { ok: false; checked: number; firstBadRow: ChainBreak };

const BATCH = 5_000;

export async function verifyAuditChain(pool: pg.Pool): Promise<ChainVerification> {
  // Read the head first: rows appended while we walk come after it and are not judged.
  const head = await readAuditChainHead(pool);
  const verifier = createChainVerifier(sha256Hex);
  let afterId = 0;
  let last = { id: 0, hash: GENESIS_HASH };
  for (;;) {
    const rows = await auditRowsAfter(pool, afterId, BATCH);
    for (const row of rows) {
      const broken = verifier.check({
        content: {
          id: row.id,
          at: row.at.toISOString(),
          actorId: row.actorId,
          action: row.action,
          entityType: row.entityType,
          entityId: row.entityId,
          before: row.before,
          after: row.after,
        },
        prevHash: row.prevHash,
        hash: row.hash,
      });
      if (broken) return { ok: false, checked: verifier.checked, firstBadRow: broken };
      last = { id: row.id, hash: row.hash };
      if (row.id === head.lastId) break;
    }
    if (rows.length < BATCH || last.id >= head.lastId) break;
    afterId = last.id;
  }
  // Removing the newest rows leaves an intact but shorter chain: the head still names the real end.
  if (last.id !== head.lastId || last.hash !== head.lastHash) {
    const reason = `the chain ends at row ${last.id} but its head records row ${head.lastId}: rows at the end were removed or changed`;
    return { ok: false, checked: verifier.checked, firstBadRow: { rowId: last.id + 1, reason } };
  }
  return { ok: true, count: verifier.checked };
}
