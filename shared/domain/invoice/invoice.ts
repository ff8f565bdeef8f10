import { z } from 'zod';
import { businessDateSchema } from '../dates';
import { idSchema } from '../id';
import { centsSchema } from '../money/money';
import { parseStructuredReference } from '../payment/reference';

export const invoiceStatuses = ['open', 'paid', 'credited'] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'errors.currency');

export const invoiceInputSchema = z
  .object({
    number: z.string().trim().min(1).max(40),
    customerId: idSchema,
    issueDate: businessDateSchema,
    dueDate: businessDateSchema,
    currency: currencySchema.default('EUR'),
    amountCents: centsSchema,
    openCents: centsSchema,
    /** A structured reference the invoice already carries (from its own invoicing tool); else one is generated. */
    paymentReference: z.string().trim().max(40).default(''),
  })
  .superRefine((i, ctx) => {
    if (i.paymentReference && !parseStructuredReference(i.paymentReference)) {
      ctx.addIssue({ code: 'custom', path: ['paymentReference'], message: 'errors.invoice.reference' });
    }
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
  /**
   * What was open when the invoice entered the ledger: less than the amount when part was paid before (an
   * import's open-amount column). It never changes; the open amount is always this less the allocations.
   */
  initialOpenCents: z.number().int(),
  openCents: z.number().int(),
  status: z.enum(invoiceStatuses),
  paymentReference: z.object({ scheme: z.enum(['nl', 'be', 'rf']), value: z.string() }).nullable(),
  /** Disputed invoices are never dunned and are listed in their own report. */
  disputed: z.boolean(),
  disputeReason: z.string(),
  disputedAt: z.string().nullable(),
  /** A promise to pay by a date holds dunning off until then. */
  promisedDate: z.string().nullable(),
  promiseNote: z.string(),
  nextActionDate: z.string().nullable(),
  /** The level of the last reminder that counts (issued, not failed), how many there were, and the date of the last. */
  dunningLevel: z.number().int(),
  timesReminded: z.number().int(),
  lastRemindedOn: z.string().nullable(),
  /**
   * True for an invoice typed into the invoice form, the only kind that may be edited or deleted (corrections.ts).
   * Absent on imported invoices and on every invoice stored before this was kept, whose origin nobody knows: those
   * are corrected by a credit note, which is always right.
   */
  enteredByHand: z.boolean().optional(),
});
export type Invoice = z.infer<typeof invoiceSchema>;

export const statusOf = (openCents: number): InvoiceStatus => (openCents === 0 ? 'paid' : 'open');

/** After an allocation: an invoice closed by a credit note is credited, one closed by a payment is paid. */
export const statusAfterAllocation = (openCents: number, closedBy: 'payment' | 'credit_note'): InvoiceStatus =>
  openCents !== 0 ? 'open' : closedBy === 'credit_note' ? 'credited' : 'paid';

/**
 * What an invoice adds to its customer's open balance. Balances are kept in the office's currency (EUR); invoices
 * in other currencies are totalled per currency where shown, never added into the EUR balance.
 */
export const balanceContribution = (i: Pick<Invoice, 'currency' | 'openCents'>): number =>
  i.currency === 'EUR' ? i.openCents : 0;

export const disputeInputSchema = z
  .object({ id: idSchema, disputed: z.boolean(), reason: z.string().trim().max(500).default('') })
  .strict()
  .superRefine((d, ctx) => {
    if (d.disputed && !d.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'errors.required' });
  });

/** The day someone should look at the invoice again (a call back, a check); cleared with null. */
export const nextActionInputSchema = z.object({ id: idSchema, date: businessDateSchema.nullable() }).strict();

export const promiseInputSchema = z
  .object({ id: idSchema, date: businessDateSchema.nullable(), note: z.string().trim().max(500).default('') })
  .strict();
