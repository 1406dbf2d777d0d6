// The public face of the schedule module: deadline texts to schedules, schedules to occurrences,
// occurrences to working days.
export * from './civil-date';
export * from './period';
export * from './schedule';
export { parseDeadline } from './parse-deadline';
export { normalizeDeadlineText } from './normalize-deadline-text';
export { describeSchedule } from './describe-schedule';
export * from './expand-schedule';
export * from './working-calendar';
export * from './holiday-calendar';
export * from './explain-deadline';
