import type { CustomerKind, Jurisdiction } from './costs';
import { interest, type InterestConvention, type InterestResult } from './interest';
import { defaultRateTables, type RateTableId, type RateTables } from './rates';

type Rule = { table: RateTableId; surchargePct: string; convention: InterestConvention };

const NL: InterestConvention = { basis: '365', compounding: 'yearly' };
const BE: InterestConvention = { basis: '365', compounding: 'none' };
const DE: InterestConvention = { basis: 'actual', compounding: 'none' };

/**
 * Which table and convention the law sets per country and kind. BE consumers: the law caps a contract's rate at the
 * commercial rate, so "statutory" for them is that cap. DE: base rate + 9 points (business, since 2014; several tools
 * still use + 8) or + 5 points (consumers), § 288 BGB.
 */
export const statutoryInterestRules: Record<Jurisdiction, Record<CustomerKind, Rule>> = {
  NL: {
    consumer: { table: 'nl-consumer', surchargePct: '0', convention: NL },
    business: { table: 'nl-commercial', surchargePct: '0', convention: NL },
  },
  BE: {
    consumer: { table: 'be-commercial', surchargePct: '0', convention: BE },
    business: { table: 'be-commercial', surchargePct: '0', convention: BE },
  },
  DE: {
    consumer: { table: 'de-base', surchargePct: '5', convention: DE },
    business: { table: 'de-base', surchargePct: '9', convention: DE },
  },
};

/** Statutory interest on a principal from the first day of default to `lastDay`, both counted, split at every rate change. */
export function statutoryInterest(
  country: Jurisdiction,
  kind: CustomerKind,
  principalCents: number,
  firstDay: string,
  lastDay: string,
  tables: RateTables = defaultRateTables,
): InterestResult {
  const rule = statutoryInterestRules[country][kind];
  return interest({ principalCents, firstDay, lastDay, table: tables[rule.table], surchargePct: rule.surchargePct, convention: rule.convention });
}
