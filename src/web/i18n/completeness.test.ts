// Every UI string exists in Kazakh, Russian and English, with the same placeholders, and every
// enumeration value the API can send has a translation.
import { describe, expect, it } from 'vitest';
import { financingSources, organizationKinds, priceBases } from '../../contracts/dataset';
import { planStatusSchema } from '../../contracts/api/plans';
import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';

type Dictionary = { [key: string]: string | Dictionary };

const dictionaries: Record<string, Dictionary> = { kk, ru, en };

function flatten(dictionary: Dictionary, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(dictionary)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }
  return entries;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

const flat = Object.fromEntries(Object.entries(dictionaries).map(([language, dictionary]) => [language, flatten(dictionary)]));
const reference = flat.en ?? new Map<string, string>();

describe('UI dictionaries', () => {
  it.each(['kk', 'ru'])('%s has exactly the keys of en', (language) => {
    expect([...(flat[language]?.keys() ?? [])].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(['kk', 'ru', 'en'])('%s has no empty strings', (language) => {
    const empty = [...(flat[language] ?? [])].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(['kk', 'ru'])('%s uses the same placeholders as en', (language) => {
    for (const [key, text] of reference) {
      expect({ key, placeholders: placeholders(flat[language]?.get(key) ?? '') }).toEqual({ key, placeholders: placeholders(text) });
    }
  });

  it('Kazakh text is written in Cyrillic', () => {
    const latinOnly = [...(flat.kk ?? [])]
      .filter(([key]) => key !== 'app.name' && key !== 'app.documentTitle')
      .filter(([, text]) => /[A-Za-z]/.test(text) && !/[А-Яа-яӘәҒғҚқҢңӨөҰұҮүІіҺһ]/.test(text))
      .map(([key]) => key);
    expect(latinOnly).toEqual([]);
  });

  it.each([
    ['enums.priceBasis', priceBases],
    ['enums.financingSource', financingSources],
    ['enums.organizationKind', organizationKinds],
    ['enums.planStatus', planStatusSchema.options],
  ] as const)('%s translates every value the API sends', (prefix, values) => {
    for (const value of values) expect(reference.has(`${prefix}.${value}`), `${prefix}.${value}`).toBe(true);
  });
});
