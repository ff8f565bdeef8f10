import { z } from 'zod';
import { activitySchema } from '../domain/customer/activity';
import { addressSchema } from '../domain/customer/address';
import { attachmentSchema } from '../domain/customer/attachment';
import { auditEntrySchema } from '../domain/customer/audit';
import { contactSchema } from '../domain/customer/contact';
import { customerInputSchema, customerSchema, customerSettingsSchema, emailBookInputSchema } from '../domain/customer/customer';
import type { DunningContact } from '../domain/dunning/dunning-contact';
import { dunningOverridesSchema } from '../domain/dunning/dunning-overrides';
import { invoiceSchema } from '../domain/invoice/invoice';
import { byId, channel, deleted, none, read } from './channel';
import { idSchema } from '../domain/id';
import { reasonSchema } from '../domain/invoice/corrections';

export const customerSortColumns = ['number', 'name', 'city', 'openBalanceCents', 'creditLimitCents'] as const;
export type CustomerSortColumn = (typeof customerSortColumns)[number];

export const customerListInputSchema = z
  .object({
    search: z.string().max(200).default(''),
    showInactive: z.boolean().default(false),
    sort: z.enum(customerSortColumns).default('name'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type CustomerListQuery = z.output<typeof customerListInputSchema>;

export const customerRowSchema = customerSchema.pick({
  id: true,
  number: true,
  name: true,
  city: true,
  country: true,
  active: true,
  openBalanceCents: true,
  creditLimitCents: true,
});
export type CustomerRow = z.infer<typeof customerRowSchema>;

export const customerCardSchema = z.object({
  customer: customerSchema,
  /** The business date the overdue figures were computed for, so the UI counts days overdue from the same day. */
  today: z.string(),
  openInvoices: z.array(invoiceSchema),
  addresses: z.array(addressSchema),
  contacts: z.array(contactSchema),
  activities: z.array(activitySchema),
  attachments: z.array(attachmentSchema),
  /** The newest 200 changes to the customer, its addresses and contacts. */
  history: z.array(auditEntrySchema),
  dunningContact: z.custom<DunningContact>((v) => typeof v === 'object' && v !== null),
  /** Open amounts per currency; the EUR figure equals the customer's maintained open balance. */
  openByCurrency: z.record(z.string(), z.number().int()),
  overdueByCurrency: z.record(z.string(), z.number().int()),
});
export type CustomerCard = z.infer<typeof customerCardSchema>;

/**
 * Deleting a customer. One with open invoices is refused, as is one holding credit, since either would lose money
 * from the books; `creditOpen` credits every open invoice in full (a credit note each, the reason as its note) in
 * the same transaction as the deletion, the way a bookkeeper closes an account that will not pay.
 */
export const customerDeleteSchema = z.object({ id: idSchema, creditOpen: z.object({ reason: reasonSchema }).strict().optional() }).strict();

/** Everything the customer card shows is read from these tables. */
const cardTables = ['customers', 'invoices', 'addresses', 'contacts', 'activities', 'attachments', 'audit'] as const;

export const customers = {
  list: read(['customers'], customerListInputSchema, z.object({ rows: z.array(customerRowSchema), total: z.number().int() })),
  get: read(cardTables, byId, customerCardSchema),
  nextNumber: read(['customers'], none, z.object({ number: z.string() })),
  create: channel(customerInputSchema, customerSchema),
  update: channel(z.object({ id: idSchema, fields: customerInputSchema }).strict(), customerSchema),
  setActive: channel(z.object({ id: idSchema, active: z.boolean() }).strict(), customerSchema),
  delete: channel(customerDeleteSchema, deleted),
  setEmails: channel(z.object({ id: idSchema, emails: emailBookInputSchema }).strict(), customerSchema),
  setDunningOverrides: channel(z.object({ id: idSchema, overrides: dunningOverridesSchema }).strict(), customerSchema),
  updateSettings: channel(z.object({ id: idSchema, settings: customerSettingsSchema }).strict(), customerSchema),
};
