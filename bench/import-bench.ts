// The store half of the import benchmark, inside a Chromium page on real IndexedDB: files parsed by the Node half
// (bench/import.ts, as main parses them) are staged here, then the app's own pipeline asks the store, plans and
// commits in one transaction; a raw IndexedDB put of exactly the rows that import wrote is the baseline.
import { createStoreApi } from '../electron/store/api';
import { openDb, storesV7 } from '../electron/store/db';
import { type ParsedFile, planImport, questionsOf } from '../shared/domain/import/plan';
import { openRaw, time } from './page-tools';
import { testClock } from '../tests/shell/clock';

// The business clock is pinned, so the figures are the same on every day.
const clock = testClock();
const ctx = { actor: { user: 'bench', now: clock.now() }, today: clock.today(), scheme: 'rf' as const, office: { country: 'NL' as const, skipDirectDebit: true, language: 'en' as const } };

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
}

/** Every row of every table in `from`, put into a fresh raw database of the same schema in one strict transaction. */
async function rawPutOf(from: string, to: string): Promise<number> {
  const source = openDb(from);
  await source.open();
  const tables = ['customers', 'addresses', 'invoices', 'meta', 'imports'] as const;
  const rows = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await source.table(t).toArray()] as const)));
  source.close();
  const raw = await openRaw(to, storesV7);
  const [ms] = await time(
    () =>
      new Promise<void>((resolve, reject) => {
        const tx = raw.transaction([...tables], 'readwrite', { durability: 'strict' });
        for (const t of tables) {
          const os = tx.objectStore(t);
          for (const r of rows[t]!) os.put(r);
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      }),
  );
  raw.close();
  return ms;
}

const staged: ParsedFile[] = [];

/**
 * Files arrive in chunks, and a file with very many invoices arrives in several: one evaluate call carrying 200k
 * parsed invoices is a message too large for the page. A chunk whose first file has the name of the last staged
 * one continues it.
 */
export function stageFiles(files: ParsedFile[]): void {
  const last = staged.at(-1);
  const [first, ...rest] = files;
  if (last && first && last.name === first.name && 'invoices' in last && 'invoices' in first) {
    last.invoices.push(...first.invoices);
    staged.push(...rest);
  } else staged.push(...files);
}

export type StoreImportFigures = { planMs: number; commitMs: number; rawMs: number; invoices: number; customers: number };

/** Imports the staged files into a fresh store, then puts the same rows raw into a fresh database. */
export async function importStaged(kind: string): Promise<StoreImportFigures> {
  const store = `bench-import-${kind}`;
  const raw = `bench-import-${kind}-raw`;
  await Promise.all([deleteDb(store), deleteDb(raw)]);
  const r = await importFiles(store, staged.splice(0));
  const rawMs = await rawPutOf(store, raw);
  await Promise.all([deleteDb(store), deleteDb(raw)]);
  return { ...r, rawMs };
}

async function importFiles(dbName: string, files: ParsedFile[]): Promise<{ planMs: number; commitMs: number; invoices: number; customers: number }> {
  const db = openDb(dbName);
  await db.open();
  const api = createStoreApi(db, () => {});
  const [planMs, planned] = await time(async () => planImport(files, await api.imports.answer(questionsOf(files))));
  // In the app the parsed files stay in main and only the plan reaches the store host: let them go before writing.
  files.length = 0;
  const [commitMs, outcome] = await time(() => api.imports.commit(planned.plan, ctx));
  db.close();
  return { planMs, commitMs, invoices: outcome.counts.invoices, customers: outcome.counts.customers };
}

