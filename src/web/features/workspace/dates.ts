// Dates as the workspace shows them. Due dates are Kazakhstan civil dates ('YYYY-MM-DD'): formatted
// without any time zone shift, and compared with today's date in Kazakhstan, as the server does.
import { KAZAKHSTAN_TIME_ZONE } from '../../../core/obligations/civil-time';
import type { ObligationStatus } from '../../../core/obligations/obligation-status';
import { LANGUAGE_LOCALES, type Language } from '../../i18n/languages';
import { needsKazakhFallback, numberLocale } from '../../i18n/locale-support';

/** Obligations due within this many days (and not done) are "due soon", as the API's due-soon list. */
export const DUE_SOON_DAYS = 14;

const ISO_FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: KAZAKHSTAN_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

export function kazakhstanToday(now = new Date()): string {
  const parts = Object.fromEntries(ISO_FORMAT.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

function utcDay(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(utcDay(to) - utcDay(from));
}

// Without Kazakh locale data in the browser (see locale-support), Kazakh dates are written out here
// in the form ICU uses ("2025 ж. 1 сәуір").
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];

export function formatDate(date: string, language: Language): string {
  const instant = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (needsKazakhFallback(language)) return `${instant.getUTCFullYear()} ж. ${instant.getUTCDate()} ${KK_MONTHS[instant.getUTCMonth()]}`;
  return new Intl.DateTimeFormat(LANGUAGE_LOCALES[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(instant);
}

export function formatDateTime(timestamp: string, language: Language): string {
  const instant = new Date(timestamp);
  if (needsKazakhFallback(language)) {
    const time = `${String(instant.getHours()).padStart(2, '0')}:${String(instant.getMinutes()).padStart(2, '0')}`;
    return `${instant.getFullYear()} ж. ${instant.getDate()} ${KK_MONTHS[instant.getMonth()]}, ${time}`;
  }
  return new Intl.DateTimeFormat(LANGUAGE_LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(instant);
}

const DONE: readonly ObligationStatus[] = ['completed', 'completed_late', 'cancelled'];

export function isOpenStatus(status: ObligationStatus): boolean {
  return !DONE.includes(status);
}

/** Days left until an open obligation falls due, when it is within the due-soon window; else null. */
export function dueSoonDays(obligation: { due: string; status: ObligationStatus }, today: string): number | null {
  if (!isOpenStatus(obligation.status) || obligation.status === 'overdue') return null;
  const days = daysBetween(today, obligation.due);
  return days >= 0 && days <= DUE_SOON_DAYS ? days : null;
}

/** "5 minutes", "40 seconds" in the language (for Retry-After). */
export function formatWait(seconds: number, language: Language): string {
  const locale = LANGUAGE_LOCALES[language];
  const [value, unit] = seconds >= 90 ? [Math.ceil(seconds / 60), 'minute'] : [Math.max(1, Math.ceil(seconds)), 'second'];
  // Kazakh nouns stay singular after a numeral: "15 минут", "40 секунд".
  if (needsKazakhFallback(language)) return `${value} ${unit === 'minute' ? 'минут' : 'секунд'}`;
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  } catch {
    return `${value} ${unit === 'minute' ? 'min' : 's'}`;
  }
}

/** A file size: "98 KB", "1.4 MB". */
export function formatBytes(bytes: number, language: Language): string {
  const locale = numberLocale(language);
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / 1048576, 'megabyte'] : [Math.max(1, Math.round(bytes / 1024)), 'kilobyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/** The date `days` after `date` (both 'YYYY-MM-DD'). */
export function addDays(date: string, days: number): string {
  return new Date((utcDay(date) + days) * 86_400_000).toISOString().slice(0, 10);
}
