import { activityRepository } from '../activity/repository';
import { addressRepository } from '../address/repository';
import { attachmentRepository } from '../attachment/repository';
import { bankRepository } from '../bank/repository';
import { contactRepository } from '../contact/repository';
import { customerRepository } from '../customer/repository';
import { customerSearchIndex } from '../customer/search-index';
import type { DebitumDb } from '../db';
import { importRepository } from '../import/repository';
import { dossierRepository } from '../invoice/dossier';
import { type BulkInvoice, invoiceRepository } from '../invoice/repository';
import { receivablesIndex } from '../invoice/receivables-index';
import { paymentRepository } from '../payment/repository';
import type { ChangeSink } from '../write';
import type { CustomerFields } from '../../../shared/domain/customer/customer';
import { activitiesStore, addressesStore, attachmentsStore, contactsStore } from './card';
import type { StoreContext } from './context';
import { checkDunning } from '../dunning/integrity';
import { customersStore } from './customers';
import { bankStore, importsStore } from './imports';
import { invoicesStore, paymentsStore, receivablesStore } from './receivables';
import { blockRepository } from '../dunning/blocks';
import { dunningConfig } from '../dunning/config';
import { dunningMemory } from '../dunning/memory';
import { policyRepository } from '../dunning/policies';
import { reminderRepository } from '../dunning/reminders';
import { runRepository } from '../dunning/runs';
import { sampleReminder } from '../dunning/sample';
import { blocksStore, dunningStore, policiesStore } from './dunning';
import { outboxRepository } from '../outbox/repository';
import { outboxStore } from './outbox';

export type { StoreContext } from './context';

/**
 * Everything main may ask of the store host, one area per module: the contract's channels typed from the contract
 * (main forwards them as they are), and the store-only calls main's services and the tests make. Inputs arrive
 * validated by main; the store keeps its own invariants.
 */
export function createStoreApi(db: DebitumDb, emit: ChangeSink) {
  const index = customerSearchIndex(db);
  // Loaded in the background right away, so the first search does not wait for it.
  const receivables = receivablesIndex(db, index);
  void index.warm().then(() => receivables.warm());
  const invoices = invoiceRepository(db, emit, index, receivables);
  const payments = paymentRepository(db, emit, index, receivables);
  const customers = customerRepository(db, emit, index, receivables, payments);
  const memory = dunningMemory(db);
  const config = dunningConfig(db);
  const blocks = blockRepository(db, emit, memory);
  const runs = runRepository(db, emit, { receivables, customers: index, memory, config });
  const reminders = reminderRepository(db, emit, { memory, receivables });
  return {
    customers: customersStore(customers),
    addresses: addressesStore(addressRepository(db, emit, index)),
    contacts: contactsStore(contactRepository(db, emit)),
    activities: activitiesStore(activityRepository(db, emit)),
    attachments: attachmentsStore(attachmentRepository(db, emit)),
    invoices: invoicesStore(invoices, dossierRepository(db, emit)),
    receivables: receivablesStore(receivables),
    payments: paymentsStore(payments),
    imports: importsStore(importRepository(db, emit, index, receivables, customers, payments)),
    bank: bankStore(bankRepository(db, emit, index, receivables, payments)),
    dunning: dunningStore(db, runs, reminders, blocks, customers, config),
    blocks: blocksStore(blocks),
    /** Store-only: what main's documents are made from. */
    reminderRows: {
      get: ({ id }: { id: string }) => reminders.row(id),
      sample: (input: { customerId: string; levelId: string }, { today, office }: StoreContext) =>
        sampleReminder({ db, receivables, customers: index, memory, config }, input, today, office),
    },
    policies: policiesStore(policyRepository(db, emit, config, index)),
    outbox: outboxStore(outboxRepository(db, emit, reminders)),
    bulk: {
      load: ({ customers: c, invoices: i }: { customers: CustomerFields[]; invoices: BulkInvoice[] }, { actor, scheme }: StoreContext) =>
        invoices.bulkLoad(c, i, actor, scheme),
    },
    /** Recomputations of every maintained figure, for tests: empty lists mean the figures agree. */
    integrity: {
      receivables: () => invoices.checkReceivables(),
      balances: () => invoices.checkBalances(),
      payments: () => payments.check(),
      dunning: () => checkDunning(db),
    },
  };
}

export type StoreApi = ReturnType<typeof createStoreApi>;
export type StoreArea = keyof StoreApi;
export type StoreMethod = { [A in StoreArea]: `${A}.${Extract<keyof StoreApi[A], string>}` }[StoreArea];
export type StoreFn<M extends StoreMethod> = M extends `${infer A extends StoreArea}.${infer N}`
  ? N extends keyof StoreApi[A]
    ? StoreApi[A][N]
    : never
  : never;
