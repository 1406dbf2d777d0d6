// Patterns for how often and by when: frequencies, «continuous» and «as needed» markers, due days
// of the month after a reporting period, and day-month dates that repeat every year.
import { partRule, type PartRule, type RecurringPeriodKind } from './deadline-part';
import { MONTH_ANY, MONTH_EN, MONTH_RU_EN, ORDINAL_ENDING, readMonth } from './deadline-vocabulary';
import type { Frequency } from './period';

const AS_NEEDED = [
  String.raw`по\s+мере\s+(?:необходимости|поступления|потребности)`,
  String.raw`при\s+необходимости`,
  String.raw`по\s+необходимости`,
  String.raw`по\s+отдельному\s+графику`,
  String.raw`по\s+согласованию`,
  String.raw`қажеттілігіне\s+қарай`,
  String.raw`қажетіне\s+қарай`,
  String.raw`қажет\s+болған\s+(?:жағдайда|кезде)`,
  String.raw`қажеттілік\s+бойынша`,
  String.raw`as\s+(?:needed|necessary|required)`,
  String.raw`when\s+(?:needed|necessary|required)`,
  String.raw`if\s+(?:needed|necessary|required)`,
  String.raw`on\s+demand`,
];

const CONTINUOUS = [
  String.raw`на\s+постоянной\s+основе`,
  String.raw`в\s+постоянном\s+режиме`,
  'постоянно',
  String.raw`тұрақты(?:\s+негізде)?`,
  'үнемі',
  String.raw`on\s+an?\s+(?:ongoing|permanent|continuous)\s+basis`,
  'ongoing',
  'continuously',
  'continuous',
  'permanently',
];

const ONE = String.raw`(?:1|один|бір)`;
const FREQUENCIES: [Frequency, string[]][] = [
  [
    'semiannual',
    [
      String.raw`(?:${ONE}\s+)?раз\s+в\s+(?:полугодие|полгода|пол\s+года)`,
      String.raw`ежеполугодно`,
      String.raw`каждое\s+полугодие`,
      String.raw`(?:2|два)\s+раза\s+в\s+год`,
      String.raw`дважды\s+в\s+год`,
      String.raw`жарты\s*жылдықта\s+${ONE}\s+рет`,
      String.raw`жарты\s+жылда\s+${ONE}\s+рет`,
      String.raw`жарты\s*жылдық\s+сайын`,
      String.raw`жарты\s+жыл\s+сайын`,
      String.raw`жылына\s+(?:2|екі)\s+рет`,
      String.raw`semi-?\s*annually`,
      String.raw`semi-?\s*annual`,
      String.raw`half-?\s*yearly`,
      String.raw`twice\s+a\s+year`,
      String.raw`every\s+(?:six|6)\s+months`,
      String.raw`(?:once\s+)?(?:every|per|a)\s+half-?\s*year`,
    ],
  ],
  [
    'annual',
    [
      String.raw`ежегодно`,
      String.raw`каждый\s+год`,
      String.raw`(?:${ONE}\s+)?раз\s+в\s+год(?:у)?`,
      String.raw`жыл\s+сайын`,
      String.raw`жылына\s+${ONE}\s+рет`,
      String.raw`annually`,
      String.raw`yearly`,
      String.raw`every\s+year`,
      String.raw`once\s+a\s+year`,
    ],
  ],
  [
    'quarterly',
    [
      String.raw`ежеквартально`,
      String.raw`каждый\s+квартал`,
      String.raw`(?:${ONE}\s+)?раз\s+в\s+квартал`,
      String.raw`тоқсан\s+сайын`,
      String.raw`тоқсанына\s+${ONE}\s+рет`,
      String.raw`тоқсанда\s+${ONE}\s+рет`,
      String.raw`quarterly`,
      String.raw`every\s+quarter`,
      String.raw`once\s+a\s+quarter`,
    ],
  ],
  [
    'monthly',
    [
      String.raw`ежемесячно`,
      String.raw`каждый\s+месяц`,
      String.raw`(?:${ONE}\s+)?раз\s+в\s+месяц`,
      String.raw`ай\s+сайын`,
      String.raw`айына\s+${ONE}\s+рет`,
      String.raw`monthly`,
      String.raw`every\s+month`,
      String.raw`once\s+a\s+month`,
    ],
  ],
];

/** Reads the reporting period a due rule counts from: «кварталом», «тоқсаннан», «quarter». */
export function readAfterPeriod(word: string | undefined): RecurringPeriodKind | null {
  if (!word) return null;
  if (/^(?:квартал|тоқсан|quarter)/u.test(word)) return 'quarter';
  if (/^(?:полугод|жарты|half)/u.test(word)) return 'half';
  if (/^(?:год|жыл|year)/u.test(word)) return 'year';
  if (/^(?:месяц|ай|month)/u.test(word)) return 'month';
  return null;
}

const day = (raw: string | undefined) => Number(raw);

const RU_AFTER = String.raw`(?:квартал\p{L}*|полугоди\p{L}*|год\p{L}*|месяц\p{L}*|период\p{L}*)`;
const KK_AFTER = String.raw`(?:тоқсан|жарты\s*жылдық|жарты\s+жыл|жыл|ай|кезең)`;
const EN_AFTER = String.raw`(?:quarter|half-?\s*year|half|year|month|period)`;

/** Markers run first: they hold no dates, and their numbers («1 раз») must not be read as days. */
export const MARKER_RULES: PartRule[] = [
  partRule('as-needed', AS_NEEDED.join('|'), (_g, words) => ({ kind: 'as-needed', words })),
  ...FREQUENCIES.map(([frequency, sources]) =>
    partRule(`frequency-${frequency}`, sources.join('|'), () => ({ kind: 'frequency', frequency })),
  ),
  partRule('continuous', CONTINUOUS.join('|'), () => ({ kind: 'continuous' })),
];

/** Due rules run after the dated periods, so that «1 декабря 2025 года» is taken whole first. */
export const DUE_RULES: PartRule[] = [
  // «до 1 февраля года, следующего за отчетным», «25 January of the following year».
  partRule(
    'day-month-following-year',
    String.raw`(?:(?:до|не\s+позднее|не\s+позже|к|by|no\s+later\s+than)\s+)?(?:the\s+)?(?<day>\d{1,2})${ORDINAL_ENDING}\s+(?:of\s+)?(?<month>${MONTH_RU_EN})\s+(?:(?:года|г\.)\s*,?\s*следующего\s+за\s+отчетн\p{L}*(?:\s+год\p{L}*)?|следующего\s+(?:за\s+отчетным\s+)?года|of\s+the\s+(?:following|next)\s+year|after\s+the\s+reporting\s+year)`,
    (g) => dayMonth(g, true),
  ),
  partRule(
    'day-month-following-year-kk',
    String.raw`(?:есепті\s+жылдан\s+кейінгі|келесі)\s+жылдың\s+(?<day>\d{1,2})\s*(?:-?\s*\p{L}{1,5})?\s+(?<month>${MONTH_ANY})(?:\s+дейін)?`,
    (g) => dayMonth(g, true),
  ),
  // «до 10 числа месяца, следующего за отчетным кварталом».
  partRule(
    'due-day-ru',
    String.raw`(?:(?:до|не\s+позднее|не\s+позже|к|по)\s+)?(?<day>\d{1,2})\s*(?:-?\s*(?:го|е|ого|ое))?\s+(?:числа|число|числу)(?<month>\s+(?:каждого\s+)?(?:месяца|мес\.?))?(?:\s*,?\s*(?:следующего|следующим)\s+за\s+(?:отчетн\p{L}*|истекш\p{L}*)(?:\s+(?<after>${RU_AFTER}))?|\s*,?\s*после\s+(?:отчетн\p{L}*|истекш\p{L}*)\s+(?<after2>${RU_AFTER}))?`,
    (g) => dueDay(g.day, g.after ?? g.after2, g.month !== undefined || (g.after ?? g.after2) !== undefined),
  ),
  // «есепті тоқсаннан кейінгі айдың 10-күніне дейін».
  partRule(
    'due-day-kk',
    String.raw`(?:есепті\s+(?<after>${KK_AFTER})\p{L}*\s+)?(?:кейінгі|келесі)\s+айдың\s+(?<day>\d{1,2})(?:\s*-?\s*\p{L}{1,6})?(?:\s+күн\p{L}*)?(?:\s+(?:дейін|қарай))?`,
    (g) => dueDay(g.day, g.after, true),
  ),
  // «quarterly, by the 10th of the month after the quarter».
  partRule(
    'due-day-en',
    String.raw`(?:(?:by|no\s+later\s+than|not\s+later\s+than|before|until|on)\s+)?(?:the\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)(?:\s+day)?(?<month>\s+of\s+(?:the\s+|each\s+)?(?:following\s+month|next\s+month|month))?(?:\s*,?\s*(?:after|following)\s+(?:the\s+|each\s+)?(?:end\s+of\s+(?:the\s+|each\s+)?)?(?:reporting\s+)?(?<after>${EN_AFTER}))?`,
    (g) => dueDay(g.day, g.after, g.month !== undefined || g.after !== undefined),
  ),
  // «до 25 января», «25 қаңтарға дейін», «by 25 January», «by January 25».
  partRule(
    'day-month',
    String.raw`(?:(?:до|не\s+позднее|не\s+позже|к|by|on|no\s+later\s+than|not\s+later\s+than)\s+)?(?:the\s+)?(?<day>\d{1,2})${ORDINAL_ENDING}\s+(?:of\s+)?(?<month>${MONTH_ANY})(?:\s+дейін)?`,
    (g) => dayMonth(g, false),
  ),
  partRule(
    'day-month-en',
    String.raw`(?:(?:by|on|no\s+later\s+than|not\s+later\s+than)\s+)?(?<month>${MONTH_EN})\s+(?<day>\d{1,2})(?:st|nd|rd|th)?`,
    (g) => dayMonth(g, false),
  ),
  // «5-іне дейін» (ай сайын): a bare Kazakh due day, after the day-month rules took «25 қаңтарға».
  partRule(
    'due-day-kk-short',
    String.raw`(?:айдың\s+)?(?<day>\d{1,2})\s*-?\s*(?:күніне|сына|сіне|ына|іне|на|не)\s+(?:дейін|қарай)`,
    (g) => dueDay(g.day, undefined, false),
  ),
];

function dueDay(raw: string | undefined, after: string | undefined, monthStated: boolean) {
  const value = day(raw);
  if (!(value >= 1 && value <= 31)) return { kind: 'invalid' as const, message: `day ${raw} of a month does not exist` };
  return { kind: 'due-day' as const, day: value, after: readAfterPeriod(after), monthStated };
}

function dayMonth(g: Record<string, string | undefined>, followingYear: boolean) {
  const month = readMonth(g.month ?? '');
  if (month === null) return null;
  const value = day(g.day);
  // 29 February is refused too: it would not exist in most reporting years.
  const longest = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  if (!(value >= 1 && value <= longest)) {
    return { kind: 'invalid' as const, message: `${g.day} ${g.month} is not a date that recurs every year` };
  }
  return { kind: 'day-month' as const, month, day: value, followingYear };
}
