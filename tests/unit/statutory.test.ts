import { describe, expect, it } from 'vitest';
import {
  beConsumerCostsCents,
  deemedReceipt,
  defaultRateTables,
  interest,
  rateSpans,
  statutoryCosts,
  statutoryInterest,
  termEnd,
  wikCostsCents,
} from '../../shared/domain/dunning/statutory';

const euros = (e: number) => Math.round(e * 100);

describe('NL collection costs (WIK): every vector of DOMAIN.md §3', () => {
  it.each([
    [100, 40.0],
    [267, 40.05],
    [1_000, 150.0],
    [2_500, 375.0],
    [3_000, 425.0],
    [5_000, 625.0],
    [10_000, 875.0],
    [200_000, 2_775.0],
    [1_000_000, 6_775.0],
    [4_321, 557.1],
  ])('%d EUR → %d EUR', (principal, costs) => {
    expect(wikCostsCents(euros(principal))).toBe(euros(costs));
  });

  it('rounds half up once, on the exact sum, and adds VAT only when the office cannot deduct it', () => {
    // 15 % of 333.33 is 49.9995: one rounding of the exact figure.
    expect(wikCostsCents(33_333)).toBe(5_000);
    expect(statutoryCosts('NL', 'consumer', euros(1_000))).toEqual({ costsCents: 15_000, vatCents: 0, rule: 'nl-wik' });
    expect(statutoryCosts('NL', 'business', euros(1_000), { vatPct: '21' })).toEqual({ costsCents: 15_000, vatCents: 3_150, rule: 'nl-wik' });
  });
});

describe('BE consumer costs (Book XIX) and the 40 EUR B2B flat amount', () => {
  it.each([
    [100, 20],
    [150, 20],
    [400, 55],
    [500, 65],
    [1_000, 90],
    [50_000, 2_000],
  ])('BE consumer %d EUR → %d EUR', (balance, costs) => {
    expect(beConsumerCostsCents(euros(balance))).toBe(euros(costs));
  });

  it('BE and DE businesses pay 40 EUR; DE consumers no statutory costs', () => {
    expect(statutoryCosts('BE', 'business', euros(12_345)).costsCents).toBe(4_000);
    expect(statutoryCosts('DE', 'business', euros(10)).costsCents).toBe(4_000);
    expect(statutoryCosts('DE', 'consumer', euros(5_000))).toEqual({ costsCents: 0, vatCents: 0, rule: 'none' });
    expect(statutoryCosts('BE', 'consumer', euros(400))).toEqual({ costsCents: 5_500, vatCents: 0, rule: 'be-consumer' });
  });
});

describe('statutory interest: every vector of DOMAIN.md §3, to the cent', () => {
  it('NL consumer: 1,000 from 2023-07-01 to 2025-06-30, compounded after the first default year → 134.43', () => {
    const r = statutoryInterest('NL', 'consumer', euros(1_000), '2023-07-01', '2025-06-30');
    expect(r.interestCents).toBe(13_443);
    const firstYear = r.periods.filter((p) => p.to <= '2024-06-30');
    const secondYear = r.periods.filter((p) => p.from >= '2024-07-01');
    expect(firstYear.reduce((a, p) => a + p.amountCents, 0)).toBe(6_515);
    expect(secondYear.reduce((a, p) => a + p.amountCents, 0)).toBe(6_928);
    expect(secondYear.every((p) => p.principalCents === 106_515)).toBe(true);
    expect(firstYear.map((p) => [p.from, p.to, p.days, p.ratePct])).toEqual([
      ['2023-07-01', '2023-12-31', 184, '6'],
      ['2024-01-01', '2024-06-30', 182, '7'],
    ]);
  });

  it('NL commercial: the same stretch at the 6:119a rates → 254.24', () => {
    expect(statutoryInterest('NL', 'business', euros(1_000), '2023-07-01', '2025-06-30').interestCents).toBe(25_424);
  });

  it('DE business: 1,000 from 2025-03-01 to 2025-08-31 → 55.11 (122 days at 11.27 %, 62 at 10.27 %, /365)', () => {
    const r = statutoryInterest('DE', 'business', euros(1_000), '2025-03-01', '2025-08-31');
    expect(r.interestCents).toBe(5_511);
    expect(r.periods.map((p) => [p.days, p.ratePct])).toEqual([
      [122, '11.27'],
      [62, '10.27'],
    ]);
    expect(r.periods.reduce((a, p) => a + p.amountCents, 0)).toBe(r.interestCents);
  });

  it('DE consumer: 1,000 from 2024-02-01 to 2024-02-29 → 6.83 (29 days at 8.62 %, /366)', () => {
    const r = statutoryInterest('DE', 'consumer', euros(1_000), '2024-02-01', '2024-02-29');
    expect(r).toEqual({ interestCents: 683, periods: [{ from: '2024-02-01', to: '2024-02-29', days: 29, ratePct: '8.62', principalCents: 100_000, amountCents: 683 }] });
  });

  it('DE actual/actual splits at the new year: the days of 2024 count /366, those of 2025 /365', () => {
    const r = statutoryInterest('DE', 'business', euros(10_000), '2024-12-01', '2025-01-31');
    expect(r.periods.map((p) => [p.from, p.to, p.ratePct])).toEqual([
      ['2024-12-01', '2024-12-31', '12.37'],
      ['2025-01-01', '2025-01-31', '11.27'],
    ]);
    // 10,000 × 12.37 % × 31/366 + 10,000 × 11.27 % × 31/365 = 104.77 + 95.72
    expect(r.interestCents).toBe(20_049);
  });

  it('BE business is never compounded: two years at 10.5 % are twice one year', () => {
    const one = statutoryInterest('BE', 'business', euros(1_000), '2025-07-01', '2026-06-30').interestCents;
    const two = statutoryInterest('BE', 'business', euros(1_000), '2025-07-01', '2027-06-30').interestCents;
    expect(one).toBe(10_500);
    expect(two).toBe(21_000);
  });

  it('the periods a letter lists always add up to the interest it charges', () => {
    for (let cents = 1; cents < 2_000_000; cents += 7_919) {
      const r = statutoryInterest('NL', 'business', cents, '2023-02-14', '2026-11-23');
      expect(r.periods.reduce((a, p) => a + p.amountCents, 0)).toBe(r.interestCents);
    }
  });

  it('refuses a day before the rate table starts, and charges nothing for no days or no principal', () => {
    expect(() => statutoryInterest('DE', 'business', euros(1_000), '2022-12-31', '2023-01-31')).toThrow(/no rate known before 2023-01-01/);
    expect(statutoryInterest('NL', 'consumer', euros(1_000), '2026-02-01', '2026-01-31').interestCents).toBe(0);
    expect(statutoryInterest('NL', 'consumer', 0, '2026-01-01', '2026-01-31').interestCents).toBe(0);
  });

  it('a rate the user adds with its start date splits the period there', () => {
    const tables = { ...defaultRateTables, 'nl-commercial': { ...defaultRateTables['nl-commercial'], entries: [...defaultRateTables['nl-commercial'].entries, { from: '2026-07-01', pct: '9.9' }] } };
    const r = statutoryInterest('NL', 'business', euros(1_000), '2026-06-01', '2026-07-31', tables);
    expect(r.periods.map((p) => [p.from, p.to, p.ratePct])).toEqual([
      ['2026-06-01', '2026-06-30', '10.15'],
      ['2026-07-01', '2026-07-31', '9.9'],
    ]);
  });

  it('merges table entries that repeat a rate, and adds the DE surcharge exactly', () => {
    expect(rateSpans(defaultRateTables['nl-consumer'], '2024-03-01', '2024-12-31')).toEqual([{ from: '2024-03-01', to: '2024-12-31', pct: '7' }]);
    expect(rateSpans(defaultRateTables['de-base'], '2025-01-01', '2025-01-02', '9')).toEqual([{ from: '2025-01-01', to: '2025-01-02', pct: '11.27' }]);
  });

  it('a fixed rate a year is simple interest on days/365', () => {
    const table = { name: 'fixed', entries: [{ from: '1900-01-01', pct: '8' }] };
    expect(interest({ principalCents: 100_000, firstDay: '2026-01-01', lastDay: '2026-12-31', table, convention: { basis: '365', compounding: 'none' } }).interestCents).toBe(8_000);
  });
});

describe('deemed receipt and the 14-day term', () => {
  it('NL: a letter posted on Friday arrives on Monday (Sunday not counted); an e-mail the next day', () => {
    expect(deemedReceipt('NL', 'post', '2026-11-20')).toBe('2026-11-23');
    expect(deemedReceipt('NL', 'post', '2026-11-23')).toBe('2026-11-25');
    expect(deemedReceipt('NL', 'email', '2026-11-21')).toBe('2026-11-22');
  });

  it('NL: Christmas and Boxing Day are not counted', () => {
    // Posted Wed 23 Dec 2026: Thu 24 counts, Fri 25 and Sat 26 are holidays, Sun 27 is Sunday → Mon 28.
    expect(deemedReceipt('NL', 'post', '2026-12-23')).toBe('2026-12-28');
  });

  it('NL: the 14 days start the day after receipt', () => {
    expect(termEnd('NL', 'post', '2026-11-23', 14)).toBe('2026-12-09');
  });

  it('BE: the third working day after posting, the working day after an e-mail; the term starts that day', () => {
    // Posted Friday 30 Oct 2026: Mon 2 Nov, Tue 3, Wed 4 (1 Nov is a Sunday holiday).
    expect(deemedReceipt('BE', 'post', '2026-10-30')).toBe('2026-11-04');
    // E-mail on Tuesday 10 Nov 2026: Wednesday 11 Nov is Armistice Day → Thursday 12.
    expect(deemedReceipt('BE', 'email', '2026-11-10')).toBe('2026-11-12');
    expect(termEnd('BE', 'email', '2026-11-10', 14)).toBe('2026-11-25');
  });
});
