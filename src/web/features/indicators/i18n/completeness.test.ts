// The indicator pages' strings exist in Kazakh, Russian and English with the same placeholders, and
// none of their keys collides with a key of the shared dictionaries.
import { describe, expect, it } from 'vitest';
import { expectCompleteTranslation, expectKazakhInCyrillic, flattenDictionary, type Dictionary } from '../../../i18n/expect-complete-dictionaries';
import sharedEn from '../../../i18n/en.json';
import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';
import { STATUS_NOTE_CODES } from '../../../../core/stats/status-notes';

const flat = { kk: flattenDictionary(kk), ru: flattenDictionary(ru), en: flattenDictionary(en) };

describe('indicator page dictionaries', () => {
  it.each(['kk', 'ru'] as const)('%s has exactly the keys of en, non-empty, with the same placeholders', (language) => {
    expectCompleteTranslation(flat.en, flat[language]);
  });

  it('keeps every key under "indicators." and clear of the shared dictionary', () => {
    const shared = flattenDictionary(sharedEn as Dictionary);
    for (const key of flat.en.keys()) {
      expect(key.startsWith('indicators.')).toBe(true);
      expect(shared.has(key), key).toBe(false);
      // A shared string where this dictionary has a branch (or the reverse) would break the merge.
      const parts = key.split('.');
      for (let i = 1; i < parts.length; i++) expect(shared.has(parts.slice(0, i).join('.')), key).toBe(false);
    }
  });

  it('writes Kazakh in Cyrillic', () => {
    expectKazakhInCyrillic(flat.kk);
  });

  it('words every note the indicator engine can give, with the values it carries', () => {
    const noteKeys = [...flat.en.keys()].filter((key) => key.startsWith('indicators.notes.'));
    expect(noteKeys.sort()).toEqual(STATUS_NOTE_CODES.map((code) => `indicators.notes.${code}`).sort());
  });
});
