import { z } from 'zod';
import { normalizeVat, vatIssue } from './vat';
import { normalizePhone } from './phone';
import { normalizePostcode, postcodeIssue } from './postcode';
import { businessDateSchema } from '../dates';
import { MAX_AMOUNT_CENTS } from '../money/money';
import { dunningOverridesSchema } from '../dunning/dunning-overrides';
import { documentKinds, type EmailBook } from './recipient';

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
    email: z.union([z.literal(''), z.email('errors.email').max(254)]).default(''),
    phone: optionalText(30),
    paymentTermsDays: z.number().int().min(0).max(365),
    creditLimitCents: z.number().int().min(0, 'errors.customer.creditLimitNegative').max(MAX_AMOUNT_CENTS, 'errors.money.outOfRange').nullable(),
    accountManager: optionalText(100),
    description: optionalText(2000),
  })
  .superRefine((c, ctx) => {
    const vat = vatIssue(c.vatNumber);
    if (vat) ctx.addIssue({ code: 'custom', path: ['vatNumber'], message: vat });
    const postcode = postcodeIssue(c.postcode, c.country);
    if (postcode) ctx.addIssue({ code: 'custom', path: ['postcode'], message: postcode });
    if (c.phone) {
      const phone = normalizePhone(c.phone, c.country);
      if (!phone.ok) ctx.addIssue({ code: 'custom', path: ['phone'], message: phone.key });
    }
  })
  // Stored in one canonical form, so searching, sending and comparing never trip over notation.
  .transform((c) => {
    const phone = c.phone ? normalizePhone(c.phone, c.country) : null;
    return {
      ...c,
      vatNumber: c.vatNumber ? normalizeVat(c.vatNumber) : '',
      postcode: normalizePostcode(c.postcode, c.country),
      phone: phone?.ok ? phone.e164 : c.phone,
    };
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
  /** Payments and credit notes in EUR not yet allocated to an invoice: money the customer has to its credit. */
  creditCents: z.number().int(),
  /** Purpose-bound addresses (one per document kind by construction), the accounting address; `email` is standard. */
  purposeEmails: z.partialRecord(z.enum(documentKinds), z.string()),
  accountingEmail: z.string(),
  /** The dunning-contact fields the user set by hand; every other field follows its default. */
  dunningOverrides: dunningOverridesSchema,
  profile: z.string(),
  segments: z.array(z.string()),
  dunningPausedUntil: z.string().nullable(),
  excludeFromDunning: z.boolean(),
  /** The dunning policy chosen on the card's Dunning tab; null: the default for the customer's country and kind. */
  dunningPolicyId: z.string().nullable(),
  /** Pays by direct debit: left out of dunning when the office says so. */
  directDebit: z.boolean(),
  /** Bank accounts this customer paid from, learned when a statement entry is matched to it; matching uses them. */
  ibans: z.array(z.string()),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Customer = z.infer<typeof customerSchema>;

/** The Settings tab of the card: terms, limits, legal kind and everything that steers dunning. */
export const customerSettingsSchema = z
  .object({
    paymentTermsDays: z.number().int().min(0).max(365),
    creditLimitCents: z.number().int().min(0, 'errors.customer.creditLimitNegative').max(MAX_AMOUNT_CENTS, 'errors.money.outOfRange').nullable(),
    language: z.enum(languages),
    kind: z.enum(customerKinds),
    profile: z.string().trim().min(1).max(60),
    segments: z.array(z.string().trim().min(1).max(60)).max(30),
    dunningPausedUntil: businessDateSchema.nullable(),
    excludeFromDunning: z.boolean(),
  })
  .strict();
export type CustomerSettings = z.infer<typeof customerSettingsSchema>;

const emailOrEmpty = z.union([z.literal(''), z.email('errors.email').max(254)]);
export const emailBookInputSchema = z
  .object({
    standard: emailOrEmpty,
    accounting: emailOrEmpty,
    purpose: z.partialRecord(z.enum(documentKinds), emailOrEmpty),
  })
  .strict();
export type EmailBookInput = z.infer<typeof emailBookInputSchema>;

/** The customer's addresses as the recipient rule reads them. */
export const emailBookOf = (c: Pick<Customer, 'email' | 'accountingEmail' | 'purposeEmails'>): EmailBook => ({
  standard: c.email,
  accounting: c.accountingEmail,
  purpose: c.purposeEmails,
});

export const isOverCreditLimit = (c: Pick<Customer, 'creditLimitCents' | 'openBalanceCents'>): boolean =>
  c.creditLimitCents !== null && c.openBalanceCents > c.creditLimitCents;
