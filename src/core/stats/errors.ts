// Statistics functions throw this when their input cannot give a meaningful answer (no base year,
// a reference year outside the series, a malformed period). Callers at the edge (CLI, API) turn it
// into a message for the person who supplied the data.
export class StatsInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StatsInputError';
  }
}
