import { z } from 'zod';
import { businessDateSchema } from '../dates';
import { idSchema } from '../id';
import { AppFailure, type FieldIssue, issue } from '../../result';
import { currencySchema, type Invoice } from '../invoice/invoice';
import { reasonSchema } from '../invoice/corrections';
import { MAX_AMOUNT_CENTS, positiveCentsSchema } from '../money/money';

/**
 * Money that settles invoices: a received payment or a credit note. It is allocated to one or more open invoices
 * of its customer, fully or partly; what is not allocated stays as credit on the customer. An allocation can be
 * undone, which reopens the invoice by exactly that amount.
 */
export const creditKinds = ['payment', 'credit_note'] as const;
export type CreditKind = (typeof creditKinds)[number];

export const allocationInputSchema = z.object({ invoiceId: idSchema, amountCents: positiveCentsSchema }).strict();
export type AllocationInput = z.infer<typeof allocationInputSchema>;

/** Allocations of one credit in one go: each invoice once, so no two of them can each take what is open on it. */
export const allocationListSchema = z
  .array(allocationInputSchema)
  .max(500)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((a, i) => {
      if (seen.has(a.invoiceId)) ctx.addIssue({ code: 'custom', path: [i, 'invoiceId'], message: 'errors.payment.duplicateInvoice' });
      seen.add(a.invoiceId);
    });
  });

export const creditInputSchema = z
  .object({
    customerId: idSchema,
    kind: z.enum(creditKinds),
    date: businessDateSchema,
    currency: currencySchema.default('EUR'),
    amountCents: positiveCentsSchema,
    /** The payment's reference or the credit note's number, as the bank or the office wrote it. */
    reference: z.string().trim().max(140).default(''),
    note: z.string().trim().max(1000).default(''),
    /** Set by imports so the same bank entry or credit note never counts twice. */
    dedupeKey: z.string().max(300).nullable().default(null),
    allocations: allocationListSchema.default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    const total = c.allocations.reduce((s, a) => s + a.amountCents, 0);
    if (total > c.amountCents) ctx.addIssue({ code: 'custom', path: ['allocations'], message: 'errors.payment.overAllocated' });
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
  /**
   * Who reversed a payment or credit note booked by mistake, when and why. A reversed credit stays as a record:
   * its allocations are undone, its rest is 0 and it no longer counts as the customer's credit. Absent until then.
   */
  reversal: z.object({ at: z.string(), by: z.string(), reason: z.string() }).optional(),
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

/** Reversing a payment or credit note booked by mistake: the reason stays with it and in the customer's history. */
export const creditReverseSchema = z.object({ id: idSchema, reason: reasonSchema }).strict();

type AllocatedInvoice = Pick<Invoice, 'id' | 'number' | 'customerId' | 'currency' | 'openCents'>;

/**
 * Why allocations of one credit cannot be booked against the invoices as they stand now (`invoices[i]` is the
 * invoice `allocations[i]` names, undefined when there is none). The store asks this inside the transaction that
 * books them, whoever sent them: the form, bank matching or an import.
 */
export function allocationIssues(
  credit: Pick<Credit, 'customerId' | 'currency' | 'unallocatedCents' | 'reversal'>,
  allocations: readonly AllocationInput[],
  invoices: readonly (AllocatedInvoice | undefined)[],
): FieldIssue[] {
  if (credit.reversal) return [issue('creditId', 'errors.payment.reversed', 'the payment or credit note was reversed')];
  const out: FieldIssue[] = [];
  const seen = new Set<string>();
  let total = 0;
  allocations.forEach((a, i) => {
    const inv = invoices[i];
    const amount = `allocations.${i}.amountCents`;
    const invoice = `allocations.${i}.invoiceId`;
    if (!Number.isSafeInteger(a.amountCents) || a.amountCents <= 0) out.push(issue(amount, 'errors.money.notPositive', `allocation ${i}: not a positive amount`));
    else if (a.amountCents > MAX_AMOUNT_CENTS) out.push(issue(amount, 'errors.money.outOfRange', `allocation ${i}: amount out of range`));
    else if (seen.has(a.invoiceId)) out.push(issue(invoice, 'errors.payment.duplicateInvoice', `allocation ${i}: the invoice appears twice`));
    else if (!inv) out.push(issue(invoice, 'errors.payment.unknownInvoice', `allocation ${i}: no such invoice`));
    else if (inv.customerId !== credit.customerId) out.push(issue(invoice, 'errors.payment.otherCustomer', `allocation ${i}: invoice of another customer`));
    else if (inv.currency !== credit.currency) out.push(issue(amount, 'errors.payment.currency', `allocation ${i}: currency differs`, { currency: inv.currency }));
    else if (a.amountCents > inv.openCents) out.push(issue(amount, 'errors.payment.moreThanOpen', `allocation ${i}: more than is open on ${inv.number}`, { number: inv.number }));
    else total += a.amountCents;
    seen.add(a.invoiceId);
  });
  if (total > credit.unallocatedCents) out.push(issue('allocations', 'errors.payment.overAllocated', 'more than the credit holds'));
  return out;
}

export function refuseAllocations(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new AppFailure('validation', `allocation refused: ${issues.map((i) => i.message).join('; ')}`, issues);
}
