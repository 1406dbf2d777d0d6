// The audit trail is a hash chain: each row stores the hash of the row before it, and its own hash
// is sha256(prev_hash || canonical JSON of its content). Changing, removing or reordering any row
// breaks every link after it. Rows are written unsealed with the change they record and linked
// into the chain afterwards, in the order they are sealed (their chain position), not id order.
// Core builds the exact hash input, seals a batch after the chain head and walks the chain; the
// sha256 itself is passed in (node:crypto lives outside core).

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** prev_hash of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditContent {
  id: number;
  /** ISO 8601 instant with milliseconds, UTC ('2025-04-10T06:00:00.000Z'). */
  at: string;
  actorId: number | null;
  /**
   * Who acted when no signed-in user did (actorId null): the program and the operating-system
   * account, e.g. "zhospar user add (root@plan-server)". Null for a user's change, and on rows
   * written before this was recorded.
   */
  systemActor: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: JsonValue;
  after: JsonValue;
}

/**
 * JSON with object keys sorted (by UTF-16 code units, as RFC 8785 does) and no whitespace, so that
 * the same content always gives the same text, whatever order PostgreSQL's jsonb returns keys in.
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError('canonical JSON has no NaN or Infinity');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value)
    .filter((k) => value[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] as JsonValue)}`).join(',')}}`;
}

/**
 * The text whose sha256 is the row's hash. `systemActor` is left out when null, so that a row
 * without one hashes exactly as every row did before it was recorded (and old chains verify).
 */
export function auditHashInput(prevHash: string, content: AuditContent): string {
  const { id, at, actorId, systemActor, action, entityType, entityId, before, after } = content;
  const hashed: { [key: string]: JsonValue } = { id, at, actorId, action, entityType, entityId, before, after };
  if (systemActor !== null) hashed.systemActor = systemActor;
  return prevHash + canonicalJson(hashed);
}

/** Where the chain ends: the position and hash of its last row (position 0 and GENESIS_HASH when empty). */
export interface ChainHead {
  position: number;
  /** The id of the row at `position` (0 when the chain is empty). */
  id: number;
  hash: string;
}

export interface RowSeal {
  id: number;
  position: number;
  prevHash: string;
  hash: string;
}

/**
 * Links rows into the chain after `head`, in the order given: consecutive positions, each row's
 * prev_hash the hash of the one before. Returns the seals to store and the new head.
 */
export function sealRows(head: ChainHead, rows: readonly AuditContent[], sha256Hex: (text: string) => string): { seals: RowSeal[]; head: ChainHead } {
  let { position, id, hash } = head;
  const seals = rows.map((content) => {
    const prevHash = hash;
    position += 1;
    id = content.id;
    hash = sha256Hex(auditHashInput(prevHash, content));
    return { id, position, prevHash, hash };
  });
  return { seals, head: { position, id, hash } };
}

export interface ChainedRow {
  content: AuditContent;
  /** 1 for the first row of the chain. */
  position: number;
  prevHash: string;
  hash: string;
}

/**
 * What kind of break: a row's link to the row before it (`link`), its content against its hash
 * (`content`), its position (`position`), a row past the head (`beyond_head`), rows removed from
 * the end (`end_removed`), a last hash the head does not record (`head_mismatch`), a seal whose row
 * is gone (`row_removed`), a row neither sealed nor waiting (`not_in_chain`). Pages word it in
 * the reader's language; `reason` says it in English for the CLI and logs.
 */
export type ChainBreakKind = 'link' | 'content' | 'position' | 'beyond_head' | 'end_removed' | 'head_mismatch' | 'row_removed' | 'not_in_chain';

export const CHAIN_BREAK_KINDS: readonly ChainBreakKind[] = ['link', 'content', 'position', 'beyond_head', 'end_removed', 'head_mismatch', 'row_removed', 'not_in_chain'];

/** The first row that does not fit the chain: its id and chain position (null: it has none), and why. */
export type ChainBreak = { rowId: number; position: number | null; kind: ChainBreakKind; reason: string };

/** "chain position 7", or that the row has no place in the chain: for messages. */
export function chainPlace(position: number | null): string {
  return position === null ? 'not in the chain' : `chain position ${position}`;
}

/**
 * Checks rows one at a time, in chain position order, so that a long chain can be streamed in
 * batches. `check` returns the first break it meets (and every later call returns it again).
 */
export function createChainVerifier(sha256Hex: (text: string) => string) {
  let expectedPrev = GENESIS_HASH;
  let checked = 0;
  let broken: ChainBreak | null = null;
  const breakAt = (row: ChainedRow, kind: ChainBreakKind, reason: string): ChainBreak => {
    broken = { rowId: row.content.id, position: row.position, kind, reason };
    return broken;
  };
  return {
    check(row: ChainedRow): ChainBreak | null {
      if (broken) return broken;
      if (row.prevHash !== expectedPrev) return breakAt(row, 'link', 'its prev_hash is not the hash of the row before it (a row was removed, inserted or changed)');
      if (sha256Hex(auditHashInput(row.prevHash, row.content)) !== row.hash) return breakAt(row, 'content', 'its content does not match its hash (the row was changed)');
      if (row.position !== checked + 1) return breakAt(row, 'position', `its chain position should be ${checked + 1} (the positions were changed)`);
      expectedPrev = row.hash;
      checked += 1;
      return null;
    },
    get checked() {
      return checked;
    },
    /** Position and hash of the last row found intact. */
    get last(): { position: number; hash: string } {
      return { position: checked, hash: expectedPrev };
    },
  };
}
