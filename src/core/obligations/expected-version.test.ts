import { describe, expect, it } from 'vitest';
import { entityTag, readExpectedVersion } from './expected-version';

describe('expected version', () => {
  it('reads If-Match, strong or weak, or the body version', () => {
    expect(readExpectedVersion('"3"', undefined)).toEqual({ status: 'given', version: 3 });
    expect(readExpectedVersion('W/"12"', null)).toEqual({ status: 'given', version: 12 });
    expect(readExpectedVersion(undefined, 4)).toEqual({ status: 'given', version: 4 });
    expect(readExpectedVersion('"4"', 4)).toEqual({ status: 'given', version: 4 });
    expect(readExpectedVersion(entityTag(7), undefined)).toEqual({ status: 'given', version: 7 });
  });

  it('says when it is missing or unusable', () => {
    expect(readExpectedVersion(undefined, undefined)).toEqual({ status: 'missing' });
    expect(readExpectedVersion('  ', undefined)).toEqual({ status: 'missing' });
    for (const bad of ['*', '3', '"3", "4"', '"x"']) expect(readExpectedVersion(bad, undefined).status).toBe('invalid');
    expect(readExpectedVersion('"3"', 4).status).toBe('invalid');
  });
});
