import { describe, expect, it } from 'vitest';
import { deflateValues, laspeyresGroupIndex } from './laspeyres';

describe('laspeyresGroupIndex', () => {
  // Two products; base-year output values 300 and 100 give weights 0.75 and 0.25.
  // Product A: base months average (10 + 14) / 2 = 12; product B: (4 + 6) / 2 = 5.
  const products = [
    { baseValue: 300, baseQuantities: [10, 14], quantities: [12, 15, 9] },
    { baseValue: 100, baseQuantities: [4, 6], quantities: [5, 5, 10] },
  ];

  it('weights each product relative to its base-year average by base-year output value', () => {
    const index = laspeyresGroupIndex(products);
    expect(index[0]).toBeCloseTo(100 * (0.75 * 12 / 12 + 0.25 * 5 / 5), 12); // 100
    expect(index[1]).toBeCloseTo(100 * (0.75 * 15 / 12 + 0.25 * 5 / 5), 12); // 118.75
    expect(index[2]).toBeCloseTo(100 * (0.75 * 9 / 12 + 0.25 * 10 / 5), 12); // 106.25
  });

  it('averages 100 over the base year itself', () => {
    const index = laspeyresGroupIndex(products.map((p) => ({ ...p, quantities: p.baseQuantities })));
    expect((index[0]! + index[1]!) / 2).toBeCloseTo(100, 12);
  });

  it('rejects products with mismatched periods or no base quantity', () => {
    expect(() => laspeyresGroupIndex([products[0]!, { ...products[1]!, quantities: [1] }])).toThrow(/same periods/);
    expect(() => laspeyresGroupIndex([{ baseValue: 1, baseQuantities: [0, 0], quantities: [1] }])).toThrow(/positive average/);
  });
});

describe('deflateValues', () => {
  it('divides values by the price index relative to its reference', () => {
    expect(Array.from(deflateValues([250, 110], [125, 110]))).toEqual([200, 100]);
    expect(Array.from(deflateValues([250], [1.25], 1))).toEqual([200]);
  });
  it('feeds deflated values into a group index', () => {
    // Only values are collected: deflate first, then treat volumes as quantities.
    const volumes = deflateValues([110, 132], [100, 110]);
    const index = laspeyresGroupIndex([{ baseValue: 100, baseQuantities: [100], quantities: volumes }]);
    expect(index[1]).toBeCloseTo(120, 12);
  });
});
