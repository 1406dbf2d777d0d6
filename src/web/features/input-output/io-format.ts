// How the input-output page shows numbers. Multipliers and ratios with four decimals (Miller and
// Blair print 1.5182), jobs per unit of final demand with four significant digits (they are small
// numbers such as 0.0330), amounts with thousands separators. Values keep full precision until here.
import { formatNumber } from '../../lib/format';
import type { Language } from '../../i18n/languages';

export function formatRatio(value: number, language: Language): string {
  return formatNumber(value, language, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
}

export function formatCoefficient(value: number, language: Language): string {
  if (value === 0) return formatNumber(0, language);
  return formatNumber(value, language, { maximumSignificantDigits: 4, minimumSignificantDigits: 4 });
}

/** Amounts of money or jobs: two decimals at most, so that small examples stay readable. */
export function formatAmount(value: number, language: Language): string {
  // -0 from rounding a tiny negative reads as a sign error.
  const shown = Math.abs(value) < 0.005 ? 0 : value;
  return formatNumber(shown, language, { maximumFractionDigits: 2 });
}

/** A number typed by a person: "1 500,5", "1,500.5" is ambiguous and refused, "1500.5", "-20". */
export function parseAmount(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[-+]?(\d+([.,]\d+)?|[.,]\d+)$/.test(compact)) return null;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}
