import type { InvoiceInput } from '../../../shared/domain/invoice/invoice';
import type { CreditInput } from '../../../shared/domain/payment/credit';
import type { dossierRepository } from '../invoice/dossier';
import type { invoiceRepository } from '../invoice/repository';
import type { receivablesIndex } from '../invoice/receivables-index';
import type { paymentRepository } from '../payment/repository';
import type { StoreChannels } from './context';

export const invoicesStore = (invoices: ReturnType<typeof invoiceRepository>, dossier: ReturnType<typeof dossierRepository>) =>
  ({
    create: (input: InvoiceInput, { actor, scheme }) => invoices.create(input, actor, scheme),
    update: ({ id, fields }, { actor }) => invoices.update(id, fields, actor),
    delete: ({ id, reason }, { actor }) => invoices.delete(id, reason, actor),
    setDispute: ({ id, disputed, reason }, { actor }) => invoices.setDispute(id, disputed, reason, actor),
    setPromise: ({ id, date, note }, { actor }) => invoices.setPromise(id, date, note, actor),
    setNextAction: ({ id, date }) => invoices.setNextAction(id, date),
    get: ({ id }, { today }) => invoices.get(id, today),
    comment: (input, { actor }) => dossier.comment(input, actor),
  }) satisfies StoreChannels<'invoices'>;

export const receivablesStore = (receivables: ReturnType<typeof receivablesIndex>) =>
  ({
    list: (q, { today }) => receivables.list(q, today),
  }) satisfies StoreChannels<'receivables'>;

export const paymentsStore = (payments: ReturnType<typeof paymentRepository>) =>
  ({
    add: (input: CreditInput, { actor }) => payments.add(input, actor),
    allocate: ({ creditId, allocations }, { actor }) => payments.allocate(creditId, allocations, actor),
    undo: ({ id }, { actor }) => payments.undo(id, actor),
    reverse: ({ id, reason }, { actor }) => payments.reverse(id, reason, actor),
    forCustomer: ({ customerId }) => payments.forCustomer(customerId),
  }) satisfies StoreChannels<'payments'>;
