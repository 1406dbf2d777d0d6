// Locale-aware number formatting. Values keep full precision until they are shown.
import { LANGUAGE_LOCALES, type Language } from '../i18n/languages';
import { needsKazakhFallback, numberLocale } from '../i18n/locale-support';

export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(numberLocale(language), options).format(value);
}

/** A growth multiple such as 4.5 (shown with up to three decimals: ×4.5, ×2.045). */
export function formatMultiple(value: number, language: Language): string {
  return formatNumber(value, language, { maximumFractionDigits: 3 });
}

/** A fraction as a percentage: 0.119 → "11.9%". */
export function formatPercent(fraction: number, language: Language, fractionDigits = 1): string {
  return formatNumber(fraction, language, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
}

/** An amount in million tenge, to one decimal place. */
export function formatMillions(value: number, language: Language): string {
  return formatNumber(value, language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** Kazakh names of the currencies plan figures use, for browsers without Kazakh locale data. */
const KK_CURRENCY_NAMES: Record<string, string> = { KZT: 'Қазақстан теңгесі', USD: 'АҚШ доллары', EUR: 'еуро', RUB: 'Ресей рублі' };

/** The currency's name in the language, e.g. "KZT" → "казахстанский тенге"; the code if unknown. */
export function currencyName(code: string, language: Language): string {
  if (needsKazakhFallback(language)) return KK_CURRENCY_NAMES[code] ?? code;
  try {
    return new Intl.DisplayNames([LANGUAGE_LOCALES[language]], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}
