// Deadline texts come from Word and Excel tables typed by many hands: mixed case, en dashes,
// non-breaking spaces, guillemets, «ё», trailing full stops. One canonical form lets the patterns
// in deadline-patterns.ts stay readable instead of repeating every variant.

const DASHES = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/g;
const SPACES = /[\s\u00a0\u2007\u202f\u200b]+/g;
const QUOTES = /[«»"“”„‟'‘’‹›]/g;

export function normalizeDeadlineText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(DASHES, '-')
    .replace(QUOTES, ' ')
    .replace(SPACES, ' ')
    .trim()
    .replace(/[\s.;,]+$/, '');
}
