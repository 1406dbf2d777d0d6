// Seals what is committed, then walks the whole audit chain in position order, in one consistent
// snapshot, and reports the first row that does not match, and how many rows are still unsealed.
// Seals and rows are two tables: a seal whose row is gone, and a row neither sealed nor waiting to
// be (taken off the waiting list, so never to be chained), are breaks too.
import type pg from 'pg';
import { createChainVerifier, type ChainBreak } from '../../core/obligations/audit-chain';
import { auditChainAfterPosition, auditContentOf, auditRowsOutsideChain, countUnsealedAuditRows, readAuditChainHead } from '../../db/repositories/audit';
import { withTransaction } from '../../db/transaction';
import { sha256Hex } from './append-audit';
import { sealAuditTrail } from './seal-audit';

/**
 * `unsealed`: rows not in the chain when the check read it: rows committed after the sealing that
 * precedes the check (0 on a quiet system). They are not judged, and are sealed next round.
 */
export type ChainVerification = { ok: true; count: number; unsealed: number } | { ok: false; checked: number; unsealed: number; firstBadRow: ChainBreak };

const BATCH = 5_000;

export async function verifyAuditChain(pool: pg.Pool, options: { seal?: boolean } = {}): Promise<ChainVerification> {
  if (options.seal ?? true) await sealAuditTrail(pool, { wait: true });
  // One snapshot for the head and every batch: a sealer committing meanwhile is not seen half-way.
  return withTransaction(pool, walkChain, { isolation: 'repeatable read', readOnly: true });
}

async function walkChain(client: pg.PoolClient): Promise<ChainVerification> {
  const head = await readAuditChainHead(client);
  const unsealed = await countUnsealedAuditRows(client);
  const verifier = createChainVerifier(sha256Hex);
  const broken = (firstBadRow: ChainBreak): ChainVerification => ({ ok: false, checked: verifier.checked, unsealed, firstBadRow });
  let after = 0;
  for (;;) {
    const links = await auditChainAfterPosition(client, after, BATCH);
    for (const { position, auditId, row } of links) {
      if (!row) return broken({ rowId: auditId, position, kind: 'row_removed', reason: 'the row it seals was removed from the audit trail' });
      const bad = verifier.check({ content: auditContentOf(row), position, prevHash: row.prevHash, hash: row.hash });
      if (bad) return broken(bad);
      if (position > head.position) {
        return broken({ rowId: row.id, position, kind: 'beyond_head', reason: `it comes after the end of the chain its head records (position ${head.position}): it was sealed outside the sealer` });
      }
    }
    if (links.length < BATCH) break;
    after = links[links.length - 1]!.position;
  }
  // Removing the newest rows leaves an intact but shorter chain: the head still names the real end.
  const last = verifier.last;
  if (last.position !== head.position) {
    const reason = `the chain ends at position ${last.position} but its head records row ${head.id} at position ${head.position}: the rows at positions ${last.position + 1} to ${head.position} were removed`;
    return broken({ rowId: head.id, position: head.position, kind: 'end_removed', reason });
  }
  if (last.hash !== head.hash) {
    return broken({ rowId: head.id, position: head.position, kind: 'head_mismatch', reason: 'its hash is not the one the chain head records (the chain was rewritten)' });
  }
  const [outside] = await auditRowsOutsideChain(client, 1);
  if (outside !== undefined) {
    return broken({ rowId: outside, position: null, kind: 'not_in_chain', reason: 'it is neither sealed nor waiting to be sealed (it was taken off the list of rows to seal)' });
  }
  return { ok: true, count: verifier.checked, unsealed };
}
