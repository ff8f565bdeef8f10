import { z } from 'zod';
import { businessDateSchema } from '../dates';

export const invoiceStatuses = ['open', 'paid', 'credited'] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'errors.currency');

export const invoiceInputSchema = z
  .object({
    number: z.string().trim().min(1).max(40),
    customerId: z.string().min(1),
    issueDate: businessDateSchema,
    dueDate: businessDateSchema,
    currency: currencySchema.default('EUR'),
    amountCents: z.number().int(),
    openCents: z.number().int(),
  })
  .superRefine((i, ctx) => {
    if (i.dueDate < i.issueDate) ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'errors.invoice.dueBeforeIssue' });
    const sameSign = i.amountCents >= 0 ? i.openCents >= 0 && i.openCents <= i.amountCents : i.openCents <= 0 && i.openCents >= i.amountCents;
    if (!sameSign) ctx.addIssue({ code: 'custom', path: ['openCents'], message: 'errors.invoice.openOutOfRange' });
  });
export type InvoiceInput = z.input<typeof invoiceInputSchema>;

export const invoiceSchema = z.object({
  id: z.string(),
  number: z.string(),
  customerId: z.string(),
  issueDate: z.string(),
  dueDate: z.string(),
  currency: z.string(),
  amountCents: z.number().int(),
  openCents: z.number().int(),
  status: z.enum(invoiceStatuses),
});
export type Invoice = z.infer<typeof invoiceSchema>;

export const statusOf = (openCents: number): InvoiceStatus => (openCents === 0 ? 'paid' : 'open');

/**
 * What an invoice adds to its customer's open balance. Balances are kept in the office's currency (EUR); invoices
 * in other currencies are totalled per currency where shown, never added into the EUR balance.
 */
export const balanceContribution = (i: Pick<Invoice, 'currency' | 'openCents'>): number =>
  i.currency === 'EUR' ? i.openCents : 0;
