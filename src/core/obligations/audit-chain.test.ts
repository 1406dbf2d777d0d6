import { describe, expect, it } from 'vitest';
import { auditHashInput, canonicalJson, createChainVerifier, GENESIS_HASH, type AuditContent, type ChainedRow } from './audit-chain';

// Any deterministic digest shows the chaining logic (core stays free of node:crypto, even in tests);
// the integration tests check the real sha256 chain in the database.
function sha256(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(64, '0');
}

function chain(contents: AuditContent[]): ChainedRow[] {
  let prevHash = GENESIS_HASH;
  return contents.map((content) => {
    const hash = sha256(auditHashInput(prevHash, content));
    const row = { content, prevHash, hash };
    prevHash = hash;
    return row;
  });
}

const content = (id: number, after: AuditContent['after']): AuditContent => ({
  id,
  at: `2025-01-0${id}T00:00:00.000Z`,
  actorId: id === 1 ? null : 7,
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
    expect(breaks[1]).toMatchObject({ rowId: 2 });
    expect(breaks[2]).toMatchObject({ rowId: 2 });
  });

  it('names the row after a removed one', () => {
    const verifier = createChainVerifier(sha256);
    const result = [rows[0]!, rows[2]!].map((r) => verifier.check(r));
    expect(result[1]).toMatchObject({ rowId: 3, reason: expect.stringMatching(/prev_hash/) });
  });
});
