import Big from 'big.js';

export type Jurisdiction = 'NL' | 'BE' | 'DE';
export type CustomerKind = 'business' | 'consumer';

/** Besluit vergoeding voor buitengerechtelijke incassokosten: slices of the principal (in cents) and their rate. */
const WIK_SLICES: readonly [sizeCents: number, pct: string][] = [
  [250_000, '15'],
  [250_000, '10'],
  [500_000, '5'],
  [19_000_000, '1'],
  [Infinity, '0.5'],
];
const WIK_MIN_CENTS = 4_000;
const WIK_MAX_CENTS = 677_500;

/** The NL WIK scale on a principal: 15 % of the first 2,500 … 0.5 % above 200,000; at least 40, at most 6,775 EUR. */
export function wikCostsCents(principalCents: number): number {
  let rest = principalCents;
  let exact = new Big(0);
  for (const [size, pct] of WIK_SLICES) {
    const slice = Math.min(rest, size);
    if (slice <= 0) break;
    exact = exact.plus(new Big(slice).times(pct).div(100));
    rest -= slice;
  }
  const cents = exact.round(0, Big.roundHalfUp).toNumber();
  return Math.min(WIK_MAX_CENTS, Math.max(WIK_MIN_CENTS, cents));
}

/**
 * BE Book XIX CEL art. XIX.2: at most 20 EUR up to a balance of 150; 30 + 10 % above 150 up to 500; 65 + 5 % above
 * 500, at most 2,000.
 */
export function beConsumerCostsCents(balanceCents: number): number {
  if (balanceCents <= 15_000) return 2_000;
  if (balanceCents <= 50_000) return 3_000 + new Big(balanceCents - 15_000).times(10).div(100).round(0, Big.roundHalfUp).toNumber();
  return Math.min(200_000, 6_500 + new Big(balanceCents - 50_000).times(5).div(100).round(0, Big.roundHalfUp).toNumber());
}

/** The flat compensation for recovery costs between businesses (Directive 2011/7/EU): BE and DE, per invoice. */
export const B2B_FLAT_CENTS = 4_000;

export type CostsRule = 'nl-wik' | 'be-consumer' | 'b2b-flat' | 'none';
export type CostsResult = { costsCents: number; vatCents: number; rule: CostsRule };

/**
 * The collection costs the law allows on a principal. NL: the WIK scale, for consumers and — as default law, which
 * a contract may replace — for businesses; VAT on top only when the office cannot deduct VAT (`vatPct`, e.g. "21").
 * BE consumers: the Book XIX cap. BE and DE businesses: 40 EUR flat. DE consumers: none (only reminder fees for
 * material and postage, which a policy sets as a fixed amount).
 */
export function statutoryCosts(country: Jurisdiction, kind: CustomerKind, principalCents: number, opts: { vatPct?: string } = {}): CostsResult {
  if (!Number.isSafeInteger(principalCents) || principalCents < 0) throw new RangeError(`principal is not a whole number of cents: ${principalCents}`);
  if (principalCents === 0) return { costsCents: 0, vatCents: 0, rule: 'none' };
  if (country === 'NL') {
    const costsCents = wikCostsCents(principalCents);
    const vatCents = opts.vatPct ? new Big(costsCents).times(opts.vatPct).div(100).round(0, Big.roundHalfUp).toNumber() : 0;
    return { costsCents, vatCents, rule: 'nl-wik' };
  }
  if (kind === 'business') return { costsCents: B2B_FLAT_CENTS, vatCents: 0, rule: 'b2b-flat' };
  if (country === 'BE') return { costsCents: beConsumerCostsCents(principalCents), vatCents: 0, rule: 'be-consumer' };
  return { costsCents: 0, vatCents: 0, rule: 'none' };
}
