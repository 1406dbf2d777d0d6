// Checks shared by the dictionaries' completeness tests: a translation has exactly the keys of the
// English dictionary, none empty, with the same placeholders, and Kazakh is written in Cyrillic.
import { expect } from 'vitest';

export type Dictionary = { [key: string]: string | Dictionary };

/** Nested keys joined with dots, as i18next reads them: `{ a: { b: 'x' } }` gives `a.b -> x`. */
export function flattenDictionary(dictionary: Dictionary, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(dictionary)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [nested, text] of flattenDictionary(value, path)) entries.set(nested, text);
  }
  return entries;
}

/** The `{{name}}` placeholders of a string, sorted. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

/** `translated` has exactly the keys of `reference`, none empty, each with the same placeholders. */
export function expectCompleteTranslation(reference: Map<string, string>, translated: Map<string, string>): void {
  expect([...translated.keys()].sort()).toEqual([...reference.keys()].sort());
  for (const [key, text] of reference) {
    const translation = translated.get(key) ?? '';
    expect(translation.trim(), key).not.toBe('');
    expect({ key, placeholders: placeholders(translation) }).toEqual({ key, placeholders: placeholders(text) });
  }
}

/** No Kazakh string is in Latin letters only, apart from the keys in `except` (names kept as they are). */
export function expectKazakhInCyrillic(kazakh: Map<string, string>, except: readonly string[] = []): void {
  const latinOnly = [...kazakh]
    .filter(([key]) => !except.includes(key))
    .filter(([, text]) => /[A-Za-z]/.test(text) && !/[А-Яа-яӘәҒғҚқҢңӨөҰұҮүІіҺһ]/.test(text))
    .map(([key]) => key);
  expect(latinOnly).toEqual([]);
}
