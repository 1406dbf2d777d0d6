// Texts the parser must not schedule, and why: a wrong due date silently generated for an executor
// is worse than a flagged measure the coordinator schedules by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from './parse-deadline';
import type { UnrecognisedReason } from './schedule';

const UNRECOGNISED: [string, UnrecognisedReason][] = [
  ['по мере необходимости', 'as-needed'],
  ['При необходимости', 'as-needed'],
  ['ежегодно, по мере необходимости', 'as-needed'],
  ['қажеттілігіне қарай', 'as-needed'],
  ['as needed', 'as-needed'],
  ['до декабря 2024 года', 'ambiguous'],
  ['до 2027 года', 'ambiguous'],
  ['к IV кварталу 2025 года', 'ambiguous'],
  ['2025 жылға дейін', 'ambiguous'],
  ['2024 жылғы желтоқсанға дейін', 'ambiguous'],
  ['by 2026', 'ambiguous'],
  ['декабрь 2024 года, далее ежегодно', 'unknown-words'],
  ['после принятия закона', 'unknown-words'],
  ['в течение 10 рабочих дней после утверждения плана', 'unknown-words'],
  ['III-IV кварталы 2025 года', 'unknown-words'],
  ['ежегодно, по итогам года', 'unknown-words'],
  ['ежегодно, до 25 января и 25 июля', 'unknown-words'],
  ['1 раз в 2 года', 'unknown-words'],
  ['январь-март 2025 года', 'unknown-words'],
  ['в течение года', 'unknown-words'],
  ['IV квартал 2025 года - I квартал 2026 года', 'several-deadlines'],
  ['31.02.2025', 'invalid-date'],
  ['2028-2024 годы', 'invalid-date'],
  ['ежегодно, до 29 февраля', 'invalid-date'],
  ['III полугодие 2025 года', 'invalid-date'],
  ['ежеквартально, до 25 января', 'conflicting'],
  ['ежегодно, ежеквартально', 'conflicting'],
  ['ежегодно, до 10 числа месяца, следующего за отчетным кварталом', 'conflicting'],
  ['ежеквартально, декабрь 2024 года', 'conflicting'],
  ['декабрь 2024 года, декабрь 2025 года', 'several-deadlines'],
  ['до 25 января', 'incomplete'],
  ['до 10 числа', 'incomplete'],
  ['', 'empty'],
  ['  . ', 'empty'],
];

describe('parseDeadline: texts it will not schedule', () => {
  it.each(UNRECOGNISED)('«%s» is unrecognised (%s)', (text, reason) => {
    const result = parseDeadline(text);
    expect(result).toMatchObject({ status: 'unrecognised', text, reason });
    expect(result.status === 'unrecognised' && result.message.length).toBeGreaterThan(10);
  });

  it('never throws, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        expect(['recognised', 'unrecognised']).toContain(parseDeadline(text).status);
      }),
    );
  });

  it('never throws on texts built from deadline words (property)', () => {
    const words = ['ежегодно', 'до', '25', 'января', '2024-2028', 'годы', 'IV', 'квартал', '2025', 'года', ',', 'жыл', 'сайын',
      'тоқсан', 'числа', 'месяца', 'следующего', 'за', 'отчетным', 'кварталом', 'by', 'the', '10th', 'Q4', '31.12.2025', 'дейін'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (parts) => {
        expect(['recognised', 'unrecognised']).toContain(parseDeadline(parts.join(' ')).status);
      }),
    );
  });
});

describe('parseDeadline: spelling variants read alike', () => {
  const variants = (text: string) =>
    fc.tuple(fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }), fc.constantFrom(' ', '  ', '\u00a0'), fc.constantFrom('-', '–', '—', ' - ', ' – ')).map(
      ([upper, space, dash]) =>
        [...text].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch)).join('').replace(/ /g, space).replace(/-/g, dash),
    );

  it.each([
    'ежеквартально, до 10 числа месяца, следующего за отчетным кварталом',
    'ежегодно, до 25 января, 2024-2026 годы',
    'iv квартал 2025 года',
    '2024-2028 жылдар',
    'тоқсан сайын, есепті тоқсаннан кейінгі айдың 10-күніне дейін',
  ])('«%s» keeps its meaning under case, space and dash changes (property)', (text) => {
    const expected = parseDeadline(text);
    expect(expected.status).toBe('recognised');
    fc.assert(
      fc.property(variants(text), (variant) => {
        const result = parseDeadline(variant);
        expect(result.status === 'recognised' && result.schedule).toEqual(expected.status === 'recognised' && expected.schedule);
      }),
      { numRuns: 50 },
    );
  });
});
