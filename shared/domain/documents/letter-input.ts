import { z } from 'zod';
import { languages } from '../customer/customer';
import { businessDateSchema } from '../dates';
import { currencySchema } from '../invoice/invoice';
import { centsSchema } from '../money/money';
import { parseStructuredReference } from '../payment/reference';
import { companySchema } from './company';
import { EPC_MAX_CENTS, epcPayload } from './epc-qr';
import { letterLabels } from './letter-labels';

const line = (max: number) => z.string().trim().min(1).max(max);
const optionalLine = (max: number) => z.string().trim().max(max).default('');

const interestPeriodSchema = z.object({
  from: businessDateSchema,
  to: businessDateSchema,
  days: z.number().int().min(1),
  /** A decimal string, as the rate tables keep it ("12.25"): never a float that prints 12.249999. */
  ratePct: z.string().regex(/^\d{1,3}(\.\d{1,4})?$/, 'errors.letter.rate'),
  amountCents: centsSchema,
});

const letterItemSchema = z.object({
  number: line(40),
  issueDate: businessDateSchema,
  dueDate: businessDateSchema,
  amountCents: centsSchema,
  openCents: centsSchema,
  daysOverdue: z.number().int(),
  interest: z.array(interestPeriodSchema).max(50).default([]),
});

export const costLabels = Object.keys(letterLabels.en.costs) as [keyof typeof letterLabels.en.costs, ...(keyof typeof letterLabels.en.costs)[]];

/**
 * Everything a reminder letter prints, already decided: the dunning run freezes this when it executes, and the
 * letter only lays it out. Texts are final (placeholders filled, salutation and closing inside `body`); the letter
 * adds only its own labels, in `language`.
 */
export const letterInputSchema = z
  .object({
    language: z.enum(languages),
    company: companySchema,
    recipient: z.object({
      name: line(100),
      /** The dunning contact's name; the letter prefixes "t.a.v.", "z. Hd." … itself. */
      contactPerson: optionalLine(100),
      street: line(100),
      postcodeCity: line(100),
      /** Only when the letter goes abroad, in the language of the sending country's post. */
      country: optionalLine(60),
    }),
    date: businessDateSchema,
    ourReference: optionalLine(40),
    customerNumber: line(20),
    contact: z.object({ name: optionalLine(100), phone: optionalLine(30), email: optionalLine(254) }),
    subject: line(200),
    /** Plain text; a blank line separates paragraphs, a single line break stays a line break. */
    body: z.string().trim().min(1).max(10_000),
    note: optionalLine(2_000),
    items: z.array(letterItemSchema).min(1).max(2_000),
    costs: z.array(z.object({ label: z.enum(costLabels), cents: centsSchema })).max(10).default([]),
    interestCents: centsSchema,
    totalCents: centsSchema,
    currency: currencySchema,
    payBy: businessDateSchema,
    paymentReference: optionalLine(60),
    iban: line(42),
    bic: optionalLine(11),
  })
  .superRefine((l, ctx) => {
    const sum = l.items.reduce((s, i) => s + i.openCents, 0) + l.interestCents + l.costs.reduce((s, c) => s + c.cents, 0);
    if (sum !== l.totalCents) ctx.addIssue({ code: 'custom', path: ['totalCents'], message: 'errors.letter.total' });
  });

export type LetterInput = z.output<typeof letterInputSchema>;

/**
 * The EPC QR payload the letter prints, or null: only for EUR totals from 0.01 to 999,999,999.99 (EPC069-12), and
 * only when the payee's account makes a valid code. A structured reference in `paymentReference` goes where banks
 * match it; anything else rides along as the transfer's text.
 */
export function letterQrPayload(letter: LetterInput): string | null {
  if (letter.currency !== 'EUR' || letter.totalCents < 1 || letter.totalCents > EPC_MAX_CENTS) return null;
  const reference = parseStructuredReference(letter.paymentReference);
  const text = reference ? '' : letter.paymentReference || [letter.customerNumber, letter.ourReference].filter(Boolean).join(' ');
  const result = epcPayload({
    name: letter.company.legalName,
    iban: letter.iban,
    bic: letter.bic,
    currency: letter.currency,
    amountCents: letter.totalCents,
    reference,
    text,
  });
  return result.ok ? result.payload : null;
}
