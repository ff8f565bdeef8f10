import { z } from 'zod';
import { languages } from '../customer/customer';
import { businessDateSchema } from '../dates';
import { idSchema } from '../id';
import { dossierKinds } from '../invoice/dossier';
import type { Charges } from './charges';
import { dunningChannels } from './policy';
import type { LeftOut, ProposedReminder } from './proposal';
import type { SkipReason } from './schedule';

/**
 * What the dunning store keeps and shows: runs (a draft under review, then executed), the reminders an executed run
 * issued with a frozen snapshot of what they say, their deliveries, and dunning blocks. Schemas double as the
 * contract's outputs, so every record crosses IPC checked.
 */

const periodSchema = z.object({ from: z.string(), to: z.string(), days: z.number().int(), ratePct: z.string(), principalCents: z.number().int(), amountCents: z.number().int() });

export const chargesSchema = z.object({
  principalCents: z.number().int(),
  interestFrom: z.string().nullable(),
  interest: z.object({ interestCents: z.number().int(), periods: z.array(periodSchema) }),
  costs: z.object({
    costsCents: z.number().int(),
    vatCents: z.number().int(),
    rule: z.enum(['nl-wik', 'be-consumer', 'b2b-flat', 'fixed', 'percentage', 'none']),
    heldBack: z.enum(['term_not_passed', 'already_claimed', 'absorbed_by_flat_amount']).optional(),
  }),
  announcedCostsCents: z.number().int().nullable(),
  earlierCostsCents: z.number().int(),
  totalCents: z.number().int(),
  payBy: z.string(),
}) satisfies z.ZodType<Charges>;

export const skipReasons = [
  'customer_inactive',
  'customer_excluded',
  'customer_paused',
  'customer_blocked',
  'direct_debit',
  'not_open',
  'disputed',
  'promised',
  'blocked',
  'below_tolerance',
  'awaiting_delivery',
  'finished',
  'handover',
] as const satisfies readonly SkipReason[];

export const proposedItemSchema = z.object({
  invoiceId: z.string(),
  number: z.string(),
  issueDate: z.string(),
  dueDate: z.string(),
  amountCents: z.number().int(),
  openCents: z.number().int(),
  paymentReference: z.string(),
  charges: chargesSchema,
  advancesTo: z.number().int().nullable(),
});

export const textFallbacks = ['standard_profile', 'english', 'english_standard_profile'] as const;

/** A proposed reminder as the review shows it: the engine's proposal with the customer, the text chosen, and the review's changes. */
export const runReminderSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  customerNumber: z.string(),
  language: z.enum(languages),
  profile: z.string(),
  policyId: z.string(),
  policyName: z.string(),
  level: z.number().int(),
  levelId: z.string(),
  levelName: z.string(),
  attempt: z.number().int(),
  channel: z.enum(dunningChannels),
  currency: z.string(),
  items: z.array(proposedItemSchema),
  statementCostsCents: z.number().int(),
  totalCents: z.number().int(),
  payBy: z.string(),
  finalNotice: z.boolean(),
  fourteenDayLetter: z.boolean(),
  /** Which text the reminder will say, and whether it fell back to the standard profile or English; null: none at all. */
  text: z.object({ language: z.enum(languages), profile: z.string(), fallback: z.enum(textFallbacks).nullable() }).nullable(),
  /** The level the engine proposed, when the review changed it. */
  proposedLevel: z.number().int().nullable(),
  channelChanged: z.boolean(),
  note: z.string(),
}) satisfies z.ZodType<Omit<ProposedReminder, 'channel'> & { channel: string }>;
export type RunReminder = z.infer<typeof runReminderSchema>;

export const leftOutSchema = z.object({
  customerId: z.string(),
  invoiceId: z.string(),
  reason: z.enum([...skipReasons, 'excluded_in_review']),
  until: z.string().optional(),
  note: z.string().optional(),
}) satisfies z.ZodType<Omit<LeftOut, 'reason'> & { reason: string }>;
export type RunLeftOut = z.infer<typeof leftOutSchema>;

/** What the user changed while reviewing a draft; reapplied whenever the proposal is computed again. */
export const reviewSchema = z.object({
  excludedCustomers: z.record(z.string(), z.string()),
  excludedInvoices: z.record(z.string(), z.string()),
  /** Keyed by customer (statement) or invoice, the subject a reminder is about, so a recomputed id still finds it. */
  levels: z.record(z.string(), z.object({ level: z.number().int(), from: z.number().int() })),
  channels: z.record(z.string(), z.enum(dunningChannels)),
  notes: z.record(z.string(), z.string()),
});
export type RunReview = z.infer<typeof reviewSchema>;
export const emptyReview = (): RunReview => ({ excludedCustomers: {}, excludedInvoices: {}, levels: {}, channels: {}, notes: {} });

export const runStates = ['draft', 'executed', 'discarded'] as const;

export const runSummarySchema = z.object({
  id: z.string(),
  runDate: z.string(),
  state: z.enum(runStates),
  reminderCount: z.number().int(),
  leftOutCount: z.number().int(),
  /** Total due per currency over the run's reminders. */
  totals: z.record(z.string(), z.number().int()),
  createdAt: z.string(),
  createdBy: z.string(),
  executedAt: z.string().nullable(),
  executedBy: z.string().nullable(),
  /** What a re-check found changed in the ledger since the proposal, said once to the user. */
  changes: z.array(z.object({ reminderId: z.string(), customerName: z.string(), change: z.enum(['dropped', 'amount', 'added']) })),
});
export type RunSummary = z.infer<typeof runSummarySchema>;
export type RunChange = RunSummary['changes'][number];

export const dunningOverviewSchema = z.object({
  draft: runSummarySchema.nullable(),
  lastExecuted: runSummarySchema.nullable(),
});

/** Review actions on the draft, one per call, each naming what it is about. */
export const reviewActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('excludeCustomer'), customerId: idSchema, reason: z.string().trim().min(1, 'errors.required').max(500), blockUntil: businessDateSchema.nullable().default(null) }).strict(),
  z.object({ kind: z.literal('excludeInvoice'), invoiceId: idSchema, reason: z.string().trim().min(1, 'errors.required').max(500), blockUntil: businessDateSchema.nullable().default(null) }).strict(),
  /** Takes back a leaving-out: of the invoice, or of its whole customer. */
  z.object({ kind: z.literal('include'), customerId: idSchema, invoiceId: idSchema }).strict(),
  z.object({ kind: z.literal('level'), reminderId: z.string().min(1).max(300), level: z.number().int().min(1).max(12) }).strict(),
  z.object({ kind: z.literal('channel'), reminderId: z.string().min(1).max(300), channel: z.enum(dunningChannels) }).strict(),
  z.object({ kind: z.literal('note'), reminderId: z.string().min(1).max(300), note: z.string().trim().max(2000) }).strict(),
]);
export type ReviewAction = z.infer<typeof reviewActionSchema>;

export const runPageQuerySchema = z
  .object({ runId: z.string().min(1).max(100), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) })
  .strict();

export const deliveryStates = ['to_deliver', 'delivered', 'failed'] as const;
export type DeliveryState = (typeof deliveryStates)[number];
export const deliveryVias = ['email', 'post', 'sms', 'phone', 'manual'] as const;
export type DeliveryVia = (typeof deliveryVias)[number];

/** Who a reminder went to, resolved when it was delivered (the dunning contact at that moment). */
export const recipientSchema = z.object({
  contactPerson: z.string(),
  email: z.string(),
  phone: z.string(),
  address: z.object({ street: z.string(), postcode: z.string(), city: z.string(), country: z.string() }).nullable(),
});
export type Recipient = z.infer<typeof recipientSchema>;

/** A reminder issued by an executed run. Its snapshot never changes; its delivery state follows its deliveries. */
export const reminderSchema = runReminderSchema.extend({
  runId: z.string(),
  runDate: z.string(),
  invoiceIds: z.array(z.string()),
  /** The text as chosen when the run executed, with its placeholders; the recipient's values fill in at delivery. */
  template: z.object({ subject: z.string(), body: z.string(), sms: z.string() }).nullable(),
  state: z.enum(deliveryStates),
  deliveredOn: z.string().nullable(),
  via: z.enum(deliveryVias).nullable(),
  recipient: recipientSchema.nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type Reminder = z.infer<typeof reminderSchema>;

/** One delivery outcome of a reminder, appended; the latest one is the reminder's state. */
export const deliverySchema = z.object({
  id: z.string(),
  reminderId: z.string(),
  state: z.enum(['delivered', 'failed']),
  on: z.string(),
  via: z.enum(deliveryVias),
  recipient: recipientSchema.nullable(),
  note: z.string(),
  at: z.string(),
  by: z.string(),
});
export type Delivery = z.infer<typeof deliverySchema>;

export const reminderQuerySchema = z
  .object({
    runId: z.string().max(100).default(''),
    customerId: z.string().max(100).default(''),
    level: z.number().int().min(0).max(12).default(0),
    channel: z.enum(['', ...dunningChannels]).default(''),
    state: z.enum(['', ...deliveryStates]).default(''),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type ReminderQuery = z.infer<typeof reminderQuerySchema>;

/** A reminder as the overview lists it: with the dunning contact it goes (or went) to. */
export const reminderRowSchema = reminderSchema.extend({ contact: recipientSchema });
export type ReminderRow = z.infer<typeof reminderRowSchema>;

export const markDeliveredSchema = z
  .object({
    ids: z.array(z.string().min(1).max(300)).min(1).max(10_000),
    state: z.enum(['delivered', 'failed']),
    on: businessDateSchema,
    via: z.enum(deliveryVias).default('manual'),
    note: z.string().trim().max(500).default(''),
  })
  .strict();
export type MarkDelivered = z.infer<typeof markDeliveredSchema>;

export const callOutcomeSchema = z
  .object({
    reminderId: z.string().min(1).max(300),
    reached: z.boolean(),
    promisedDate: businessDateSchema.nullable().default(null),
    disputeReason: z.string().trim().max(500).default(''),
    note: z.string().trim().max(2000).default(''),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (!c.reached && (c.promisedDate || c.disputeReason)) ctx.addIssue({ code: 'custom', path: ['reached'], message: 'errors.dunning.notReached' });
  });
export type CallOutcome = z.infer<typeof callOutcomeSchema>;

export const blockScopes = ['invoice', 'customer'] as const;
export const blockSchema = z.object({
  id: z.string(),
  scope: z.enum(blockScopes),
  targetId: z.string(),
  customerId: z.string(),
  reason: z.string(),
  /** The last day it holds; after it the block lifts itself. Null: until lifted by hand. */
  until: z.string().nullable(),
  /** Set by the run after the last level, listing the invoice for a collection agency. */
  handover: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string(),
  liftedAt: z.string().nullable(),
  liftedBy: z.string().nullable(),
});
export type Block = z.infer<typeof blockSchema>;
export const blockRowSchema = blockSchema.extend({ customerName: z.string(), invoiceNumber: z.string() });

export const blockInputSchema = z
  .object({ scope: z.enum(blockScopes), targetId: idSchema, reason: z.string().trim().min(1, 'errors.required').max(500), until: businessDateSchema.nullable().default(null) })
  .strict();
export type BlockInput = z.infer<typeof blockInputSchema>;

export const isBlockActive = (b: Pick<Block, 'until' | 'liftedAt'>, today: string) => b.liftedAt === null && (b.until === null || today <= b.until);

/** What an invoice's reminders add up to: kept on the invoice for the lists, recomputed by the integrity check. */
export type DunningFigures = { dunningLevel: number; timesReminded: number; lastRemindedOn: string | null };

/**
 * An invoice's figures from the reminders that count: issued and not failed (a failed e-mail reminded no one).
 * The level is that of the last one, so a repeat of the last level or a level lowered in review reads true.
 */
export function dunningFigures(reminders: { level: number; runDate: string; state: DeliveryState }[]): DunningFigures {
  let last: { level: number; runDate: string } | null = null;
  let times = 0;
  for (const r of reminders) {
    if (r.state === 'failed') continue;
    times += 1;
    if (!last || r.runDate > last.runDate || (r.runDate === last.runDate && r.level > last.level)) last = r;
  }
  return { dunningLevel: last?.level ?? 0, timesReminded: times, lastRemindedOn: last?.runDate ?? null };
}

/**
 * An invoice handed over to a collection agency (its hand-over block holds and it is still open): what the agency
 * needs to take it on — the debtor, the contact, the invoice, every reminder sent and the dossier.
 */
export const handoverRowSchema = z.object({
  handedOverOn: z.string(),
  customer: z.object({ id: z.string(), number: z.string(), name: z.string(), vatNumber: z.string(), kind: z.string(), language: z.string() }),
  contact: recipientSchema,
  invoice: z.object({ id: z.string(), number: z.string(), issueDate: z.string(), dueDate: z.string(), currency: z.string(), amountCents: z.number().int(), openCents: z.number().int() }),
  reminders: z.array(z.object({ runDate: z.string(), levelName: z.string(), channel: z.enum(dunningChannels), state: z.enum(deliveryStates), deliveredOn: z.string().nullable(), totalCents: z.number().int() })),
  dossier: z.array(z.object({ kind: z.enum(dossierKinds), text: z.string(), at: z.string(), by: z.string() })),
});
export type HandoverRow = z.infer<typeof handoverRowSchema>;
