import { addDays } from '../dates';
import type { Invoice } from '../invoice/invoice';
import type { DunningPolicy } from './policy';

/** What the run engine knows of a reminder already issued for an invoice. */
export type ReminderFact = {
  /** 1-based index of the policy level it was issued at. */
  level: number;
  attempt: number;
  /** Issued and waiting for its e-mail, letter or call; delivered (sent, printed, called or confirmed); or failed. */
  state: 'to_deliver' | 'delivered' | 'failed';
  deliveredOn: string | null;
};

/** A block with an optional last day, after which it lifts itself ("Mahnsperre"). */
export type DunningBlock = { reason: string; until: string | null };

export type DunningSubject = {
  invoice: Pick<Invoice, 'status' | 'openCents' | 'currency' | 'dueDate' | 'issueDate' | 'disputed' | 'promisedDate'>;
  customer: { active: boolean; excludeFromDunning: boolean; dunningPausedUntil: string | null; directDebit: boolean };
  invoiceBlocks: readonly DunningBlock[];
  customerBlocks: readonly DunningBlock[];
  reminders: ReminderFact[];
};

export type SkipReason =
  | 'customer_inactive'
  | 'customer_excluded'
  | 'customer_paused'
  | 'customer_blocked'
  | 'direct_debit'
  | 'not_open'
  | 'disputed'
  | 'promised'
  | 'blocked'
  | 'below_tolerance'
  | 'awaiting_delivery'
  | 'finished'
  | 'handover';

export type ScheduleDecision =
  | { kind: 'due'; level: number; attempt: number }
  | { kind: 'wait'; nextOn: string }
  | { kind: 'skip'; reason: SkipReason; until?: string };

export type ScheduleOptions = { skipDirectDebit: boolean };

const activeBlock = (blocks: readonly DunningBlock[], runDate: string) => blocks.find((b) => b.until === null || runDate <= b.until);

function customerSkip(s: DunningSubject, runDate: string, opts: ScheduleOptions): ScheduleDecision | null {
  const c = s.customer;
  if (!c.active) return { kind: 'skip', reason: 'customer_inactive' };
  if (c.excludeFromDunning) return { kind: 'skip', reason: 'customer_excluded' };
  if (c.dunningPausedUntil && runDate <= c.dunningPausedUntil) return { kind: 'skip', reason: 'customer_paused', until: c.dunningPausedUntil };
  const block = activeBlock(s.customerBlocks, runDate);
  if (block) return { kind: 'skip', reason: 'customer_blocked', ...(block.until ? { until: block.until } : {}) };
  if (opts.skipDirectDebit && c.directDebit) return { kind: 'skip', reason: 'direct_debit' };
  return null;
}

function invoiceSkip(s: DunningSubject, policy: DunningPolicy, runDate: string): ScheduleDecision | null {
  const i = s.invoice;
  if (i.status !== 'open' || i.openCents <= 0) return { kind: 'skip', reason: 'not_open' };
  if (i.disputed) return { kind: 'skip', reason: 'disputed' };
  if (i.promisedDate && runDate <= i.promisedDate) return { kind: 'skip', reason: 'promised', until: i.promisedDate };
  const block = activeBlock(s.invoiceBlocks, runDate);
  if (block) return { kind: 'skip', reason: 'blocked', ...(block.until ? { until: block.until } : {}) };
  if (i.openCents < (policy.toleranceCents[i.currency] ?? 0)) return { kind: 'skip', reason: 'below_tolerance' };
  // An issued reminder not yet delivered holds the next one back: its gap counts from its delivery.
  if (s.reminders.some((r) => r.state === 'to_deliver')) return { kind: 'skip', reason: 'awaiting_delivery' };
  return null;
}

/** The last reminder that actually reached the customer; a failed or pending one is no reminder. */
export function lastDelivered(reminders: ReminderFact[]): (ReminderFact & { deliveredOn: string }) | null {
  let last: (ReminderFact & { deliveredOn: string }) | null = null;
  for (const r of reminders) {
    if (r.state !== 'delivered' || !r.deliveredOn) continue;
    if (!last || r.deliveredOn > last.deliveredOn || (r.deliveredOn === last.deliveredOn && r.level > last.level)) last = { ...r, deliveredOn: r.deliveredOn };
  }
  return last;
}

export const attemptAt = (reminders: ReminderFact[], level: number) => reminders.filter((r) => r.level === level).length + 1;

function progression(s: DunningSubject, policy: DunningPolicy, runDate: string): ScheduleDecision {
  const last = lastDelivered(s.reminders);
  const dueAt = (level: number, on: string): ScheduleDecision =>
    runDate >= on ? { kind: 'due', level, attempt: attemptAt(s.reminders, level) } : { kind: 'wait', nextOn: on };
  if (!last) {
    const from = policy.levelOneFrom === 'issue_date' ? s.invoice.issueDate : s.invoice.dueDate;
    return dueAt(1, addDays(from, policy.levels[0]!.days));
  }
  const next = policy.levels[last.level];
  // Every later level counts from the day the previous reminder was delivered, never from the due date.
  if (next) return dueAt(last.level + 1, addDays(last.deliveredOn, next.days));
  if (policy.afterLast.kind === 'repeat') return dueAt(last.level, addDays(last.deliveredOn, policy.afterLast.everyDays));
  return { kind: 'skip', reason: policy.afterLast.kind === 'handover' ? 'handover' : 'finished' };
}

/**
 * What a run on `runDate` does with one invoice: the level due now (at most one, and only the one after the last
 * delivered), the day the next one falls due, or why it is left out. A run on any later day finds the same level
 * due, so a day the app was not opened loses nothing, and a second run finds it awaiting delivery.
 */
export function scheduleInvoice(s: DunningSubject, policy: DunningPolicy, runDate: string, opts: ScheduleOptions): ScheduleDecision {
  return customerSkip(s, runDate, opts) ?? invoiceSkip(s, policy, runDate) ?? progression(s, policy, runDate);
}
