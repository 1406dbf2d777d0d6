// What limits an indicator's figures, as codes with parameters, so that every language can say
// it; the English sentence travels with each note for API readers and the CLI.

interface NoteParams {
  no_release_by: { asOf: string };
  indices_short_of_base: { asOf: string; baseYear: number };
  no_base_value: { baseYear: number };
  latest_before_base: { year: number };
  too_little_to_forecast: Record<string, never>;
  short_growth_history: { years: number };
  base_year_assumed: { year: number };
  no_series_linked: Record<string, never>;
  no_base_year: Record<string, never>;
  target_not_stated: Record<string, never>;
  no_release_of_series: { series: string; asOf: string };
  calculation_problem: { detail: string };
}

export type StatusNoteCode = keyof NoteParams;

export interface StatusNote {
  code: StatusNoteCode;
  params: Record<string, string | number>;
  /** The note in English. */
  text: string;
}

const ENGLISH: { [C in StatusNoteCode]: (p: NoteParams[C]) => string } = {
  no_release_by: (p) => `no figures were released by ${p.asOf}`,
  indices_short_of_base: (p) => `the annual indices known on ${p.asOf} do not reach back to the base year ${p.baseYear}`,
  no_base_value: (p) => `no value for the base year ${p.baseYear} is known or stated`,
  latest_before_base: (p) => `the latest figure (${p.year}) precedes the base year`,
  too_little_to_forecast: () => 'one annual figure is too little to forecast from',
  short_growth_history: (p) => `the probability rests on only ${p.years} year(s) of growth history`,
  base_year_assumed: (p) => `the base year ${p.year} is an assumption: the plan does not publish one`,
  no_series_linked: () => 'no statistical series is linked to this indicator',
  no_base_year: () => 'no base year is stated or assumed: the target cannot be placed',
  target_not_stated: () => 'the target multiple or year is not stated',
  no_release_of_series: (p) => `no figure of ${p.series} was released by ${p.asOf}`,
  calculation_problem: (p) => `the figures cannot be computed: ${p.detail}`,
};

export const STATUS_NOTE_CODES = Object.keys(ENGLISH) as StatusNoteCode[];

export function statusNote<C extends StatusNoteCode>(code: C, ...[params]: NoteParams[C] extends Record<string, never> ? [] : [NoteParams[C]]): StatusNote {
  const given = (params ?? {}) as NoteParams[C];
  return { code, params: given as Record<string, string | number>, text: ENGLISH[code](given) };
}
