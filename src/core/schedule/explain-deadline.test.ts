import { describe, expect, it } from 'vitest';
import { describeSchedule } from './describe-schedule';
import { explainDeadline } from './explain-deadline';
import { parseDeadline } from './parse-deadline';
import { WEEKENDS_ONLY } from './working-calendar';

const describeText = (text: string) => {
  const result = parseDeadline(text);
  if (result.status !== 'recognised') throw new Error(result.message);
  return describeSchedule(result.schedule);
};

describe('describeSchedule', () => {
  it.each([
    ['декабрь 2024 года', 'One-off, due by the end of December 2024'],
    ['IV квартал 2025 года', 'One-off, due by the end of the 4th quarter of 2025'],
    ['до 1 декабря 2025 года', 'One-off, due by 1 December 2025'],
    ['2024-2028 годы', 'Continuous in 2024-2028: one obligation a year, due on 31 December (assumed)'],
    ['ежегодно, до 25 января', 'Annual over the plan period: due by 25 January of the year after each reporting year'],
    ['ежегодно, 1 июля, начиная с 2025 года', 'Annual from 2025 to the end of the plan: due by 1 July of each reporting year'],
    ['ежеквартально, до 10 числа месяца, следующего за отчетным кварталом', 'Quarterly over the plan period: due by the 10th of the month after each quarter'],
    ['1 раз в полугодие', 'Semi-annual over the plan period: due on the last day of each half-year (assumed: the text gives no date)'],
  ])('«%s»: %s', (text, words) => {
    expect(describeText(text)).toBe(words);
  });
});

describe('explainDeadline', () => {
  it('parses, expands and moves due dates in one call', () => {
    const result = explainDeadline('ежеквартально, до 10 числа месяца, следующего за отчетным кварталом', { fromYear: 2025, toYear: 2025 }, WEEKENDS_ONLY);
    expect(result.status === 'recognised' && result.occurrences.at(-1)).toEqual({
      period: '2025-Q4',
      due: '2026-01-12',
      dueAsWritten: '2026-01-10',
      dueDateAssumed: false,
    });
  });

  it('keeps dates as written without a calendar', () => {
    const result = explainDeadline('ежегодно, до 25 января', { fromYear: 2024, toYear: 2024 }, null);
    expect(result.status === 'recognised' && result.occurrences[0]?.due).toBe('2025-01-25');
  });

  it('passes an unrecognised text through with its reason', () => {
    expect(explainDeadline('по мере необходимости', { fromYear: 2024, toYear: 2028 }, null)).toMatchObject({ status: 'unrecognised', reason: 'as-needed' });
  });
});
