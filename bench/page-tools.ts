// Small helpers the in-page benchmarks share.
import { demoCustomers, demoInvoices } from '../electron/services/demo-data';

/**
 * The benchmarks' office: demo customers and their invoices (about a third of them open), plus 100 open invoices
 * of the first customer, for the card figure (demo data pays most old ones, so they are made here).
 */
export function benchData(customerCount: number, invoiceCount: number, today: string) {
  const customers = demoCustomers(customerCount, 42);
  const per = (i: number) => (i === 0 ? 0 : Math.round((invoiceCount - 100) / (customerCount - 1)));
  const invoices = demoInvoices(customers.map((c) => c.number), per, today, 42);
  for (let k = 0; k < 100; k++) {
    const amountCents = 10_000 + k * 137;
    invoices.push({ number: `HEAVY-${k}`, customerNumber: customers[0]!.number, issueDate: '2026-06-01', dueDate: '2026-07-01', currency: 'EUR', amountCents, openCents: amountCents });
  }
  return { customers, invoices };
}

/** A database with exactly the given Dexie-style schema, opened with raw IndexedDB (no Dexie on the write path). */
export function openRaw(name: string, stores: Record<string, string>): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => {
      for (const [table, spec] of Object.entries(stores)) {
        const [primary, ...indexes] = spec.split(',').map((s) => s.trim());
        const os = req.result.createObjectStore(table, { keyPath: primary });
        for (const ix of indexes) {
          const bare = ix.replace(/^[&*]/, '');
          os.createIndex(bare, bare.startsWith('[') ? bare.slice(1, -1).split('+') : bare, { unique: ix.startsWith('&'), multiEntry: ix.startsWith('*') });
        }
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await fn();
  return [performance.now() - t0, r];
}
