import Big from 'big.js';
import { addDays } from '../dates';
import type { DunningLevel } from './policy';
import { type CustomerKind, type Jurisdiction, statutoryCosts } from './statutory/costs';
import { interest, type InterestResult } from './statutory/interest';
import { deemedReceipt, type SentBy, termEnd } from './statutory/receipt';
import type { RateTables } from './statutory/rates';
import { statutoryInterest } from './statutory/statutory-interest';

export type Law = { country: Jurisdiction; kind: CustomerKind };

/** A reminder that reached the customer, as the charges of the next one need it. */
export type DeliveredReminder = {
  level: number;
  sentBy: SentBy;
  deliveredOn: string;
  /** What it charged: statutory costs are claimed once per invoice and carried on, fixed fees per reminder. */
  statutoryCostsCents: number;
  feeCents: number;
  fourteenDayLetter: boolean;
};

export type CostsLine = {
  costsCents: number;
  vatCents: number;
  rule: 'nl-wik' | 'be-consumer' | 'b2b-flat' | 'fixed' | 'percentage' | 'none';
  /** Why the law lets no costs be charged yet, though the level asks for them. */
  heldBack?: 'term_not_passed' | 'already_claimed' | 'absorbed_by_flat_amount';
};

export type Charges = {
  principalCents: number;
  /** First day of default; null while the law lets no interest run yet. */
  interestFrom: string | null;
  interest: InterestResult;
  costs: CostsLine;
  /** NL 14-day letter and BE first reminder: the exact costs they announce for the case the term passes unpaid. */
  announcedCostsCents: number | null;
  /** Costs and fees charged by earlier reminders, carried into the total due. */
  earlierCostsCents: number;
  totalCents: number;
  payBy: string;
};

const first = (history: DeliveredReminder[]) => history.reduce<DeliveredReminder | null>((a, r) => (!a || r.deliveredOn < a.deliveredOn ? r : a), null);

/**
 * The first day of default: NL and BE businesses (and NL consumers, whose invoice term is a fixed term) the day after
 * the due date; BE consumers the day after the 14-day term that follows the first, free reminder; DE the day after
 * the first reminder was received, for businesses at the latest the 31st day after the due date (§ 286 BGB).
 */
export function defaultStart(law: Law, dueDate: string, history: DeliveredReminder[]): string | null {
  const firstReminder = first(history);
  if (law.country === 'NL' || (law.country === 'BE' && law.kind === 'business')) return addDays(dueDate, 1);
  if (law.country === 'BE') return firstReminder ? addDays(termEnd('BE', firstReminder.sentBy, firstReminder.deliveredOn, 14), 1) : null;
  const byReminder = firstReminder ? addDays(deemedReceipt('DE', firstReminder.sentBy, firstReminder.deliveredOn), 1) : null;
  if (law.kind === 'consumer') return byReminder;
  const byTerm = addDays(dueDate, 31);
  return byReminder && byReminder < byTerm ? byReminder : byTerm;
}

function levelInterest(level: DunningLevel, law: Law, principalCents: number, from: string | null, runDate: string, tables: RateTables): InterestResult {
  if (level.interest.kind === 'none' || !from || from > runDate) return { interestCents: 0, periods: [] };
  if (level.interest.kind === 'statutory') return statutoryInterest(law.country, law.kind, principalCents, from, runDate, tables);
  const table = { name: 'fixed', entries: [{ from: '1900-01-01', pct: level.interest.pctPerYear }] };
  return interest({ principalCents, firstDay: from, lastDay: runDate, table, convention: { basis: law.country === 'DE' ? 'actual' : '365', compounding: 'none' } });
}

/** Whether the term the law requires before statutory costs (NL 14-day letter, BE first reminder) has run out. */
function costsTermPassed(law: Law, history: DeliveredReminder[], runDate: string): boolean {
  if (law.kind !== 'consumer' || law.country === 'DE') return true;
  const opener = law.country === 'NL' ? history.find((r) => r.fourteenDayLetter) : first(history);
  return !!opener && termEnd(law.country, opener.sentBy, opener.deliveredOn, 14) < runDate;
}

function levelCosts(level: DunningLevel, law: Law, principalCents: number, history: DeliveredReminder[], runDate: string, vatPct?: string): CostsLine {
  const none: CostsLine = { costsCents: 0, vatCents: 0, rule: 'none' };
  const claimed = history.some((r) => r.statutoryCostsCents > 0);
  if (level.costs.kind === 'none') return none;
  if (level.costs.kind === 'statutory') {
    if (claimed) return { ...none, heldBack: 'already_claimed' };
    if (!costsTermPassed(law, history, runDate)) return { ...none, heldBack: 'term_not_passed' };
    return statutoryCosts(law.country, law.kind, principalCents, vatPct ? { vatPct } : {});
  }
  // DE: the 40 EUR flat amount between businesses absorbs later reminder fees (§ 288 (5) BGB).
  if (law.country === 'DE' && law.kind === 'business' && claimed) return { ...none, heldBack: 'absorbed_by_flat_amount' };
  if (level.costs.kind === 'fixed') return { costsCents: level.costs.amountCents, vatCents: 0, rule: 'fixed' };
  return { costsCents: new Big(principalCents).times(level.costs.pct).div(100).round(0, Big.roundHalfUp).toNumber(), vatCents: 0, rule: 'percentage' };
}

export type ChargeInput = {
  law: Law;
  level: DunningLevel;
  runDate: string;
  invoice: { dueDate: string; openCents: number };
  /** The invoice's delivered reminders, oldest first. */
  history: DeliveredReminder[];
  tables: RateTables;
  /** VAT on collection costs, when the office cannot deduct VAT (NL). */
  costsVatPct?: string;
};

/** What one reminder for one invoice charges on its date: interest to that day, the costs the law allows, the total due. */
export function chargesFor(input: ChargeInput): Charges {
  const { law, level, runDate, invoice, history, tables } = input;
  const principalCents = invoice.openCents;
  const interestFrom = defaultStart(law, invoice.dueDate, history);
  const costs = levelCosts(level, law, principalCents, history, runDate, input.costsVatPct);
  const earlierCostsCents = history.reduce((a, r) => a + r.statutoryCostsCents + r.feeCents, 0);
  // The NL 14-day letter and the free BE first reminder must both name the compensation that will be claimed.
  const announces = level.fourteenDayLetter || (law.country === 'BE' && law.kind === 'consumer' && history.length === 0);
  const announcedCostsCents = announces ? statutoryCosts(law.country, law.kind, principalCents).costsCents : null;
  const interestResult = levelInterest(level, law, principalCents, interestFrom, runDate, tables);
  return {
    principalCents,
    interestFrom,
    interest: interestResult,
    costs,
    announcedCostsCents,
    earlierCostsCents,
    totalCents: principalCents + interestResult.interestCents + costs.costsCents + costs.vatCents + earlierCostsCents,
    payBy: addDays(runDate, level.payWithinDays),
  };
}
