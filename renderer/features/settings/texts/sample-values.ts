import type { Language } from '../../../../shared/domain/customer/customer';
import { addDays } from '../../../../shared/domain/dates';
import type { TextValues } from '../../../../shared/domain/dunning/texts';
import { formatDate, formatMoney } from '../../../i18n/format';

/** The words of the sample that depend on the text's language: names and the greeting. */
export type SampleWords = { customer: string; contact: string; salutation: string; company: string; level: string };

/**
 * Values for the preview: one overdue invoice with interest and costs, dated around the business day, formatted in
 * the text's language as a reminder to such a customer would be. Invented, so the preview never shows a real
 * customer's data by accident.
 */
export function sampleValues(language: Language, words: SampleWords, today: string): TextValues {
  const money = (cents: number) => formatMoney(cents, 'EUR', language);
  const date = (d: string) => formatDate(d, language);
  const [principal, interest, costs] = [1_250_00, 12_34, 40_00];
  return {
    'customer.name': words.customer,
    'customer.number': 'K10042',
    'contact.name': words.contact,
    salutation: words.salutation,
    'invoice.number': '2026-0815',
    'invoice.date': date(addDays(today, -53)),
    'invoice.dueDate': date(addDays(today, -23)),
    invoiceCount: '1',
    principal: money(principal),
    interest: money(interest),
    costs: money(costs),
    totalDue: money(principal + interest + costs),
    payBy: date(addDays(today, 14)),
    paymentReference: 'RF18 5390 0754 7034',
    iban: 'NL91 ABNA 0417 1643 00',
    'company.name': words.company,
    'company.phone': '+31 30 123 45 67',
    'company.email': 'debiteuren@example.com',
    'company.enterpriseNumber': '0123.456.789',
    daysOverdue: '23',
    announcedCosts: money(187_50),
    'level.name': words.level,
  };
}
