import { z } from 'zod';
import { idSchema } from '../id';
import { allocationInputSchema } from '../payment/credit';
import { bankEntrySchema } from './bank-entry';

/** An open invoice offered for a bank entry on the matching screen, with why (and how strongly) it is offered. */
export const invoiceCandidateSchema = z.object({
  invoiceId: z.string(),
  number: z.string(),
  customerId: z.string(),
  customerNumber: z.string(),
  customerName: z.string(),
  dueDate: z.string(),
  currency: z.string(),
  openCents: z.number().int(),
  /** 0–100; null for an invoice found by searching. */
  score: z.number().nullable(),
  reason: z.enum(['reference', 'invoice_number', 'amount_counterparty']).nullable(),
  /** What the automatic matching would allocate to it now (it may have become possible since the import). */
  proposedCents: z.number().int().nullable(),
});
export type InvoiceCandidate = z.infer<typeof invoiceCandidateSchema>;

export const unmatchedEntrySchema = z.object({ entry: bankEntrySchema, candidates: z.array(invoiceCandidateSchema) });
export type UnmatchedEntry = z.infer<typeof unmatchedEntrySchema>;

export const manualMatchSchema = z
  .object({
    entryId: idSchema,
    customerId: idSchema,
    /** May be empty: the entry is then the customer's credit, to allocate later. */
    allocations: z.array(allocationInputSchema).max(500),
  })
  .strict()
  .superRefine((m, ctx) => {
    const ids = m.allocations.map((a) => a.invoiceId);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['allocations'], message: 'errors.payment.duplicateInvoice' });
  });
export type ManualMatch = z.infer<typeof manualMatchSchema>;

export const invoiceSearchSchema = z
  .object({ query: z.string().trim().min(1).max(100), currency: z.string().regex(/^[A-Z]{3}$/, 'errors.currency') })
  .strict();
