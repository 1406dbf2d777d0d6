import { describe, expect, it } from 'vitest';
import { secondsUntilWindowEnds, windowStart } from './rate-window';

describe('rate-limit windows', () => {
  it('maps every moment of a minute to the same window start', () => {
    expect(windowStart(new Date('2025-03-03T09:00:00.000Z'), 60_000)).toEqual(new Date('2025-03-03T09:00:00Z'));
    expect(windowStart(new Date('2025-03-03T09:00:59.999Z'), 60_000)).toEqual(new Date('2025-03-03T09:00:00Z'));
    expect(windowStart(new Date('2025-03-03T09:01:00.000Z'), 60_000)).toEqual(new Date('2025-03-03T09:01:00Z'));
  });

  it('says how long until the window ends', () => {
    expect(secondsUntilWindowEnds(new Date('2025-03-03T09:00:15.200Z'), 60_000)).toBe(45);
    expect(secondsUntilWindowEnds(new Date('2025-03-03T09:00:59.999Z'), 60_000)).toBe(1);
  });
});
