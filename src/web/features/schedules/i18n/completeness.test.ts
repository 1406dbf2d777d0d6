// The schedule pages' strings exist in Kazakh, Russian and English with the same placeholders, stay
// under their own top-level key clear of every other dictionary, and word every schedule status and
// every reason the deadline parser gives for not reading a text.
import { describe, expect, it } from 'vitest';
import { SCHEDULE_STATUSES } from '../../../../contracts/api/plan-schedules';
import { UNRECOGNISED_REASONS } from '../../../../core/schedule/schedule';
import { expectCompleteTranslation, expectKazakhInCyrillic, flattenDictionary, placeholders, type Dictionary } from '../../../i18n/expect-complete-dictionaries';
import sharedEn from '../../../i18n/en.json';
import indicatorEn from '../../indicators/i18n/en.json';
import workspaceEn from '../../workspace/i18n/en.json';
import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';

const flat = { kk: flattenDictionary(kk), ru: flattenDictionary(ru), en: flattenDictionary(en) };

describe('schedule page dictionaries', () => {
  it.each(['kk', 'ru'] as const)('%s has exactly the keys of en, non-empty, with the same placeholders', (language) => {
    expectCompleteTranslation(flat.en, flat[language]);
  });

  it('writes Kazakh in Cyrillic', () => {
    expectKazakhInCyrillic(flat.kk);
  });

  it('keeps to the top-level key "schedules", which no other dictionary uses', () => {
    expect(Object.keys(en)).toEqual(['schedules']);
    for (const other of [sharedEn, indicatorEn, workspaceEn] as Dictionary[]) expect(Object.keys(other)).not.toContain('schedules');
  });

  it('words every schedule status and every reason the parser gives', () => {
    for (const status of SCHEDULE_STATUSES) expect(flat.en.has(`schedules.status.${status}`), status).toBe(true);
    expect([...flat.en.keys()].filter((key) => key.startsWith('schedules.reasons.')).sort()).toEqual(UNRECOGNISED_REASONS.map((r) => `schedules.reasons.${r}`).sort());
  });

  it('uses no "count" placeholder (i18next would look for plural forms the dictionaries do not have)', () => {
    expect([...flat.en].filter(([, text]) => placeholders(text).includes('count')).map(([key]) => key)).toEqual([]);
  });
});
