/**
 * Reminder texts per language × level × customer profile, written in Mustache (logic-less).
 *
 * What a text is and is not:
 * - `subject` is one line (the e-mail subject and the letter's subject line), `sms` one short line with amount,
 *   reference and pay-by date, `body` plain text: paragraphs separated by a blank line, a single newline a line break
 *   inside a paragraph (the closing and signature). The body begins with `{{salutation}}` and ends with the closing,
 *   so an office can change both; the letter and e-mail builders add no greeting of their own.
 * - The table of open items (number, date, due date, amount, open, days overdue, interest periods, costs) is NOT part
 *   of the text: every document that shows the body lays the overview out below it, and the text refers to it
 *   ("in the overview below"). That keeps the text logic-less and the table typeset by the document, not by a user.
 * - Every value is a pre-formatted string (money and dates formatted by the caller in the customer's language). A value
 *   that does not apply is the empty string, so `{{#interest}}…{{/interest}}` mentions interest only when there is
 *   some, and `{{^invoice.number}}…{{/invoice.number}}` writes the wording for a statement of several invoices.
 */
import Mustache from 'mustache';
import { z } from 'zod';
import type { Language } from '../customer/customer';

export const placeholders = {
  'customer.name': "The customer's name as on its card.",
  'customer.number': "The customer's number.",
  'contact.name': 'The dunning contact person; empty when none is set.',
  salutation: 'The greeting in the customer\'s language, resolved with its comma ("Geachte heer Jansen,", "Madame, Monsieur,").',
  'invoice.number': 'The invoice number when the reminder is about one invoice (per invoice, or a statement of one); empty otherwise.',
  'invoice.date': "That invoice's issue date; empty with several invoices.",
  'invoice.dueDate': "That invoice's due date; empty with several invoices.",
  invoiceCount: 'How many invoices the reminder is about.',
  principal: 'The open principal.',
  interest: 'The interest included in the total, to the date of the reminder; empty when none.',
  costs: 'The costs included in the total (collection costs, reminder fees, this and earlier reminders); empty when none.',
  totalDue: 'Principal, interest and costs: what is to be paid.',
  payBy: 'The date by which to pay.',
  paymentReference: 'The structured payment reference to quote; empty for a statement of several invoices.',
  iban: "The office's IBAN to pay to.",
  'company.name': "The office's name.",
  'company.phone': "The office's phone number for questions.",
  'company.email': "The office's e-mail address for questions.",
  'company.enterpriseNumber': "The office's registration number (BE enterprise number KBO/BCE; elsewhere its chamber-of-commerce number).",
  daysOverdue: 'Days since the due date (of the oldest invoice, with several).',
  announcedCosts: 'The costs that will be charged if the term passes unpaid (NL 14-day letter: the exact WIK amount; BE first reminder: the agreed compensation); empty when none.',
  'level.name': "The dunning level's name as the policy calls it.",
} as const satisfies Record<string, string>;

export type Placeholder = keyof typeof placeholders;
export type TextValues = Readonly<Record<Placeholder, string>>;

const known = new Set<string>(Object.keys(placeholders));

export type DunningText = { subject: string; body: string; sms: string };
const textFields = ['subject', 'body', 'sms'] as const;
type TextField = (typeof textFields)[number];

export type TemplateIssue = {
  field: TextField;
  key: 'errors.dunning.unknownPlaceholder' | 'errors.dunning.templateSyntax';
  placeholder?: string;
  message: string;
};

function tokenIssues(field: TextField, tokens: Mustache.TemplateSpans, issues: TemplateIssue[]): void {
  // A token is [type, value, start, end, …]; a section (`#`, `^`) carries its own tokens fifth.
  for (const [type, value, , , children] of tokens) {
    if (type === '>') issues.push({ field, key: 'errors.dunning.templateSyntax', placeholder: value, message: `partials are not supported: {{> ${value}}}` });
    const named = type === 'name' || type === '&' || type === '#' || type === '^';
    if (named && !known.has(value) && !issues.some((i) => i.field === field && i.placeholder === value)) {
      issues.push({ field, key: 'errors.dunning.unknownPlaceholder', placeholder: value, message: `unknown placeholder {{${value}}}` });
    }
    if (Array.isArray(children)) tokenIssues(field, children, issues);
  }
}

/**
 * What stops a text from being saved: each unknown placeholder once per field, and Mustache syntax errors. A field
 * with a syntax error is not read further: its placeholders cannot be told apart until the sections match.
 */
export function templateIssues(text: DunningText): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  for (const field of textFields) {
    let tokens: Mustache.TemplateSpans;
    try {
      tokens = Mustache.parse(text[field]);
    } catch (e) {
      // Mustache names the section in its message ('Unclosed section "interest" at 42'); the form shows it.
      const message = e instanceof Error ? e.message : String(e);
      const section = /"([^"]+)"/.exec(message)?.[1];
      issues.push({ field, key: 'errors.dunning.templateSyntax', ...(section ? { placeholder: section } : {}), message });
      continue;
    }
    tokenIssues(field, tokens, issues);
  }
  return issues;
}

export const dunningTextSchema = z
  .object({ subject: z.string().trim().min(1).max(300), body: z.string().trim().min(1).max(20_000), sms: z.string().trim().min(1).max(480) })
  .strict()
  .superRefine((text, ctx) => {
    for (const issue of templateIssues(text)) {
      ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.key, params: { placeholder: issue.placeholder, detail: issue.message } });
    }
  });

export const STANDARD_PROFILE = 'standard';

/** One language's texts: level id → customer profile → text. */
export const languageTextsSchema = z.record(z.string().min(1).max(40), z.record(z.string().min(1).max(60), dunningTextSchema));
export type LanguageTexts = z.infer<typeof languageTextsSchema>;
export type DunningTexts = Partial<Record<Language, LanguageTexts>>;

export type TextFallback = null | 'standard_profile' | 'english' | 'english_standard_profile';
export type ChosenText = { text: DunningText; language: Language; profile: string; fallback: TextFallback };

/**
 * The text for a reminder: the customer's language and profile; else the standard profile in that language; else
 * English with the profile; else English standard. `fallback` says which, so the proposal can show it; null when
 * not even an English standard text exists for the level.
 */
export function chooseText(texts: DunningTexts, want: { language: Language; levelId: string; profile: string }): ChosenText | null {
  const steps: [Language, string, TextFallback][] = [
    [want.language, want.profile, null],
    [want.language, STANDARD_PROFILE, 'standard_profile'],
    ['en', want.profile, 'english'],
    ['en', STANDARD_PROFILE, 'english_standard_profile'],
  ];
  for (const [language, profile, fallback] of steps) {
    const text = texts[language]?.[want.levelId]?.[profile];
    if (text) return { text, language, profile, fallback };
  }
  return null;
}

/** Mustache reads `customer.name` as a path, so the flat values become nested objects. */
function viewOf(values: TextValues): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  for (const key of Object.keys(placeholders) as Placeholder[]) {
    const [head, tail] = key.split('.') as [string, string | undefined];
    if (tail === undefined) view[head] = values[key];
    else ((view[head] ??= {}) as Record<string, string>)[tail] = values[key];
  }
  return view;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The paragraphs of a plain body, each with its line breaks; the one reading of "separated by blank lines". */
export function paragraphsOf(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n(?:[ \t]*\n)+/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.replace(/[ \t]+/g, ' ').trim())
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((p) => p !== '');
}

/**
 * The text with its values, as plain text. Escaping is switched off for this call only (the letter and SMS are not
 * HTML; "Zoë & Co" must not print as "Zoë &amp; Co"). A section left empty leaves no stray blank lines or double
 * spaces. A text with issues is refused rather than sent with a blank where an amount belongs; texts are checked
 * when saved, so this only catches a text that bypassed the check.
 */
export function renderText(text: DunningText, values: TextValues): DunningText {
  const issues = templateIssues(text);
  if (issues.length > 0) throw new Error(`dunning text has issues: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
  const view = viewOf(values);
  const render = (template: string) => Mustache.render(template, view, {}, { escape: String });
  return { subject: oneLine(render(text.subject)), body: paragraphsOf(render(text.body)).join('\n\n'), sms: oneLine(render(text.sms)) };
}

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => htmlEntities[c]!);

/**
 * The text for an e-mail's HTML part: the body as `<p>` paragraphs with `<br>` line breaks, everything escaped. The
 * rendered text is escaped as a whole rather than only its values, so the office's own "&" or "<" in the template
 * is escaped too. The subject stays plain: it is a mail header, not HTML.
 */
export function renderTextHtml(text: DunningText, values: TextValues): { subject: string; html: string } {
  const plain = renderText(text, values);
  const html = paragraphsOf(plain.body)
    .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('\n');
  return { subject: plain.subject, html };
}
