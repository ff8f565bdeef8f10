/**
 * The business clock: the one source of "today" and "now" in main. Every business date and every who/when stamp
 * comes from here; the store host receives them with each call. Electron runs the system clock, the test shell,
 * screenshots and benchmarks a pinned one.
 */
export interface Clock {
  /** Today's business date (YYYY-MM-DD) in the user's time zone. */
  today(): string;
  /** The current instant as an ISO string, strictly later than every instant this clock gave before. */
  now(): string;
  readonly timeZone: string;
}

/** A clock the test shell can set and move; it keeps running only as far as its callers ask for instants. */
export interface PinnedClock extends Clock {
  /** Puts the clock at an instant (an ISO string with its offset, e.g. `2026-11-23T10:00:00+01:00`). */
  set(instant: string): void;
  /** Moves the clock forward (or back, with a negative number) by whole days, as if the app were closed meanwhile. */
  advanceDays(days: number): void;
}

const DAY_MS = 86_400_000;

export const systemTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The calendar date of an instant as seen in a time zone. */
export function businessDateAt(instantMs: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    new Date(instantMs),
  );
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Two writes in the same millisecond would otherwise share a stamp, and history, dossier and activities are ordered
 * by their stamps: each instant is at least one millisecond after the one before.
 */
function monotonic(read: () => number) {
  let last = -Infinity;
  return {
    next(): number {
      last = Math.max(read(), last + 1);
      return last;
    },
    reset(): void {
      last = -Infinity;
    },
  };
}

function parseInstant(instant: string): number {
  const ms = Date.parse(instant);
  if (!/[zZ]|[+-]\d{2}:\d{2}$/.test(instant) || Number.isNaN(ms)) {
    throw new Error(`not an instant with a time zone offset: ${instant}`);
  }
  return ms;
}

export function systemClock(timeZone = systemTimeZone()): Clock {
  const ticks = monotonic(() => Date.now());
  return {
    timeZone,
    now: () => new Date(ticks.next()).toISOString(),
    today: () => businessDateAt(Date.now(), timeZone),
  };
}

/**
 * Starts at `instant` and stands still there; each `now()` is one millisecond after the last, so the stamps of a
 * test are the same on every run and still put its writes in order.
 */
export function pinnedClock(instant: string, timeZone: string): PinnedClock {
  let pinnedMs = parseInstant(instant);
  const ticks = monotonic(() => pinnedMs);
  return {
    timeZone,
    now: () => new Date(ticks.next()).toISOString(),
    today: () => businessDateAt(pinnedMs, timeZone),
    set(next) {
      pinnedMs = parseInstant(next);
      ticks.reset();
    },
    advanceDays(days) {
      if (!Number.isInteger(days)) throw new Error(`advanceDays takes whole days, not ${days}`);
      pinnedMs += days * DAY_MS;
      ticks.reset();
    },
  };
}
