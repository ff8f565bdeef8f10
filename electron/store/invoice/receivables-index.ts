import type { Invoice } from '../../../shared/domain/invoice/invoice';
import {
  type CurrencyTotal,
  matchesReceivablesFilter,
  type ReceivableRow,
  type ReceivablesPage,
  type ReceivablesQuery,
  type ReceivablesSortColumn,
} from '../../../shared/domain/invoice/receivables';
import type { CustomerSearchIndex } from '../customer/search-index';
import type { DebitumDb, InvoiceRecord } from '../db';

/**
 * Every invoice, kept in the store host's memory, in each sort order the receivables screen offers. Filtering
 * 200k invoices in IndexedDB means a cursor over an index range per filter (seconds), and the screen's totals
 * per currency would need a full scan anyway; in memory the whole filter with its totals is one pass of a few
 * milliseconds. Loaded once in the background, then updated by the repositories after each committed write (as
 * the customer search index is), so it never holds an uncommitted value.
 */
export function receivablesIndex(db: DebitumDb, customers: CustomerSearchIndex) {
  let entries: Map<string, Invoice> | null = null;
  let loading: Promise<Map<string, Invoice>> | null = null;
  const sorted = new Map<ReceivablesSortColumn, Invoice[]>();
  let customerVersion = -1;

  async function all(): Promise<Map<string, Invoice>> {
    if (entries) return entries;
    loading ??= db.invoices.toArray().then((rows) => {
      entries = new Map(rows.map((r) => [r.id, r]));
      return entries;
    });
    return loading;
  }

  const byNumber = (a: Invoice, b: Invoice) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0);
  function inOrder(map: Map<string, Invoice>, column: ReceivablesSortColumn): Invoice[] {
    if (column === 'customer' && customerVersion !== customers.version()) {
      sorted.delete('customer');
      customerVersion = customers.version();
    }
    let list = sorted.get(column);
    if (list) return list;
    const names = new Map<string, string>();
    const nameOf = (id: string) => {
      let n = names.get(id);
      if (n === undefined) {
        n = customers.peek(id)?.nameKey ?? '';
        names.set(id, n);
      }
      return n;
    };
    const compare: (a: Invoice, b: Invoice) => number =
      column === 'number'
        ? byNumber
        : column === 'openCents'
          ? (a, b) => a.openCents - b.openCents || byNumber(a, b)
          : column === 'customer'
            ? (a, b) => {
                const x = nameOf(a.customerId);
                const y = nameOf(b.customerId);
                return x < y ? -1 : x > y ? 1 : byNumber(a, b);
              }
            : (a, b) => (a[column] < b[column] ? -1 : a[column] > b[column] ? 1 : byNumber(a, b));
    list = [...map.values()].sort(compare);
    sorted.set(column, list);
    return list;
  }

  const apply = (fn: (map: Map<string, Invoice>) => void) => {
    const run = (map: Map<string, Invoice>) => {
      fn(map);
      sorted.clear();
    };
    if (entries) run(entries);
    else void loading?.then(run);
  };

  return {
    warm: async () => {
      await customers.loaded();
      inOrder(await all(), 'dueDate');
    },
    put(records: readonly InvoiceRecord[]): void {
      if (records.length > 0) apply((map) => records.forEach((r) => map.set(r.id, r)));
    },
    remove(ids: readonly string[]): void {
      if (ids.length > 0) apply((map) => ids.forEach((id) => map.delete(id)));
    },
    /** Every invoice as the index holds it, for the integrity check against the database. */
    async snapshot(): Promise<Invoice[]> {
      return [...(await all()).values()];
    },
    async get(id: string): Promise<Invoice | undefined> {
      return (await all()).get(id);
    },
    /** Open invoices, for statement matching and dunning proposals. */
    async open(): Promise<Invoice[]> {
      const out: Invoice[] = [];
      for (const i of (await all()).values()) if (i.status === 'open') out.push(i);
      return out;
    },
    async list(q: ReceivablesQuery, today: string): Promise<ReceivablesPage> {
      await customers.loaded();
      const ordered = inOrder(await all(), q.sort);
      const hits: Invoice[] = [];
      const totals: Record<string, CurrencyTotal> = {};
      for (const i of ordered) {
        if (!matchesReceivablesFilter(i, q, today)) continue;
        hits.push(i);
        const t = (totals[i.currency] ??= { count: 0, amountCents: 0, openCents: 0 });
        t.count += 1;
        t.amountCents += i.amountCents;
        t.openCents += i.openCents;
      }
      if (q.direction === 'desc') hits.reverse();
      const rows: ReceivableRow[] = hits.slice(q.offset, q.offset + q.limit).map((i) => {
        const c = customers.peek(i.customerId);
        return { ...i, customerName: c?.name ?? '', customerNumber: c?.number ?? '' };
      });
      return { rows, total: hits.length, totals, today };
    },
  };
}

export type ReceivablesIndex = ReturnType<typeof receivablesIndex>;
