import { addDays } from '../../shared/domain/dates';

/**
 * A plain model of who is due for which reminder, written from DOMAIN.md §3 ("How a run decides") and kept apart
 * from the engine in shared/domain/dunning: the property test drives the real store and holds it to this.
 * The model keeps an invoice's reminders in the order they were issued; a new one is issued only once the one
 * before it was delivered or failed, so the last delivered in that order is the last delivered by date.
 */

export type ModelPolicy = {
  id: string;
  mode: 'invoice' | 'customer';
  levelOneFrom: 'due_date' | 'issue_date';
  /** Per level: level 1 after the due (or issue) date, each later level after the previous one was delivered. */
  days: number[];
  phone: boolean[];
  toleranceCents: Record<string, number>;
  afterLast: { kind: 'stop' } | { kind: 'handover' } | { kind: 'repeat'; everyDays: number };
};

export type ModelBlock = { id: string; until: string | null; lifted: boolean };

export type ModelCustomer = {
  id: string;
  policyId: string;
  active: boolean;
  excluded: boolean;
  pausedUntil: string | null;
  directDebit: boolean;
  blocks: ModelBlock[];
};

export type ModelReminder = { reminderId: string; level: number; attempt: number; runDate: string; state: 'to_deliver' | 'delivered' | 'failed'; deliveredOn: string | null };

export type ModelInvoice = {
  id: string;
  number: string;
  customerId: string;
  issueDate: string;
  dueDate: string;
  currency: string;
  openCents: number;
  disputed: boolean;
  promisedDate: string | null;
  blocks: ModelBlock[];
  /** Set by the run that found it past the last level of a hand-over policy. */
  handedOver: boolean;
  /** The reminders that advanced it, in the order they were issued (a statement that only listed it is not one). */
  reminders: ModelReminder[];
};

export type Verdict =
  | { kind: 'due'; level: number; attempt: number; gapFrom: string; gap: number }
  | { kind: 'wait'; on: string }
  | { kind: 'skip'; reasons: Set<string> };

const holds = (blocks: ModelBlock[], day: string) => blocks.some((b) => !b.lifted && (b.until === null || day <= b.until));

/** Every reason the rules name for leaving the invoice out on `day`; the engine reports one of them. */
export function reasonsOf(inv: ModelInvoice, c: ModelCustomer, p: ModelPolicy, day: string): Set<string> {
  const r = new Set<string>();
  if (!c.active) r.add('customer_inactive');
  if (c.excluded) r.add('customer_excluded');
  if (c.pausedUntil !== null && day <= c.pausedUntil) r.add('customer_paused');
  if (holds(c.blocks, day)) r.add('customer_blocked');
  if (c.directDebit) r.add('direct_debit');
  if (inv.disputed) r.add('disputed');
  if (inv.promisedDate !== null && day <= inv.promisedDate) r.add('promised');
  if (inv.handedOver || holds(inv.blocks, day)) r.add('blocked');
  if (inv.openCents < (p.toleranceCents[inv.currency] ?? 0)) r.add('below_tolerance');
  if (inv.reminders.some((m) => m.state === 'to_deliver')) r.add('awaiting_delivery');
  return r;
}

const attemptAt = (inv: ModelInvoice, level: number) => inv.reminders.filter((m) => m.level === level).length + 1;

/** What a run on `day` must do with an open invoice. */
export function verdictOf(inv: ModelInvoice, c: ModelCustomer, p: ModelPolicy, day: string): Verdict {
  const reasons = reasonsOf(inv, c, p, day);
  if (reasons.size > 0) return { kind: 'skip', reasons };
  const last = inv.reminders.filter((m) => m.state === 'delivered').at(-1);
  const due = (level: number, gapFrom: string, gap: number): Verdict => {
    const on = addDays(gapFrom, gap);
    return day >= on ? { kind: 'due', level, attempt: attemptAt(inv, level), gapFrom, gap } : { kind: 'wait', on };
  };
  if (!last) return due(1, p.levelOneFrom === 'issue_date' ? inv.issueDate : inv.dueDate, p.days[0]!);
  if (last.level < p.days.length) return due(last.level + 1, last.deliveredOn!, p.days[last.level]!);
  if (p.afterLast.kind === 'repeat') return due(last.level, last.deliveredOn!, p.afterLast.everyDays);
  return { kind: 'skip', reasons: new Set([p.afterLast.kind === 'handover' ? 'handover' : 'finished']) };
}

export type ExpectedItem = { invoiceId: string; advancesTo: number | null; openCents: number };
export type ExpectedReminder = { id: string; customerId: string; currency: string; level: number; attempt: number; phone: boolean; items: ExpectedItem[] };

/**
 * The reminders a customer must get on `day`. Per invoice: one per due invoice, with an id from invoice, policy,
 * level and attempt. Statement mode: one per currency with a due invoice, at the highest level due, listing every
 * open invoice that is due, waiting for its day or awaiting delivery; its attempt counts the customer's earlier
 * statements at that level.
 */
export function expectedFor(
  c: ModelCustomer,
  p: ModelPolicy,
  open: ModelInvoice[],
  day: string,
  statementsAt: (currency: string, level: number) => number,
): ExpectedReminder[] {
  const verdicts = open.map((inv) => ({ inv, v: verdictOf(inv, c, p, day) }));
  const item = (inv: ModelInvoice, advancesTo: number | null): ExpectedItem => ({ invoiceId: inv.id, advancesTo, openCents: inv.openCents });
  const due = verdicts.flatMap(({ inv, v }) => (v.kind === 'due' ? [{ inv, v }] : []));
  if (p.mode === 'invoice') {
    return due.map(({ inv, v }) => ({
      id: `rem:${inv.id}:${p.id}:${v.level}:${v.attempt}`,
      customerId: c.id,
      currency: inv.currency,
      level: v.level,
      attempt: v.attempt,
      phone: p.phone[v.level - 1]!,
      items: [item(inv, v.level)],
    }));
  }
  const out: ExpectedReminder[] = [];
  for (const currency of new Set(due.map((d) => d.inv.currency))) {
    const level = Math.max(...due.filter((d) => d.inv.currency === currency).map((d) => d.v.level));
    const listed = verdicts.filter(
      ({ inv, v }) => inv.currency === currency && (v.kind !== 'skip' || (v.reasons.size === 1 && v.reasons.has('awaiting_delivery'))),
    );
    const attempt = statementsAt(currency, level) + 1;
    out.push({
      id: `rem:customer:${c.id}:${currency}:${p.id}:${level}:${attempt}`,
      customerId: c.id,
      currency,
      level,
      attempt,
      phone: p.phone[level - 1]!,
      items: listed.map(({ inv, v }) => item(inv, v.kind === 'due' ? v.level : null)),
    });
  }
  return out;
}
