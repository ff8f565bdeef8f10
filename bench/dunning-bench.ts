// Runs inside a Chromium page on real IndexedDB: the dunning proposal over every open invoice, and the execute of
// a 5,000-reminder run against a raw IndexedDB put of the same records, both timed in the page (store time).
import { createStoreApi } from '../electron/store/api';
import { customerSearchIndex } from '../electron/store/customer/search-index';
import { type DebitumDb, openDb, storesV8 } from '../electron/store/db';
import { dunningConfig } from '../electron/store/dunning/config';
import { dunningMemory } from '../electron/store/dunning/memory';
import { computeProposal } from '../electron/store/dunning/proposal';
import { receivablesIndex } from '../electron/store/invoice/receivables-index';
import { addDays } from '../shared/domain/dates';
import { emptyReview } from '../shared/domain/dunning/records';
import { receivablesQuerySchema } from '../shared/domain/invoice/receivables';
import { testClock } from '../tests/shell/clock';
import { benchData, median, openRaw, time } from './page-tools';

const clock = testClock();
const TODAY = clock.today();
const ctxOn = (today: string) => ({ actor: { user: 'bench', now: clock.now() }, today, scheme: 'rf' as const, office: { country: 'NL' as const, skipDirectDebit: true, language: 'en' as const } });
const RUN_SIZE = 5_000;
/** Every shipped policy sends its first reminder 7 days after the due date. */
const LEVEL_ONE_DAYS = 7;
const openQuery = receivablesQuerySchema.parse({ status: 'open', limit: 1 });
/** Writing 200k rows leaves the database compacting in the background for a while; a timed write waits it out. */
const settle = () => new Promise((r) => setTimeout(r, 5_000));

async function opened(name: string) {
  const db = openDb(name);
  await db.open();
  return { db, api: createStoreApi(db, () => {}) };
}

/**
 * Run dates on which about RUN_SIZE more open invoices are due for their first reminder than on the one before
 * (ties on the day decide): each run issues first reminders for the next slice, the earlier ones await delivery.
 */
function runDates(invoices: { dueDate: string; openCents: number }[], runs: number): string[] {
  const dues = invoices.filter((i) => i.openCents > 0).map((i) => i.dueDate).sort();
  return Array.from({ length: runs }, (_, k) => addDays(dues[(k + 1) * RUN_SIZE]!, LEVEL_ONE_DAYS - 1));
}

/** Puts the rows into a raw database in one strict transaction, as the baseline writes them. */
function rawPut(raw: IDBDatabase, tables: Record<string, unknown[]>): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = raw.transaction(Object.keys(tables), 'readwrite', { durability: 'strict' });
    for (const [table, rows] of Object.entries(tables)) {
      const store = tx.objectStore(table);
      for (const row of rows) store.put(row);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** What an execute wrote for a run, read back: the records the raw baseline puts. */
async function writtenBy(db: DebitumDb, runId: string) {
  const reminders = await db.reminders.where('runId').equals(runId).toArray();
  const items = await db.reminderItems.where('reminderId').anyOf(reminders.map((r) => r.id)).toArray();
  const invoices = (await db.invoices.bulkGet(items.map((i) => i.invoiceId))).filter((i) => i !== undefined);
  const dossier = await db.dossier.where('invoiceId').anyOf(items.map((i) => i.invoiceId)).toArray();
  return { reminders, reminderItems: items, invoices, dossier, runs: [(await db.runs.get(runId))!] };
}

/**
 * The proposal alone, as the store host computes it from memory, without saving it as a draft: the first after
 * the host's own warm-up (the invoices in memory; dunning facts and settings not yet read), then warm.
 */
async function computeOnly(db: DebitumDb): Promise<number[]> {
  const customers = customerSearchIndex(db);
  const deps = { customers, receivables: receivablesIndex(db, customers), memory: dunningMemory(db), config: dunningConfig(db) };
  await deps.receivables.warm();
  const out: number[] = [];
  for (let k = 0; k < 6; k++) out.push((await time(() => computeProposal(deps, TODAY, emptyReview(), ctxOn(TODAY).office)))[0]);
  return out;
}

/** Proposals over every open invoice: the first after the store host started (its background warm-up done), then warm. */
async function proposals(name: string) {
  const { db, api } = await opened(name);
  const [firstComputeMs = 0, ...computed] = await computeOnly(db);
  // The store host loads the invoices into memory as it starts; a user opens the dunning screen after that.
  const [coldLoadMs] = await time(() => api.receivables.list(openQuery, ctxOn(TODAY)));
  const [firstMs, first] = await time(() => api.dunning.propose({}, ctxOn(TODAY)));
  const warm: number[] = [];
  for (let k = 0; k < 5; k++) {
    await api.dunning.discard({ runId: (k === 0 ? first : (await api.dunning.overview()).draft!).id }, ctxOn(TODAY));
    warm.push((await time(() => api.dunning.propose({}, ctxOn(TODAY))))[0]);
  }
  await api.dunning.discard({ runId: (await api.dunning.overview()).draft!.id }, ctxOn(TODAY));
  const open = (await api.receivables.list(openQuery, ctxOn(TODAY))).total;
  db.close();
  return { coldLoadMs, firstMs, proposeMs: median(warm), firstComputeMs, computeMs: median(computed), proposalReminders: first.reminderCount, openInvoices: open };
}

/**
 * Runs of about RUN_SIZE reminders executed by the store, each followed by the same records put raw into its
 * twin; the figures are medians over the runs, as this machine's disk is shared and one write can take twice another.
 */
async function executions(name: string, raw: IDBDatabase, dates: string[]) {
  const { db, api } = await opened(name);
  const store: number[] = [];
  const baseline: number[] = [];
  const sizes: number[] = [];
  for (const runDate of dates) {
    const draft = await api.dunning.propose({}, ctxOn(runDate));
    await rawPut(raw, { runs: [(await db.runs.get(draft.id))!] });
    await settle();
    const [executeMs, done] = await time(() => api.dunning.execute({ runId: draft.id }, ctxOn(runDate)));
    const records = await writtenBy(db, draft.id);
    await settle();
    baseline.push((await time(() => rawPut(raw, records)))[0]);
    store.push(executeMs);
    sizes.push(done.outcome === 'executed' ? done.run.reminderCount : -1);
  }
  db.close();
  const ratios = store.map((x, k) => x / baseline[k]!);
  return { executeMs: median(store), rawExecuteMs: median(baseline), ratio: median(ratios), ratios, executed: sizes };
}

/** A store seeded with the benchmarks' office; each part of the bench seeds its own in a fresh browser. */
async function seeded(name: string, customerCount: number, invoiceCount: number) {
  const data = benchData(customerCount, invoiceCount, TODAY);
  const { db, api } = await opened(name);
  await api.bulk.load(data, ctxOn(TODAY));
  return { db, ...data };
}

export async function dunningProposalBench(customerCount: number, invoiceCount: number) {
  const { db, customers, invoices } = await seeded('bench-dunning', customerCount, invoiceCount);
  db.close();
  await settle();
  return { customers: customers.length, invoices: invoices.length, ...(await proposals('bench-dunning')) };
}

export async function dunningExecuteBench(customerCount: number, invoiceCount: number) {
  const { db, invoices } = await seeded('bench-dunning', customerCount, invoiceCount);
  // The raw twin holds the same rows, so both write into databases of the same size.
  const raw = await openRaw('bench-dunning-raw', storesV8);
  const [customers, addresses, all, meta] = await Promise.all([db.customers.toArray(), db.addresses.toArray(), db.invoices.toArray(), db.meta.toArray()]);
  await rawPut(raw, { customers, addresses, invoices: all, meta });
  db.close();
  const figures = await executions('bench-dunning', raw, runDates(invoices, 5));
  raw.close();
  return figures;
}

export type DunningProposalFigures = Awaited<ReturnType<typeof dunningProposalBench>>;
export type DunningExecuteFigures = Awaited<ReturnType<typeof dunningExecuteBench>>;
