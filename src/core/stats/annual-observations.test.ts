import { describe, expect, it } from 'vitest';
import { annualLevelsKnownOn, figuresKnownOn } from './annual-observations';

describe('figuresKnownOn', () => {
  const points = [
    { year: 2023, value: 124.0, releasedOn: '2024-02-01' },
    { year: 2023, value: 125.4, releasedOn: '2024-04-15' },
    { year: 2022, value: 111 },
  ];
  it('takes the latest vintage released by the date', () => {
    expect(figuresKnownOn(points, '2024-03-01').get(2023)?.value).toBe(124.0);
    expect(figuresKnownOn(points, '2024-04-15').get(2023)?.value).toBe(125.4);
    expect(figuresKnownOn(points, '2024-01-31').has(2023)).toBe(false);
  });
  it('counts an undated annual figure as known from the next January', () => {
    expect(figuresKnownOn(points, '2022-12-31').has(2022)).toBe(false);
    expect(figuresKnownOn(points, '2023-01-01').has(2022)).toBe(true);
  });
  it('rejects a malformed date', () => {
    expect(() => figuresKnownOn(points, '2024-3-1')).toThrow(/YYYY-MM-DD/);
  });
});

describe('annualLevelsKnownOn', () => {
  it('compounds annual indices from 1 in the year before the first index', () => {
    const levels = annualLevelsKnownOn(
      { kind: 'annual_indices', points: [{ year: 2021, index: 110 }, { year: 2022, index: 120 }] },
      '2024-01-01',
    );
    expect(levels?.firstYear).toBe(2020);
    expect(levels?.values[0]).toBe(1);
    expect(levels?.values[1]).toBeCloseTo(1.1, 12);
    expect(levels?.values[2]).toBeCloseTo(1.32, 12);
  });
  it('keeps only the run of consecutive years ending at the latest one', () => {
    const levels = annualLevelsKnownOn(
      { kind: 'levels', points: [{ year: 2018, value: 5 }, { year: 2020, value: 7 }, { year: 2021, value: 8 }] },
      '2030-01-01',
    );
    expect(levels).toEqual({ firstYear: 2020, values: [7, 8] });
    expect(annualLevelsKnownOn({ kind: 'levels', points: [] }, '2030-01-01')).toBeNull();
  });
});
