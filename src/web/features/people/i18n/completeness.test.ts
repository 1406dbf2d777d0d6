// The people page's strings exist in Kazakh, Russian and English with the same placeholders, stay
// under their own top-level key clear of every other dictionary, and word every role of the API.
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../../core/access/roles';
import { expectCompleteTranslation, expectKazakhInCyrillic, flattenDictionary, placeholders, type Dictionary } from '../../../i18n/expect-complete-dictionaries';
import sharedEn from '../../../i18n/en.json';
import indicatorEn from '../../indicators/i18n/en.json';
import scheduleEn from '../../schedules/i18n/en.json';
import workspaceEn from '../../workspace/i18n/en.json';
import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';

const flat = { kk: flattenDictionary(kk), ru: flattenDictionary(ru), en: flattenDictionary(en) };

describe('people page dictionaries', () => {
  it.each(['kk', 'ru'] as const)('%s has exactly the keys of en, non-empty, with the same placeholders', (language) => {
    expectCompleteTranslation(flat.en, flat[language]);
  });

  it('writes Kazakh in Cyrillic', () => {
    expectKazakhInCyrillic(flat.kk);
  });

  it('keeps to the top-level key "people", which no other dictionary uses', () => {
    expect(Object.keys(en)).toEqual(['people']);
    for (const other of [sharedEn, indicatorEn, scheduleEn, workspaceEn] as Dictionary[]) expect(Object.keys(other)).not.toContain('people');
  });

  it('words every role the API knows', () => {
    expect([...flat.en.keys()].filter((key) => key.startsWith('people.roles.')).sort()).toEqual(ROLES.map((role) => `people.roles.${role}`).sort());
  });

  it('uses no "count" placeholder (i18next would look for plural forms the dictionaries do not have)', () => {
    expect([...flat.en].filter(([, text]) => placeholders(text).includes('count')).map(([key]) => key)).toEqual([]);
  });
});
