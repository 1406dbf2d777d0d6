import { describe, expect, it } from 'vitest';
import { auditHashInput, canonicalJson, createChainVerifier, GENESIS_HASH, sealRows, type AuditContent, type ChainedRow, type ChainHead } from './audit-chain';

// Any deterministic digest shows the chaining logic (core stays free of node:crypto, even in tests);
// the integration tests check the real sha256 chain in the database.
function sha256(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(64, '0');
}

function chain(contents: AuditContent[]): ChainedRow[] {
  let prevHash = GENESIS_HASH;
  return contents.map((content, i) => {
    const hash = sha256(auditHashInput(prevHash, content));
    const row = { content, position: i + 1, prevHash, hash };
    prevHash = hash;
    return row;
  });
}

const EMPTY: ChainHead = { position: 0, id: 0, hash: GENESIS_HASH };

const content = (id: number, after: AuditContent['after']): AuditContent => ({
  id,
  at: `2025-01-0${id}T00:00:00.000Z`,
  actorId: id === 1 ? null : 7,
  systemActor: id === 1 ? 'zhospar user add (root@plan-server)' : null,
  action: 'report.update',
  entityType: 'report',
  entityId: String(id),
  before: null,
  after,
});

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'х', c: null }], é: true })).toBe('{"a":[{"c":null,"d":"х"}],"b":1,"é":true}');
  });

  it('gives the same text for the same content in any key order', () => {
    expect(canonicalJson({ x: { b: 2, a: 1 }, y: 0.1 })).toBe(canonicalJson({ y: 0.1, x: { a: 1, b: 2 } }));
  });

  it('refuses numbers JSON cannot hold', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(RangeError);
  });
});

describe('audit hash input', () => {
  const userChange: AuditContent = { id: 5, at: '2025-01-05T00:00:00.000Z', actorId: 7, systemActor: null, action: 'report.submitted', entityType: 'report', entityId: '5', before: null, after: { state: 'submitted' } };

  it('leaves out a null system actor, so rows written before it existed keep their hashes', () => {
    expect(auditHashInput(GENESIS_HASH, userChange)).toBe(
      `${GENESIS_HASH}{"action":"report.submitted","actorId":7,"after":{"state":"submitted"},"at":"2025-01-05T00:00:00.000Z","before":null,"entityId":"5","entityType":"report","id":5}`,
    );
  });

  it('covers the system actor when there is one', () => {
    const byCommand: AuditContent = { ...userChange, actorId: null, systemActor: 'zhospar user add (root@plan-server)' };
    expect(auditHashInput(GENESIS_HASH, byCommand)).toContain('"systemActor":"zhospar user add (root@plan-server)"');
    expect(auditHashInput(GENESIS_HASH, byCommand)).not.toBe(auditHashInput(GENESIS_HASH, { ...byCommand, systemActor: 'zhospar token revoke (root@plan-server)' }));
  });
});

describe('audit chain verification', () => {
  const rows = chain([content(1, { state: 'draft' }), content(2, { state: 'submitted' }), content(3, { text: 'Отчёт' })]);

  it('accepts an intact chain', () => {
    const verifier = createChainVerifier(sha256);
    expect(rows.map((r) => verifier.check(r))).toEqual([null, null, null]);
    expect(verifier.checked).toBe(3);
  });

  it('names a changed row', () => {
    const tampered = rows.map((r) => (r.content.id === 2 ? { ...r, content: { ...r.content, after: { state: 'accepted' } } } : r));
    const verifier = createChainVerifier(sha256);
    const breaks = tampered.map((r) => verifier.check(r));
    expect(breaks[0]).toBeNull();
    expect(breaks[1]).toMatchObject({ rowId: 2, kind: 'content' });
    expect(breaks[2]).toMatchObject({ rowId: 2 });
  });

  it('names the row after a removed one', () => {
    const verifier = createChainVerifier(sha256);
    const result = [rows[0]!, rows[2]!].map((r) => verifier.check(r));
    expect(result[1]).toMatchObject({ rowId: 3, position: 3, kind: 'link', reason: expect.stringMatching(/prev_hash/) });
  });

  it('names a row whose chain position was changed', () => {
    const renumbered = rows.map((r) => (r.content.id === 3 ? { ...r, position: 7 } : r));
    const verifier = createChainVerifier(sha256);
    expect(renumbered.map((r) => verifier.check(r))[2]).toMatchObject({ rowId: 3, position: 7, kind: 'position', reason: expect.stringMatching(/position should be 3/) });
    expect(verifier.last).toEqual({ position: 2, hash: rows[1]!.hash });
  });
});

describe('sealing rows into the chain', () => {
  // Ids in the order their transactions committed: row 4 committed before row 3.
  const contents = [content(1, { a: 1 }), content(2, { b: 2 }), content(4, { d: 4 }), content(3, { c: 3 })];

  it('gives consecutive positions after the head, in the order given, and a chain that verifies', () => {
    const { seals, head } = sealRows(EMPTY, contents, sha256);
    expect(seals.map((s) => [s.id, s.position])).toEqual([[1, 1], [2, 2], [4, 3], [3, 4]]);
    expect(seals[0]!.prevHash).toBe(GENESIS_HASH);
    expect(seals.slice(1).map((s) => s.prevHash)).toEqual(seals.slice(0, -1).map((s) => s.hash));
    expect(head).toEqual({ position: 4, id: 3, hash: seals[3]!.hash });
    const verifier = createChainVerifier(sha256);
    const sealed = seals.map((s, i) => ({ content: contents[i]!, position: s.position, prevHash: s.prevHash, hash: s.hash }));
    expect(sealed.map((r) => verifier.check(r))).toEqual([null, null, null, null]);
    expect(verifier.last).toEqual({ position: head.position, hash: head.hash });
  });

  it('hashes the same content the same way as a single append would (the hash input is unchanged)', () => {
    const { seals } = sealRows(EMPTY, [contents[0]!], sha256);
    expect(seals[0]!.hash).toBe(sha256(GENESIS_HASH + canonicalJson({ ...contents[0]! })));
  });

  it('gives the same chain sealed in several rounds as in one', () => {
    const once = sealRows(EMPTY, contents, sha256);
    const first = sealRows(EMPTY, contents.slice(0, 3), sha256);
    const second = sealRows(first.head, contents.slice(3), sha256);
    expect([...first.seals, ...second.seals]).toEqual(once.seals);
    expect(second.head).toEqual(once.head);
  });

  it('leaves the head as it is when there is nothing to seal', () => {
    expect(sealRows(EMPTY, [], sha256)).toEqual({ seals: [], head: EMPTY });
  });
});
