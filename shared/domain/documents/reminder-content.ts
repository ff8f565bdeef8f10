import type { Language } from '../customer/customer';
import { daysBetween } from '../dates';
import type { Recipient, Reminder } from '../dunning/records';
import { type DunningText, renderText, type TextValues } from '../dunning/texts';
import type { Company } from './company';
import type { CostLabel } from './letter-labels';
import { formatLetterMoney, formatLongDate, letterLocale } from './letter-labels';
import type { LetterInput } from './letter-input';

/** The parts of a reminder its documents print: the frozen snapshot, never the ledger as it is now. */
export type ReminderContent = Pick<
  Reminder,
  'id' | 'runDate' | 'customerName' | 'customerNumber' | 'language' | 'level' | 'levelName' | 'currency' | 'items' | 'statementCostsCents' | 'totalCents' | 'payBy' | 'note' | 'template'
>;

/**
 * The greeting, with its comma: the contact's name where there is one. Gender is not known, so Dutch and English
 * greet by full name, German with "Guten Tag" (the neutral form offices use), French with "Madame, Monsieur,".
 */
export function salutationFor(language: Language, contactPerson: string): string {
  const name = contactPerson.trim();
  switch (language) {
    case 'nl':
      return name ? `Geachte ${name},` : 'Geachte heer, mevrouw,';
    case 'de':
      return name ? `Guten Tag ${name},` : 'Sehr geehrte Damen und Herren,';
    case 'fr':
      return 'Madame, Monsieur,';
    default:
      return name ? `Dear ${name},` : 'Dear Sir or Madam,';
  }
}

/** A reminder's money, added up once: principal, interest, and costs by the line a letter prints them on. */
export function reminderMoney(r: Pick<ReminderContent, 'items' | 'statementCostsCents'>) {
  const costs = new Map<CostLabel, number>();
  const add = (label: CostLabel, cents: number) => cents && costs.set(label, (costs.get(label) ?? 0) + cents);
  let principal = 0;
  let interest = 0;
  let announced: number | null = null;
  for (const i of r.items) {
    principal += i.openCents;
    interest += i.charges.interest.interestCents;
    const c = i.charges.costs;
    add(c.rule === 'nl-wik' ? 'collectionCosts' : c.rule === 'be-consumer' ? 'compensation' : c.rule === 'b2b-flat' ? 'flatCompensation' : 'administrationCosts', c.costsCents);
    add('vatOnCosts', c.vatCents);
    add('earlierCosts', i.charges.earlierCostsCents);
    if (i.charges.announcedCostsCents !== null) announced = (announced ?? 0) + i.charges.announcedCostsCents;
  }
  add('collectionCosts', r.statementCostsCents);
  const costsCents = [...costs.values()].reduce((a, b) => a + b, 0);
  return { principal, interest, costs, costsCents, announced };
}

/** Every placeholder's value for this reminder, to this recipient, formatted in the customer's language. */
export function reminderTextValues(r: ReminderContent, recipient: Recipient, company: Company): TextValues {
  const lang = r.language;
  const money = (cents: number) => formatLetterMoney(cents, r.currency, lang);
  const m = reminderMoney(r);
  const single = r.items.length === 1 ? r.items[0]! : null;
  const oldest = r.items.reduce((a, i) => (i.dueDate < a.dueDate ? i : a), r.items[0]!);
  return {
    'customer.name': r.customerName,
    'customer.number': r.customerNumber,
    'contact.name': recipient.contactPerson,
    salutation: salutationFor(lang, recipient.contactPerson),
    'invoice.number': single?.number ?? '',
    'invoice.date': single ? formatLongDate(single.issueDate, lang) : '',
    'invoice.dueDate': single ? formatLongDate(single.dueDate, lang) : '',
    invoiceCount: String(r.items.length),
    principal: money(m.principal),
    interest: m.interest ? money(m.interest) : '',
    costs: m.costsCents ? money(m.costsCents) : '',
    totalDue: money(r.totalCents),
    payBy: formatLongDate(r.payBy, lang),
    paymentReference: single?.paymentReference ?? '',
    iban: company.iban.replace(/(.{4})(?=.)/g, '$1 '),
    'company.name': company.legalName,
    'company.phone': company.phone,
    'company.email': company.email,
    'company.enterpriseNumber': company.registrationNumber,
    daysOverdue: String(Math.max(0, daysBetween(oldest.dueDate, r.runDate))),
    announcedCosts: m.announced ? money(m.announced) : '',
    'level.name': r.levelName,
  };
}

/** The reminder's text as it goes out: its frozen template with this recipient's values; null without a text. */
export function reminderText(r: ReminderContent, recipient: Recipient, company: Company): DunningText | null {
  return r.template ? renderText(r.template, reminderTextValues(r, recipient, company)) : null;
}

/** Our reference on letters and e-mails: short enough to quote on the phone, unique per customer, run and level. */
export const ourReference = (r: Pick<ReminderContent, 'customerNumber' | 'runDate' | 'level'>) => `${r.customerNumber}-${r.runDate.replaceAll('-', '')}-${r.level}`;

/** What the reminder's letter prints, on the letter's date, to this recipient: every value decided here. */
export function letterInputFor(r: ReminderContent, recipient: Recipient, company: Company, date: string): LetterInput | null {
  const text = reminderText(r, recipient, company);
  const address = recipient.address;
  if (!text || !address) return null;
  const abroad = address.country && company.country && address.country !== company.country;
  const m = reminderMoney(r);
  const single = r.items.length === 1 ? r.items[0]! : null;
  return {
    language: r.language,
    company,
    recipient: {
      name: r.customerName,
      contactPerson: recipient.contactPerson,
      street: address.street,
      postcodeCity: [address.postcode, address.city].filter(Boolean).join(' '),
      country: abroad ? (new Intl.DisplayNames([letterLocale[r.language]], { type: 'region' }).of(address.country) ?? address.country).toUpperCase() : '',
    },
    date,
    ourReference: ourReference(r),
    customerNumber: r.customerNumber,
    contact: { name: company.signatureName, phone: company.phone, email: company.email },
    subject: text.subject,
    body: text.body,
    note: r.note,
    items: r.items.map((i) => ({
      number: i.number,
      issueDate: i.issueDate,
      dueDate: i.dueDate,
      amountCents: i.amountCents,
      openCents: i.openCents,
      daysOverdue: Math.max(0, daysBetween(i.dueDate, r.runDate)),
      interest: i.charges.interest.periods.map((p) => ({ from: p.from, to: p.to, days: p.days, ratePct: p.ratePct, amountCents: p.amountCents })),
    })),
    costs: [...m.costs].map(([label, cents]) => ({ label, cents })),
    interestCents: m.interest,
    totalCents: r.totalCents,
    currency: r.currency,
    payBy: r.payBy,
    paymentReference: single?.paymentReference ?? '',
    iban: company.iban,
    bic: company.bic,
  };
}
