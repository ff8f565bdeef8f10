import { z } from 'zod';

/** A business date: YYYY-MM-DD, no time zone, and a real day of the calendar (no 31-02). */
export const businessDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'errors.date')
  .refine(isRealDate, 'errors.date');

const DIGIT_0 = 48;

/** The year, month and day of a YYYY-MM-DD string of digits, or null; read by char codes, no regex or Date. */
function parts(s: string): [number, number, number] | null {
  if (s.length !== 10 || s[4] !== '-' || s[7] !== '-') return null;
  let y = 0;
  let m = 0;
  let d = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = s.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) return null;
    if (i < 4) y = y * 10 + digit;
    else if (i < 7) m = m * 10 + digit;
    else d = d * 10 + digit;
  }
  return [y, m, d];
}

const daysIn = (y: number, m: number) => (m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]);

/** Whether a YYYY-MM-DD string names a day of the calendar; by arithmetic, as imports check 200k dates at a time. */
export function isRealDate(s: string): boolean {
  const p = parts(s);
  if (!p) return false;
  const [y, m, d] = p;
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)!;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil, all integer arithmetic). */
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** The date of a day number (H. Hinnant's civil_from_days), as YYYY-MM-DD for years 1 to 9999. */
function dateOf(n: number): string | null {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 1 || y > 9999) return null;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * Day numbers and dates seen before. A dunning proposal adds days to the due and delivery dates of tens of
 * thousands of invoices, which share a few hundred distinct dates; the memo is cleared when it grows, so it holds
 * what one proposal uses and never more than a few thousand entries.
 */
const MEMO_LIMIT = 5_000;
const dayNumbers = new Map<string, number>();
const datesOf = new Map<number, string>();

function memoDayNumber(date: string): number | undefined {
  let n = dayNumbers.get(date);
  if (n !== undefined) return n;
  if (!isRealDate(date)) return undefined;
  const [y, m, d] = parts(date)!;
  n = dayNumber(y, m, d);
  if (dayNumbers.size >= MEMO_LIMIT) dayNumbers.clear();
  dayNumbers.set(date, n);
  return n;
}

function memoDateOf(n: number): string | null {
  const hit = datesOf.get(n);
  if (hit !== undefined) return hit;
  const date = dateOf(n);
  if (date === null) return null;
  if (datesOf.size >= MEMO_LIMIT) datesOf.clear();
  datesOf.set(n, date);
  return date;
}

/** The date `days` later (earlier when negative), by integer arithmetic on day numbers. */
export function addDays(date: string, days: number): string {
  const n = memoDayNumber(date);
  if (n === undefined) throw new RangeError(`not a YYYY-MM-DD calendar date: ${date}`);
  if (!Number.isInteger(days)) throw new RangeError(`not a whole number of days: ${days}`);
  const out = memoDateOf(n + days);
  if (!out) throw new RangeError(`${date} + ${days} days is outside the years 1 to 9999`);
  return out;
}

/** Whole days from `from` to `to`; positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
