import { chargesFor, type Charges, type DeliveredReminder, type Law } from './charges';
import { defaultPolicyFor } from './default-policies';
import type { DunningChannel, DunningPolicy } from './policy';
import { attemptAt, type DunningBlock, type ReminderFact, scheduleInvoice, type SkipReason } from './schedule';
import type { CustomerKind, Jurisdiction } from './statutory/costs';
import type { RateTables } from './statutory/rates';
import { formatReference, type ReferenceScheme } from '../payment/reference';

/** An issued reminder as the engine reads it back: its schedule facts and what it charged. */
export type IssuedReminder = ReminderFact & Omit<DeliveredReminder, 'deliveredOn'>;

export type ProposalInvoice = {
  id: string;
  number: string;
  customerId: string;
  issueDate: string;
  dueDate: string;
  currency: string;
  amountCents: number;
  openCents: number;
  status: 'open' | 'paid' | 'credited';
  disputed: boolean;
  promisedDate: string | null;
  paymentReference?: { scheme: ReferenceScheme; value: string } | null;
};

export type ProposalCustomer = {
  id: string;
  country: string;
  kind: CustomerKind;
  active: boolean;
  excludeFromDunning: boolean;
  dunningPausedUntil: string | null;
  directDebit: boolean;
  /** The policy on the customer's Dunning tab; null for the default of its country and kind. */
  policyId: string | null;
};

export type ProposalInput = {
  runDate: string;
  invoices: ProposalInvoice[];
  customers: Map<string, ProposalCustomer>;
  remindersByInvoice: Map<string, IssuedReminder[]>;
  invoiceBlocks: Map<string, DunningBlock[]>;
  customerBlocks: Map<string, DunningBlock[]>;
  policies: Map<string, DunningPolicy>;
  officeCountry: Jurisdiction;
  tables: RateTables;
  skipDirectDebit: boolean;
  /** Levels set in review, by invoice id (per invoice) or `statementKey` (statement mode); recorded as manual. */
  levelOverrides?: Map<string, number>;
  /** The ids of the statements issued so far: a statement's attempt counts the customer's, not one invoice's. */
  issuedStatements?: ReadonlySet<string>;
};

/** What a statement reminder is about: one customer in one currency. */
export const statementKey = (customerId: string, currency: string) => `customer:${customerId}:${currency}`;

/** One invoice of a reminder, with what its letter and e-mail print of it. */
export type ProposedItem = {
  invoiceId: string;
  number: string;
  issueDate: string;
  dueDate: string;
  amountCents: number;
  openCents: number;
  /** The invoice's structured payment reference as the customer writes it; empty when it has none. */
  paymentReference: string;
  charges: Charges;
  advancesTo: number | null;
};

export type ProposedReminder = {
  /** Derived from what it is (invoice or customer + currency, policy, level, attempt): the same on every seat. */
  id: string;
  customerId: string;
  policyId: string;
  level: number;
  levelId: string;
  attempt: number;
  channel: DunningChannel;
  currency: string;
  items: ProposedItem[];
  /** Statement mode: the costs charged once on the total principal. */
  statementCostsCents: number;
  totalCents: number;
  payBy: string;
};

export type LeftOut = { customerId: string; invoiceId: string; reason: SkipReason; until?: string };

export type Proposal = { runDate: string; reminders: ProposedReminder[]; leftOut: LeftOut[] };

const lawOf = (c: ProposalCustomer, office: Jurisdiction): Law => ({
  country: c.country === 'NL' || c.country === 'BE' || c.country === 'DE' ? c.country : office,
  kind: c.kind,
});

/** Shared by every invoice without reminders or blocks, most of them: never written to. */
const NONE: readonly never[] = Object.freeze([]);

const delivered = (rs: IssuedReminder[]): DeliveredReminder[] =>
  rs.length === 0 ? (NONE as never[]) : rs.filter((r) => r.state === 'delivered' && r.deliveredOn).map((r) => ({ ...r, deliveredOn: r.deliveredOn! })).sort((a, b) => a.deliveredOn.localeCompare(b.deliveredOn));

type Due = { invoice: ProposalInvoice; level: number; attempt: number };

/** Per customer: the policy that applies, its law, and for each of its open invoices what the schedule decides. */
function decide(input: ProposalInput, leftOut: LeftOut[]): Map<string, { policy: DunningPolicy; law: Law; due: Due[]; listed: ProposalInvoice[] }> {
  const byCustomer = new Map<string, { policy: DunningPolicy; law: Law; due: Due[]; listed: ProposalInvoice[] }>();
  for (const invoice of input.invoices) {
    const customer = input.customers.get(invoice.customerId);
    if (!customer) continue;
    let entry = byCustomer.get(customer.id);
    if (!entry) {
      // The default of the customer's law as the office edited it, else as shipped.
      const fallback = defaultPolicyFor(customer.country, customer.kind, input.officeCountry);
      const policy = (customer.policyId && input.policies.get(customer.policyId)) || input.policies.get(fallback.id) || fallback;
      entry = { policy, law: lawOf(customer, input.officeCountry), due: [], listed: [] };
      byCustomer.set(customer.id, entry);
    }
    const reminders = input.remindersByInvoice.get(invoice.id) ?? (NONE as never[]);
    const subject = { invoice, customer, reminders, invoiceBlocks: input.invoiceBlocks.get(invoice.id) ?? NONE, customerBlocks: input.customerBlocks.get(customer.id) ?? NONE };
    const d = scheduleInvoice(subject, entry.policy, input.runDate, { skipDirectDebit: input.skipDirectDebit });
    if (d.kind === 'due') entry.due.push(overridden(input, entry.policy, invoice, reminders, d));
    else if (d.kind === 'skip') leftOut.push({ customerId: customer.id, invoiceId: invoice.id, reason: d.reason, ...(d.until ? { until: d.until } : {}) });
    // Statement mode lists every open undisputed invoice, due for a level or not.
    if (d.kind === 'due' || d.kind === 'wait' || (d.kind === 'skip' && d.reason === 'awaiting_delivery')) entry.listed.push(invoice);
  }
  return byCustomer;
}

/** The review's level for an invoice due anyway; a level the policy does not have is kept to its last. */
function overridden(input: ProposalInput, policy: DunningPolicy, invoice: ProposalInvoice, reminders: IssuedReminder[], d: { level: number; attempt: number }): Due {
  const want = input.levelOverrides?.get(invoice.id);
  if (want === undefined || want === d.level) return { invoice, level: d.level, attempt: d.attempt };
  const level = Math.min(Math.max(want, 1), policy.levels.length);
  return { invoice, level, attempt: attemptAt(reminders, level) };
}

function item(input: ProposalInput, law: Law, policy: DunningPolicy, level: number, invoice: ProposalInvoice, advancesTo: number | null): ProposedItem {
  const charges = chargesFor({ law, level: policy.levels[level - 1]!, runDate: input.runDate, invoice, history: delivered(input.remindersByInvoice.get(invoice.id) ?? (NONE as never[])), tables: input.tables });
  const reference = invoice.paymentReference ? formatReference(invoice.paymentReference.scheme, invoice.paymentReference.value) : '';
  return {
    invoiceId: invoice.id,
    number: invoice.number,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    amountCents: invoice.amountCents,
    openCents: invoice.openCents,
    paymentReference: reference,
    charges,
    advancesTo,
  };
}

const sum = (items: ProposedItem[], f: (i: ProposedItem) => number) => items.reduce((a, i) => a + f(i), 0);

function perInvoice(input: ProposalInput, customerId: string, policy: DunningPolicy, law: Law, due: Due): ProposedReminder {
  const level = policy.levels[due.level - 1]!;
  const it = item(input, law, policy, due.level, due.invoice, due.level);
  return {
    id: `rem:${due.invoice.id}:${policy.id}:${due.level}:${due.attempt}`,
    customerId,
    policyId: policy.id,
    level: due.level,
    levelId: level.id,
    attempt: due.attempt,
    channel: level.channel,
    currency: due.invoice.currency,
    items: [it],
    statementCostsCents: 0,
    totalCents: it.charges.totalCents,
    payBy: it.charges.payBy,
  };
}

/**
 * Statement mode: one reminder per customer and currency at the level of its most advanced due invoice, listing
 * every open undisputed invoice; interest per invoice, costs once on the total principal. Each due invoice moves to
 * its own next level, so no invoice skips one.
 */
function statement(input: ProposalInput, customerId: string, policy: DunningPolicy, law: Law, due: Due[], listed: ProposalInvoice[], currency: string): ProposedReminder {
  const highest = due.reduce((a, d) => (d.level > a.level || (d.level === a.level && d.attempt > a.attempt) ? d : a));
  const want = input.levelOverrides?.get(statementKey(customerId, currency));
  const topLevel = want === undefined ? highest.level : Math.min(Math.max(want, 1), policy.levels.length);
  const prefix = `rem:${statementKey(customerId, currency)}:${policy.id}:${topLevel}`;
  // Each invoice's own attempt would repeat the id of an earlier statement that led with another invoice.
  let attempt = 1;
  while (input.issuedStatements?.has(`${prefix}:${attempt}`)) attempt += 1;
  const top = { invoice: highest.invoice, level: topLevel, attempt };
  const level = policy.levels[top.level - 1]!;
  const noCosts = { ...policy, levels: policy.levels.map((l) => ({ ...l, costs: { kind: 'none' as const } })) };
  const items = listed.filter((i) => i.currency === currency).map((i) => item(input, law, noCosts, top.level, i, due.find((d) => d.invoice.id === i.id)?.level ?? null));
  const principal = sum(items, (i) => i.openCents);
  const costs = chargesFor({ law, level, runDate: input.runDate, invoice: { dueDate: top.invoice.dueDate, openCents: principal }, history: delivered(input.remindersByInvoice.get(top.invoice.id) ?? (NONE as never[])), tables: input.tables }).costs;
  const statementCostsCents = costs.costsCents + costs.vatCents;
  return {
    id: `${prefix}:${attempt}`,
    customerId,
    policyId: policy.id,
    level: top.level,
    levelId: level.id,
    attempt: top.attempt,
    channel: level.channel,
    currency,
    items,
    statementCostsCents,
    totalCents: sum(items, (i) => i.charges.totalCents) + statementCostsCents,
    payBy: items[0]!.charges.payBy,
  };
}

/** Who gets which reminder on the run date, and why every other open invoice is left out. Pure: the store host runs it next to its in-memory invoices. */
export function proposeRun(input: ProposalInput): Proposal {
  const leftOut: LeftOut[] = [];
  const reminders: ProposedReminder[] = [];
  for (const [customerId, { policy, law, due, listed }] of decide(input, leftOut)) {
    if (due.length === 0) continue;
    if (policy.mode === 'invoice') {
      for (const d of due) reminders.push(perInvoice(input, customerId, policy, law, d));
      continue;
    }
    for (const currency of new Set(due.map((d) => d.invoice.currency))) {
      reminders.push(statement(input, customerId, policy, law, due.filter((d) => d.invoice.currency === currency), listed, currency));
    }
  }
  return { runDate: input.runDate, reminders, leftOut };
}
