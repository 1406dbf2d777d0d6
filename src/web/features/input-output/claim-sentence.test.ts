import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimVerdictResponse } from '../../../contracts/api/input-output';
import en from '../../i18n/en.json';
import kk from '../../i18n/kk.json';
import ru from '../../i18n/ru.json';
import { claimSentence } from './claim-sentence';

const translators: Record<string, TFunction> = {};

beforeAll(async () => {
  for (const [language, translation] of Object.entries({ en, ru, kk })) {
    const instance = i18next.createInstance();
    await instance.init({ lng: language, resources: { [language]: { translation } }, interpolation: { escapeValue: false } });
    translators[language] = instance.t;
  }
});

function verdict(typeI: number, typeII: number, groupIsMachineBuilding = false): ClaimVerdictResponse {
  const basis = (name: 'typeI' | 'typeII', ratio: number) => ({
    basis: name,
    ratio,
    jobsElsewherePerDirectJob: ratio - 1,
    outsideGroupPerDirectJob: ratio - 1.2,
    comparison: ratio < 9 ? ('below' as const) : ratio > 11 ? ('above' as const) : ('within' as const),
  });
  const first = basis('typeI', typeI);
  const second = basis('typeII', typeII);
  const holds = first.comparison === 'within' || second.comparison === 'within';
  return {
    tableCode: 'T',
    holds,
    basis: first.comparison === 'within' ? 'typeI' : 'typeII',
    ratio: typeI,
    jobsElsewherePerDirectJob: typeI - 1,
    claimedRange: [8, 10],
    claimedRatioRange: [9, 11],
    typeI: first,
    typeII: second,
    group: { label: 'x', mix: [], mixSource: 'table' },
    groupIsMachineBuilding,
    isKazakhstanTable: true,
    isIllustrative: false,
    sentence: '',
  };
}

const sentence = (language: string, v: ClaimVerdictResponse) =>
  claimSentence(translators[language]!, { verdict: v, groupNames: 'Sector 1', format: (value) => value.toFixed(2) });

describe('the claim sentence', () => {
  it('says the claim fails, with both ratios, when both are below the range', () => {
    const text = sentence('en', verdict(1.65, 2.4));
    expect(text).toBe(
      'The claim of 8–10 related jobs per job (a ratio of total to direct jobs of 9–11) does not hold on this table: ' +
        'each direct job in the chosen products (Sector 1) comes with 0.65 jobs elsewhere through the supply chain (Type I ratio 1.65), ' +
        "and 1.40 when households' spending of the wages is counted too (Type II ratio 2.40). Both ratios are below the claimed range.",
    );
  });

  it('names the basis it holds on', () => {
    expect(sentence('en', verdict(9.5, 12, true))).toMatch(/^The claim .* holds on this table on the Type I basis: each direct job in machine building/);
    expect(sentence('en', verdict(4, 10))).toMatch(/holds on this table only on the Type II basis/);
    expect(sentence('en', verdict(4, 12))).toMatch(/The Type I ratio is below and the Type II ratio above the claimed range\.$/);
  });

  it('is written in Russian and Kazakh too, with no key left untranslated', () => {
    const ruText = sentence('ru', verdict(1.65, 2.4));
    expect(ruText).toMatch(/^Утверждение о 8–10 рабочих местах .* не подтверждается на этой таблице: каждое прямое рабочее место в выбранных продуктах \(Sector 1\)/);
    const kkText = sentence('kk', verdict(9.5, 12, true));
    expect(kkText).toMatch(/осы кесте бойынша I тип негізінде расталады: машина жасаудағы әрбір тікелей жұмыс орны/);
    for (const text of [ruText, kkText]) expect(text).not.toMatch(/io\.claim|\{\{/);
  });
});
