import Dexie from 'dexie';
import type { CustomerCard, CustomerListQuery, CustomerRow } from '../../../shared/contract';
import type { Address } from '../../../shared/domain/customer/address';
import type { Contact } from '../../../shared/domain/customer/contact';
import {
  type Customer,
  type CustomerFields,
  type CustomerSettings,
  type EmailBookInput,
  emailBookOf,
  isOverCreditLimit,
} from '../../../shared/domain/customer/customer';
import { accountingContactOf, type DunningContact, type DunningOverrides, resolveDunningContact } from '../../../shared/domain/dunning/dunning-contact';
import { toAddress } from '../address/convert';
import { toContact } from '../contact/convert';
import { searchKey, searchWords } from '../../../shared/domain/customer/search';
import { AppFailure, issue } from '../../../shared/result';
import type { AddressRecord, CustomerRecord, DebitumDb } from '../db';
import { audit } from '../audit';
import type { Actor } from '../actor';
import { type ChangeSink, write } from '../write';
import { type CustomerSearchIndex, toRow } from './search-index';
import type { ReceivablesIndex } from '../invoice/receivables-index';
import type { PaymentRepository } from '../payment/repository';
import type { InvoiceRecord } from '../db';

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
    creditCents: 0,
    ibans: [],
    purposeEmails: {},
    accountingEmail: '',
    dunningOverrides: {},
    profile: 'standard',
    segments: [],
    dunningPausedUntil: null,
    excludeFromDunning: false,
    dunningPolicyId: null,
    directDebit: false,
    createdAt: actor.now,
    createdBy: actor.user,
    updatedAt: actor.now,
    updatedBy: actor.user,
  });
}

/** The address typed into the new-customer form becomes the customer's first address, its head office. */
export function headOfficeOf(c: CustomerRecord, actor: Actor): AddressRecord | null {
  if (!c.street.trim() && !c.city.trim()) return null;
  return {
    id: crypto.randomUUID(),
    customerId: c.id,
    kind: 'visiting',
    street: c.street,
    postcode: c.postcode,
    city: c.city,
    country: c.country,
    isHeadOffice: 1,
    createdAt: actor.now,
    createdBy: actor.user,
    updatedAt: actor.now,
    updatedBy: actor.user,
  };
}

const duplicateNumber = (number: string) =>
  new AppFailure('validation', `customer number ${number} is already used`, [
    issue('number', 'errors.customer.numberTaken', `number ${number} is already used`, { number }),
  ]);

export function customerRepository(db: DebitumDb, emit: ChangeSink, index: CustomerSearchIndex, receivables: ReceivablesIndex, payments: PaymentRepository) {
  async function mustGet(id: string): Promise<CustomerRecord> {
    const r = await db.customers.get(id);
    if (!r) throw new AppFailure('not_found', `customer ${id} does not exist`);
    return r;
  }

  /** One audited change of a customer's own fields, in one transaction, then the search index follows. */
  async function change(id: string, actor: Actor, edit: (c: CustomerRecord) => CustomerRecord): Promise<Customer> {
    const record = await write(db, ['customers', 'audit'], emit, async () => {
      const current = await mustGet(id);
      const r = withDerived({ ...edit(current), updatedAt: actor.now, updatedBy: actor.user });
      await db.customers.put(r);
      await audit(db, actor, id, 'customer', id, current, r);
      return r;
    });
    index.put([record]);
    return toCustomer(record);
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
      return db.transaction('r', ['customers', 'invoices', 'addresses', 'contacts', 'activities', 'attachments', 'audit'], async () => {
        const customer = toCustomer(await mustGet(id));
        const [openInvoices, addressRows, contactRows, activities, attachments, history] = await Promise.all([
          db.invoices.where('[customerId+status]').equals([id, 'open']).sortBy('dueDate'),
          db.addresses.where('customerId').equals(id).toArray(),
          db.contacts.where('customerId').equals(id).toArray(),
          db.activities.where('customerId').equals(id).toArray(),
          db.attachments.where('customerId').equals(id).toArray(),
          db.audit.where('[customerId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).reverse().limit(200).toArray(),
        ]);
        const openByCurrency: Record<string, number> = {};
        const overdueByCurrency: Record<string, number> = {};
        for (const i of openInvoices) {
          openByCurrency[i.currency] = (openByCurrency[i.currency] ?? 0) + i.openCents;
          if (i.dueDate < today) overdueByCurrency[i.currency] = (overdueByCurrency[i.currency] ?? 0) + i.openCents;
        }
        const addresses = addressRows.map(toAddress).sort((a, b) => Number(b.isHeadOffice) - Number(a.isHeadOffice) || a.createdAt.localeCompare(b.createdAt));
        const contacts = contactRows.map(toContact).sort((a, b) => a.name.localeCompare(b.name));
        return {
          customer,
          today,
          openInvoices,
          openByCurrency,
          overdueByCurrency,
          addresses,
          contacts,
          activities: activities.sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
          attachments: attachments.sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
          history,
          dunningContact: dunningContactOf(customer, addresses, contacts),
        };
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
      const record = await write(db, ['customers', 'addresses', 'audit'], emit, async () => {
        if ((await db.customers.where('number').equals(fields.number).count()) > 0) throw duplicateNumber(fields.number);
        const r = newCustomerRecord(fields, actor);
        await db.customers.add(r);
        const head = headOfficeOf(r, actor);
        if (head) await db.addresses.add(head);
        await audit(db, actor, r.id, 'customer', r.id, null, r);
        return r;
      });
      index.put([record]);
      return toCustomer(record);
    },

    async update(id: string, fields: CustomerFields, actor: Actor): Promise<Customer> {
      const record = await write(db, ['customers', 'audit'], emit, async () => {
        const current = await mustGet(id);
        const clash = await db.customers.where('number').equals(fields.number).first();
        if (clash && clash.id !== id) throw duplicateNumber(fields.number);
        // The address lives in the addresses table; the customer's copy only follows its head office.
        const { street: _s, postcode: _p, city: _c, ...rest } = fields;
        const r = withDerived({ ...toCustomer(current), ...rest, active: current.active, updatedAt: actor.now, updatedBy: actor.user });
        await db.customers.put(r);
        await audit(db, actor, id, 'customer', id, current, r);
        return r;
      });
      index.put([record]);
      return toCustomer(record);
    },

    async setActive(id: string, active: boolean, actor: Actor): Promise<Customer> {
      return change(id, actor, (c) => ({ ...c, active: active ? 1 : 0 }));
    },

    setEmails(id: string, book: EmailBookInput, actor: Actor): Promise<Customer> {
      const purposeEmails = Object.fromEntries(Object.entries(book.purpose).filter(([, v]) => v && v.trim() !== '')) as Customer['purposeEmails'];
      return change(id, actor, (c) => ({ ...c, email: book.standard, accountingEmail: book.accounting, purposeEmails }));
    },

    setDunningOverrides(id: string, overrides: DunningOverrides, actor: Actor): Promise<Customer> {
      return change(id, actor, (c) => ({ ...c, dunningOverrides: overrides }));
    },

    /** The card's Dunning tab: the policy chosen (null: the default of its law) and whether the customer pays by direct debit. */
    updateDunning(id: string, dunning: { dunningPolicyId: string | null; directDebit: boolean }, actor: Actor): Promise<Customer> {
      return change(id, actor, (c) => ({ ...c, ...dunning }));
    },

    updateSettings(id: string, settings: CustomerSettings, actor: Actor): Promise<Customer> {
      return change(id, actor, (c) => ({ ...c, ...settings, segments: [...new Set(settings.segments)] }));
    },

    /**
     * Deletes a customer and its card. With `creditOpen`, its open invoices are first credited in full (dated
     * `date`) in the same transaction, so a customer that will never pay can go without its invoices vanishing.
     */
    async delete(id: string, actor: Actor, creditOpen?: { reason: string; date: string }): Promise<{ id: string }> {
      const tables = ['customers', 'invoices', 'credits', 'allocations', 'addresses', 'contacts', 'activities', 'attachments', 'audit'] as const;
      let credited: InvoiceRecord[] = [];
      const result = await write(db, [...tables], emit, async () => {
        const before = await mustGet(id);
        if (creditOpen) credited = await payments.creditOpenWithin(before, creditOpen.reason, creditOpen.date, actor);
        const open = await db.invoices.where('[customerId+status]').equals([id, 'open']).count();
        if (open > 0) {
          throw new AppFailure('conflict', `customer has ${open} open invoices`, [
            issue('id', 'errors.customer.hasOpenInvoices', `customer has ${open} open invoices`, { count: open }),
          ]);
        }
        // Unallocated credit is money the office owes the customer; deleting the customer would lose it.
        const credits = await db.credits.where('customerId').equals(id).filter((c) => c.unallocatedCents !== 0).count();
        if (credits > 0) {
          throw new AppFailure('conflict', `customer holds unallocated credit on ${credits} payments or credit notes`, [
            issue('id', 'errors.customer.hasCredit', 'customer holds unallocated credit', { count: credits }),
          ]);
        }
        // Paid invoices stay as history under the deleted customer's id, and so does its audit trail.
        await db.customers.delete(id);
        await Promise.all([
          db.addresses.where('customerId').equals(id).delete(),
          db.contacts.where('customerId').equals(id).delete(),
          db.activities.where('customerId').equals(id).delete(),
          db.attachments.where('customerId').equals(id).delete(),
        ]);
        await audit(db, actor, id, 'customer', id, before, null);
        return { id };
      });
      index.remove(id);
      receivables.put(credited);
      return result;
    },
  };

}

export type CustomerRepository = ReturnType<typeof customerRepository>;

/**
 * The dunning contact as it stands now. Reminders and phone tasks that are not executed yet call this at execution
 * time; executed ones keep the copy they used.
 */
export function dunningContactOf(customer: Customer, addresses: Address[], contacts: Contact[]): DunningContact {
  const head = addresses.find((a) => a.isHeadOffice) ?? null;
  return resolveDunningContact(
    {
      emails: emailBookOf(customer),
      customerPhone: customer.phone,
      headOffice: head && { street: head.street, postcode: head.postcode, city: head.city, country: head.country },
      accountingContact: accountingContactOf(contacts),
    },
    customer.dunningOverrides,
  );
}
