// Every UI string exists in Kazakh, Russian and English, with the same placeholders, and every
// enumeration value the API can send has a translation.
import { describe, expect, it } from 'vitest';
import { financingSources, organizationKinds, priceBases } from '../../contracts/dataset';
import { planStatusSchema } from '../../contracts/api/plans';
import en from './en.json';
import { expectCompleteTranslation, expectKazakhInCyrillic, flattenDictionary } from './expect-complete-dictionaries';
import kk from './kk.json';
import ru from './ru.json';

const flat = { kk: flattenDictionary(kk), ru: flattenDictionary(ru), en: flattenDictionary(en) };
const reference = flat.en;

describe('UI dictionaries', () => {
  it.each(['kk', 'ru'] as const)('%s has exactly the keys of en, non-empty, with the same placeholders', (language) => {
    expectCompleteTranslation(reference, flat[language]);
  });

  it('en has no empty strings', () => {
    expect([...reference].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('Kazakh text is written in Cyrillic', () => {
    expectKazakhInCyrillic(flat.kk, ['app.name', 'app.documentTitle']);
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
