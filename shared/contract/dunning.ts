import { z } from 'zod';
import { languages } from '../domain/customer/customer';
import { businessDateSchema } from '../domain/dates';
import { idSchema } from '../domain/id';
import { dunningPolicySchema } from '../domain/dunning/policy';
import {
  blockInputSchema,
  blockRowSchema,
  blockSchema,
  callOutcomeSchema,
  dunningOverviewSchema,
  handoverRowSchema,
  leftOutSchema,
  markDeliveredSchema,
  reminderQuerySchema,
  reminderRowSchema,
  reminderSchema,
  reviewActionSchema,
  runPageQuerySchema,
  runReminderSchema,
  runSummarySchema,
} from '../domain/dunning/records';
import { ratePctSchema, rateTableIds } from '../domain/dunning/statutory/rates';
import { dunningTextSchema } from '../domain/dunning/texts';
import { byId, channel, none, read } from './channel';

const runTables = ['runs'] as const;
const reminderTables = ['reminders', 'customers', 'addresses', 'contacts'] as const;
const runId = z.object({ runId: z.string().min(1).max(100) }).strict();
const page = <T extends z.ZodType>(row: T) => z.object({ rows: z.array(row), total: z.number().int() });

/** Dunning runs (proposal → review → execute), the reminders they issued, and their delivery. */
export const dunning = {
  /** The open draft, if any, and the last executed run. */
  overview: read(runTables, none, dunningOverviewSchema),
  /** A new draft run for today; refused while another draft is open or when today is before the last run. */
  propose: channel(none, runSummarySchema),
  /** The draft computed again for today, keeping the review's changes; says what changed. */
  refresh: channel(runId, runSummarySchema),
  review: channel(z.object({ runId: z.string().min(1).max(100), action: reviewActionSchema }).strict(), runSummarySchema),
  discard: channel(runId, runSummarySchema),
  /** Issues the draft in one transaction; when the ledger moved, nothing is issued and the draft says what changed. */
  execute: channel(runId, z.object({ outcome: z.enum(['executed', 'already_executed', 'changed']), run: runSummarySchema })),
  /** Executed runs, newest first: the reminders overview filters by them. */
  runs: read(runTables, none, z.array(runSummarySchema)),
  runReminders: read(runTables, runPageQuerySchema, page(runReminderSchema)),
  runLeftOut: read(runTables, runPageQuerySchema, page(leftOutSchema.extend({ customerName: z.string(), invoiceNumber: z.string() }))),
  /** The reminders overview and the calls list: filtered, with the contact each goes (or went) to. */
  reminders: read(reminderTables, reminderQuerySchema, page(reminderRowSchema)),
  markDelivered: channel(markDeliveredSchema, z.array(reminderSchema)),
  recordCall: channel(callOutcomeSchema, reminderSchema),
  /** The card's Dunning tab: the policy in effect, direct debit, blocks, and the customer's reminders. */
  customer: read(
    ['customers', 'policies', 'blocks', 'reminders', 'invoices'],
    z.object({ customerId: idSchema }).strict(),
    z.object({
      policyId: z.string(),
      policyName: z.string(),
      chosenPolicyId: z.string().nullable(),
      /** The policy of the customer's country and kind, which applies when none is chosen. */
      defaultPolicyName: z.string(),
      directDebit: z.boolean(),
      policies: z.array(z.object({ id: z.string(), name: z.string() })),
      blocks: z.array(blockRowSchema),
      reminders: z.array(reminderSchema),
    }),
  ),
  /** Open invoices handed over to a collection agency, with what the agency needs; exported by `documents.handover`. */
  handover: read(['blocks', 'invoices', 'customers', 'addresses', 'contacts', 'reminders', 'dossier'], none, z.array(handoverRowSchema)),
  setCustomer: channel(z.object({ customerId: idSchema, policyId: z.string().min(1).max(40).nullable(), directDebit: z.boolean() }).strict(), z.object({ customerId: z.string() })),
};

/** Dunning blocks ("Mahnsperre") per invoice or customer, with a reason and an optional last day. */
export const blocks = {
  list: read(['blocks', 'customers', 'invoices'], z.object({ customerId: idSchema.optional() }).strict(), z.array(blockRowSchema)),
  add: channel(blockInputSchema, blockSchema),
  lift: channel(byId, blockSchema),
};

const policyRowSchema = dunningPolicySchema.and(z.object({ shipped: z.boolean(), edited: z.boolean(), customers: z.number().int() }));
const textKey = z.object({ language: z.enum(languages), levelId: z.string().min(1).max(40), profile: z.string().trim().min(1).max(60) }).strict();

/** Settings → Dunning: policies, their texts per language × level × profile, and the statutory rate tables. */
export const policies = {
  list: read(['policies', 'customers'], none, z.array(policyRowSchema)),
  save: channel(dunningPolicySchema, dunningPolicySchema),
  remove: channel(z.object({ id: z.string().min(1).max(40) }).strict(), z.object({ id: z.string() })),
  texts: read(
    ['texts'],
    z.object({ language: z.enum(languages) }).strict(),
    z.array(textKey.extend({ subject: z.string(), body: z.string(), sms: z.string(), custom: z.boolean(), shipped: z.boolean() })),
  ),
  saveText: channel(textKey.extend({ text: dunningTextSchema }).strict(), z.object({ id: z.string() })),
  resetText: channel(textKey, z.object({ id: z.string() })),
  rates: read(
    ['rates'],
    none,
    z.array(z.object({ id: z.enum(rateTableIds), name: z.string(), entries: z.array(z.object({ from: z.string(), pct: z.string(), added: z.boolean(), unconfirmed: z.boolean() })) })),
  ),
  addRate: channel(z.object({ table: z.enum(rateTableIds), from: businessDateSchema, pct: ratePctSchema }).strict(), z.object({ id: z.string() })),
};
