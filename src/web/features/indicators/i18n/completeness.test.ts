// The indicator pages' strings exist in Kazakh, Russian and English with the same placeholders, and
// none of their keys collides with a key of the shared dictionaries.
import { describe, expect, it } from 'vitest';
import sharedEn from '../../../i18n/en.json';
import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';

type Dictionary = { [key: string]: string | Dictionary };

function flatten(dictionary: Dictionary, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(dictionary)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
const flat = { kk: flatten(kk), ru: flatten(ru), en: flatten(en) };

describe('indicator page dictionaries', () => {
  it.each(['kk', 'ru'] as const)('%s has exactly the keys of en, non-empty, with the same placeholders', (language) => {
    expect([...flat[language].keys()].sort()).toEqual([...flat.en.keys()].sort());
    for (const [key, text] of flat.en) {
      const translated = flat[language].get(key) ?? '';
      expect(translated.trim(), key).not.toBe('');
      expect({ key, placeholders: placeholders(translated) }).toEqual({ key, placeholders: placeholders(text) });
    }
  });

  it('keeps every key under "indicators." and clear of the shared dictionary', () => {
    const shared = flatten(sharedEn as Dictionary);
    for (const key of flat.en.keys()) {
      expect(key.startsWith('indicators.')).toBe(true);
      expect(shared.has(key), key).toBe(false);
      // A shared string where this dictionary has a branch (or the reverse) would break the merge.
      const parts = key.split('.');
      for (let i = 1; i < parts.length; i++) expect(shared.has(parts.slice(0, i).join('.')), key).toBe(false);
    }
  });

  it('writes Kazakh in Cyrillic', () => {
    const latinOnly = [...flat.kk].filter(([, text]) => /[A-Za-z]/.test(text) && !/[А-Яа-яӘәҒғҚқҢңӨөҰұҮүІіҺһ]/.test(text)).map(([key]) => key);
    expect(latinOnly).toEqual([]);
  });
});
