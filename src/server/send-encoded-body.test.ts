import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EncodedBody } from '../io/encoded-body';
import { chooseContentCoding, matchesEntityTag } from './send-encoded-body';

const LARGE = 10_000;

describe('content coding', () => {
  it('prefers brotli, then gzip, among the codings accepted with a non-zero weight', () => {
    expect(chooseContentCoding('gzip, deflate, br', LARGE)).toBe('br');
    expect(chooseContentCoding('gzip, deflate, br;q=0', LARGE)).toBe('gzip');
    expect(chooseContentCoding('GZIP;Q=0.5', LARGE)).toBe('gzip');
    expect(chooseContentCoding('deflate', LARGE)).toBe('identity');
    expect(chooseContentCoding('*', LARGE)).toBe('br');
    expect(chooseContentCoding('*, br;q=0', LARGE)).toBe('gzip');
    expect(chooseContentCoding('gzip;q=0, *;q=0', LARGE)).toBe('identity');
    expect(chooseContentCoding('', LARGE)).toBe('identity');
    expect(chooseContentCoding(undefined, LARGE)).toBe('identity');
  });

  it('leaves small bodies alone', () => {
    expect(chooseContentCoding('gzip, br', 100)).toBe('identity');
  });
});

describe('entity tags', () => {
  it('match strong and weak forms and *, and nothing else', () => {
    expect(matchesEntityTag('"abc"', '"abc"')).toBe(true);
    expect(matchesEntityTag('W/"abc"', '"abc"')).toBe(true);
    expect(matchesEntityTag('"x", "abc"', '"abc"')).toBe(true);
    expect(matchesEntityTag('*', '"abc"')).toBe(true);
    expect(matchesEntityTag('"abcd"', '"abc"')).toBe(false);
    expect(matchesEntityTag(undefined, '"abc"')).toBe(false);
  });
});

describe('encoded body', () => {
  it('keeps the same text in every coding and tags equal texts equally', () => {
    const text = JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ id: i, name: 'Машина жасау' })) });
    const body = new EncodedBody(text, 'application/json');
    expect(gunzipSync(body.bytes('gzip')).toString('utf8')).toBe(text);
    expect(brotliDecompressSync(body.bytes('br')).toString('utf8')).toBe(text);
    expect(body.bytes('br')).toBe(body.bytes('br')); // compressed once
    expect(new EncodedBody(text, 'application/json').etag).toBe(body.etag);
    expect(new EncodedBody(`${text} `, 'application/json').etag).not.toBe(body.etag);
  });
});
