// Fixed-window counting for rate limits: every process maps a moment to the same window, so a
// counter row keyed by (key, window start) in the database is shared by all of them.

/** The start of the window containing `now`, windows being aligned to the Unix epoch. */
export function windowStart(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Whole seconds until the window containing `now` ends (at least 1), for Retry-After. */
export function secondsUntilWindowEnds(now: Date, windowMs: number): number {
  const end = windowStart(now, windowMs).getTime() + windowMs;
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}
