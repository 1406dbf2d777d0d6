// Words of deadline texts in Russian, Kazakh and English, as regular-expression fragments over
// normalized text (lower case, «ё» as «е», hyphens for every dash), plus readers that turn a matched
// word back into a number. Word boundaries are spelled out because \b only knows ASCII letters.

/** Start of a word: no letter or digit just before. */
export const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
/** End of a word: no letter or digit just after. */
export const WORD_END = String.raw`(?![\p{L}\p{N}])`;

/** A four-digit year; range checks happen in the readers. */
export const YEAR = String.raw`(?:1[89]|2[01])\d{2}`;

interface MonthWords {
  ru: string;
  kk: string;
  en: string;
}

// Russian in every case a deadline uses (декабрь, декабря, декабре) and common abbreviations;
// Kazakh stems take any case ending after them (желтоқсан, желтоқсанға, желтоқсанның).
const MONTHS: MonthWords[] = [
  { ru: String.raw`январ[ьяею]|янв\.?`, kk: 'қаңтар', en: String.raw`january|jan\.?` },
  { ru: String.raw`феврал[ьяею]|февр?\.?`, kk: 'ақпан', en: String.raw`february|feb\.?` },
  { ru: String.raw`март[ауе]?`, kk: 'наурыз', en: String.raw`march|mar\.?` },
  { ru: String.raw`апрел[ьяею]|апр\.?`, kk: 'сәуір', en: String.raw`april|apr\.?` },
  { ru: 'ма[йяею]', kk: 'мамыр', en: 'may' },
  { ru: 'июн[ьяею]', kk: 'маусым', en: String.raw`june|jun\.?` },
  { ru: 'июл[ьяею]', kk: 'шілде', en: String.raw`july|jul\.?` },
  { ru: String.raw`август[ауе]?|авг\.?`, kk: 'тамыз', en: String.raw`august|aug\.?` },
  { ru: String.raw`сентябр[ьяею]|сент?\.?`, kk: 'қыркүйек', en: String.raw`september|sept?\.?` },
  { ru: String.raw`октябр[ьяею]|окт\.?`, kk: 'қазан', en: String.raw`october|oct\.?` },
  { ru: String.raw`ноябр[ьяею]|нояб?\.?`, kk: 'қараша', en: String.raw`november|nov\.?` },
  { ru: String.raw`декабр[ьяею]|дек\.?`, kk: 'желтоқсан', en: String.raw`december|dec\.?` },
];

const kkMonth = (m: MonthWords) => String.raw`${m.kk}\p{L}*`;

/** A month name in Russian or English (not Kazakh: Kazakh dates put the year first). */
export const MONTH_RU_EN = `(?:${MONTHS.flatMap((m) => [m.ru, m.en]).join('|')})`;
/** A Kazakh month name with any case ending. */
export const MONTH_KK = `(?:${MONTHS.map((m) => m.kk).join('|')})`;
/** A month name in any of the three languages, Kazakh with its case ending. */
export const MONTH_ANY = `(?:${MONTHS.flatMap((m) => [m.ru, m.en, kkMonth(m)]).join('|')})`;
export const MONTH_EN = `(?:${MONTHS.map((m) => m.en).join('|')})`;

const MONTH_READERS = MONTHS.map((m) => new RegExp(`^(?:${m.ru}|${m.en}|${kkMonth(m)})$`, 'u'));

/** 1..12 for a month word matched by one of the MONTH_* fragments, else null. */
export function readMonth(word: string): number | null {
  const index = MONTH_READERS.findIndex((reader) => reader.test(word.trim()));
  return index < 0 ? null : index + 1;
}

/**
 * The number of a quarter or half-year: roman (Latin i or the Kazakh/Ukrainian Cyrillic і that
 * Kazakh keyboards produce), arabic, or an ordinal word.
 */
export const PART_NUMBER = String.raw`(?:[iі]v|[iі]{1,3}|[1-4]|перв\p{L}*|втор\p{L}*|трет\p{L}*|четверт\p{L}*|бірінші|екінші|үшінші|төртінші|first|second|third|fourth|1st|2nd|3rd|4th)`;

/** Ordinal endings written after an arabic number: 4-й, 4-го, 4-ші, 4th. */
export const ORDINAL_ENDING = String.raw`(?:\s*-?\s*(?:ый|ий|ой|ого|его|ое|ом|ем|й|го|е|м|інші|ыншы|нші|ші|шы|st|nd|rd|th)(?![\p{L}]))?`;

const ORDINALS: [RegExp, number][] = [
  [/^(?:[iі]|1|перв\p{L}*|бірінші|first|1st)$/u, 1],
  [/^(?:[iі]{2}|2|втор\p{L}*|екінші|second|2nd)$/u, 2],
  [/^(?:[iі]{3}|3|трет\p{L}*|үшінші|third|3rd)$/u, 3],
  [/^(?:[iі]v|4|четверт\p{L}*|төртінші|fourth|4th)$/u, 4],
];

/** 1..4 for a PART_NUMBER match, else null. */
export function readPartNumber(word: string): number | null {
  const found = ORDINALS.find(([pattern]) => pattern.test(word.trim()));
  return found ? found[1] : null;
}

/**
 * Words that may stand before a period. «до», «к», «by», «until» before a month, quarter or year
 * are ambiguous (the start or the end of it?), while «до конца», «не позднее», «в», «in» are not.
 */
export const PERIOD_PREPOSITION = String.raw`(?:(?<prep>до\s+конца|до\s+окончания|не\s+позднее|не\s+позже|в\s+течение|до|к|в|во|by\s+the\s+end\s+of|by\s+end\s+of|at\s+the\s+end\s+of|the\s+end\s+of|end\s+of|no\s+later\s+than|not\s+later\s+than|by|in|during|until|till|within)\s+)?`;

const AMBIGUOUS_PREPOSITIONS = new Set(['до', 'к', 'by', 'until', 'till']);

export function isAmbiguousPreposition(prep: string | undefined): boolean {
  return prep !== undefined && AMBIGUOUS_PREPOSITIONS.has(prep.replace(/\s+/g, ' '));
}

/** Kazakh words after a period: «соңына дейін» (by its end) or bare «дейін» (until: ambiguous). */
export const KK_TAIL = String.raw`(?:\s+(?<tail>соңына\s+дейін|аяғына\s+дейін|соңына|дейін|ішінде|бойы))?`;

/** Words that name a year after its number, in every case and abbreviation we meet. */
export const YEAR_WORD = String.raw`(?:годы|годов|годах|годам|году|года|год|гг\.?|г\.?|жылдары|жылдарға|жылдардың|жылдарда|жылдар|жылдың|жылғы|жылға|жылда|жылы|жыл|жж\.?|ж\.?|years?)`;

/** Words that carry no meaning of their own once the patterns have taken what they understand. */
export const FILLER_WORDS = [
  'до', 'не', 'позднее', 'позже', 'к', 'ко', 'в', 'во', 'на', 'по', 'с', 'за', 'течение', 'конца',
  'конец', 'окончания', 'срок', 'сроки', 'срока', 'исполнения', 'включительно', 'года', 'год', 'годы',
  'годов', 'годах', 'году', 'г', 'гг', 'жыл', 'жылы', 'жылғы', 'жылдың', 'жылдар', 'жылдары', 'жылға',
  'жж', 'ж', 'дейін', 'ішінде', 'бойы', 'мерзімі', 'орындау', 'by', 'in', 'the', 'of', 'during', 'end',
  'year', 'years', 'deadline', 'due',
];
