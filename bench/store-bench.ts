// Runs inside a Chromium page on real IndexedDB: the store host's own code (createStoreApi), timed in the page so
// the figures are store time, without the IPC bridge.
import { createStoreApi } from '../electron/store/api';
import { openDb, storesV7 } from '../electron/store/db';
import { receivablesQuerySchema } from '../shared/domain/invoice/receivables';
import { makeReference, normalizeReference } from '../shared/domain/payment/reference';
import { headOfficeOf, newCustomerRecord } from '../electron/store/customer/repository';
import { importStaged, stageFiles } from './import-bench';
import { dunningExecuteBench, dunningProposalBench } from './dunning-bench';
import { benchData, median, openRaw, time } from './page-tools';
import { testClock } from '../tests/shell/clock';

// The business clock is pinned, so the figures and the data behind them are the same on every day.
const clock = testClock();
const TODAY = clock.today();
const ctx = { actor: { user: 'bench', now: clock.now() }, today: TODAY, scheme: 'rf' as const, office: { country: 'NL' as const, skipDirectDebit: true, language: 'en' as const } };

async function run(customerCount: number, invoiceCount: number) {
  const { customers, invoices } = benchData(customerCount, invoiceCount, TODAY);

  // Baseline: the same customer, address and invoice rows put with raw IndexedDB into the same schema, in one strict
  // transaction.
  const raw = await openRaw('bench-raw', storesV7);
  const rawCustomers = customers.map((c) => newCustomerRecord(c, ctx.actor));
  const ids = new Map(rawCustomers.map((c) => [c.number, c.id]));
  const rawInvoices = invoices.map(({ customerNumber, ...i }, k) => ({
    ...i,
    customerId: ids.get(customerNumber)!,
    id: crypto.randomUUID(),
    status: i.openCents === 0 ? 'paid' : 'open',
    paymentReference: { scheme: 'rf', value: normalizeReference('rf', makeReference('rf', k + 1)) },
    disputed: false,
    disputeReason: '',
    disputedAt: null,
    promisedDate: null,
    promiseNote: '',
    nextActionDate: null,
    dunningLevel: 0,
    timesReminded: 0,
    lastRemindedOn: null,
  }));
  const [rawMs] = await time(
    () =>
      new Promise<void>((resolve, reject) => {
        const tx = raw.transaction(['customers', 'invoices', 'addresses'], 'readwrite', { durability: 'strict' });
        const cs = tx.objectStore('customers');
        const is = tx.objectStore('invoices');
        const as = tx.objectStore('addresses');
        for (const c of rawCustomers) {
          cs.put(c);
          const head = headOfficeOf(c, ctx.actor);
          if (head) as.put(head);
        }
        for (const i of rawInvoices) is.put(i);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      }),
  );
  raw.close();

  const db = openDb('bench-store');
  await db.open();
  const api = createStoreApi(db, () => {});
  const [seedMs] = await time(() => api.bulk.load({ customers, invoices }, ctx));

  const list = { search: '', showInactive: false, sort: 'name' as const, direction: 'asc' as const, offset: 0, limit: 100 };
  await api.customers.list(list);
  const firstPage: number[] = [];
  for (let k = 0; k < 7; k++) firstPage.push((await time(() => api.customers.list(list)))[0]);

  const keystrokes: number[] = [];
  const slowest: [number, string][] = [];
  for (const word of ['bakkerij', 'müller', 'celik', 'van den', 'k1004', 'brasserie', 'lodz']) {
    for (let n = 1; n <= word.length; n++) {
      const [ms] = await time(() => api.customers.list({ ...list, search: word.slice(0, n) }));
      keystrokes.push(ms);
      slowest.push([ms, word.slice(0, n)]);
    }
  }
  slowest.sort((a, b) => b[0] - a[0]);
  console.log('slowest keystrokes', JSON.stringify(slowest.slice(0, 5)));

  const heavy = (await api.customers.list({ ...list, search: customers[0]!.number })).rows[0]!;
  const card: number[] = [];
  let openCount = 0;
  for (let k = 0; k < 7; k++) {
    const [ms, c] = await time(() => api.customers.get({ id: heavy.id }, ctx));
    card.push(ms);
    openCount = c.openInvoices.length;
  }
  db.close();

  // The receivables screen on a freshly opened store: the first query loads every invoice into memory (cold), the
  // following ones filter the copy in memory (what each filter change or page costs).
  const fresh = openDb('bench-store');
  await fresh.open();
  const reopened = createStoreApi(fresh, () => {});
  const overdue = receivablesQuerySchema.parse({ overdue: true, limit: 100 });
  const [receivablesColdMs, firstOverdue] = await time(() => reopened.receivables.list(overdue, ctx));
  const receivables: number[] = [];
  for (let k = 0; k < 7; k++) receivables.push((await time(() => reopened.receivables.list(overdue, ctx)))[0]);
  const byCustomer: number[] = [];
  for (let k = 0; k < 3; k++) byCustomer.push((await time(() => reopened.receivables.list({ ...overdue, sort: 'customer', offset: 1000 * k }, ctx)))[0]);
  fresh.close();
  return {
    receivablesMs: median(receivables),
    receivablesColdMs,
    receivablesByCustomerMs: median(byCustomer),
    overdueCount: firstOverdue.total,
    customers: customers.length,
    invoices: invoices.length,
    rawMs,
    seedMs,
    firstPageMs: median(firstPage),
    keystrokeMedianMs: median(keystrokes),
    keystrokeMaxMs: Math.max(...keystrokes),
    keystrokes: keystrokes.length,
    cardMs: median(card),
    cardOpenInvoices: openCount,
  };
}

Object.assign(window, { runBench: run, dunningProposalBench, dunningExecuteBench, stageFiles, importStaged });
