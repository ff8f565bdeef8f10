import Holidays from 'date-holidays';
import { addDays } from '../../dates';
import type { Jurisdiction } from './costs';

export type SentBy = 'post' | 'email';

const holidaysByCountry = new Map<Jurisdiction, Holidays>();
const publicHolidays = new Map<string, Set<string>>();

/** The public holidays (nationwide) of a country in a year, as business dates; computed once per country and year. */
function publicHolidaysOf(country: Jurisdiction, year: number): Set<string> {
  const key = `${country}-${year}`;
  let days = publicHolidays.get(key);
  if (!days) {
    let hd = holidaysByCountry.get(country);
    if (!hd) holidaysByCountry.set(country, (hd = new Holidays(country)));
    days = new Set(hd.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    publicHolidays.set(key, days);
  }
  return days;
}

export const isPublicHoliday = (country: Jurisdiction, date: string): boolean => publicHolidaysOf(country, Number(date.slice(0, 4))).has(date);

/** Day of the week of a business date, 0 = Sunday, computed in UTC so no time zone can shift it. */
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

export const isWorkingDay = (country: Jurisdiction, date: string): boolean => {
  const d = weekday(date);
  return d !== 0 && d !== 6 && !isPublicHoliday(country, date);
};

/** The n-th day after `from` that `counts`. */
function nthDayAfter(from: string, n: number, counts: (date: string) => boolean): string {
  let date = from;
  for (let seen = 0; seen < n; ) {
    date = addDays(date, 1);
    if (counts(date)) seen++;
  }
  return date;
}

/**
 * When a reminder counts as received. NL: a posted letter on the second day after posting, Sundays and public
 * holidays not counted; an e-mail the day after sending. BE (Book XIX): the third working day after posting; the
 * working day after an e-mail. DE has no statutory fiction for letters between private parties: we take the third
 * working day after posting (the cautious reading courts apply) and the working day after an e-mail.
 */
export function deemedReceipt(country: Jurisdiction, sentBy: SentBy, sentOn: string): string {
  if (country === 'NL') {
    return sentBy === 'email' ? addDays(sentOn, 1) : nthDayAfter(sentOn, 2, (d) => weekday(d) !== 0 && !isPublicHoliday('NL', d));
  }
  return nthDayAfter(sentOn, sentBy === 'post' ? 3 : 1, (d) => isWorkingDay(country, d));
}

/**
 * The last day of a term of `days` days that starts the day after receipt (NL 14-day letter: "binnen veertien dagen
 * vanaf de dag nadat deze brief bij u is bezorgd"); BE counts the term from the receipt day as defined above.
 */
export function termEnd(country: Jurisdiction, sentBy: SentBy, sentOn: string, days: number): string {
  const received = deemedReceipt(country, sentBy, sentOn);
  return country === 'NL' ? addDays(received, days) : addDays(received, days - 1);
}
