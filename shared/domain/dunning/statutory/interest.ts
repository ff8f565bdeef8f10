import Big from 'big.js';
import { addDays, daysBetween } from '../../dates';
import { type RateSpan, rateSpans, type RateTable } from './rates';

/**
 * How days are counted: NL and BE divide every day by 365; DE counts actual/actual, each day in a leap year /366.
 * Compounding: NL adds each default year's interest to the principal of the next; BE and DE never charge interest
 * on interest.
 */
export type InterestConvention = { basis: '365' | 'actual'; compounding: 'yearly' | 'none' };

/** One line of the interest statement a letter prints: both ends counted. */
export type InterestPeriod = {
  from: string;
  to: string;
  days: number;
  ratePct: string;
  /** The principal the period's interest was computed on (NL: grows by each default year's interest). */
  principalCents: number;
  amountCents: number;
};

export type InterestResult = { interestCents: number; periods: InterestPeriod[] };

export type InterestInput = {
  principalCents: number;
  /** The first day of interest (the first day of default) and the last (the letter's date), both counted. */
  firstDay: string;
  lastDay: string;
  table: RateTable;
  /** Added to every rate of the table (DE: 5 or 9 points over the base rate). */
  surchargePct?: string;
  convention: InterestConvention;
};

const daysIn = (p: { from: string; to: string }) => daysBetween(p.from, p.to) + 1;
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Splits spans at 1 January, where actual/actual changes its divisor. */
function splitAtYears(spans: RateSpan[]): RateSpan[] {
  return spans.flatMap((span) => {
    const parts: RateSpan[] = [];
    let from = span.from;
    while (from.slice(0, 4) < span.to.slice(0, 4)) {
      const yearEnd = `${from.slice(0, 4)}-12-31`;
      parts.push({ ...span, from, to: yearEnd });
      from = addDays(yearEnd, 1);
    }
    parts.push({ ...span, from });
    return parts;
  });
}

/** The exact (unrounded) interest of one span, in cents. */
function exactInterest(principalCents: Big, span: RateSpan, basis: InterestConvention['basis']): Big {
  const divisor = basis === 'actual' && isLeap(Number(span.from.slice(0, 4))) ? 366 : 365;
  return principalCents.times(span.pct).div(100).times(daysIn(span)).div(divisor);
}

/**
 * Rounds exact amounts so that they add up to their rounded sum (largest remainder), so the periods a letter lists
 * always add up to the total it charges.
 */
function roundParts(exact: Big[]): { parts: number[]; total: number } {
  const total = exact.reduce((a, b) => a.plus(b), new Big(0)).round(0, Big.roundHalfUp).toNumber();
  const floors = exact.map((e) => e.round(0, Big.roundDown).toNumber());
  let rest = total - floors.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => ({ i, r: e.minus(floors[i]!) })).sort((a, b) => b.r.cmp(a.r) || a.i - b.i);
  for (const { i } of byRemainder) {
    if (rest <= 0) break;
    floors[i]! += 1;
    rest -= 1;
  }
  return { parts: floors, total };
}

/** Interest over stretches on one principal, rounded once for all of them. */
function simpleInterest(principalCents: number, spans: RateSpan[], basis: InterestConvention['basis']): InterestResult {
  const split = basis === 'actual' ? splitAtYears(spans) : spans;
  const exact = split.map((s) => exactInterest(new Big(principalCents), s, basis));
  const { parts, total } = roundParts(exact);
  return {
    interestCents: total,
    periods: split.map((s, i) => ({ from: s.from, to: s.to, days: daysIn(s), ratePct: s.pct, principalCents, amountCents: parts[i]! })),
  };
}

/** The default years from the first day of default: each runs to the day before the same date a year later. */
function defaultYears(firstDay: string, lastDay: string): { from: string; to: string }[] {
  const years: { from: string; to: string }[] = [];
  for (let k = 0; ; k++) {
    const from = addYears(firstDay, k);
    if (from > lastDay) return years;
    const end = addDays(addYears(firstDay, k + 1), -1);
    years.push({ from, to: end < lastDay ? end : lastDay });
  }
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
function addYears(date: string, years: number): string {
  const y = String(Number(date.slice(0, 4)) + years).padStart(4, '0');
  const md = date.slice(5) === '02-29' && !isLeap(Number(y)) ? '02-28' : date.slice(5);
  return `${y}-${md}`;
}

export function interest(input: InterestInput): InterestResult {
  const { principalCents, firstDay, lastDay, table, surchargePct = '0', convention } = input;
  if (!Number.isSafeInteger(principalCents) || principalCents < 0) throw new RangeError(`principal is not a whole number of cents: ${principalCents}`);
  if (lastDay < firstDay || principalCents === 0) return { interestCents: 0, periods: [] };
  if (convention.compounding === 'none') {
    return simpleInterest(principalCents, rateSpans(table, firstDay, lastDay, surchargePct), convention.basis);
  }
  // Art. 6:119 lid 2 BW: after each year the interest is added to the sum on which interest runs.
  let principal = principalCents;
  const periods: InterestPeriod[] = [];
  for (const year of defaultYears(firstDay, lastDay)) {
    const r = simpleInterest(principal, rateSpans(table, year.from, year.to, surchargePct), convention.basis);
    periods.push(...r.periods);
    principal += r.interestCents;
  }
  return { interestCents: principal - principalCents, periods };
}
