// The default dataset's statistics and indicator links are seeded once: seeding again adds nothing,
// not even an empty import record, and keeps a link someone has changed.
import { describe, expect, it } from 'vitest';
import { seedDefaultDataset } from '../../src/app/seed-default-dataset';
import { useTestDatabase } from '../support/use-test-database';

const db = useTestDatabase();

const count = async (sql: string) => Number((await db.pool.query<{ n: number }>(sql)).rows[0]!.n);

describe('seeding the indicator statistics', () => {
  it('holds the public PVI figures and the links of the default plan', async () => {
    expect(await count(`select count(*) as n from observations o join series s on s.id = o.series_id where s.code = 'PVI' and o.branch_code = 'MB' and o.region_code = 'KZ'`)).toBeGreaterThanOrEqual(4);
    const { rows } = await db.pool.query(`select i.code, s.role, s.series_code, s.kind from indicator_series s join indicators i on i.id = s.indicator_id order by i.position`);
    expect(rows.find((r) => r.code === 'PVI')).toEqual({ code: 'PVI', role: 'volume', series_code: 'PVI', kind: 'annual_indices' });
    expect(rows.find((r) => r.code === 'GVA')).toMatchObject({ role: 'nominal_gva', series_code: null });
    expect(await count('select base_year as n from plan_base_year_assumptions')).toBe(2022);
  });

  it('adds nothing the second time and keeps an edited link', async () => {
    await db.pool.query(`update indicator_series set role = 'other' where indicator_id = (select id from indicators where code = 'EXPORTS')`);
    const imports = await count('select count(*) as n from observation_imports');
    const counts = await seedDefaultDataset(db.pool);
    expect(counts).toMatchObject({ observations: 0, indicatorLinks: 0 });
    expect(await count('select count(*) as n from observation_imports')).toBe(imports);
    const { rows } = await db.pool.query(`select role from indicator_series where indicator_id = (select id from indicators where code = 'EXPORTS')`);
    expect(rows[0]?.role).toBe('other');
  });
});
