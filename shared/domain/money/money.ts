import { z } from 'zod';

/**
 * The largest amount one invoice, credit note, payment or allocation may carry: 999,999,999.99. Far above any
 * small office's invoice, and small enough that the sum of any 90,000 of them stays an exact integer in a double
 * (Number.MAX_SAFE_INTEGER is about 9.007e15 cents): the balances, totals and recomputations added up from them
 * never round.
 */
export const MAX_AMOUNT_CENTS = 99_999_999_999;

/** The range in English log and parse messages; the UI words it per language from the i18n texts. */
export const AMOUNT_RANGE = 'within ±999,999,999.99';

export const isAmountInRange = (cents: number): boolean => Number.isSafeInteger(cents) && Math.abs(cents) <= MAX_AMOUNT_CENTS;

/** An amount in cents that may be negative (a credit invoice), within ±MAX_AMOUNT_CENTS. */
export const centsSchema = z
  .number()
  .int()
  .min(-MAX_AMOUNT_CENTS, 'errors.money.outOfRange')
  .max(MAX_AMOUNT_CENTS, 'errors.money.outOfRange');

/** An amount of money that moves (a payment, a credit note, an allocation): at least one cent. */
export const positiveCentsSchema = z.number().int().positive('errors.money.notPositive').max(MAX_AMOUNT_CENTS, 'errors.money.outOfRange');

/**
 * Money is integer cents. These convert at the edge (a form's decimal number) and nowhere else; rounding is
 * half-up (away from zero for negatives), explicit, and immune to binary fractions like 0.29 * 100.
 */
export function unitsToCents(units: number): number {
  if (!Number.isFinite(units)) return Number.NaN;
  const [whole = '0', frac = ''] = Math.abs(units).toFixed(3).split('.');
  const thousandths = Number(whole) * 1000 + Number(frac.padEnd(3, '0'));
  const cents = Math.floor((thousandths + 5) / 10);
  return units < 0 ? -cents : cents;
}

export function centsToUnits(cents: number): number {
  return cents / 100;
}
