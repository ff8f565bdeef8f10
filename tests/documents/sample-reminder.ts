/** A reminder as a run freezes it, and the contact it goes to: for the letter, e-mail and outbox tests and benches. */
import { defaultPolicies } from '../../shared/domain/dunning/default-policies';
import { defaultTexts } from '../../shared/domain/dunning/default-texts';
import { type ProposalInvoice, proposeRun } from '../../shared/domain/dunning/proposal';
import type { Recipient, Reminder } from '../../shared/domain/dunning/records';
import { defaultRateTables } from '../../shared/domain/dunning/statutory';
import { chooseText } from '../../shared/domain/dunning/texts';

export const invoice = (id: string, dueDate: string, openCents: number): ProposalInvoice => ({
  id,
  number: `2026-${id}`,
  customerId: 'c1',
  issueDate: '2026-08-01',
  dueDate,
  currency: 'EUR',
  amountCents: openCents + 1_000,
  openCents,
  status: 'open',
  disputed: false,
  promisedDate: null,
  paymentReference: { scheme: 'rf', value: 'RF18539007547034' },
});

/** A reminder as execute freezes it: the engine's proposal at a level, with the shipped text of that level. */
export function frozen(language: 'nl' | 'en' | 'de' | 'fr', level: 1 | 2 | 3, invoices: ProposalInvoice[]): Reminder {
  const policy = defaultPolicies.find((p) => p.id === 'nl-business')!;
  const history = level === 1 ? [] : [{ level: level - 1, attempt: 1, state: 'delivered' as const, deliveredOn: '2026-10-20', sentBy: 'email' as const, statutoryCostsCents: 0, feeCents: 0, fourteenDayLetter: false }];
  const proposal = proposeRun({
    runDate: '2026-11-23',
    invoices,
    customers: new Map([['c1', { id: 'c1', country: 'NL', kind: 'business', active: true, excludeFromDunning: false, dunningPausedUntil: null, directDebit: false, policyId: null }]]),
    remindersByInvoice: new Map(invoices.map((i) => [i.id, history])),
    invoiceBlocks: new Map(),
    customerBlocks: new Map(),
    policies: new Map([[policy.id, policy]]),
    officeCountry: 'NL',
    tables: defaultRateTables,
    skipDirectDebit: true,
  });
  const r = proposal.reminders[0]!;
  const levelDef = policy.levels[r.level - 1]!;
  return {
    ...r,
    customerName: 'Bakkerij Zoë Müller',
    customerNumber: 'K1',
    language,
    profile: 'standard',
    policyName: policy.name,
    levelName: levelDef.name,
    finalNotice: levelDef.finalNotice,
    fourteenDayLetter: false,
    text: { language, profile: 'standard', fallback: null },
    proposedLevel: null,
    channelChanged: false,
    note: '',
    runId: 'run:2026-11-23:1',
    runDate: '2026-11-23',
    invoiceIds: r.items.map((i) => i.invoiceId),
    template: chooseText(defaultTexts, { language, levelId: levelDef.id, profile: 'standard' })!.text,
    state: 'to_deliver',
    deliveredOn: null,
    via: null,
    recipient: null,
    createdAt: '2026-11-23T09:00:00.000Z',
    createdBy: 'Tester',
  };
}

export const recipient: Recipient = { contactPerson: 'Els Łukasik', email: 'ap@zoe.example', phone: '', address: { street: 'Ærøgade 4', postcode: '8000', city: 'Århus', country: 'DK' } };

