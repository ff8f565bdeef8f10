import type { CustomerListQuery } from '../../shared/contract';
import type { CustomerFields } from '../../shared/domain/customer/customer';
import type { InvoiceInput } from '../../shared/domain/invoice/invoice';
import type { Actor } from './actor';
import { customerRepository } from './customer/repository';
import { customerSearchIndex } from './customer/search-index';
import type { DebitumDb } from './db';
import { type BulkInvoice, invoiceRepository } from './invoice/repository';
import type { ChangeSink } from './write';

/** Everything main may ask of the store host. Inputs arrive validated by main; the store keeps its own invariants. */
export function createStoreApi(db: DebitumDb, emit: ChangeSink) {
  const index = customerSearchIndex(db);
  // Loaded in the background right away, so the first search does not wait for it.
  void index.warm();
  const customers = customerRepository(db, emit, index);
  const invoices = invoiceRepository(db, emit, index);
  return {
    'customers.list': (q: CustomerListQuery) => customers.list(q),
    'customers.get': (id: string, today: string) => customers.get(id, today),
    'customers.nextNumber': () => customers.nextNumber(),
    'customers.create': (fields: CustomerFields, actor: Actor) => customers.create(fields, actor),
    'customers.update': (id: string, fields: CustomerFields, actor: Actor) => customers.update(id, fields, actor),
    'customers.setActive': (id: string, active: boolean, actor: Actor) => customers.setActive(id, active, actor),
    'customers.delete': (id: string) => customers.delete(id),
    'invoices.create': (input: InvoiceInput, actor: Actor) => invoices.create(input, actor),
    'bulk.load': (c: CustomerFields[], i: BulkInvoice[], actor: Actor) => invoices.bulkLoad(c, i, actor),
    'integrity.balances': () => invoices.checkBalances(),
  };
}

export type StoreApi = ReturnType<typeof createStoreApi>;
export type StoreMethod = keyof StoreApi;
