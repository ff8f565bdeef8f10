import { commentInputSchema, dossierEntrySchema } from '../domain/invoice/dossier';
import { invoiceDetailSchema } from '../domain/invoice/detail';
import { disputeInputSchema, invoiceInputSchema, invoiceSchema, nextActionInputSchema, promiseInputSchema } from '../domain/invoice/invoice';
import { byId, channel, read } from './channel';

export const invoices = {
  create: channel(invoiceInputSchema, invoiceSchema),
  setDispute: channel(disputeInputSchema, invoiceSchema),
  setPromise: channel(promiseInputSchema, invoiceSchema),
  setNextAction: channel(nextActionInputSchema, invoiceSchema),
  /** The invoice view: the invoice, its customer, what was allocated to it, and its dossier (newest first). */
  get: read(['invoices', 'customers', 'dossier', 'allocations', 'credits'], byId, invoiceDetailSchema),
  comment: channel(commentInputSchema, dossierEntrySchema),
};
