import { demoCustomers, mulberry32, type Rng } from '../../bench/data/demo';
import type { ChannelName } from '../../shared/contract';
import { MAX_AMOUNT_CENTS } from '../../shared/domain/money/money';
import type { Result } from '../../shared/result';
import { camt053 } from '../shell/camt053';
import { expect, test, TODAY } from '../shell/fixtures';
import { type Shell, UI_ORIGIN } from '../shell/shell';

/**
 * Seeded fuzz runs through the router, as the UI (or a compromised page) reaches main. Bounded in calls and in
 * time; the seed makes every run the same, and a failure names the seed and the step to replay.
 */
const trusted = { trusted: true, url: UI_ORIGIN };

type Any = Result<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function tools(rnd: Rng) {
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  return { int, pick, chance: (p: number) => rnd() < p };
}

async function integrity(shell: Shell) {
  return {
    payments: await shell.store.call('integrity.payments'),
    balances: await shell.store.call('integrity.balances'),
    receivables: await shell.store.call('integrity.receivables'),
  };
}
const clean = { payments: [], balances: [], receivables: [] };

/** The customers' card, list and receivables still answer: a figure past 2^53 once broke all three for good. */
async function everyCustomerAnswers(shell: Shell, call: (channel: ChannelName, input: unknown) => Promise<Any>) {
  const list = await call('customers.list', { showInactive: true, limit: 500 });
  expect(list.ok).toBe(true);
  for (const row of list.ok ? (list.value.rows as { id: string }[]) : []) {
    expect((await call('customers.get', { id: row.id })).ok, row.id).toBe(true);
    expect((await call('receivables.list', { customerId: row.id, status: 'all' })).ok, row.id).toBe(true);
  }
}

const SEED = 20261202;

test('ledger fuzz: invoices that came in partly paid, payments, allocations, undos and bank entries keep every figure equal to its recomputation', async ({ launch }) => {
  test.setTimeout(240_000);
  const shell = await launch({ withUi: false });
  const call = async (channel: ChannelName, input: unknown) => (await shell.main.dispatch(channel, input, trusted)) as Any;
  const { int, pick, chance } = tools(mulberry32(SEED));
  const customers: string[] = [];
  for (const [n, c] of demoCustomers(3, SEED).entries()) {
    const r = await call('customers.create', { ...c, number: `FZ${n}` });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    customers.push(r.value.id);
  }
  const invoices: { id: string; reference: string; partly: boolean }[] = [];
  const credits: string[] = [];
  const tally = new Map<string, number>();
  const count = (what: string) => tally.set(what, (tally.get(what) ?? 0) + 1);
  const amount = () => pick([1, 2, 99, int(100, 60_000), int(100, 60_000), MAX_AMOUNT_CENTS]);
  const allocations = (n: number) =>
    Array.from({ length: n }, () => {
      const inv = chance(0.25) && invoices.length > 0 ? invoices[invoices.length - 1]! : pick(invoices);
      return { invoiceId: inv.id, amountCents: pick([1, 2, int(1, 9_000), int(1, 60_000), amount()]) };
    });
  let statements = 0;

  const STEPS = 260;
  for (let step = 0; step < STEPS; step++) {
    const op = invoices.length < 4 ? 0 : int(0, 7);
    const results: Any[] = [];
    if (op <= 1) {
      const total = amount();
      // Invoices imported from the invoicing package may come in partly paid: one cent less, or anything less.
      const open = pick([total, total, total - 1, int(0, total)]);
      const negative = chance(0.1);
      const r = await call('invoices.create', {
        number: `FZ-${step}`,
        customerId: pick(customers),
        issueDate: '2026-09-01',
        dueDate: '2026-10-01',
        currency: chance(0.15) ? 'USD' : 'EUR',
        amountCents: negative ? -total : total,
        openCents: negative ? -open : open,
      });
      if (r.ok) invoices.push({ id: r.value.id, reference: r.value.paymentReference.value, partly: open !== total });
      results.push(r);
    } else if (op === 2) {
      const r = await call('payments.add', { customerId: pick(customers), kind: pick(['payment', 'credit_note']), date: TODAY, currency: chance(0.15) ? 'USD' : 'EUR', amountCents: amount(), allocations: allocations(int(0, 3)) });
      if (r.ok) credits.push(r.value.credit.id);
      results.push(r);
    } else if (op === 3 && credits.length > 0) {
      results.push(await call('payments.allocate', { creditId: pick(credits), allocations: allocations(int(1, 3)) }));
    } else if (op === 4 && credits.length > 0) {
      // The same credit from three windows at once: the transactions must not each spend what is left.
      const creditId = pick(credits);
      results.push(...(await Promise.all([0, 1, 2].map(() => call('payments.allocate', { creditId, allocations: allocations(1) })))));
    } else if (op === 5) {
      const mine = await call('payments.forCustomer', { customerId: pick(customers) });
      const list = mine.ok ? (mine.value.allocations as { id: string }[]) : [];
      if (list.length > 0) results.push(await call('payments.undo', { id: pick(list).id }));
    } else if (op === 6) {
      // A statement paying invoices by their reference (matched automatically) and leaving others for matching.
      const entries = Array.from({ length: int(1, 3) }, () =>
        chance(0.6) ? { amountCents: pick([1, int(1, 60_000)]), reference: { scheme: 'rf' as const, value: pick(invoices).reference } } : { amountCents: int(1, 60_000), text: 'see letter' },
      );
      const xml = camt053(`FZ-S${statements++}`, entries);
      const preview = await call('imports.preview', { files: [{ name: `s${step}.xml`, contentBase64: Buffer.from(xml).toString('base64') }] });
      results.push(preview);
      if (preview.ok) results.push(await call('imports.commit', { previewId: preview.value.previewId }));
    } else {
      const waiting = await call('bank.unmatched', {});
      const list = waiting.ok ? (waiting.value as { entry: { id: string } }[]) : [];
      if (list.length > 0) results.push(await call('bank.match', { entryId: pick(list).entry.id, customerId: pick(customers), allocations: allocations(int(0, 2)) }));
    }
    for (const r of results) {
      count(r.ok ? `${op}:ok` : r.error.code);
      expect(r.ok || ['validation', 'conflict', 'not_found'].includes(r.error.code), `seed ${SEED} step ${step}: ${JSON.stringify(r).slice(0, 400)}`).toBe(true);
    }
    if (step % 20 === 19) expect(await integrity(shell), `seed ${SEED} after step ${step}`).toEqual(clean);
  }

  expect(await integrity(shell)).toEqual(clean);
  await everyCustomerAnswers(shell, call);
  // The run did what it is for: partly paid invoices got allocations, refusals happened, statements booked.
  const allocatedTo = async (id: string) => {
    const r = await call('invoices.get', { id });
    return r.ok ? (r.value.allocations as unknown[]).length : 0;
  };
  const partlyPaid = await Promise.all(invoices.filter((i) => i.partly).map((i) => allocatedTo(i.id)));
  expect(partlyPaid.filter((n) => n > 0).length, JSON.stringify([...tally])).toBeGreaterThan(3);
  expect(tally.get('validation') ?? 0).toBeGreaterThan(20);
  expect((tally.get('3:ok') ?? 0) + (tally.get('4:ok') ?? 0)).toBeGreaterThan(5);
  expect(tally.get('6:ok') ?? 0).toBeGreaterThan(5);
});
