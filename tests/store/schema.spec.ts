import { storesV1, storesV5 } from '../../electron/store/db';
import { type Shell, STORE_ORIGIN } from '../shell/shell';
import { expect, test, TODAY } from '../shell/fixtures';

type Launch = (opts?: { withUi?: boolean }) => Promise<Shell>;

/**
 * Writes a database exactly as an old version of the schema left it (raw IndexedDB, no Dexie: Dexie stores version
 * N as IndexedDB version N*10). The store host closes its database first; a second page on the store's origin then
 * writes the old schema directly, and the browser closes, so the next launch opens the newest version.
 */
async function seed(launch: Launch, version: number, stores: Record<string, string>, records: Record<string, object[]>): Promise<void> {
  const raw = await launch({ withUi: false });
  await raw.main.close();
  const page = await raw.context.newPage();
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
              const unique = ix.startsWith('&');
              const multiEntry = ix.startsWith('*');
              const bare = ix.replace(/^[&*]/, '');
              const keyPath = bare.startsWith('[') ? bare.slice(1, -1).split('+') : bare;
              os.createIndex(bare, keyPath, { unique, multiEntry });
            }
          }
        };
        req.onsuccess = () => res(req.result);
        req.onerror = () => rej(req.error);
      });
      const tx = db.transaction(Object.keys(records), 'readwrite');
      for (const [table, rows] of Object.entries(records)) for (const row of rows) tx.objectStore(table).put(row);
      await new Promise((res) => (tx.oncomplete = res));
      db.close();
    },
    { version, stores, records },
  );
  await raw.context.close();
}

test('a version 1 database opens in the newest version with its data upgraded through every step', async ({ launch }) => {
  const base = { language: 'nl', country: 'NL', kind: 'business', vatNumber: '', cocNumber: '', street: 'Oudegracht 1', postcode: '3511 AB', city: 'Utrecht', email: '', phone: '', paymentTermsDays: 30, accountManager: '', description: '', active: 1, openInvoiceCount: 1, createdAt: 'x', createdBy: 'x', updatedAt: 'x', updatedBy: 'x', cityKey: 'utrecht' };
  await seed(launch, 1, storesV1, {
    customers: [
      { ...base, id: 'a', number: 'K1', name: 'Over', nameKey: 'over', searchWords: ['over', 'k1'], openBalanceCents: 50_000, creditLimitCents: 10_000, creditLimitSort: 10_000 },
      { ...base, id: 'b', number: 'K2', name: 'Under', nameKey: 'under', searchWords: ['under', 'k2'], openBalanceCents: 5_000, creditLimitCents: null, creditLimitSort: -1 },
    ],
  });

  const shell = await launch({ withUi: false });
  const rows = await shell.store.call('customers.list', { search: '', showInactive: false, sort: 'number', direction: 'asc', offset: 0, limit: 10 });
  expect(rows.rows.map((r) => r.name)).toEqual(['Over', 'Under']);
  // v3: the customer's own address became its head office, and the card fields have their defaults.
  const card = await shell.store.call('customers.get', 'a', '2026-11-23');
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
  expect(after.version).toBe(60);
  expect(after.over).toEqual(['a']);
});

test('version 6: invoices learn what was open when they came in, from their open amount and allocations', async ({ launch }) => {
  const stamp = { createdAt: 'x', createdBy: 'x' };
  const invoice = { customerId: 'c', issueDate: '2026-09-01', dueDate: '2026-10-01', currency: 'EUR', status: 'open', paymentReference: null, disputed: false, disputeReason: '', disputedAt: null, promisedDate: null, promiseNote: '', nextActionDate: null };
  await seed(launch, 5, storesV5, {
    customers: [{ id: 'c', number: 'K1', name: 'Partly', city: '', creditLimitCents: null, active: 1, openBalanceCents: 7_000, openInvoiceCount: 2, creditCents: 1_000, ibans: [], searchWords: ['partly', 'k1'] }],
    // F-1 came in from an import with 9,000 of 10,000 open; a payment of 6,000 then paid 5,000 of it.
    invoices: [
      { ...invoice, id: 'i1', number: 'F-1', amountCents: 10_000, openCents: 4_000 },
      { ...invoice, id: 'i2', number: 'F-2', amountCents: 3_000, openCents: 3_000 },
    ],
    credits: [{ ...stamp, id: 'p', customerId: 'c', kind: 'payment', date: '2026-10-10', currency: 'EUR', amountCents: 6_000, unallocatedCents: 1_000, reference: '', note: '', dedupeKey: null }],
    allocations: [{ ...stamp, id: 'a', creditId: 'p', invoiceId: 'i1', amountCents: 5_000 }],
  });
  const shell = await launch({ withUi: false });
  const initial = async (id: string) => (await shell.store.call('invoices.get', id, TODAY)).invoice.initialOpenCents;
  expect([await initial('i1'), await initial('i2')]).toEqual([9_000, 3_000]);
  expect(await shell.store.call('integrity.payments')).toEqual([]);
  // Undone, the allocation reopens F-1 to what was open when it came in, not to its full amount.
  await shell.store.call('payments.undo', 'a', { user: 'Tester', now: '2026-11-23T09:00:00.000Z' });
  expect((await shell.store.call('invoices.get', 'i1', TODAY)).invoice.openCents).toBe(9_000);
  expect(await shell.store.call('integrity.payments')).toEqual([]);
});
