import { describe, expect, it } from 'vitest';
import { ReadModelCache } from './read-model-cache';

describe('read model cache', () => {
  it('computes a key once, shares it between concurrent callers and evicts the least recently used', async () => {
    const cache = new ReadModelCache<number>(2);
    let computations = 0;
    const compute = (value: number) => async () => {
      computations++;
      return value;
    };
    const [a, b] = await Promise.all([cache.get('a', compute(1)), cache.get('a', compute(99))]);
    expect([a, b, computations]).toEqual([1, 1, 1]);
    await cache.get('b', compute(2));
    await cache.get('a', compute(99)); // a is now the most recently used
    await cache.get('c', compute(3)); // evicts b
    expect(cache.size).toBe(2);
    expect(await cache.get('b', compute(22))).toBe(22);
  });

  it('does not keep a failed computation', async () => {
    const cache = new ReadModelCache<number>();
    await expect(cache.get('x', async () => Promise.reject(new Error('no database')))).rejects.toThrow('no database');
    expect(await cache.get('x', async () => 5)).toBe(5);
  });
});
