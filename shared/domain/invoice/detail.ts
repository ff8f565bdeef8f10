import { z } from 'zod';
import { allocationSchema, creditKinds } from '../payment/credit';
import { dossierEntrySchema } from './dossier';
import { invoiceSchema } from './invoice';
import { correctionBlocks } from './corrections';

/** One allocation to the invoice, with what the money was: a payment or a credit note, its date and reference. */
export const invoiceAllocationSchema = allocationSchema.extend({
  credit: z.object({ id: z.string(), kind: z.enum(creditKinds), date: z.string(), reference: z.string(), currency: z.string() }),
});
export type InvoiceAllocation = z.infer<typeof invoiceAllocationSchema>;

/** Everything the invoice view shows: the invoice, whose it is, how it was settled, and its dossier. */
export const invoiceDetailSchema = z.object({
  invoice: invoiceSchema,
  customer: z.object({ id: z.string(), name: z.string(), number: z.string() }),
  /** The business date the view counts days overdue from. */
  today: z.string(),
  /** Newest first. */
  dossier: z.array(dossierEntrySchema),
  allocations: z.array(invoiceAllocationSchema),
  /** Why the invoice cannot be edited or deleted, only credited; empty when it can. */
  correctionBlocks: z.array(z.enum(correctionBlocks)),
});
export type InvoiceDetail = z.infer<typeof invoiceDetailSchema>;
