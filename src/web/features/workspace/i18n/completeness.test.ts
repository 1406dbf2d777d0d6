// The signed-in pages' strings exist in Kazakh, Russian and English with the same placeholders,
// stay under their own top-level keys clear of the shared and the indicator dictionaries, and
// translate every status, state and audit action the API sends.
import { describe, expect, it } from 'vitest';
import { DECLARED_STATUSES, REPORT_STATES } from '../../../../core/obligations/obligation-status';
import sharedEn from '../../../i18n/en.json';
import indicatorEn from '../../indicators/i18n/en.json';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '../../audit/audit-vocabulary';
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
const OWN_PREFIXES = ['auth', 'workspace', 'reports', 'review', 'audit'];

describe('workspace dictionaries', () => {
  it.each(['kk', 'ru'] as const)('%s has exactly the keys of en, non-empty, with the same placeholders', (language) => {
    expect([...flat[language].keys()].sort()).toEqual([...flat.en.keys()].sort());
    for (const [key, text] of flat.en) {
      const translated = flat[language].get(key) ?? '';
      expect(translated.trim(), key).not.toBe('');
      expect({ key, placeholders: placeholders(translated) }).toEqual({ key, placeholders: placeholders(text) });
    }
  });

  it('writes Kazakh in Cyrillic', () => {
    const latinOnly = [...flat.kk].filter(([, text]) => /[A-Za-z]/.test(text) && !/[А-Яа-яӘәҒғҚқҢңӨөҰұҮүІіҺһ]/.test(text)).map(([key]) => key);
    expect(latinOnly).toEqual([]);
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
