import type { Invoice } from '../../../shared/domain/invoice/invoice';
import { type IssuedReminder, type ProposalCustomer, type ProposedReminder, proposeRun, statementKey } from '../../../shared/domain/dunning/proposal';
import type { RunLeftOut, RunReminder, RunReview } from '../../../shared/domain/dunning/records';
import { chooseText } from '../../../shared/domain/dunning/texts';
import type { CustomerDunningFacts, CustomerSearchIndex } from '../customer/search-index';
import type { OfficeDunning } from '../api/context';
import type { ReminderItemRecord } from '../db';
import type { ReceivablesIndex } from '../invoice/receivables-index';
import type { DunningConfig, DunningConfigCache } from './config';
import { activeBlocks, type DunningMemory, factsOf } from './memory';

export type Computed = { reminders: RunReminder[]; leftOut: RunLeftOut[]; basis: Record<string, number> };

type Customer = ProposalCustomer & CustomerDunningFacts & { name: string; number: string };

/** What a reminder is about, so the review's changes find it again when its id changes with its level. */
export const subjectOf = (r: Pick<ProposedReminder, 'id' | 'customerId' | 'currency' | 'items'>): string =>
  r.id.startsWith('rem:customer:') ? statementKey(r.customerId, r.currency) : r.items[0]!.invoiceId;

/** The open invoices the run may look at, and those the review took out (with its reason). */
function selectInvoices(open: Invoice[], customers: CustomerSearchIndex, review: RunReview) {
  const invoices: Invoice[] = [];
  const byId = new Map<string, Customer>();
  const leftOut: RunLeftOut[] = [];
  // Maps, not the review's records: a lookup of a missing key in a record walks its prototype, 90k times a proposal.
  const excludedCustomers = new Map(Object.entries(review.excludedCustomers));
  const excludedInvoices = new Map(Object.entries(review.excludedInvoices));
  for (const invoice of open) {
    const c = customers.peek(invoice.customerId);
    if (!c) continue;
    const note = excludedCustomers.get(c.id) ?? excludedInvoices.get(invoice.id);
    if (note !== undefined) {
      leftOut.push({ customerId: c.id, invoiceId: invoice.id, reason: 'excluded_in_review', note });
      continue;
    }
    invoices.push(invoice);
    if (!byId.has(c.id)) {
      byId.set(c.id, { ...c.dunning, id: c.id, name: c.name, number: c.number, country: c.country, active: c.active, policyId: c.dunning.dunningPolicyId });
    }
  }
  return { invoices, customers: byId, leftOut };
}

type TextChoice = RunReminder['text'];

/**
 * Which text each language × level × profile gets, worked out once per proposal: tens of thousands of reminders
 * share a handful of them.
 */
function textChooser(config: DunningConfig): (language: Customer['language'], levelId: string, profile: string) => TextChoice {
  const chosen = new Map<string, TextChoice>();
  return (language, levelId, profile) => {
    const key = `${language}|${levelId}|${profile}`;
    let text = chosen.get(key);
    if (text === undefined) {
      const c = chooseText(config.texts, { language, levelId, profile });
      text = c && { language: c.language, profile: c.profile, fallback: c.fallback };
      chosen.set(key, text);
    }
    return text;
  };
}

/** The facts of the invoices reminded before; most open invoices have none yet, and the engine reads none as none. */
function factsByInvoice(invoices: Invoice[], items: Map<string, ReminderItemRecord[]>): Map<string, IssuedReminder[]> {
  const out = new Map<string, IssuedReminder[]>();
  for (const i of invoices) {
    const mine = items.get(i.id);
    if (mine) out.set(i.id, factsOf(mine));
  }
  return out;
}

/**
 * The engine's reminder as the review shows it: who, which policy level and text, and what the review changed. The
 * engine's object is fresh and ours, so it is completed in place: a copy of 30,000 reminders was a tenth of the time.
 */
function shown(r: ProposedReminder, c: Customer, config: DunningConfig, review: RunReview, textOf: ReturnType<typeof textChooser>): RunReminder {
  const policy = config.policies.get(r.policyId)!;
  const level = policy.levels[r.level - 1]!;
  const subject = subjectOf(r);
  const channel = review.channels[subject];
  const out = r as RunReminder;
  out.customerName = c.name;
  out.customerNumber = c.number;
  out.language = c.language;
  out.profile = c.profile;
  out.policyName = policy.name;
  out.levelName = level.name;
  out.finalNotice = level.finalNotice;
  out.fourteenDayLetter = level.fourteenDayLetter;
  out.channelChanged = channel !== undefined && channel !== r.channel;
  out.channel = channel ?? r.channel;
  out.text = textOf(c.language, level.id, c.profile);
  out.proposedLevel = review.levels[subject]?.from ?? null;
  out.note = review.notes[subject] ?? '';
  return out;
}

/**
 * The proposal for a run date with the review's changes applied: computed from memory (open invoices, customers,
 * reminder facts, blocks) by the pure engine, so it costs no database read.
 */
export async function computeProposal(
  deps: { receivables: ReceivablesIndex; customers: CustomerSearchIndex; memory: DunningMemory; config: DunningConfigCache },
  runDate: string,
  review: RunReview,
  office: OfficeDunning,
): Promise<Computed> {
  await deps.customers.loaded();
  const [open, mem, config] = await Promise.all([deps.receivables.open(), deps.memory.load(), deps.config.get(office.language)]);
  const selected = selectInvoices(open, deps.customers, review);
  const blocks = activeBlocks(mem.blocks.values(), runDate);
  const proposal = proposeRun({
    runDate,
    invoices: selected.invoices,
    customers: selected.customers,
    remindersByInvoice: factsByInvoice(selected.invoices, mem.items),
    invoiceBlocks: blocks.invoices,
    customerBlocks: blocks.customers,
    policies: config.policies,
    officeCountry: office.country,
    tables: config.tables,
    skipDirectDebit: office.skipDirectDebit,
    levelOverrides: new Map(Object.entries(review.levels).map(([k, v]) => [k, v.level])),
    issuedStatements: mem.statements,
  });
  const textOf = textChooser(config);
  const reminders = proposal.reminders.map((r) => shown(r, selected.customers.get(r.customerId)!, config, review, textOf));
  const basis: Record<string, number> = {};
  for (const r of reminders) for (const i of r.items) basis[i.invoiceId] = i.openCents;
  return { reminders, leftOut: [...selected.leftOut, ...proposal.leftOut], basis };
}
