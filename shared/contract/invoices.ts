import { commentInputSchema, dossierEntrySchema } from '../domain/invoice/dossier';
import { invoiceDetailSchema } from '../domain/invoice/detail';
import { disputeInputSchema, invoiceInputSchema, invoiceSchema, nextActionInputSchema, promiseInputSchema } from '../domain/invoice/invoice';
import { invoiceDeleteSchema, invoiceUpdateSchema } from '../domain/invoice/corrections';
import { byId, channel, deleted, read } from './channel';

export const invoices = {
  create: channel(invoiceInputSchema, invoiceSchema),
  /** Corrects a hand-entered invoice nothing settled or reminded yet; else refused with the reasons (use a credit note). */
  update: channel(invoiceUpdateSchema, invoiceSchema),
  /** Deletes an invoice entered by mistake, under the same rule as update; the reason stays in the customer's history. */
  delete: channel(invoiceDeleteSchema, deleted),
  setDispute: channel(disputeInputSchema, invoiceSchema),
  setPromise: channel(promiseInputSchema, invoiceSchema),
  setNextAction: channel(nextActionInputSchema, invoiceSchema),
  /** The invoice view: the invoice, its customer, what was allocated to it, and its dossier (newest first). */
  get: read(['invoices', 'customers', 'dossier', 'allocations', 'credits', 'reminderItems'], byId, invoiceDetailSchema),
  comment: channel(commentInputSchema, dossierEntrySchema),
};
