import mjml2html from 'mjml';
import Mustache from 'mustache';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Language } from '../../../shared/domain/customer/customer';
import type { Company } from '../../../shared/domain/documents/company';
import { formatLetterMoney, formatShortDate, letterLabels, fill } from '../../../shared/domain/documents/letter-labels';
import { ourReference, reminderMoney, type ReminderContent } from '../../../shared/domain/documents/reminder-content';
import type { DunningText } from '../../../shared/domain/dunning/texts';
import { daysBetween } from '../../../shared/domain/dates';

/** Gmail clips a message's HTML above 102 KB; a reminder stays well below (DOMAIN.md §4). */
export const MAX_HTML_BYTES = 100 * 1024;
/** Rows of open items the e-mail lists itself; a longer statement names the rest as being in the attached letter. */
const MAX_ROWS = 40;

type Compiled = { html: string; text: string };

/** Everything an e-mail template shows, as strings formatted in the customer's language. */
export type EmailView = ReturnType<typeof emailView>;

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ lines: p.split('\n').map((text, i) => ({ text, first: i === 0 })) }));

/** The e-mail's data, from the same frozen reminder, its rendered text and the company as the letter uses them. */
export function emailView(r: ReminderContent, text: DunningText, company: Company, hasAttachment: boolean) {
  const lang = r.language;
  const labels = letterLabels[lang];
  const money = (cents: number) => formatLetterMoney(cents, r.currency, lang);
  const m = reminderMoney(r);
  const single = r.items.length === 1 ? r.items[0]! : null;
  const sums = [
    { label: labels.principal, amount: money(m.principal) },
    ...(m.interest ? [{ label: fill(labels.interestTo, { date: formatShortDate(r.runDate, lang) }), amount: money(m.interest) }] : []),
    ...[...m.costs].map(([label, cents]) => ({ label: labels.costs[label], amount: money(cents) })),
  ];
  const registration = labels.registration as Record<string, string>;
  return {
    customer: { name: r.customerName, number: r.customerNumber },
    ourReference: ourReference(r),
    subject: text.subject,
    preview: paragraphsOf(text.body)[1]?.lines[0]?.text ?? text.subject,
    paragraphs: [...paragraphsOf(text.body), ...paragraphsOf(r.note)],
    labels,
    items: r.items.slice(0, MAX_ROWS).map((i) => ({
      number: i.number,
      issueDate: formatShortDate(i.issueDate, lang),
      dueDate: formatShortDate(i.dueDate, lang),
      open: money(i.openCents),
      daysOverdue: String(Math.max(0, daysBetween(i.dueDate, r.runDate))),
    })),
    more: r.items.length > MAX_ROWS ? { count: r.items.length - MAX_ROWS } : null,
    sums,
    totalDue: money(r.totalCents),
    payBy: fill(labels.payBy, { date: formatShortDate(r.payBy, lang) }),
    payment: { payee: company.legalName, iban: company.iban.replace(/(.{4})(?=.)/g, '$1 '), bic: company.bic, reference: single?.paymentReference ?? '' },
    hasAttachment,
    signature: { name: company.signatureName, function: company.signatureFunction },
    company: {
      name: company.legalName,
      address: [company.street, [company.postcode, company.city].filter(Boolean).join(' ')].filter(Boolean).join(', '),
      phone: company.phone,
      email: company.email,
      website: company.website,
      registration: company.registrationNumber,
      registrationLabel: registration[company.country] ?? registration.other ?? '',
      vat: company.vatNumber,
      footer: company.footerLine,
    },
  };
}

// The plain-text part is not HTML: its values go in as they are.
const asIs = { escape: (s: string) => s };

/**
 * The e-mail templates of resources/templates/email/: MJML per language, compiled to HTML once (MJML takes a few
 * milliseconds a document, far too slow for every message of a run) with the Mustache placeholders left in; each
 * message then fills them with Mustache, which HTML-escapes every value. The plain-text part is a Mustache template
 * of its own over the same view.
 */
export function emailTemplates(resourcesDir: string) {
  const compiled = new Map<Language, Promise<Compiled>>();

  async function compile(language: Language): Promise<Compiled> {
    const file = (ext: string) => readFile(path.join(resourcesDir, 'templates', 'email', `${language}.${ext}`), 'utf8');
    const [source, text] = await Promise.all([file('mjml'), file('txt')]);
    // Strict: a broken template fails here, at its first use, never as a half-rendered e-mail. No web fonts: the
    // message must not load anything from outside.
    const { html } = await mjml2html(source, { validationLevel: 'strict', fonts: {}, keepComments: false });
    return { html, text };
  }

  const templateOf = (language: Language) => {
    let t = compiled.get(language);
    if (!t) {
      t = compile(language);
      compiled.set(language, t);
    }
    return t;
  };

  return {
    async render(language: Language, view: EmailView): Promise<{ html: string; text: string }> {
      const t = await templateOf(language);
      const html = Mustache.render(t.html, view);
      if (Buffer.byteLength(html) > MAX_HTML_BYTES) throw new Error(`the e-mail's HTML is ${Buffer.byteLength(html)} bytes, over ${MAX_HTML_BYTES}`);
      const text = Mustache.render(t.text, view, {}, asIs).replace(/\n{3,}/g, '\n\n');
      return { html, text };
    },
  };
}

export type EmailTemplates = ReturnType<typeof emailTemplates>;
