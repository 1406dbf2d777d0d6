import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { trajectory, trajectoryValue } from './trajectory';

describe('trajectoryValue', () => {
  const spec = { baseYear: 2022, baseValue: 100, multiple: 2.2, targetYear: 2028 };

  it('follows X0 * R^((t - t0) / (T - t0))', () => {
    expect(trajectoryValue(spec, 2022)).toBeCloseTo(100, 12);
    expect(trajectoryValue(spec, 2025)).toBeCloseTo(100 * Math.sqrt(2.2), 12);
    expect(trajectoryValue(spec, 2028)).toBeCloseTo(220, 12);
  });

  it('passes through stated intermediate targets and runs geometrically between them', () => {
    const withIntermediate = { ...spec, intermediate: [{ year: 2024, multiple: 1.21 }] };
    expect(trajectoryValue(withIntermediate, 2024)).toBeCloseTo(121, 12);
    expect(trajectoryValue(withIntermediate, 2023)).toBeCloseTo(110, 12); // 1.21^(1/2)
    // 2024 -> 2028: from 1.21 to 2.2 over 4 years
    expect(trajectoryValue(withIntermediate, 2026)).toBeCloseTo(100 * 1.21 * Math.sqrt(2.2 / 1.21), 12);
    const points = trajectory(withIntermediate);
    expect(points.map((p) => p.year)).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028]);
    expect(points.filter((p) => p.isStated).map((p) => p.year)).toEqual([2022, 2024, 2028]);
  });

  it('rejects targets that cannot define a path', () => {
    expect(() => trajectoryValue({ ...spec, targetYear: 2022 }, 2023)).toThrow(/after the base year/);
    expect(() => trajectoryValue({ ...spec, intermediate: [{ year: 2028, multiple: 2 }] }, 2023)).toThrow(/strictly between/);
    expect(() => trajectoryValue({ ...spec, multiple: 0 }, 2023)).toThrow(/positive/);
  });

  it('passes through its base and its target (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2030 }),
        fc.integer({ min: 1, max: 20 }),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), { maxLength: 3 }),
        (baseYear, span, baseValue, multiple, stated) => {
          const targetYear = baseYear + span;
          const intermediate = stated
            .map((m, i) => ({ year: baseYear + 1 + i, multiple: m }))
            .filter((p) => p.year < targetYear);
          const target = { baseYear, baseValue, multiple, targetYear, intermediate };
          expect(trajectoryValue(target, baseYear) / baseValue).toBeCloseTo(1, 12);
          expect(trajectoryValue(target, targetYear) / (baseValue * multiple)).toBeCloseTo(1, 12);
        },
      ),
    );
  });
});
