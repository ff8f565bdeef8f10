import { describe, expect, it } from 'vitest';
import { chargesFor, defaultStart, type DeliveredReminder } from '../../shared/domain/dunning/charges';
import { type DunningLevel, dunningLevelSchema } from '../../shared/domain/dunning/policy';
import { defaultRateTables } from '../../shared/domain/dunning/statutory';

const level = (over: Partial<DunningLevel> = {}): DunningLevel =>
  dunningLevelSchema.parse({ id: 'l', name: 'l', days: 7, payWithinDays: 14, interest: { kind: 'none' }, costs: { kind: 'none' }, channel: 'post', finalNotice: false, ...over });

const reminder = (over: Partial<DeliveredReminder>): DeliveredReminder => ({ level: 1, sentBy: 'post', deliveredOn: '2026-10-10', statutoryCostsCents: 0, feeCents: 0, fourteenDayLetter: false, ...over });
const nlConsumer = { country: 'NL', kind: 'consumer' } as const;
const tables = defaultRateTables;

describe('what a reminder charges', () => {
  it('NL consumer: the 14-day letter names the exact WIK costs; they are charged only after its term, on what is then open', () => {
    const letter = chargesFor({ law: nlConsumer, level: level({ fourteenDayLetter: true }), runDate: '2026-10-20', invoice: { dueDate: '2026-10-01', openCents: 100_000 }, history: [reminder({})], tables });
    expect(letter.announcedCostsCents).toBe(15_000);
    expect(letter.costs.costsCents).toBe(0);

    const history = [reminder({}), reminder({ level: 2, fourteenDayLetter: true, deliveredOn: '2026-11-23' })];
    // Posted Monday 23 Nov: received Wednesday 25 Nov; the 14 days run 26 Nov – 9 Dec.
    const during = chargesFor({ law: nlConsumer, level: level({ costs: { kind: 'statutory' } }), runDate: '2026-12-09', invoice: { dueDate: '2026-10-01', openCents: 100_000 }, history, tables });
    expect(during.costs).toEqual({ costsCents: 0, vatCents: 0, rule: 'none', heldBack: 'term_not_passed' });
    // A partial payment within the term: the costs are computed on what remains.
    const after = chargesFor({ law: nlConsumer, level: level({ costs: { kind: 'statutory' } }), runDate: '2026-12-10', invoice: { dueDate: '2026-10-01', openCents: 60_000 }, history, tables });
    expect(after.costs).toEqual({ costsCents: 9_000, vatCents: 0, rule: 'nl-wik' });
  });

  it('BE consumer: the free first reminder names the compensation it will claim, and charges nothing', () => {
    const first = chargesFor({ law: { country: 'BE', kind: 'consumer' }, level: level(), runDate: '2026-10-08', invoice: { dueDate: '2026-10-01', openCents: 40_000 }, history: [], tables });
    expect(first.announcedCostsCents).toBe(5_500);
    expect(first.totalCents).toBe(40_000);
  });

  it('statutory costs are claimed once per invoice and carried into later totals', () => {
    const history = [reminder({ statutoryCostsCents: 4_000 })];
    const next = chargesFor({ law: { country: 'BE', kind: 'business' }, level: level({ costs: { kind: 'statutory' } }), runDate: '2026-11-01', invoice: { dueDate: '2026-10-01', openCents: 50_000 }, history, tables });
    expect(next.costs.heldBack).toBe('already_claimed');
    expect(next.earlierCostsCents).toBe(4_000);
    expect(next.totalCents).toBe(50_000 + 4_000);
  });

  it('DE business: the 40 EUR flat amount absorbs later reminder fees', () => {
    const history = [reminder({ statutoryCostsCents: 4_000 })];
    const r = chargesFor({ law: { country: 'DE', kind: 'business' }, level: level({ costs: { kind: 'fixed', amountCents: 250 } }), runDate: '2026-11-01', invoice: { dueDate: '2026-10-01', openCents: 50_000 }, history, tables });
    expect(r.costs.heldBack).toBe('absorbed_by_flat_amount');
    const consumer = chargesFor({ law: { country: 'DE', kind: 'consumer' }, level: level({ costs: { kind: 'fixed', amountCents: 250 } }), runDate: '2026-11-01', invoice: { dueDate: '2026-10-01', openCents: 50_000 }, history: [reminder({})], tables });
    expect(consumer.costs).toEqual({ costsCents: 250, vatCents: 0, rule: 'fixed' });
  });

  it('interest runs from the first day of default to the letter date, and the pay-by date follows the level', () => {
    const r = chargesFor({ law: { country: 'NL', kind: 'business' }, level: level({ interest: { kind: 'statutory' }, payWithinDays: 10 }), runDate: '2026-10-31', invoice: { dueDate: '2026-09-30', openCents: 100_000 }, history: [], tables });
    expect(r.interestFrom).toBe('2026-10-01');
    // 31 days at 10.15 % on 1,000 /365 = 8.62
    expect(r.interest.interestCents).toBe(862);
    expect(r.payBy).toBe('2026-11-10');
    expect(r.totalCents).toBe(100_862);
  });

  it('the first day of default per law', () => {
    const posted = [reminder({ deliveredOn: '2026-10-30' })];
    expect(defaultStart({ country: 'NL', kind: 'consumer' }, '2026-10-01', [])).toBe('2026-10-02');
    expect(defaultStart({ country: 'BE', kind: 'business' }, '2026-10-01', [])).toBe('2026-10-02');
    // BE consumer: received Wed 4 Nov (third working day); 14 days 4–17 Nov; default from 18 Nov.
    expect(defaultStart({ country: 'BE', kind: 'consumer' }, '2026-10-01', posted)).toBe('2026-11-18');
    expect(defaultStart({ country: 'BE', kind: 'consumer' }, '2026-10-01', [])).toBeNull();
    // DE business: the reminder received Wed 4 Nov beats nothing — the 31st day after the due date came first.
    expect(defaultStart({ country: 'DE', kind: 'business' }, '2026-10-01', posted)).toBe('2026-11-01');
    expect(defaultStart({ country: 'DE', kind: 'business' }, '2026-10-20', [reminder({ deliveredOn: '2026-10-26' })])).toBe('2026-10-30');
    expect(defaultStart({ country: 'DE', kind: 'consumer' }, '2026-10-01', [])).toBeNull();
  });
});
