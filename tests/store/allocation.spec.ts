import { demoCustomers, mulberry32 } from '../../electron/services/demo-data';
import type { Allocation, Credit } from '../../shared/domain/payment/credit';
import { expect, test, TODAY } from '../shell/fixtures';
import { storeCtx } from '../shell/store-context';

const actor = { user: 'Tester', now: '2026-11-23T09:00:00.000Z' };

/**
 * A property test with a fixed seed: random payments, credit notes, later allocations, undos and refused
 * over-allocations. A model kept here, independent of the store, must agree with the store's invoices, balances
 * and credit afterwards, and the store's own recomputation must find nothing to report along the way.
 */
test('allocations keep open amounts, balances and credit equal to a recomputation (seeded random sequence)', async ({ launch }) => {
  const { store } = await launch({ withUi: false });
  const rnd = mulberry32(20261123);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;

  const customers = demoCustomers(4, 31);
  await store.call('bulk.load', { customers, invoices: [] }, storeCtx({ actor }));
  const rows = (await store.call('customers.list', { search: '', showInactive: true, sort: 'number', direction: 'asc', offset: 0, limit: 10 })).rows;
  const model = { open: new Map<string, number>(), currency: new Map<string, string>(), owner: new Map<string, string>(), credit: new Map<string, number>() };
  let n = 0;
  for (const c of rows) {
    for (let k = 0; k < 6; k++) {
      const amount = int(1_000, 90_000);
      const currency = k === 5 && c === rows[0] ? 'USD' : 'EUR';
      const inv = await store.call('invoices.create', { number: `P${n++}`, customerId: c.id, issueDate: '2026-09-01', dueDate: '2026-10-01', currency, amountCents: amount, openCents: amount }, storeCtx({ actor }));
      model.open.set(inv.id, amount);
      model.currency.set(inv.id, currency);
      model.owner.set(inv.id, c.id);
    }
  }
  const credits: Credit[] = [];
  const allocations: Allocation[] = [];
  const openOf = (customerId: string, currency: string) => [...model.open].filter(([id, open]) => open > 0 && model.owner.get(id) === customerId && model.currency.get(id) === currency).map(([id]) => id);
  const allocate = (customerId: string, currency: string, budget: number) => {
    const out: { invoiceId: string; amountCents: number }[] = [];
    for (const id of openOf(customerId, currency)) {
      if (budget <= 0 || rnd() < 0.3) continue;
      const amt = Math.min(model.open.get(id)!, budget, rnd() < 0.5 ? model.open.get(id)! : int(1, model.open.get(id)!));
      out.push({ invoiceId: id, amountCents: amt });
      budget -= amt;
    }
    return out;
  };
  const applyModel = (credit: { currency: string; customerId: string }, list: { invoiceId: string; amountCents: number }[], sign: 1 | -1) => {
    for (const a of list) model.open.set(a.invoiceId, model.open.get(a.invoiceId)! - sign * a.amountCents);
    const total = list.reduce((s, a) => s + a.amountCents, 0);
    if (credit.currency === 'EUR') model.credit.set(credit.customerId, (model.credit.get(credit.customerId) ?? 0) - sign * total);
  };
  let refused = 0;

  for (let step = 0; step < 150; step++) {
    const op = rnd();
    if (op < 0.45 || credits.length === 0) {
      const c = pick(rows);
      const currency = c === rows[0] && rnd() < 0.2 ? 'USD' : 'EUR';
      const amount = int(500, 120_000);
      const list = allocate(c.id, currency, amount);
      const { credit } = await store.call('payments.add', { customerId: c.id, kind: rnd() < 0.7 ? 'payment' : 'credit_note', date: TODAY, currency, amountCents: amount, allocations: list }, storeCtx({ actor }));
      credits.push(credit);
      if (currency === 'EUR') model.credit.set(c.id, (model.credit.get(c.id) ?? 0) + amount);
      applyModel({ currency, customerId: c.id }, list, 1);
    } else if (op < 0.65) {
      const credit = pick(credits);
      const current = (await store.call('payments.forCustomer', { customerId: credit.customerId })).credits.find((x) => x.id === credit.id)!;
      const list = allocate(credit.customerId, credit.currency, current.unallocatedCents);
      if (list.length === 0) continue;
      await store.call('payments.allocate', { creditId: credit.id, allocations: list }, storeCtx({ actor }));
      applyModel(credit, list, 1);
    } else if (op < 0.9) {
      const all = (await Promise.all(rows.map((r) => store.call('payments.forCustomer', { customerId: r.id })))).flatMap((x) => x.allocations);
      if (all.length === 0) continue;
      const a = pick(all);
      const credit = credits.find((c) => c.id === a.creditId)!;
      await store.call('payments.undo', { id: a.id }, storeCtx({ actor }));
      applyModel(credit, [a], -1);
      allocations.push(a);
    } else {
      // More than is open on an invoice: refused, and nothing changes.
      const c = pick(rows);
      const target = openOf(c.id, 'EUR')[0];
      if (!target) continue;
      const tooMuch = model.open.get(target)! + 1;
      await expect(
        store.call('payments.add', { customerId: c.id, kind: 'payment', date: TODAY, amountCents: tooMuch, allocations: [{ invoiceId: target, amountCents: tooMuch }] }, storeCtx({ actor })),
      ).rejects.toMatchObject({ code: 'validation' });
      refused++;
    }
    if (step % 25 === 24) expect(await store.call('integrity.payments'), `after step ${step}`).toEqual([]);
  }

  expect(await store.call('integrity.payments')).toEqual([]);
  expect(await store.call('integrity.balances')).toEqual([]);
  expect(refused).toBeGreaterThan(0);
  expect(allocations.length).toBeGreaterThan(0);
  for (const c of rows) {
    const card = await store.call('customers.get', { id: c.id }, storeCtx({ today: TODAY }));
    const expectedBalance = [...model.open].filter(([id, open]) => model.owner.get(id) === c.id && model.currency.get(id) === 'EUR' && open > 0).reduce((s, [, open]) => s + open, 0);
    expect(card.customer.openBalanceCents, c.number).toBe(expectedBalance);
    expect(card.customer.creditCents, c.number).toBe(model.credit.get(c.id) ?? 0);
    for (const inv of card.openInvoices) expect(inv.openCents, inv.number).toBe(model.open.get(inv.id));
  }
});

test('a bank entry booked twice (same dedupe key) adds nothing the second time', async ({ launch }) => {
  const { store } = await launch({ withUi: false });
  const c = await store.call('customers.create', { ...demoCustomers(1, 32)[0]!, number: 'Q1' }, storeCtx({ actor }));
  const inv = await store.call('invoices.create', { number: 'Q-1', customerId: c.id, issueDate: '2026-10-01', dueDate: '2026-10-31', amountCents: 10_000, openCents: 10_000 }, storeCtx({ actor }));
  const entry = { customerId: c.id, kind: 'payment' as const, date: TODAY, amountCents: 4_000, dedupeKey: 'NL01BANK|stmt-1|7|0', allocations: [{ invoiceId: inv.id, amountCents: 4_000 }] };
  expect((await store.call('payments.add', entry, storeCtx({ actor }))).duplicate).toBe(false);
  expect((await store.call('payments.add', entry, storeCtx({ actor }))).duplicate).toBe(true);
  const card = await store.call('customers.get', { id: c.id }, storeCtx({ today: TODAY }));
  expect(card.openInvoices[0]!.openCents).toBe(6_000);
  expect(card.customer.openBalanceCents).toBe(6_000);
  expect(await store.call('integrity.payments')).toEqual([]);
});
