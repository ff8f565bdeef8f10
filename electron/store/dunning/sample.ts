import { chargesFor, type Law } from '../../../shared/domain/dunning/charges';
import { defaultPolicyFor } from '../../../shared/domain/dunning/default-policies';
import type { ReminderContent } from '../../../shared/domain/documents/reminder-content';
import type { Recipient } from '../../../shared/domain/dunning/records';
import { formatReference } from '../../../shared/domain/payment/reference';
import { AppFailure } from '../../../shared/result';
import type { OfficeDunning } from '../api/context';
import type { CustomerSearchIndex } from '../customer/search-index';
import type { DebitumDb } from '../db';
import type { ReceivablesIndex } from '../invoice/receivables-index';
import type { DunningConfigCache } from './config';
import { type DunningMemory, factsOf } from './memory';
import { contactsOf } from './reminders';

/**
 * What a text would say to one customer today: its overdue open invoices at the level the text is for, charged as
 * the customer's policy and law say, and its dunning contact. Only for the text editor's preview; nothing is issued.
 */
export async function sampleReminder(
  deps: { db: DebitumDb; receivables: ReceivablesIndex; customers: CustomerSearchIndex; memory: DunningMemory; config: DunningConfigCache },
  input: { customerId: string; levelId: string },
  today: string,
  office: OfficeDunning,
): Promise<{ content: ReminderContent; contact: Recipient }> {
  await deps.customers.loaded();
  const c = deps.customers.peek(input.customerId);
  if (!c) throw new AppFailure('not_found', `customer ${input.customerId} does not exist`);
  const [open, mem, config] = await Promise.all([deps.receivables.open(), deps.memory.load(), deps.config.get(office.language)]);
  const law: Law = { country: c.country === 'BE' || c.country === 'DE' || c.country === 'NL' ? c.country : office.country, kind: c.dunning.kind };
  const byLaw = defaultPolicyFor(c.country, c.dunning.kind, office.country);
  const policy = (c.dunning.dunningPolicyId && config.policies.get(c.dunning.dunningPolicyId)) || config.policies.get(byLaw.id) || byLaw;
  const index = Math.max(0, policy.levels.findIndex((l) => l.id === input.levelId));
  const level = policy.levels[index]!;
  const invoices = open.filter((i) => i.customerId === c.id && i.dueDate < today);
  const items = invoices.map((i) => {
    const history = factsOf(mem.items.get(i.id)).flatMap((f) => (f.state === 'delivered' && f.deliveredOn ? [{ ...f, deliveredOn: f.deliveredOn }] : []));
    const charges = chargesFor({ law, level, runDate: today, invoice: i, history, tables: config.tables });
    const paymentReference = i.paymentReference ? formatReference(i.paymentReference.scheme, i.paymentReference.value) : '';
    return { invoiceId: i.id, number: i.number, issueDate: i.issueDate, dueDate: i.dueDate, amountCents: i.amountCents, openCents: i.openCents, paymentReference, charges, advancesTo: index + 1 };
  });
  if (items.length === 0) throw new AppFailure('validation', 'no overdue invoices', [{ field: 'customerId', key: 'errors.dunning.nothingOverdue', message: 'no overdue invoices' }]);
  const content: ReminderContent = {
    id: 'preview',
    runDate: today,
    customerName: c.name,
    customerNumber: c.number,
    language: c.dunning.language,
    level: index + 1,
    levelName: level.name,
    currency: invoices[0]!.currency,
    items,
    statementCostsCents: 0,
    totalCents: items.reduce((a, i) => a + i.charges.totalCents, 0),
    payBy: items[0]!.charges.payBy,
    note: '',
    template: null,
  };
  const contact = (await contactsOf(deps.db, [c.id])).get(c.id) ?? { contactPerson: '', email: '', phone: '', address: null };
  return { content, contact };
}
