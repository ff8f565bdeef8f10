import { z } from 'zod';
import { businessDateSchema } from '../dates';
import { currencySchema } from '../invoice/invoice';

/**
 * Money that settles invoices: a received payment or a credit note. It is allocated to one or more open invoices
 * of its customer, fully or partly; what is not allocated stays as credit on the customer. An allocation can be
 * undone, which reopens the invoice by exactly that amount.
 */
export const creditKinds = ['payment', 'credit_note'] as const;
export type CreditKind = (typeof creditKinds)[number];

export const allocationInputSchema = z.object({ invoiceId: z.string().min(1), amountCents: z.number().int().positive() }).strict();
export type AllocationInput = z.infer<typeof allocationInputSchema>;

export const creditInputSchema = z
  .object({
    customerId: z.string().min(1),
    kind: z.enum(creditKinds),
    date: businessDateSchema,
    currency: currencySchema.default('EUR'),
    amountCents: z.number().int().positive(),
    /** The payment's reference or the credit note's number, as the bank or the office wrote it. */
    reference: z.string().trim().max(140).default(''),
    note: z.string().trim().max(1000).default(''),
    /** Set by imports so the same bank entry or credit note never counts twice. */
    dedupeKey: z.string().max(300).nullable().default(null),
    allocations: z.array(allocationInputSchema).max(500).default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    const total = c.allocations.reduce((s, a) => s + a.amountCents, 0);
    if (total > c.amountCents) ctx.addIssue({ code: 'custom', path: ['allocations'], message: 'errors.payment.overAllocated' });
    const ids = c.allocations.map((a) => a.invoiceId);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['allocations'], message: 'errors.payment.duplicateInvoice' });
  });
export type CreditInput = z.input<typeof creditInputSchema>;
export type CreditFields = z.output<typeof creditInputSchema>;

export const creditSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  kind: z.enum(creditKinds),
  date: z.string(),
  currency: z.string(),
  amountCents: z.number().int(),
  unallocatedCents: z.number().int(),
  reference: z.string(),
  note: z.string(),
  dedupeKey: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type Credit = z.infer<typeof creditSchema>;

export const allocationSchema = z.object({
  id: z.string(),
  creditId: z.string(),
  invoiceId: z.string(),
  amountCents: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type Allocation = z.infer<typeof allocationSchema>;
