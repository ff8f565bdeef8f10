import type { Page } from '@playwright/test';
import { type RunRecord, storesV1, storesV5, storesV7, storesV8, storesV9, storesV10 } from '../../electron/store/db';
import type { RunReminder } from '../../shared/domain/dunning/records';
import { debtors, executeRun } from '../shell/office';
import { call } from '../shell/dispatch';
import type { ImportPreview } from '../../shared/domain/import/preview';
import type { Result } from '../../shared/result';
import { camt053 } from '../shell/camt053';
import { type Shell, STORE_ORIGIN, UI_ORIGIN } from '../shell/shell';
import { expect, test } from '../shell/fixtures';
import { storeCtx } from '../shell/store-context';

/** Writes records into a fresh database of the given schema, as that version of the app left it (no Dexie). */
async function seed(page: Page, version: number, stores: Record<string, string>, records: Record<string, unknown[]>): Promise<void> {
  await page.route(`${STORE_ORIGIN}/seed.html`, (r) => r.fulfill({ body: '<!doctype html><title>seed</title>', contentType: 'text/html' }));
  await page.goto(`${STORE_ORIGIN}/seed.html`);
  await page.evaluate(
    async ({ version, stores, records }) => {
      await new Promise<void>((res, rej) => {
        const del = indexedDB.deleteDatabase('debitum');
        del.onsuccess = () => res();
        del.onerror = () => rej(del.error);
      });
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const req = indexedDB.open('debitum', version * 10);
        req.onupgradeneeded = () => {
          for (const [name, spec] of Object.entries(stores)) {
            const [primary, ...indexes] = spec.split(',').map((s) => s.trim());
            const os = req.result.createObjectStore(name, { keyPath: primary });
            for (const ix of indexes) {
              const bare = ix.replace(/^[&*]/, '');
              const keyPath = bare.startsWith('[') ? bare.slice(1, -1).split('+') : bare;
              os.createIndex(bare, keyPath, { unique: ix.startsWith('&'), multiEntry: ix.startsWith('*') });
            }
          }
        };
        req.onsuccess = () => res(req.result);
        req.onerror = () => rej(req.error);
      });
      const tx = db.transaction(Object.keys(records), 'readwrite');
      for (const [name, rows] of Object.entries(records)) for (const row of rows) tx.objectStore(name).put(row);
      await new Promise((res) => (tx.oncomplete = res));
      db.close();
    },
    { version, stores, records },
  );
}

/**
 * Seeds a database exactly as version 1 of the schema left it (raw IndexedDB, no Dexie: Dexie stores version N as
 * IndexedDB version N*10), then starts the app, whose store opens the newest version and runs the upgrades.
 */
test('a version 1 database opens in the newest version with its data upgraded through every step', async ({ launch }) => {
  // The store host closes its database; a second page on the store's origin then writes the old schema directly.
  const raw = await launch({ withUi: false });
  await raw.main.close();
  const page = await raw.context.newPage();
  const base = { language: 'nl', country: 'NL', kind: 'business', vatNumber: '', cocNumber: '', street: 'Oudegracht 1', postcode: '3511 AB', city: 'Utrecht', email: '', phone: '', paymentTermsDays: 30, accountManager: '', description: '', active: 1, openInvoiceCount: 1, createdAt: 'x', createdBy: 'x', updatedAt: 'x', updatedBy: 'x', cityKey: 'utrecht' };
  await seed(page, 1, storesV1, {
    customers: [
      { ...base, id: 'a', number: 'K1', name: 'Over', nameKey: 'over', searchWords: ['over', 'k1'], openBalanceCents: 50_000, creditLimitCents: 10_000, creditLimitSort: 10_000 },
      { ...base, id: 'b', number: 'K2', name: 'Under', nameKey: 'under', searchWords: ['under', 'k2'], openBalanceCents: 5_000, creditLimitCents: null, creditLimitSort: -1 },
    ],
  });
  await raw.context.close();

  const shell = await launch({ withUi: false });
  const rows = await shell.store.call('customers.list', { search: '', showInactive: false, sort: 'number', direction: 'asc', offset: 0, limit: 10 });
  expect(rows.rows.map((r) => r.name)).toEqual(['Over', 'Under']);
  // v3: the customer's own address became its head office, and the card fields have their defaults.
  const card = await shell.store.call('customers.get', { id: 'a' }, storeCtx({ today: '2026-11-23' }));
  expect(card.addresses).toEqual([expect.objectContaining({ city: 'Utrecht', isHeadOffice: true, kind: 'visiting' })]);
  expect(card.customer).toMatchObject({ profile: 'standard', segments: [], purposeEmails: {}, dunningOverrides: {}, excludeFromDunning: false });
  // v4: customers hold no unallocated credit yet.
  expect(card.customer.creditCents).toBe(0);
  // v5: customers know no paying bank accounts yet.
  expect(card.customer.ibans).toEqual([]);
  const after = await shell.storePage.evaluate(
    () =>
      new Promise<{ version: number; over: unknown[] }>((res) => {
        const req = indexedDB.open('debitum');
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction('customers').objectStore('customers').index('overLimit').getAllKeys(1);
          get.onsuccess = () => res({ version: db.version, over: get.result });
        };
      }),
  );
  expect(after.version).toBe(110);
  expect(after.over).toEqual(['a']);
});

/** A bank entry as schema v5 kept it: a random id and a key made of account, statement id and entry reference. */
const v5Entry = (id: string, entryKey: string, o: Record<string, unknown> = {}) => ({
  id,
  importId: 'imp-1',
  entryKey,
  accountIban: 'NL91ABNA0417164300',
  statementId: 'S-1',
  bookingDate: '2026-11-20',
  currency: 'EUR',
  amountCents: 5_000,
  direction: 'credit',
  reversal: false,
  counterpartyName: 'Beta GmbH',
  counterpartyIban: 'DE89370400440532013000',
  structuredReference: null,
  remittance: 'factuur F-5',
  state: 'unmatched',
  ignoredReason: null,
  creditId: null,
  updatedAt: '2026-11-21T08:00:00.000Z',
  updatedBy: 'Tester',
  ...o,
});

const bankEntries = (shell: Shell) =>
  shell.storePage.evaluate(
    () =>
      new Promise<{ version: number; rows: Record<string, unknown>[] }>((res) => {
        const req = indexedDB.open('debitum');
        req.onsuccess = () => {
          const get = req.result.transaction('bankEntries').objectStore('bankEntries').getAll();
          get.onsuccess = () => res({ version: req.result.version, rows: get.result as Record<string, unknown>[] });
        };
      }),
  );

test('a version 5 database keys its bank entries by the transaction, so the same one in another file is recognised', async ({ launch }) => {
  const raw = await launch({ withUi: false });
  await raw.main.close();
  const page = await raw.context.newPage();
  const counts = { invoices: 0, creditNotes: 0, customers: 0, payments: 0, unmatched: 3, ignored: 0, duplicates: 0, rejected: 0 };
  await seed(page, 5, storesV5, {
    imports: [{ id: 'imp-1', kind: 'camt053', fileName: 'november.xml', sha256: 'abc', at: '2026-11-21T08:00:00.000Z', by: 'Tester', counts }],
    bankEntries: [
      v5Entry('u-1', 'NL91ABNA0417164300|S-1|R1|0'),
      // The same payment once more from an MT940 of the same day, booked twice before v6: both stay, apart.
      v5Entry('u-2', 'NL91ABNA0417164300|940-1|2026-11-20|0'),
      v5Entry('u-3', 'NL91ABNA0417164300|S-1|R2|0', { amountCents: 7_000, counterpartyIban: '', remittance: 'contant' }),
    ],
  });
  await raw.context.close();

  const shell = await launch({ withUi: false });
  const after = await bankEntries(shell);
  expect(after.version).toBe(110);
  const rows = after.rows.sort((a, b) => String(a.entryKey).localeCompare(String(b.entryKey)));
  expect(rows.map((r) => r.entryKey)).toEqual([
    'NL91ABNA0417164300|2026-11-20|EUR|C|5000|DE89370400440532013000||0',
    'NL91ABNA0417164300|2026-11-20|EUR|C|5000|DE89370400440532013000||1',
    'NL91ABNA0417164300|2026-11-20|EUR|C|7000|||0',
  ]);
  for (const r of rows) {
    expect(r.id).toMatch(/^bank-[0-9a-f]{32}$/);
    expect(r).toMatchObject({ valueDate: null, counterpartyBic: '', endToEndId: '', importId: 'imp-1', state: 'unmatched' });
  }
  expect(new Set(rows.map((r) => r.id)).size).toBe(3);

  // The same 70.00 exported again: recognised as imported, with the file and time of the import before v6.
  // Beta's payment, now with an end-to-end id the old entries never kept, may be the same: the user decides.
  const statement = camt053('S-9', [
    { amountCents: 7_000, text: 'contant', name: 'Kas', iban: '', endToEndId: 'NOTPROVIDED' },
    { amountCents: 5_000, text: 'factuur F-5', name: 'Beta GmbH', iban: 'DE89370400440532013000', endToEndId: 'BETA-1' },
  ]).replace('<DbtrAcct><Id><IBAN></IBAN></Id></DbtrAcct>', '');
  const input = { files: [{ name: 'again.xml', contentBase64: Buffer.from(statement).toString('base64') }] };
  const r = (await shell.main.dispatch('imports.preview', input, { trusted: true, url: UI_ORIGIN })) as Result<ImportPreview>;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  expect(r.value.entries.map((e) => [e.amountCents, e.outcome, e.twin])).toEqual([
    [7_000, 'duplicate', { certain: true, file: 'november.xml', importedAt: '2026-11-21T08:00:00.000Z' }],
    [5_000, 'possible_duplicate', { certain: false, file: 'november.xml', importedAt: '2026-11-21T08:00:00.000Z' }],
  ]);
});

test('version 7: invoices learn what was open when they came in, from their open amount and allocations', async ({ launch }) => {
  const raw = await launch({ withUi: false });
  await raw.main.close();
  const page = await raw.context.newPage();
  const stamp = { createdAt: 'x', createdBy: 'x' };
  const invoice = { customerId: 'c', issueDate: '2026-09-01', dueDate: '2026-10-01', currency: 'EUR', status: 'open', paymentReference: null, disputed: false, disputeReason: '', disputedAt: null, promisedDate: null, promiseNote: '', nextActionDate: null };
  await seed(page, 5, storesV5, {
    customers: [{ id: 'c', number: 'K1', name: 'Partly', city: '', creditLimitCents: null, active: 1, openBalanceCents: 7_000, openInvoiceCount: 2, creditCents: 1_000, ibans: [], searchWords: ['partly', 'k1'] }],
    // F-1 came in from an import with 9,000 of 10,000 open; a payment of 6,000 then paid 5,000 of it.
    invoices: [
      { ...invoice, id: 'i1', number: 'F-1', amountCents: 10_000, openCents: 4_000 },
      { ...invoice, id: 'i2', number: 'F-2', amountCents: 3_000, openCents: 3_000 },
    ],
    credits: [{ ...stamp, id: 'p', customerId: 'c', kind: 'payment', date: '2026-10-10', currency: 'EUR', amountCents: 6_000, unallocatedCents: 1_000, reference: '', note: '', dedupeKey: null }],
    allocations: [{ ...stamp, id: 'a', creditId: 'p', invoiceId: 'i1', amountCents: 5_000 }],
  });
  await raw.context.close();
  const shell = await launch({ withUi: false });
  const initial = async (id: string) => (await shell.store.call('invoices.get', { id }, storeCtx())).invoice.initialOpenCents;
  expect([await initial('i1'), await initial('i2')]).toEqual([9_000, 3_000]);
  expect(await shell.store.call('integrity.payments')).toEqual([]);
  // Undone, the allocation reopens F-1 to what was open when it came in, not to its full amount.
  await shell.store.call('payments.undo', { id: 'a' }, storeCtx({ actor: { user: 'Tester', now: '2026-11-23T09:00:00.000Z' } }));
  expect((await shell.store.call('invoices.get', { id: 'i1' }, storeCtx())).invoice.openCents).toBe(9_000);
  expect(await shell.store.call('integrity.payments')).toEqual([]);
});

test('version 7 to 8: invoices start unreminded and customers on the default policy, and a run works on upgraded data', async ({ launch }) => {
  const raw = await launch({ withUi: false });
  await raw.main.close();
  const page = await raw.context.newPage();
  const invoice = { customerId: 'c', issueDate: '2026-09-01', dueDate: '2026-10-01', currency: 'EUR', status: 'open', paymentReference: null, disputed: false, disputeReason: '', disputedAt: null, promisedDate: null, promiseNote: '', nextActionDate: null };
  const customer = { id: 'c', number: 'K1', name: 'Oud BV', language: 'nl', country: 'NL', kind: 'business', vatNumber: '', cocNumber: '', street: '', postcode: '', city: '', email: '', phone: '', paymentTermsDays: 30, creditLimitCents: null, accountManager: '', description: '', active: 1, openBalanceCents: 10_000, openInvoiceCount: 1, creditCents: 0, purposeEmails: {}, accountingEmail: '', dunningOverrides: {}, profile: 'standard', segments: [], dunningPausedUntil: null, excludeFromDunning: false, ibans: [], nameKey: 'oud bv', cityKey: '', creditLimitSort: -1, searchWords: ['oud', 'bv', 'k1'], overLimit: 0, createdAt: 'x', createdBy: 'x', updatedAt: 'x', updatedBy: 'x' };
  await seed(page, 7, storesV7, {
    customers: [customer],
    invoices: [{ ...invoice, id: 'i1', number: 'F-1', amountCents: 10_000, openCents: 10_000, initialOpenCents: 10_000 }],
  });
  await raw.context.close();
  const shell = await launch({ withUi: false });
  const { invoice: upgraded } = await shell.store.call('invoices.get', { id: 'i1' }, storeCtx());
  expect(upgraded).toMatchObject({ dunningLevel: 0, timesReminded: 0, lastRemindedOn: null });
  expect(await shell.store.call('dunning.customer', { customerId: 'c' }, storeCtx())).toMatchObject({ chosenPolicyId: null, policyId: 'nl-business', directDebit: false });
  const run = await shell.store.call('dunning.propose', {}, storeCtx());
  expect(run.reminderCount).toBe(1);
  await shell.store.call('dunning.execute', { runId: run.id }, storeCtx());
  expect((await shell.store.call('invoices.get', { id: 'i1' }, storeCtx())).invoice).toMatchObject({ dunningLevel: 1, timesReminded: 1 });
  expect(await shell.store.call('integrity.dunning')).toEqual([]);
});

/** A run as v8 and v9 stored it: its whole proposal in the record. */
function v9Run({ digest: _d, rev: _r, reminderCount: _c, leftOutCount: _l, totals: _t, ...run }: RunRecord, reminders: RunReminder[], leftOut: unknown[]) {
  const basis = Object.fromEntries(reminders.flatMap((r) => r.items.map((i) => [i.invoiceId, i.openCents])));
  return { ...run, reminders, leftOut, basis };
}

/** Every record of every table, read with raw IndexedDB on the store's origin. */
const dump = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ version: number; tables: Record<string, unknown[]> }>((res) => {
        const req = indexedDB.open('debitum');
        req.onsuccess = () => {
          const db = req.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const tables: Record<string, unknown[]> = {};
          for (const name of names) {
            const get = tx.objectStore(name).getAll();
            get.onsuccess = () => (tables[name] = get.result);
          }
          tx.oncomplete = () => {
            db.close();
            res({ version: db.version, tables });
          };
        };
      }),
  );

test('version 8: an e-mail reminder issued before the outbox existed opens in v9 waiting, and can be queued', async ({ launch }) => {
  // What v8 left is what the app writes now without the outbox's tables: a run executed, its e-mail reminder waiting.
  const raw = await launch({ withUi: false });
  await debtors(raw.main, ['Bakkerij Zoë']);
  await executeRun(raw.main);
  await raw.main.close();
  const page = await raw.context.newPage();
  await page.route(`${STORE_ORIGIN}/dump.html`, (r) => r.fulfill({ body: '<!doctype html><title>dump</title>', contentType: 'text/html' }));
  await page.goto(`${STORE_ORIGIN}/dump.html`);
  const { tables } = await dump(page);
  const { outbox, outboxBodies, ...v8 } = tables;
  expect([outbox, outboxBodies]).toEqual([[], []]);
  // Runs as v8 kept them, with their whole proposal: the reminders the run issued.
  v8.runs = (v8.runs as RunRecord[]).map((run) => v9Run(run, (v8.reminders as (RunReminder & { runId: string })[]).filter((r) => r.runId === run.id), []));
  await seed(page, 8, storesV8, v8);
  await raw.context.close();

  const shell = await launch({ withUi: false });
  const after = await dump(shell.storePage);
  expect(after.version).toBe(110);
  expect(after.tables.reminders).toEqual(v8.reminders);
  expect(after.tables.outbox).toEqual([]);
  const plan = await shell.store.call('outbox.plan', { runId: '' });
  expect(plan.candidates.map((c) => [c.reminder.customerName, c.reminder.channel, c.attempt])).toEqual([['Bakkerij Zoë', 'email_or_post', 1]]);
});

test('version 9 to 10: a draft keeps its reviewed proposal as a digest, shows the same reminders, and executes', async ({ launch }) => {
  const raw = await launch({ withUi: false });
  await debtors(raw.main, ['Bakkerij Zoë', 'Çelik Bouw']);
  const executedId = await executeRun(raw.main);
  await debtors(raw.main, ['Ærø Handel', 'Őry Kft'], 'nl', 3);
  const draft = await raw.store.call('dunning.propose', {}, storeCtx());
  const first = (await raw.store.call('dunning.runReminders', { runId: draft.id, offset: 0, limit: 100 }, storeCtx())).rows;
  await raw.store.call('dunning.review', { runId: draft.id, action: { kind: 'note', reminderId: first[0]!.id, note: 'Bel eerst' } }, storeCtx());
  const reviewed = (await raw.store.call('dunning.runReminders', { runId: draft.id, offset: 0, limit: 100 }, storeCtx())).rows;
  const leftOut = (await raw.store.call('dunning.runLeftOut', { runId: draft.id, offset: 0, limit: 100 }, storeCtx())).rows.map(({ customerName: _n, invoiceNumber: _i, ...l }) => l);
  expect(leftOut.map((l) => l.reason)).toEqual(['awaiting_delivery', 'awaiting_delivery']);
  await raw.main.close();
  const page = await raw.context.newPage();
  await page.route(`${STORE_ORIGIN}/dump.html`, (r) => r.fulfill({ body: '<!doctype html><title>dump</title>', contentType: 'text/html' }));
  await page.goto(`${STORE_ORIGIN}/dump.html`);
  const { tables } = await dump(page);
  const runs = tables.runs as RunRecord[];
  const issued = (tables.reminders as (RunReminder & { runId: string })[]).filter((r) => r.runId === executedId);
  tables.runs = runs.map((run) => (run.id === draft.id ? v9Run(run, reviewed, leftOut) : v9Run(run, issued, [])));
  await seed(page, 9, storesV9, tables);
  await raw.context.close();

  const shell = await launch({ withUi: false });
  const after = await dump(shell.storePage);
  expect(after.version).toBe(110);
  const upgraded = after.tables.runs as Record<string, unknown>[];
  for (const run of upgraded) expect(Object.keys(run)).not.toContain('reminders');
  const overview = await shell.store.call('dunning.overview');
  expect(overview.lastExecuted).toMatchObject({ id: executedId, reminderCount: 2, totals: { EUR: issued.reduce((a, r) => a + r.totalCents, 0) } });
  expect(overview.draft).toMatchObject({ id: draft.id, reminderCount: 2, leftOutCount: 2, changes: [] });
  const shown = (await shell.store.call('dunning.runReminders', { runId: draft.id, offset: 0, limit: 100 }, storeCtx())).rows;
  expect(shown).toEqual(reviewed);
  expect(shown.find((r) => r.id === first[0]!.id)?.note).toBe('Bel eerst');
  expect((await shell.store.call('dunning.execute', { runId: draft.id }, storeCtx())).outcome).toBe('executed');
  expect(await shell.store.call('integrity.dunning')).toEqual([]);
});

test('version 10 to 11: roles typed in any language become keys, so a contact in "boekhouding" is the dunning contact', async ({ launch }) => {
  // What v10 left: contacts whose roles are free text as typed (trimmed, lower case), in the office's language.
  const raw = await launch({ withUi: false });
  const [customer] = await debtors(raw.main, ['Bakkerij Zoë']);
  const add = (name: string) => call<{ id: string }>(raw.main, 'contacts.add', { customerId: customer!.id, contact: { name, channels: [{ medium: 'phone', value: '030 123 4567' }] } });
  const els = await add('Els Visser');
  const jean = await add('Jean Dupont');
  await raw.main.close();
  const page = await raw.context.newPage();
  await page.route(`${STORE_ORIGIN}/dump.html`, (r) => r.fulfill({ body: '<!doctype html><title>dump</title>', contentType: 'text/html' }));
  await page.goto(`${STORE_ORIGIN}/dump.html`);
  const { tables } = await dump(page);
  const typed: Record<string, string[]> = { [els.id]: ['boekhouding', 'inkoop', 'vaste klant'], [jean.id]: ['comptabilité', 'accounting', 'geschäftsführung'] };
  const contacts = (tables.contacts as { id: string }[]).map((c) => ({ ...c, roles: typed[c.id] }));
  await seed(page, 10, storesV10, { ...tables, contacts });
  await raw.context.close();

  const shell = await launch({ withUi: false });
  const after = await dump(shell.storePage);
  expect(after.version).toBe(110);
  const roles = Object.fromEntries((after.tables.contacts as { id: string; roles: string[] }[]).map((c) => [c.id, c.roles]));
  expect(roles).toEqual({ [els.id]: ['accounting', 'purchasing', 'vaste klant'], [jean.id]: ['accounting', 'management'] });
  // Both are found as accounting now, and the first of them fills the dunning contact, which was empty before.
  const card = await shell.store.call('customers.get', { id: customer!.id }, storeCtx());
  expect(card.dunningContact.contactPerson).toMatchObject({ value: 'Els Visser', source: 'accounting_contact' });
  expect(card.dunningContact.phone).toMatchObject({ value: '+31301234567', source: 'accounting_contact' });
  const found = await shell.store.call('contacts.byTag', { kind: 'role', tag: 'accounting' });
  expect(found.map((c) => c.name).sort()).toEqual(['Els Visser', 'Jean Dupont']);
  expect((await shell.store.call('contacts.tags')).roles).toEqual(['accounting', 'management', 'purchasing', 'vaste klant']);
});
