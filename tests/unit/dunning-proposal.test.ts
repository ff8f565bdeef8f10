import { describe, expect, it } from 'vitest';
import { defaultPolicies } from '../../shared/domain/dunning/default-policies';
import { dunningPolicySchema } from '../../shared/domain/dunning/policy';
import { type IssuedReminder, type ProposalCustomer, type ProposalInput, type ProposalInvoice, proposeRun } from '../../shared/domain/dunning/proposal';
import { defaultRateTables } from '../../shared/domain/dunning/statutory';

const customer = (id: string, over: Partial<ProposalCustomer> = {}): ProposalCustomer => ({
  id,
  country: 'NL',
  kind: 'business',
  active: true,
  excludeFromDunning: false,
  dunningPausedUntil: null,
  directDebit: false,
  policyId: null,
  ...over,
});

const invoice = (id: string, customerId: string, dueDate: string, openCents: number, over: Partial<ProposalInvoice> = {}): ProposalInvoice => ({
  id,
  number: id.toUpperCase(),
  customerId,
  issueDate: '2026-09-01',
  dueDate,
  currency: 'EUR',
  amountCents: openCents,
  openCents,
  status: 'open',
  disputed: false,
  promisedDate: null,
  ...over,
});

const delivered = (level: number, on: string, over: Partial<IssuedReminder> = {}): IssuedReminder => ({
  level,
  attempt: 1,
  state: 'delivered',
  deliveredOn: on,
  sentBy: 'email',
  statutoryCostsCents: 0,
  feeCents: 0,
  fourteenDayLetter: false,
  ...over,
});

const nlBusiness = defaultPolicies.find((p) => p.id === 'nl-business')!;
const statementPolicy = dunningPolicySchema.parse({ ...nlBusiness, id: 'statement', mode: 'customer' });

function input(over: Partial<ProposalInput>): ProposalInput {
  return {
    runDate: '2026-11-23',
    invoices: [],
    customers: new Map(),
    remindersByInvoice: new Map(),
    invoiceBlocks: new Map(),
    customerBlocks: new Map(),
    policies: new Map([[statementPolicy.id, statementPolicy]]),
    officeCountry: 'NL',
    tables: defaultRateTables,
    skipDirectDebit: true,
    ...over,
  };
}

describe('a run proposal', () => {
  it('per invoice: one reminder per due invoice with an id derived from invoice, policy, level and attempt; the rest said why', () => {
    const p = proposeRun(
      input({
        customers: new Map([
          ['c1', customer('c1')],
          ['c2', customer('c2', { active: false })],
        ]),
        invoices: [invoice('a', 'c1', '2026-11-01', 10_000), invoice('b', 'c1', '2026-11-20', 5_000), invoice('c', 'c1', '2026-10-01', 7_000, { disputed: true }), invoice('d', 'c2', '2026-10-01', 9_000)],
        remindersByInvoice: new Map([['b', []]]),
      }),
    );
    expect(p.reminders.map((r) => [r.id, r.levelId, r.channel, r.totalCents])).toEqual([['rem:a:nl-business:1:1', 'polite', 'email_or_post', 10_000]]);
    expect(p.leftOut).toEqual([
      { customerId: 'c1', invoiceId: 'c', reason: 'disputed' },
      { customerId: 'c2', invoiceId: 'd', reason: 'customer_inactive' },
    ]);
  });

  it('statement mode: one reminder per customer and currency at the highest level due, costs once on the total principal', () => {
    const p = proposeRun(
      input({
        customers: new Map([['c1', customer('c1', { policyId: 'statement' })]]),
        invoices: [
          invoice('a', 'c1', '2026-08-01', 100_000),
          invoice('b', 'c1', '2026-11-01', 50_000),
          invoice('c', 'c1', '2026-12-01', 20_000),
          invoice('u', 'c1', '2026-08-01', 30_000, { currency: 'USD' }),
        ],
        // Invoice a had its polite and firm reminders delivered: the final notice is due, with costs.
        remindersByInvoice: new Map([['a', [delivered(1, '2026-08-10'), delivered(2, '2026-09-01')]]]),
      }),
    );
    const eur = p.reminders.find((r) => r.currency === 'EUR')!;
    expect(eur.id).toBe('rem:customer:c1:EUR:statement:3:1');
    expect(eur.levelId).toBe('final');
    expect(eur.items.map((i) => [i.number, i.advancesTo])).toEqual([
      ['A', 3],
      ['B', 1],
      ['C', null],
    ]);
    // WIK on 1,700.00 = 255.00, once; interest per invoice (none on c, not yet due).
    expect(eur.statementCostsCents).toBe(25_500);
    expect(eur.items.every((i) => i.charges.costs.costsCents === 0)).toBe(true);
    expect(eur.items[2]!.charges.interest.interestCents).toBe(0);
    expect(eur.totalCents).toBe(170_000 + 25_500 + eur.items.reduce((a, i) => a + i.charges.interest.interestCents, 0));
    expect(p.reminders.find((r) => r.currency === 'USD')!.items.map((i) => i.number)).toEqual(['U']);
  });

  it('statement mode: a second statement at a level the customer had one before is its next attempt, whichever invoice leads it', () => {
    // The first statement led with invoice a (delivered); now only the new invoice b is due for level 1.
    const p = proposeRun(
      input({
        customers: new Map([['c1', customer('c1', { policyId: 'statement' })]]),
        invoices: [invoice('a', 'c1', '2026-10-01', 10_000), invoice('b', 'c1', '2026-11-10', 5_000)],
        remindersByInvoice: new Map([['a', [delivered(1, '2026-11-20')]]]),
        issuedStatements: new Set(['rem:customer:c1:EUR:statement:1:1']),
      }),
    );
    expect(p.reminders.map((r) => [r.id, r.attempt, r.items.map((i) => [i.number, i.advancesTo])])).toEqual([
      ['rem:customer:c1:EUR:statement:1:2', 2, [['A', null], ['B', 1]]],
    ]);
  });
});
