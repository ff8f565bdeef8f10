import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Company, missingForLetters } from '../../../shared/domain/documents/company';
import { letterInputFor, ourReference, reminderText } from '../../../shared/domain/documents/reminder-content';
import { messageDomain, messageIdHeader, type NewMessage, outboxMessageIdOf } from '../../../shared/domain/outbox/message';
import { checkSender, smsNumber, smsReference } from '../../../shared/domain/outbox/sms-text';
import { AppFailure, issue } from '../../../shared/result';
import type { Settings } from '../../../shared/settings';
import type { StoreContext } from '../../store/api';
import type { Candidate, NotQueued } from '../../store/outbox/repository';
import type { Clock } from '../clock';
import { type LetterFonts, loadLetterFonts } from '../documents/fonts';
import { renderLetter } from '../documents/letter';
import type { SettingsStore } from '../settings';
import type { StoreClient } from '../store-client';
import { emailView, type EmailTemplates } from './email';
import { composeEmail } from './mime';

type Deps = {
  store: StoreClient;
  settings: SettingsStore;
  clock: Clock;
  ctx(): StoreContext;
  templates: EmailTemplates;
  resourcesDir: string;
  dataDir: string;
  /** The signed-in Microsoft mailbox, if any. */
  mailbox(): Promise<string | null>;
};

/** Messages go to the store in batches: each batch one transaction, none too large to cross to the store host. */
const BATCH = 20;

/** What an e-mail or letter cannot go without, named field by field in the user's language. */
export function refuseIncompleteCompany(company: Company): void {
  const missing = missingForLetters(company);
  if (missing.length === 0) return;
  throw new AppFailure(
    'validation',
    `the company details lack ${missing.join(', ')}`,
    missing.map((f) => issue(`company.${f}`, `outbox.errors.missing.${f}`, `${f} is required for e-mails and letters`)),
  );
}

/**
 * A reminder's SMS as it will go: the frozen text with the contact's values, from the office's sender id, to the
 * contact's number in E.164 (read in the customer's country) — or why it cannot go, naming the number.
 */
function smsMessageFor({ reminder, attempt, country }: Candidate, s: Settings): NewMessage | NotQueued {
  const refusal = (reason: NotQueued['reason']): NotQueued => ({ reminderId: reminder.id, customerName: reminder.customerName, reason, phone: reminder.contact.phone });
  const sender = checkSender(s.sms.sender);
  if (!sender.ok) return refusal('no_sender');
  const number = smsNumber(reminder.contact.phone, country);
  if (!number.ok) return refusal(number.reason === 'not_mobile' ? 'not_mobile' : 'invalid_phone');
  const text = reminderText(reminder, reminder.contact, s.company)?.sms ?? '';
  if (!text) return refusal('no_text');
  const messageId = smsReference(outboxMessageIdOf(reminder.id, 'sms', attempt));
  return { channel: 'sms', reminderId: reminder.id, attempt, messageId, from: sender.sender, to: number.e164, subject: text, hasAttachment: false, text };
}

/**
 * The sender: the account's own name and address where set, the company's otherwise; with Microsoft the signed-in
 * mailbox before the company's address, because Microsoft sends only as the mailbox (or one it may send as).
 */
export const senderOf = (s: Settings, mailbox: string | null) => ({
  name: s.mail.fromName || s.company.legalName,
  address: s.mail.fromAddress || (s.mail.provider === 'microsoft' && mailbox) || s.company.email,
});

/**
 * Turns e-mail reminders into outbox messages: the reminder's frozen text with the contact's values, the MJML e-mail
 * (HTML and plain text from the same data), the letter as PDF when the contact has a postal address, and our
 * Message-ID, composed into the final .eml before it is queued.
 */
export function outboxQueue(deps: Deps) {
  let fonts: Promise<LetterFonts> | null = null;

  async function logoOf(company: Company): Promise<Uint8Array | undefined> {
    if (!company.logo) return undefined;
    return readFile(path.join(deps.dataDir, company.logo)).then(
      (b) => new Uint8Array(b),
      () => undefined,
    );
  }

  async function messageFor({ reminder, attempt }: Candidate, s: Settings, logo: Uint8Array | undefined, from: { name: string; address: string }): Promise<NewMessage> {
    const text = reminderText(reminder, reminder.contact, s.company);
    if (!text) throw new AppFailure('validation', `reminder ${reminder.id} has no text`);
    const today = deps.clock.today();
    const letter = letterInputFor(reminder, reminder.contact, s.company, today);
    fonts ??= loadLetterFonts(deps.resourcesDir);
    const pdf = letter ? await renderLetter(letter, s.letterWindow, { fonts: await fonts, createdAt: deps.clock.now(), ...(logo ? { logo } : {}) }) : null;
    const { html, text: plain } = await deps.templates.render(reminder.language, emailView(reminder, text, s.company, pdf !== null));
    const messageId = messageIdHeader(outboxMessageIdOf(reminder.id, 'email', attempt), messageDomain(from.address));
    const eml = await composeEmail({
      from,
      to: reminder.contact.email,
      subject: text.subject,
      html,
      text: plain,
      pdf: pdf ? { name: `${ourReference(reminder)}.pdf`, bytes: pdf } : null,
      messageId,
      date: deps.clock.now(),
    });
    return { channel: 'email', reminderId: reminder.id, attempt, messageId, from: from.address, to: reminder.contact.email, subject: text.subject, hasAttachment: pdf !== null, eml };
  }

  /** Hands messages to the store in batches; what it leaves out (queued meanwhile, delivered otherwise) is named. */
  async function queue(messages: NewMessage[], notQueued: NotQueued[]): Promise<number> {
    let queued = 0;
    for (let k = 0; k < messages.length; k += BATCH) {
      const result = await deps.store.call('outbox.queue', { messages: messages.slice(k, k + BATCH) }, deps.ctx());
      queued += result.queued.length;
      notQueued.push(...result.notQueued);
    }
    return queued;
  }

  async function emailsFor(candidates: Candidate[], s: Settings, logo: Uint8Array | undefined, from: { name: string; address: string }): Promise<NewMessage[]> {
    const messages = [];
    for (const c of candidates) messages.push(await messageFor(c, s, logo, from));
    return messages;
  }

  return {
    /**
     * Queues the e-mails and SMS of a run (of every run when runId is empty) that have no message yet. An SMS needs
     * no letter, so the SMS are queued first and go even while the company details stop the e-mails.
     */
    async run(runId: string): Promise<{ queued: number; notQueued: NotQueued[] }> {
      const s = deps.settings.get();
      const { candidates, notQueued } = await deps.store.call('outbox.plan', { runId });
      const sms = candidates.filter((c) => c.channel === 'sms').map((c) => smsMessageFor(c, s));
      let queued = await queue(sms.filter((m): m is NewMessage => 'channel' in m), notQueued);
      notQueued.push(...sms.filter((m): m is NotQueued => !('channel' in m)));
      const emails = candidates.filter((c) => c.channel === 'email');
      if (emails.length === 0) return { queued, notQueued };
      refuseIncompleteCompany(s.company);
      const logo = await logoOf(s.company);
      const from = senderOf(s, await deps.mailbox());
      for (let k = 0; k < emails.length; k += BATCH) queued += await queue(await emailsFor(emails.slice(k, k + BATCH), s, logo, from), notQueued);
      return { queued, notQueued };
    },

    /** The new attempt of an uncertain message, made afresh for the reminder's contact as it is now. */
    async again(id: string): Promise<NewMessage> {
      const s = deps.settings.get();
      const candidate = await deps.store.call('outbox.again', { id });
      if (candidate.channel === 'sms') {
        const message = smsMessageFor(candidate, s);
        if ('channel' in message) return message;
        throw new AppFailure('validation', `the SMS cannot go: ${message.reason}`, [issue('id', `outbox.notQueued.${message.reason}`, message.reason, { customer: message.customerName, phone: message.phone ?? '' })]);
      }
      refuseIncompleteCompany(s.company);
      return messageFor(candidate, s, await logoOf(s.company), senderOf(s, await deps.mailbox()));
    },
  };
}

export type OutboxQueue = ReturnType<typeof outboxQueue>;
