import Dexie from 'dexie';
import type { CustomerCard, CustomerListQuery, CustomerRow } from '../../../shared/contract';
import { type Customer, type CustomerFields, isOverCreditLimit } from '../../../shared/domain/customer/customer';
import { firstQueryWord, matchesSearch, searchKey, searchWords } from '../../../shared/domain/customer/search';
import { AppFailure, issue } from '../../../shared/result';
import type { CustomerRecord, DebitumDb } from '../db';
import type { Actor } from '../actor';
import { type ChangeSink, write } from '../write';

const sortIndex: Record<CustomerListQuery['sort'], keyof CustomerRecord> = {
  number: 'number',
  name: 'nameKey',
  city: 'cityKey',
  openBalanceCents: 'openBalanceCents',
  creditLimitCents: 'creditLimitSort',
};

export function toCustomer(r: CustomerRecord): Customer {
  const { nameKey: _n, cityKey: _c, creditLimitSort: _l, searchWords: _w, overLimit: _o, ...rest } = r;
  return { ...rest, active: r.active === 1 };
}

const toRow = (r: CustomerRecord): CustomerRow => ({
  id: r.id,
  number: r.number,
  name: r.name,
  city: r.city,
  country: r.country,
  active: r.active === 1,
  openBalanceCents: r.openBalanceCents,
  creditLimitCents: r.creditLimitCents,
});

/** Derived fields of a stored customer, recomputed from its own fields on every write. */
export function withDerived(c: Omit<CustomerRecord, 'nameKey' | 'cityKey' | 'creditLimitSort' | 'searchWords' | 'overLimit'>): CustomerRecord {
  return {
    ...c,
    nameKey: searchKey(c.name),
    cityKey: searchKey(c.city),
    creditLimitSort: c.creditLimitCents ?? -1,
    searchWords: searchWords(c.name, c.number),
    overLimit: isOverCreditLimit(c) ? 1 : 0,
  };
}

export function newCustomerRecord(fields: CustomerFields, actor: Actor): CustomerRecord {
  return withDerived({
    ...fields,
    id: crypto.randomUUID(),
    active: 1,
    openBalanceCents: 0,
    openInvoiceCount: 0,
    createdAt: actor.now,
    createdBy: actor.user,
    updatedAt: actor.now,
    updatedBy: actor.user,
  });
}

const duplicateNumber = (number: string) =>
  new AppFailure('validation', `customer number ${number} is already used`, [
    issue('number', 'errors.customer.numberTaken', `number ${number} is already used`, { number }),
  ]);

export function customerRepository(db: DebitumDb, emit: ChangeSink) {
  async function mustGet(id: string): Promise<CustomerRecord> {
    const r = await db.customers.get(id);
    if (!r) throw new AppFailure('not_found', `customer ${id} does not exist`);
    return r;
  }

  return {
    async list(q: CustomerListQuery): Promise<{ rows: CustomerRow[]; total: number }> {
      if (q.search.trim() !== '') return search(q);
      const index = sortIndex[q.sort];
      // Dexie collections change in place under offset/limit, so the count gets a collection of its own.
      const all = () =>
        q.showInactive
          ? db.customers.orderBy(index)
          : db.customers.where(`[active+${index}]`).between([1, Dexie.minKey], [1, Dexie.maxKey]);
      const page = q.direction === 'desc' ? all().reverse() : all();
      const [total, records] = await Promise.all([all().count(), page.offset(q.offset).limit(q.limit).toArray()]);
      return { rows: records.map(toRow), total };
    },

    async get(id: string, today: string): Promise<CustomerCard> {
      return db.transaction('r', ['customers', 'invoices'], async () => {
        const customer = toCustomer(await mustGet(id));
        const openInvoices = await db.invoices.where('[customerId+status]').equals([id, 'open']).sortBy('dueDate');
        const openByCurrency: Record<string, number> = {};
        const overdueByCurrency: Record<string, number> = {};
        for (const i of openInvoices) {
          openByCurrency[i.currency] = (openByCurrency[i.currency] ?? 0) + i.openCents;
          if (i.dueDate < today) overdueByCurrency[i.currency] = (overdueByCurrency[i.currency] ?? 0) + i.openCents;
        }
        return { customer, today, openInvoices, openByCurrency, overdueByCurrency };
      });
    },

    async nextNumber(): Promise<string> {
      // Numbers are the office's own; we continue the highest purely numeric tail we find, keeping its prefix.
      const last = await db.customers.orderBy('number').last();
      if (!last) return 'K10001';
      const m = /^(.*?)(\d+)$/.exec(last.number);
      if (!m) return `${last.number}-1`;
      const [, prefix = '', digits = '0'] = m;
      let n = Number(digits) + 1;
      for (;;) {
        const candidate = `${prefix}${String(n).padStart(digits.length, '0')}`;
        if ((await db.customers.where('number').equals(candidate).count()) === 0) return candidate;
        n += 1;
      }
    },

    create(fields: CustomerFields, actor: Actor): Promise<Customer> {
      return write(db, ['customers'], emit, async () => {
        if ((await db.customers.where('number').equals(fields.number).count()) > 0) throw duplicateNumber(fields.number);
        const record = newCustomerRecord(fields, actor);
        await db.customers.add(record);
        return toCustomer(record);
      });
    },

    update(id: string, fields: CustomerFields, actor: Actor): Promise<Customer> {
      return write(db, ['customers'], emit, async () => {
        const current = await mustGet(id);
        const clash = await db.customers.where('number').equals(fields.number).first();
        if (clash && clash.id !== id) throw duplicateNumber(fields.number);
        const record = withDerived({ ...toCustomer(current), ...fields, active: current.active, updatedAt: actor.now, updatedBy: actor.user });
        await db.customers.put(record);
        return toCustomer(record);
      });
    },

    setActive(id: string, active: boolean, actor: Actor): Promise<Customer> {
      return write(db, ['customers'], emit, async () => {
        const current = await mustGet(id);
        const record: CustomerRecord = { ...current, active: active ? 1 : 0, updatedAt: actor.now, updatedBy: actor.user };
        await db.customers.put(record);
        return toCustomer(record);
      });
    },

    delete(id: string): Promise<{ id: string }> {
      return write(db, ['customers', 'invoices'], emit, async () => {
        await mustGet(id);
        const open = await db.invoices.where('[customerId+status]').equals([id, 'open']).count();
        if (open > 0) {
          throw new AppFailure('conflict', `customer has ${open} open invoices`, [
            issue('id', 'errors.customer.hasOpenInvoices', `customer has ${open} open invoices`, { count: open }),
          ]);
        }
        // Paid invoices stay as history under a deleted customer id; nothing else references a customer yet.
        await db.customers.delete(id);
        return { id };
      });
    },
  };

  async function search(q: CustomerListQuery): Promise<{ rows: CustomerRow[]; total: number }> {
    const prefix = firstQueryWord(q.search);
    const candidates = await db.customers.where('searchWords').startsWith(prefix).distinct().toArray();
    const hits = candidates.filter((r) => (q.showInactive || r.active === 1) && matchesSearch(q.search, r.searchWords));
    const key = sortIndex[q.sort];
    const sign = q.direction === 'desc' ? -1 : 1;
    hits.sort((a, b) => sign * compare(a[key], b[key]));
    return { rows: hits.slice(q.offset, q.offset + q.limit).map(toRow), total: hits.length };
  }
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

export type CustomerRepository = ReturnType<typeof customerRepository>;
