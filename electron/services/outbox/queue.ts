import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Company, missingForLetters } from '../../../shared/domain/documents/company';
import { letterInputFor, ourReference, reminderText } from '../../../shared/domain/documents/reminder-content';
import { messageDomain, messageIdHeader, type NewMessage, outboxMessageIdOf } from '../../../shared/domain/outbox/message';
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
    return { reminderId: reminder.id, attempt, messageId, from: from.address, to: reminder.contact.email, subject: text.subject, hasAttachment: pdf !== null, eml };
  }

  return {
    /** Queues the e-mails of a run (of every run when runId is empty) that have no message yet. */
    async run(runId: string): Promise<{ queued: number; notQueued: NotQueued[] }> {
      const s = deps.settings.get();
      refuseIncompleteCompany(s.company);
      const { candidates, notQueued } = await deps.store.call('outbox.plan', { runId });
      const logo = await logoOf(s.company);
      const from = senderOf(s, await deps.mailbox());
      let queued = 0;
      for (let k = 0; k < candidates.length; k += BATCH) {
        const messages = [];
        for (const c of candidates.slice(k, k + BATCH)) messages.push(await messageFor(c, s, logo, from));
        const result = await deps.store.call('outbox.queue', { messages }, deps.ctx());
        queued += result.queued.length;
        notQueued.push(...result.notQueued);
      }
      return { queued, notQueued };
    },

    /** The new attempt of an uncertain message, rendered afresh for the reminder's contact as it is now. */
    async again(id: string): Promise<NewMessage> {
      const s = deps.settings.get();
      refuseIncompleteCompany(s.company);
      return messageFor(await deps.store.call('outbox.again', { id }), s, await logoOf(s.company), senderOf(s, await deps.mailbox()));
    },
  };
}

export type OutboxQueue = ReturnType<typeof outboxQueue>;
