import { z } from 'zod';
import { vatIssue } from './vat';

export const languages = ['nl', 'en', 'de', 'fr'] as const;
export type Language = (typeof languages)[number];

export const customerKinds = ['business', 'consumer'] as const;
export type CustomerKind = (typeof customerKinds)[number];

const trimmed = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => trimmed(max).default('');

/** What a user enters for a customer; the same schema validates the form, the IPC input and the store write. */
export const customerInputSchema = z
  .object({
    number: trimmed(20)
      .min(1)
      .regex(/^[A-Za-z0-9._-]+$/, 'errors.customer.numberChars'),
    name: trimmed(200).min(1),
    language: z.enum(languages),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'errors.country'),
    kind: z.enum(customerKinds),
    vatNumber: optionalText(20),
    cocNumber: optionalText(20),
    street: optionalText(200),
    postcode: optionalText(20),
    city: optionalText(100),
    email: z.union([z.literal(''), z.email('errors.email')]).default(''),
    phone: optionalText(30),
    paymentTermsDays: z.number().int().min(0).max(365),
    creditLimitCents: z.number().int().min(0, 'errors.customer.creditLimitNegative').nullable(),
    accountManager: optionalText(100),
    description: optionalText(2000),
  })
  .superRefine((c, ctx) => {
    const vat = vatIssue(c.vatNumber);
    if (vat) ctx.addIssue({ code: 'custom', path: ['vatNumber'], message: vat });
  });

export type CustomerInput = z.input<typeof customerInputSchema>;
export type CustomerFields = z.output<typeof customerInputSchema>;

export const customerSchema = z.object({
  id: z.string(),
  number: z.string(),
  name: z.string(),
  language: z.enum(languages),
  country: z.string(),
  kind: z.enum(customerKinds),
  vatNumber: z.string(),
  cocNumber: z.string(),
  street: z.string(),
  postcode: z.string(),
  city: z.string(),
  email: z.string(),
  phone: z.string(),
  paymentTermsDays: z.number().int(),
  creditLimitCents: z.number().int().nullable(),
  accountManager: z.string(),
  description: z.string(),
  active: z.boolean(),
  /** Sum of open amounts of the customer's open EUR invoices, kept in the same transaction as invoice writes. */
  openBalanceCents: z.number().int(),
  openInvoiceCount: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Customer = z.infer<typeof customerSchema>;

export const isOverCreditLimit = (c: Pick<Customer, 'creditLimitCents' | 'openBalanceCents'>): boolean =>
  c.creditLimitCents !== null && c.openBalanceCents > c.creditLimitCents;
