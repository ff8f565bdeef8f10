import { storesV1 } from '../../electron/store/db';
import { STORE_ORIGIN } from '../shell/shell';
import { expect, test } from '../shell/fixtures';
import { storeCtx } from '../shell/store-context';

/**
 * Seeds a database exactly as version 1 of the schema left it (raw IndexedDB, no Dexie: Dexie stores version N as
 * IndexedDB version N*10), then starts the app, whose store opens the newest version and runs the upgrades.
 */
test('a version 1 database opens in the newest version with its data upgraded through every step', async ({ launch }) => {
  // The store host closes its database; a second page on the store's origin then writes the old schema directly.
  const raw = await launch({ withUi: false });
  await raw.main.close();
  const page = await raw.context.newPage();
  await page.route(`${STORE_ORIGIN}/seed.html`, (r) => r.fulfill({ body: '<!doctype html><title>seed</title>', contentType: 'text/html' }));
  await page.goto(`${STORE_ORIGIN}/seed.html`);
  await page.evaluate(async (stores) => {
    await new Promise<void>((res, rej) => {
      const del = indexedDB.deleteDatabase('debitum');
      del.onsuccess = () => res();
      del.onerror = () => rej(del.error);
    });
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const req = indexedDB.open('debitum', 10);
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
    const tx = db.transaction(['customers'], 'readwrite');
    const base = { language: 'nl', country: 'NL', kind: 'business', vatNumber: '', cocNumber: '', street: 'Oudegracht 1', postcode: '3511 AB', city: 'Utrecht', email: '', phone: '', paymentTermsDays: 30, accountManager: '', description: '', active: 1, openInvoiceCount: 1, createdAt: 'x', createdBy: 'x', updatedAt: 'x', updatedBy: 'x', cityKey: 'utrecht' };
    tx.objectStore('customers').put({ ...base, id: 'a', number: 'K1', name: 'Over', nameKey: 'over', searchWords: ['over', 'k1'], openBalanceCents: 50_000, creditLimitCents: 10_000, creditLimitSort: 10_000 });
    tx.objectStore('customers').put({ ...base, id: 'b', number: 'K2', name: 'Under', nameKey: 'under', searchWords: ['under', 'k2'], openBalanceCents: 5_000, creditLimitCents: null, creditLimitSort: -1 });
    await new Promise((res) => (tx.oncomplete = res));
    db.close();
  }, storesV1);
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
  expect(after.version).toBe(50);
  expect(after.over).toEqual(['a']);
});
