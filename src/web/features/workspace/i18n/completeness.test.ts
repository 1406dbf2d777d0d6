// The signed-in pages' strings exist in Kazakh, Russian and English with the same placeholders,
// stay under their own top-level keys clear of the shared and the indicator dictionaries, and
// translate every status, state and audit action the API sends.
import { describe, expect, it } from 'vitest';
import { DECLARED_STATUSES, REPORT_STATES } from '../../../../core/obligations/obligation-status';
import { expectCompleteTranslation, expectKazakhInCyrillic, flattenDictionary, placeholders } from '../../../i18n/expect-complete-dictionaries';
import sharedEn from '../../../i18n/en.json';
import indicatorEn from '../../indicators/i18n/en.json';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '../../audit/audit-vocabulary';
import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';

const flat = { kk: flattenDictionary(kk), ru: flattenDictionary(ru), en: flattenDictionary(en) };
const OWN_PREFIXES = ['auth', 'workspace', 'reports', 'review', 'audit'];

describe('workspace dictionaries', () => {
  it.each(['kk', 'ru'] as const)('%s has exactly the keys of en, non-empty, with the same placeholders', (language) => {
    expectCompleteTranslation(flat.en, flat[language]);
  });

  it('writes Kazakh in Cyrillic', () => {
    expectKazakhInCyrillic(flat.kk);
  });

  it('keeps to its own top-level keys, which no other dictionary uses', () => {
    expect(Object.keys(en).sort()).toEqual([...OWN_PREFIXES].sort());
    for (const other of [sharedEn, indicatorEn]) {
      for (const prefix of OWN_PREFIXES) expect(Object.keys(other), prefix).not.toContain(prefix);
    }
  });

  it('translates every report state, declared status, audit record kind and audit action', () => {
    for (const state of REPORT_STATES) expect(flat.en.has(`reports.state.${state}`), state).toBe(true);
    for (const status of DECLARED_STATUSES) expect(flat.en.has(`reports.declared.${status}`), status).toBe(true);
    for (const type of AUDIT_ENTITY_TYPES) expect(flat.en.has(`audit.entities.${type}`), type).toBe(true);
    for (const action of AUDIT_ACTIONS) expect(flat.en.has(`audit.actions.${action}`), action).toBe(true);
  });

  it('uses no "count" placeholder (i18next would look for plural forms the dictionaries do not have)', () => {
    expect([...flat.en].filter(([, text]) => placeholders(text).includes('count')).map(([key]) => key)).toEqual([]);
  });
});
