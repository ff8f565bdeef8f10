import type { CustomerListQuery } from '../../shared/contract';
import type { CustomerFields } from '../../shared/domain/customer/customer';
import type { InvoiceInput } from '../../shared/domain/invoice/invoice';
import type { Actor } from './actor';
import type { ActivityInput } from '../../shared/domain/customer/activity';
import type { AddressInput } from '../../shared/domain/customer/address';
import type { Attachment } from '../../shared/domain/customer/attachment';
import type { ContactInput } from '../../shared/domain/customer/contact';
import type { CustomerSettings, EmailBookInput } from '../../shared/domain/customer/customer';
import type { DunningOverrides } from '../../shared/domain/dunning/dunning-contact';
import { activityRepository } from './activity/repository';
import { addressRepository } from './address/repository';
import { attachmentRepository } from './attachment/repository';
import { contactRepository } from './contact/repository';
import { paymentRepository } from './payment/repository';
import type { AllocationInput, CreditInput } from '../../shared/domain/payment/credit';
import type { ReferenceScheme } from '../../shared/domain/payment/reference';
import { customerRepository } from './customer/repository';
import { customerSearchIndex } from './customer/search-index';
import type { DebitumDb } from './db';
import { type BulkInvoice, invoiceRepository } from './invoice/repository';
import { receivablesIndex } from './invoice/receivables-index';
import { dossierRepository } from './invoice/dossier';
import type { CommentInput } from '../../shared/domain/invoice/dossier';
import type { ReceivablesQuery } from '../../shared/domain/invoice/receivables';
import type { ChangeSink } from './write';
import { importRepository } from './import/repository';
import { bankRepository } from './bank/repository';
import type { ManualMatch } from '../../shared/domain/bank/manual-matching';
import type { ImportPlan, ImportQuestions } from '../../shared/domain/import/plan';

/** Everything main may ask of the store host. Inputs arrive validated by main; the store keeps its own invariants. */
export function createStoreApi(db: DebitumDb, emit: ChangeSink) {
  const index = customerSearchIndex(db);
  // Loaded in the background right away, so the first search does not wait for it.
  const receivables = receivablesIndex(db, index);
  void index.warm().then(() => receivables.warm());
  const customers = customerRepository(db, emit, index);
  const invoices = invoiceRepository(db, emit, index, receivables);
  const addresses = addressRepository(db, emit, index);
  const contacts = contactRepository(db, emit);
  const activities = activityRepository(db, emit);
  const attachments = attachmentRepository(db, emit);
  const payments = paymentRepository(db, emit, index, receivables);
  const dossier = dossierRepository(db, emit);
  const imports = importRepository(db, emit, index, receivables, customers, payments);
  const bank = bankRepository(db, emit, index, receivables, payments);
  return {
    'customers.list': (q: CustomerListQuery) => customers.list(q),
    'customers.get': (id: string, today: string) => customers.get(id, today),
    'customers.nextNumber': () => customers.nextNumber(),
    'customers.create': (fields: CustomerFields, actor: Actor) => customers.create(fields, actor),
    'customers.update': (id: string, fields: CustomerFields, actor: Actor) => customers.update(id, fields, actor),
    'customers.setActive': (id: string, active: boolean, actor: Actor) => customers.setActive(id, active, actor),
    'customers.delete': (id: string, actor: Actor) => customers.delete(id, actor),
    'customers.setEmails': (id: string, book: EmailBookInput, actor: Actor) => customers.setEmails(id, book, actor),
    'customers.setDunningOverrides': (id: string, o: DunningOverrides, actor: Actor) => customers.setDunningOverrides(id, o, actor),
    'customers.updateSettings': (id: string, s: CustomerSettings, actor: Actor) => customers.updateSettings(id, s, actor),
    'addresses.add': (customerId: string, a: AddressInput, actor: Actor) => addresses.add(customerId, a, actor),
    'addresses.update': (id: string, a: AddressInput, actor: Actor) => addresses.update(id, a, actor),
    'addresses.makeHeadOffice': (id: string, actor: Actor) => addresses.makeHeadOffice(id, actor),
    'addresses.remove': (id: string, actor: Actor) => addresses.remove(id, actor),
    'contacts.add': (customerId: string, c: ContactInput, actor: Actor) => contacts.add(customerId, c, actor),
    'contacts.update': (id: string, c: ContactInput, actor: Actor) => contacts.update(id, c, actor),
    'contacts.setActive': (id: string, active: boolean, actor: Actor) => contacts.setActive(id, active, actor),
    'contacts.remove': (id: string, actor: Actor) => contacts.remove(id, actor),
    'contacts.tags': () => contacts.tags(),
    'contacts.byTag': (kind: 'role' | 'keyword', tag: string) => contacts.byTag(kind, tag),
    'activities.add': (a: ActivityInput, actor: Actor) => activities.add(a, actor),
    'activities.setDone': (id: string, done: boolean, actor: Actor) => activities.setDone(id, done, actor),
    'attachments.findByHash': (customerId: string, sha256: string) => attachments.findByHash(customerId, sha256),
    'attachments.add': (a: Omit<Attachment, 'id' | 'createdAt' | 'createdBy'>, actor: Actor) => attachments.add(a, actor),
    'attachments.get': (id: string) => attachments.get(id),
    'attachments.remove': (id: string) => attachments.remove(id),
    'invoices.create': (input: InvoiceInput, actor: Actor, scheme: ReferenceScheme = 'rf') => invoices.create(input, actor, scheme),
    'receivables.list': (q: ReceivablesQuery, today: string) => receivables.list(q, today),
    'integrity.receivables': () => invoices.checkReceivables(),
    'invoices.setDispute': (id: string, disputed: boolean, reason: string, actor: Actor) => invoices.setDispute(id, disputed, reason, actor),
    'invoices.setPromise': (id: string, date: string | null, note: string, actor: Actor) => invoices.setPromise(id, date, note, actor),
    'invoices.setNextAction': (id: string, date: string | null) => invoices.setNextAction(id, date),
    'invoices.get': (id: string, today: string) => invoices.get(id, today),
    'invoices.comment': (c: CommentInput, actor: Actor) => dossier.comment(c, actor),
    'bulk.load': (c: CustomerFields[], i: BulkInvoice[], actor: Actor, scheme: ReferenceScheme = 'rf') => invoices.bulkLoad(c, i, actor, scheme),
    'integrity.balances': () => invoices.checkBalances(),
    'integrity.payments': () => payments.check(),
    'payments.add': (c: CreditInput, actor: Actor) => payments.add(c, actor),
    'payments.allocate': (creditId: string, a: AllocationInput[], actor: Actor) => payments.allocate(creditId, a, actor),
    'payments.undo': (allocationId: string, actor: Actor) => payments.undo(allocationId, actor),
    'payments.forCustomer': (customerId: string) => payments.forCustomer(customerId),
    'imports.answer': (q: ImportQuestions) => imports.answer(q),
    /** One transaction for the whole plan: new customers, invoices, credit notes, payments, bank entries, import records. */
    'imports.commit': (plan: ImportPlan, actor: Actor, scheme: ReferenceScheme = 'rf') => imports.commit(plan, actor, scheme),
    'bank.unmatched': () => bank.unmatched(),
    'bank.searchInvoices': (query: string, currency: string) => bank.searchInvoices(query, currency),
    'bank.match': (m: ManualMatch, actor: Actor) => bank.match(m, actor),
    'bank.ignore': (entryId: string, actor: Actor) => bank.ignore(entryId, actor),
  };
}

export type StoreApi = ReturnType<typeof createStoreApi>;
export type StoreMethod = keyof StoreApi;
