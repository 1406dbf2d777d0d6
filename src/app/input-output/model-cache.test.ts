import { describe, expect, it } from 'vitest';
import type { IoModel } from '../../core/input-output';
import { cachedModel, cachedModelCount, evictModel } from './model-cache';

const fakeModel = (size: number) => ({ size }) as unknown as IoModel;

describe('the model cache', () => {
  it('builds a model once for concurrent requests of the same row', async () => {
    let builds = 0;
    const build = async () => {
      builds++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return fakeModel(1);
    };
    const [a, b] = await Promise.all([cachedModel(1001, 1, build), cachedModel(1001, 1, build)]);
    expect(a).toBe(b);
    expect(await cachedModel(1001, 1, build)).toBe(a);
    expect(builds).toBe(1);
  });

  it('builds again for a new version of the row, and after eviction', async () => {
    const first = await cachedModel(1002, 1, async () => fakeModel(1));
    const second = await cachedModel(1002, 2, async () => fakeModel(2));
    expect(second).not.toBe(first);
    evictModel(1002);
    const third = await cachedModel(1002, 1, async () => fakeModel(3));
    expect(third.size).toBe(3);
  });

  it('keeps at most eight models, dropping the least recently used', async () => {
    for (let id = 2000; id < 2012; id++) await cachedModel(id, 1, async () => fakeModel(id));
    expect(cachedModelCount()).toBeLessThanOrEqual(8);
    let rebuilt = false;
    await cachedModel(2000, 1, async () => ((rebuilt = true), fakeModel(0)));
    expect(rebuilt).toBe(true);
  });

  it('does not cache a failed build', async () => {
    await expect(cachedModel(1003, 1, async () => Promise.reject(new Error('gone')))).rejects.toThrow('gone');
    expect((await cachedModel(1003, 1, async () => fakeModel(7))).size).toBe(7);
  });
});
