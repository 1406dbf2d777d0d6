// How the indicator pages write figures: levels with one decimal, rates and probabilities as
// percentages, gaps with their sign. Full precision stays in the data until here.
import type { Language } from '../../i18n/languages';
import { formatNumber, formatPercent } from '../../lib/format';

export function formatLevel(value: number | null | undefined, language: Language): string {
  return value === null || value === undefined ? '—' : formatNumber(value, language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export function formatRate(value: number | null | undefined, language: Language): string {
  return value === null || value === undefined ? '—' : formatPercent(value, language);
}

export function formatSignedRate(value: number | null | undefined, language: Language): string {
  return value === null || value === undefined ? '—' : formatNumber(value, language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
}

export function formatProbability(value: number | null | undefined, language: Language): string {
  return value === null || value === undefined ? '—' : formatPercent(value, language, 0);
}

export function formatPoints(value: number, language: Language): string {
  return formatNumber(value, language, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
}
