// `zhospar indicators status` against a seeded test database, through the real command line.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../../src/cli/main';
import type { PlanIndicatorStatus } from '../../src/contracts/api/indicator-status';
import { createTestDatabase, type TestDatabase } from '../support/database';

let db: TestDatabase;
const savedUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
});
afterAll(async () => {
  if (savedUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = savedUrl;
  await db.drop();
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function run(...args: string[]): Promise<string> {
  let output = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output += String(chunk);
    return true;
  });
  await buildProgram().parseAsync(['node', 'zhospar', ...args]);
  vi.restoreAllMocks();
  return output;
}

describe('zhospar indicators status', () => {
  it('prints every indicator as JSON with the status computed from the public figures', async () => {
    const status = JSON.parse(await run('indicators', 'status', '--plan', 'MB-2024-2028', '--as-of', '2025-01-01', '--json')) as PlanIndicatorStatus;
    expect(status.asOf).toBe('2025-01-01');
    expect(status.items.map((item) => item.code)).toEqual(['GVA', 'PVI', 'EXPORTS', 'INVESTMENT', 'LABOUR_PRODUCTIVITY']);
    const pvi = status.items.find((item) => item.code === 'PVI')!;
    expect(pvi.latest?.value).toBeCloseTo(125.4, 10);
    expect(pvi.requiredRateFromNow).toBeCloseTo((2.2 / 1.254) ** (1 / 5) - 1, 12);
  });

  it('prints a readable table where indicators without data say "no data"', async () => {
    const text = await run('indicators', 'status', '--plan', 'MB-2024-2028', '--as-of', '2025-01-01');
    const lines = text.split('\n');
    const pvi = lines.find((line) => line.startsWith('PVI'))!;
    expect(pvi).toContain('125.4');
    expect(pvi).toContain('2023');
    expect(pvi).toContain('11.9%');
    expect(lines.find((line) => line.startsWith('GVA'))).toContain('no data');
    expect(text).toContain('4.5 / 2.2 = 2.045');
  });

  it('refuses a malformed date and an unknown plan with a clear message', async () => {
    await expect(run('indicators', 'status', '--plan', 'MB-2024-2028', '--as-of', '2025/01/01')).rejects.toThrow(/YYYY-MM-DD/);
    await expect(run('indicators', 'status', '--plan', 'NO-SUCH-PLAN')).rejects.toThrow(/no plan/);
  });
});
