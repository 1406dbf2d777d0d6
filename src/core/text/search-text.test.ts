import { describe, expect, it } from 'vitest';
import { buildSearchText, foldForSearch } from './search-text';

describe('search text folding', () => {
  it('lower-cases Cyrillic, Kazakh letters and Latin alike', () => {
    expect(foldForSearch('МАШИНА ЖАСАУ ҚҰРЫЛЫСЫ Әкімдік')).toBe('машина жасау құрылысы әкімдік');
    expect(foldForSearch('Machine  Building')).toBe('machine building');
  });

  it('treats ё as е so that either spelling finds the other', () => {
    expect(foldForSearch('Утверждён')).toBe(foldForSearch('утвержден'));
  });

  it('joins all languages of all parts so a query in any language matches', () => {
    const text = buildSearchText([{ ru: 'Локализация', en: 'Localisation', kk: 'Оқшаулау' }, 'декабрь 2024 года', null]);
    expect(text).toContain('локализация');
    expect(text).toContain('localisation');
    expect(text).toContain('оқшаулау');
    expect(text).toContain('декабрь 2024 года');
  });
});
