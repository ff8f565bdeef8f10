import Dexie from 'dexie';
import type { CustomerCard, CustomerListQuery, CustomerRow } from '../../../shared/contract';
import { type Customer, type CustomerFields, isOverCreditLimit } from '../../../shared/domain/customer/customer';
import { searchKey, searchWords } from '../../../shared/domain/customer/search';
import { AppFailure, issue } from '../../../shared/result';
import type { CustomerRecord, DebitumDb } from '../db';
import type { Actor } from '../actor';
import { type ChangeSink, write } from '../write';
import { type CustomerSearchIndex, toRow } from './search-index';

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

export function customerRepository(db: DebitumDb, emit: ChangeSink, index: CustomerSearchIndex) {
  async function mustGet(id: string): Promise<CustomerRecord> {
    const r = await db.customers.get(id);
    if (!r) throw new AppFailure('not_found', `customer ${id} does not exist`);
    return r;
  }

  return {
    async list(q: CustomerListQuery): Promise<{ rows: CustomerRow[]; total: number }> {
      if (q.search.trim() !== '') return index.search(q);
      const field = sortIndex[q.sort];
      const all = () =>
        q.showInactive
          ? db.customers.orderBy(field)
          : db.customers.where(`[active+${field}]`).between([1, Dexie.minKey], [1, Dexie.maxKey]);
      const page = q.direction === 'desc' ? all().reverse() : all();
      const [total, records] = await Promise.all([index.count(q.showInactive), page.offset(q.offset).limit(q.limit).toArray()]);
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

    async create(fields: CustomerFields, actor: Actor): Promise<Customer> {
      const record = await write(db, ['customers'], emit, async () => {
        if ((await db.customers.where('number').equals(fields.number).count()) > 0) throw duplicateNumber(fields.number);
        const r = newCustomerRecord(fields, actor);
        await db.customers.add(r);
        return r;
      });
      index.put([record]);
      return toCustomer(record);
    },

    async update(id: string, fields: CustomerFields, actor: Actor): Promise<Customer> {
      const record = await write(db, ['customers'], emit, async () => {
        const current = await mustGet(id);
        const clash = await db.customers.where('number').equals(fields.number).first();
        if (clash && clash.id !== id) throw duplicateNumber(fields.number);
        const r = withDerived({ ...toCustomer(current), ...fields, active: current.active, updatedAt: actor.now, updatedBy: actor.user });
        await db.customers.put(r);
        return r;
      });
      index.put([record]);
      return toCustomer(record);
    },

    async setActive(id: string, active: boolean, actor: Actor): Promise<Customer> {
      const record = await write(db, ['customers'], emit, async () => {
        const current = await mustGet(id);
        const r: CustomerRecord = { ...current, active: active ? 1 : 0, updatedAt: actor.now, updatedBy: actor.user };
        await db.customers.put(r);
        return r;
      });
      index.put([record]);
      return toCustomer(record);
    },

    async delete(id: string): Promise<{ id: string }> {
      const result = await write(db, ['customers', 'invoices'], emit, async () => {
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
      index.remove(id);
      return result;
    },
  };

}

export type CustomerRepository = ReturnType<typeof customerRepository>;
