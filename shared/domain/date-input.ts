import { isRealDate } from './dates';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a date the way people type it in Europe — day first, whatever the computer's locale: "02-11-2026",
 * "2.11.26", "2/11/2026", "02112026", "021126"; an ISO "2026-11-02" as well. A two-digit year is this century.
 * Returns the business date (YYYY-MM-DD) or null when the text names no day of the calendar.
 */
export function readDate(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return dateOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parts = /^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{2}|\d{4})$/.exec(t);
  if (parts) return dateOf(year(parts[3]!), Number(parts[2]), Number(parts[1]));
  const digits = /^(\d{2})(\d{2})(\d{2}|\d{4})$/.exec(t);
  if (digits) return dateOf(year(digits[3]!), Number(digits[2]), Number(digits[1]));
  return null;
}

const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

function dateOf(y: number, m: number, d: number): string | null {
  const date = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
  return isRealDate(date) ? date : null;
}
