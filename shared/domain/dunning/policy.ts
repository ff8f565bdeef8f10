import { z } from 'zod';
import { currencySchema } from '../invoice/invoice';
import type { CustomerKind, Jurisdiction } from './statutory/costs';
import { ratePctSchema } from './statutory/rates';

export const dunningChannels = ['email', 'post', 'email_and_post', 'email_or_post', 'sms', 'phone'] as const;
export type DunningChannel = (typeof dunningChannels)[number];

const MAX_FEE_CENTS = 100_000_00;

export const levelInterestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }).strict(),
  z.object({ kind: z.literal('statutory') }).strict(),
  z
    .object({ kind: z.literal('fixed'), pctPerYear: ratePctSchema })
    .strict()
    .refine((r) => Number(r.pctPerYear) <= 100, { message: 'errors.dunning.interestOver100', path: ['pctPerYear'] }),
]);
export type LevelInterest = z.infer<typeof levelInterestSchema>;

export const levelCostsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }).strict(),
  z.object({ kind: z.literal('statutory') }).strict(),
  /** A fixed amount excluding VAT, per reminder. */
  z.object({ kind: z.literal('fixed'), amountCents: z.number().int().min(1).max(MAX_FEE_CENTS) }).strict(),
  z.object({ kind: z.literal('percentage'), pct: ratePctSchema }).strict(),
]);
export type LevelCosts = z.infer<typeof levelCostsSchema>;

export const dunningLevelSchema = z
  .object({
    /** Stable across reorders, so texts and issued reminders keep pointing at the level they were written for. */
    id: z.string().trim().min(1).max(40),
    name: z.string().trim().min(1).max(80),
    /** Level 1: days after the due (or invoice) date; later levels: days after the previous reminder was delivered. */
    days: z.number().int('errors.dunning.wholeDays').min(0, 'errors.dunning.negativeDays').max(730),
    /** Every reminder sets a new pay-by date: its date plus these days. */
    payWithinDays: z.number().int('errors.dunning.wholeDays').min(0, 'errors.dunning.negativeDays').max(365),
    interest: levelInterestSchema,
    costs: levelCostsSchema,
    channel: z.enum(dunningChannels),
    finalNotice: z.boolean(),
    /** NL consumers: the letter that demands payment within 14 days of receipt and names the exact costs (art. 6:96 lid 6 BW). */
    fourteenDayLetter: z.boolean().default(false),
  })
  .strict();
export type DunningLevel = z.infer<typeof dunningLevelSchema>;

export const afterLastLevelSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stop') }).strict(),
  z.object({ kind: z.literal('repeat'), everyDays: z.number().int().min(1, 'errors.dunning.repeatDays').max(365) }).strict(),
  /** Blocks the invoice and lists it for hand-over to a collection agency. */
  z.object({ kind: z.literal('handover') }).strict(),
]);
export type AfterLastLevel = z.infer<typeof afterLastLevelSchema>;

export const dunningPolicySchema = z
  .object({
    id: z.string().trim().min(1).max(40),
    name: z.string().trim().min(1).max(80),
    /** The law the policy is written for: its legal guards, and the default policy of such customers. */
    law: z.object({ country: z.enum(['NL', 'BE', 'DE']), kind: z.enum(['business', 'consumer']) }).strict(),
    /** One reminder per overdue invoice, or one statement per customer and currency. */
    mode: z.enum(['invoice', 'customer']),
    levelOneFrom: z.enum(['due_date', 'issue_date']),
    /** Open amounts below this (per currency) are not dunned. */
    toleranceCents: z.record(currencySchema, z.number().int().min(0).max(MAX_FEE_CENTS)),
    afterLast: afterLastLevelSchema,
    levels: z.array(dunningLevelSchema).min(1, 'errors.dunning.noLevels').max(12),
  })
  .strict()
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.levels.forEach((l, i) => {
      if (seen.has(l.id)) ctx.addIssue({ code: 'custom', path: ['levels', i, 'id'], message: 'errors.dunning.duplicateLevel' });
      seen.add(l.id);
    });
    for (const g of legalGuardIssues(p.law, p.levels)) ctx.addIssue({ code: 'custom', path: ['levels', g.level, g.field], message: g.key });
  });
export type DunningPolicy = z.infer<typeof dunningPolicySchema>;
export type DunningPolicyInput = z.input<typeof dunningPolicySchema>;

export type GuardIssue = { level: number; field: 'costs' | 'interest' | 'days' | 'payWithinDays' | 'fourteenDayLetter'; key: string };

/**
 * The rules a policy must keep for its law, checked when it is saved (the engine enforces the timing again at each
 * run, from the delivery dates):
 * - NL consumers: collection costs only by the WIK scale, and only at a level after a 14-day letter, which itself
 *   gives at least 14 days and charges no costs yet.
 * - BE consumers: the first reminder is free (no costs, no interest) and gives at least 14 days.
 * - DE: the reminder that causes default (the first) carries no fee.
 */
export function legalGuardIssues(law: { country: Jurisdiction; kind: CustomerKind }, levels: DunningLevel[]): GuardIssue[] {
  const issues: GuardIssue[] = [];
  const first = levels[0];
  if (!first) return issues;
  if (law.country === 'NL' && law.kind === 'consumer') {
    const letter = levels.findIndex((l) => l.fourteenDayLetter);
    levels.forEach((l, i) => {
      if (l.costs.kind === 'fixed' || l.costs.kind === 'percentage') issues.push({ level: i, field: 'costs', key: 'errors.dunning.nlConsumerWikOnly' });
      if (l.costs.kind === 'statutory' && (letter < 0 || i <= letter)) issues.push({ level: i, field: 'costs', key: 'errors.dunning.nlConsumerCostsBeforeLetter' });
    });
    if (letter >= 0 && levels[letter]!.payWithinDays < 14) issues.push({ level: letter, field: 'payWithinDays', key: 'errors.dunning.fourteenDays' });
  }
  if (law.country === 'BE' && law.kind === 'consumer') {
    if (first.costs.kind !== 'none') issues.push({ level: 0, field: 'costs', key: 'errors.dunning.beFirstReminderFree' });
    if (first.interest.kind !== 'none') issues.push({ level: 0, field: 'interest', key: 'errors.dunning.beFirstReminderFree' });
    if (first.payWithinDays < 14) issues.push({ level: 0, field: 'payWithinDays', key: 'errors.dunning.fourteenDays' });
  }
  if (law.country === 'DE' && first.costs.kind !== 'none') issues.push({ level: 0, field: 'costs', key: 'errors.dunning.deFirstReminderNoFee' });
  return issues;
}
