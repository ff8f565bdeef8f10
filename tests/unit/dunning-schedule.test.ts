import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../electron/services/demo-data';
import { addDays, daysBetween } from '../../shared/domain/dates';
import { type DunningPolicy, type DunningPolicyInput, dunningPolicySchema } from '../../shared/domain/dunning/policy';
import { defaultPolicies, defaultPolicyFor } from '../../shared/domain/dunning/default-policies';
import { type DunningSubject, type ReminderFact, scheduleInvoice } from '../../shared/domain/dunning/schedule';

const level = (id: string, days: number, extra: Partial<DunningPolicyInput['levels'][number]> = {}) => ({
  id,
  name: id,
  days,
  payWithinDays: 14,
  interest: { kind: 'none' as const },
  costs: { kind: 'none' as const },
  channel: 'email' as const,
  finalNotice: false,
  ...extra,
});

const policy = (over: Partial<DunningPolicyInput> = {}): DunningPolicy =>
  dunningPolicySchema.parse({
    id: 'p',
    name: 'Business NL',
    law: { country: 'NL', kind: 'business' },
    mode: 'invoice',
    levelOneFrom: 'due_date',
    toleranceCents: { EUR: 500 },
    afterLast: { kind: 'stop' },
    levels: [level('l1', 7), level('l2', 14), level('l3', 10, { finalNotice: true })],
    ...over,
  });

const subject = (reminders: ReminderFact[] = [], over: Partial<DunningSubject['invoice']> = {}): DunningSubject => ({
  invoice: { status: 'open', openCents: 10_000, currency: 'EUR', dueDate: '2026-10-01', issueDate: '2026-09-01', disputed: false, promisedDate: null, ...over },
  customer: { active: true, excludeFromDunning: false, dunningPausedUntil: null, directDebit: false },
  invoiceBlocks: [],
  customerBlocks: [],
  reminders,
});

const opts = { skipDirectDebit: true };
const delivered = (lvl: number, on: string, attempt = 1): ReminderFact => ({ level: lvl, attempt, state: 'delivered', deliveredOn: on });

describe('which level a run proposes for an invoice', () => {
  it('level 1 falls due the given days after the due date, or after the invoice date if the policy says so', () => {
    expect(scheduleInvoice(subject(), policy(), '2026-10-07', opts)).toEqual({ kind: 'wait', nextOn: '2026-10-08' });
    expect(scheduleInvoice(subject(), policy(), '2026-10-08', opts)).toEqual({ kind: 'due', level: 1, attempt: 1 });
    expect(scheduleInvoice(subject(), policy({ levelOneFrom: 'issue_date' }), '2026-09-08', opts)).toEqual({ kind: 'due', level: 1, attempt: 1 });
  });

  it('catching up after weeks away proposes one level, and the next counts from its delivery, not the due date', () => {
    // OCA sends level 2 the day after level 1 in a catch-up run; we wait the full gap from the delivery.
    expect(scheduleInvoice(subject(), policy(), '2026-12-20', opts)).toEqual({ kind: 'due', level: 1, attempt: 1 });
    const after = subject([delivered(1, '2026-12-20')]);
    expect(scheduleInvoice(after, policy(), '2026-12-21', opts)).toEqual({ kind: 'wait', nextOn: '2027-01-03' });
    expect(scheduleInvoice(after, policy(), '2027-01-03', opts)).toEqual({ kind: 'due', level: 2, attempt: 1 });
  });

  it('a reminder not yet delivered holds the next back; a failed one is no reminder and is tried again', () => {
    const pending = subject([{ level: 1, attempt: 1, state: 'to_deliver', deliveredOn: null }]);
    expect(scheduleInvoice(pending, policy(), '2027-03-01', opts)).toEqual({ kind: 'skip', reason: 'awaiting_delivery' });
    const failed = subject([{ level: 1, attempt: 1, state: 'failed', deliveredOn: null }]);
    expect(scheduleInvoice(failed, policy(), '2026-10-20', opts)).toEqual({ kind: 'due', level: 1, attempt: 2 });
  });

  it('after the last level: stop, repeat every N days, or hand over', () => {
    const done = subject([delivered(1, '2026-10-08'), delivered(2, '2026-10-22'), delivered(3, '2026-11-01')]);
    expect(scheduleInvoice(done, policy(), '2027-06-01', opts)).toEqual({ kind: 'skip', reason: 'finished' });
    expect(scheduleInvoice(done, policy({ afterLast: { kind: 'handover' } }), '2027-06-01', opts)).toEqual({ kind: 'skip', reason: 'handover' });
    const repeat = policy({ afterLast: { kind: 'repeat', everyDays: 30 } });
    expect(scheduleInvoice(done, repeat, '2026-11-30', opts)).toEqual({ kind: 'wait', nextOn: '2026-12-01' });
    expect(scheduleInvoice(done, repeat, '2026-12-01', opts)).toEqual({ kind: 'due', level: 3, attempt: 2 });
  });

  it.each([
    ['disputed', { invoice: { disputed: true } }, { reason: 'disputed' }],
    ['promised', { invoice: { promisedDate: '2026-12-15' } }, { reason: 'promised', until: '2026-12-15' }],
    ['paid', { invoice: { status: 'paid', openCents: 0 } }, { reason: 'not_open' }],
    ['below tolerance', { invoice: { openCents: 499 } }, { reason: 'below_tolerance' }],
    ['inactive customer', { customer: { active: false } }, { reason: 'customer_inactive' }],
    ['excluded customer', { customer: { excludeFromDunning: true } }, { reason: 'customer_excluded' }],
    ['paused customer', { customer: { dunningPausedUntil: '2026-12-31' } }, { reason: 'customer_paused', until: '2026-12-31' }],
    ['direct debit', { customer: { directDebit: true } }, { reason: 'direct_debit' }],
    ['invoice block', { invoiceBlocks: [{ reason: 'lawyer', until: null }] }, { reason: 'blocked' }],
    ['customer block until', { customerBlocks: [{ reason: 'talks', until: '2026-12-10' }] }, { reason: 'customer_blocked', until: '2026-12-10' }],
  ])('never duns: %s', (_name, over, skip) => {
    const base = subject();
    const s = { ...base, ...over, invoice: { ...base.invoice, ...(over as { invoice?: object }).invoice }, customer: { ...base.customer, ...(over as { customer?: object }).customer } } as DunningSubject;
    expect(scheduleInvoice(s, policy(), '2026-12-01', opts)).toEqual({ kind: 'skip', ...skip });
  });

  it('a block, a pause and a promise lift themselves the day after their end date', () => {
    const s = { ...subject(), invoiceBlocks: [{ reason: 'checking', until: '2026-12-01' }] };
    expect(scheduleInvoice(s, policy(), '2026-12-01', opts).kind).toBe('skip');
    expect(scheduleInvoice(s, policy(), '2026-12-02', opts)).toEqual({ kind: 'due', level: 1, attempt: 1 });
    expect(scheduleInvoice(subject([], { promisedDate: '2026-12-01' }), policy(), '2026-12-02', opts).kind).toBe('due');
  });
});

describe('policies that break the law are refused when saved, naming the level and rule', () => {
  const issues = (input: Partial<DunningPolicyInput>) => {
    const r = dunningPolicySchema.safeParse({ ...policy(), ...input });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('NL consumers: WIK costs only after a 14-day letter that gives 14 days', () => {
    const law = { country: 'NL' as const, kind: 'consumer' as const };
    expect(issues({ law, levels: [level('a', 7, { costs: { kind: 'statutory' } })] })).toEqual(['levels.0.costs: errors.dunning.nlConsumerCostsBeforeLetter']);
    expect(issues({ law, levels: [level('a', 7), level('b', 14, { fourteenDayLetter: true, payWithinDays: 10 }), level('c', 1, { costs: { kind: 'statutory' } })] })).toEqual([
      'levels.1.payWithinDays: errors.dunning.fourteenDays',
    ]);
    expect(issues({ law, levels: [level('a', 7, { fourteenDayLetter: true }), level('b', 3, { costs: { kind: 'fixed', amountCents: 1_500 } })] })).toEqual([
      'levels.1.costs: errors.dunning.nlConsumerWikOnly',
    ]);
    expect(issues({ law, levels: [level('a', 7), level('b', 14, { fourteenDayLetter: true }), level('c', 1, { costs: { kind: 'statutory' } })] })).toEqual([]);
  });

  it('BE consumers: the first reminder is free and gives 14 days; DE: the first reminder carries no fee', () => {
    expect(issues({ law: { country: 'BE', kind: 'consumer' }, levels: [level('a', 7, { interest: { kind: 'statutory' }, payWithinDays: 7 })] })).toEqual([
      'levels.0.interest: errors.dunning.beFirstReminderFree',
      'levels.0.payWithinDays: errors.dunning.fourteenDays',
    ]);
    expect(issues({ law: { country: 'DE', kind: 'business' }, levels: [level('a', 7, { costs: { kind: 'statutory' } })] })).toEqual(['levels.0.costs: errors.dunning.deFirstReminderNoFee']);
  });

  it('no levels, negative days, a duplicate level, interest over 100 % are refused', () => {
    expect(issues({ levels: [] })).toEqual(['levels: errors.dunning.noLevels']);
    expect(issues({ levels: [level('a', -1)] })).toEqual(['levels.0.days: errors.dunning.negativeDays']);
    expect(issues({ levels: [level('a', 1), level('a', 2)] })).toEqual(['levels.1.id: errors.dunning.duplicateLevel']);
    expect(issues({ levels: [level('a', 1, { interest: { kind: 'fixed', pctPerYear: '100.5' } })] })).toEqual(['levels.0.interest.pctPerYear: errors.dunning.interestOver100']);
  });
});

/**
 * A plain model of the rule in DOMAIN.md §3, written apart from the engine (day counts instead of dates): level k+1
 * is due when the last delivered reminder is level k and at least the days of level k+1 have passed since it was
 * delivered; level 1 when none was delivered and the days of level 1 have passed since the due date.
 */
function modelLevel(p: DunningPolicy, dueDate: string, history: { level: number; state: string; on: string | null }[], run: string): number | null {
  if (history.some((h) => h.state === 'to_deliver')) return null;
  const done = history.filter((h) => h.state === 'delivered');
  const last = done[done.length - 1];
  const k = last ? last.level : 0;
  if (k === p.levels.length) return null;
  const since = last ? daysBetween(last.on!, run) : daysBetween(dueDate, run);
  return since >= p.levels[k]!.days ? k + 1 : null;
}

describe('the schedule against the plain model: 18 months of runs on random days, deliveries that fail or lag', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %d', (seed) => {
    const rnd = mulberry32(seed);
    const p = policy({ levels: [level('l1', 1 + Math.floor(rnd() * 10)), level('l2', 1 + Math.floor(rnd() * 20)), level('l3', Math.floor(rnd() * 15)), level('l4', 5)] });
    const invoices = Array.from({ length: 30 }, (_, i) => ({ dueDate: addDays('2026-01-01', Math.floor(rnd() * 400)), id: i, history: [] as ReminderFact[] }));
    let day = '2026-01-01';
    while (day < '2027-07-01') {
      // The office opens the app on some days only: up to 40 days in a row without a run.
      day = addDays(day, 1 + Math.floor(rnd() * (rnd() < 0.1 ? 40 : 4)));
      for (const inv of invoices) {
        // Deliveries land between runs: some the same day, some later, some fail.
        for (const r of inv.history) {
          if (r.state !== 'to_deliver') continue;
          const roll = rnd();
          if (roll < 0.15) r.state = 'failed';
          else if (roll < 0.85) Object.assign(r, { state: 'delivered', deliveredOn: day });
        }
        const history = inv.history.map((r) => ({ level: r.level, state: r.state, on: r.deliveredOn }));
        const expected = modelLevel(p, inv.dueDate, history, day);
        const decision = scheduleInvoice({ ...subject(inv.history, { dueDate: inv.dueDate, issueDate: addDays(inv.dueDate, -30) }) }, p, day, opts);
        expect(decision.kind === 'due' ? decision.level : null, `invoice ${inv.id} on ${day}`).toBe(expected);
        if (decision.kind === 'due') inv.history.push({ level: decision.level, attempt: decision.attempt, state: 'to_deliver', deliveredOn: null });
      }
    }
    // The simulation must exercise the engine: reminders at every level, failures tried again.
    const all = invoices.flatMap((i) => i.history);
    expect(new Set(all.filter((r) => r.state === 'delivered').map((r) => r.level))).toEqual(new Set([1, 2, 3, 4]));
    expect(all.some((r) => r.attempt > 1)).toBe(true);
    for (const inv of invoices) {
      const done = inv.history.filter((r) => r.state === 'delivered');
      // No level twice, none skipped, every gap kept from the delivery before.
      expect(done.map((r) => r.level)).toEqual(done.map((_, i) => i + 1));
      done.forEach((r, i) => {
        const from = i === 0 ? inv.dueDate : done[i - 1]!.deliveredOn!;
        expect(daysBetween(from, r.deliveredOn!)).toBeGreaterThanOrEqual(p.levels[i]!.days);
      });
    }
  });
});

describe('the policies that ship', () => {
  it('one per law, each passing its own legal guards', () => {
    expect(defaultPolicies.map((p) => `${p.law.country}-${p.law.kind}`).sort()).toEqual(['BE-business', 'BE-consumer', 'DE-business', 'DE-consumer', 'NL-business', 'NL-consumer']);
    for (const p of defaultPolicies) expect(dunningPolicySchema.safeParse(p).success, p.id).toBe(true);
    expect(defaultPolicyFor('BE', 'consumer', 'NL').id).toBe('be-consumer');
    expect(defaultPolicyFor('FR', 'business', 'BE').id).toBe('be-business');
    expect(defaultPolicyFor('NL', 'consumer', 'DE').levels.some((l) => l.fourteenDayLetter)).toBe(true);
  });
});
