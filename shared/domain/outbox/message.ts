import { z } from 'zod';
import type { DunningChannel } from '../dunning/policy';

/**
 * The outbox (DOMAIN.md §7): one message per reminder × channel × attempt, written with its final content and its
 * Message-ID before any network I/O. Plain SMTP cannot promise exactly once, so a message whose body went out without
 * an answer is `uncertain` and waits for the user; nothing is sent twice on our own and nothing is lost silently.
 *
 * - queued: waiting to go (at `dueAt`; a temporary failure moves it later);
 * - sending: claimed by the dispatcher, on the wire now; found so at start it becomes uncertain;
 * - sent: the server accepted it (or the user confirmed it went out); never edited again;
 * - failed: the server refused it for good (the reason says why); its reminder failed with it;
 * - uncertain: the body went out and no answer came; the user marks it sent or sends it again;
 * - resent: was uncertain, and the user sent a new attempt instead;
 * - cancelled: the user took it out of the queue before it went.
 */
export const outboxStates = ['queued', 'sending', 'sent', 'failed', 'uncertain', 'resent', 'cancelled'] as const;
export type OutboxState = (typeof outboxStates)[number];
export const outboxChannels = ['email', 'sms'] as const;
export type OutboxChannel = (typeof outboxChannels)[number];

/** States in which a message still stands for its reminder: a new attempt is only made when none is in one of these. */
export const liveStates: readonly OutboxState[] = ['queued', 'sending', 'sent', 'uncertain'];

export const outboxMessageSchema = z.object({
  id: z.string(),
  reminderId: z.string(),
  runId: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  channel: z.enum(outboxChannels),
  attempt: z.number().int().min(1),
  /**
   * The idempotency key the receiving side sees: our own Message-ID header with its angle brackets, or the reference
   * an SMS gateway is given (smsReference).
   */
  messageId: z.string(),
  /** The sender: an e-mail address, or the SMS sender id. */
  from: z.string(),
  /** The recipient: an e-mail address, or a mobile number in E.164. */
  to: z.string(),
  /** The e-mail's subject, or the SMS's whole text. */
  subject: z.string(),
  /** The size of the stored content in bytes: the .eml, or the SMS text in UTF-8. */
  size: z.number().int(),
  hasAttachment: z.boolean(),
  state: z.enum(outboxStates),
  /** How many times the dispatcher put it on the wire. */
  tries: z.number().int(),
  /** Why it failed, waits for another try, or is uncertain; the server's answer where there was one. */
  reason: z.string(),
  /** When it may go (again): its queuing, or a later instant after a temporary failure. */
  dueAt: z.string(),
  lastTriedAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  /** The server's answer to the message, or who confirmed it by hand. */
  response: z.string(),
  /** The attempt that replaced this uncertain one. */
  resentAs: z.string().nullable(),
  queuedAt: z.string(),
  queuedBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

const queued = outboxMessageSchema.pick({ reminderId: true, attempt: true, messageId: true, from: true, to: true, subject: true, hasAttachment: true });
/** What main hands the store to queue: the message and its final content (the .eml, or the SMS text). */
export const newMessageSchema = z.discriminatedUnion('channel', [
  queued.extend({ channel: z.literal('email'), eml: z.string() }),
  queued.extend({ channel: z.literal('sms'), text: z.string() }),
]);
export type NewMessage = z.infer<typeof newMessageSchema>;

/** A message the dispatcher claimed: what goes on the wire. */
export type ClaimedEmail = { channel: 'email'; id: string; messageId: string; from: string; to: string; eml: string };
export type ClaimedSms = { channel: 'sms'; id: string; messageId: string; from: string; to: string; text: string };
export type ClaimedMessage = ClaimedEmail | ClaimedSms;

/** What one try came to, as the dispatcher classifies it. */
export type TryResult = { result: 'sent'; response: string } | { result: 'retry' | 'failed' | 'uncertain'; reason: string };
export type SendOutcome = TryResult & { id: string };

export const outboxQuerySchema = z
  .object({
    state: z.enum(['', ...outboxStates]).default(''),
    runId: z.string().max(100).default(''),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type OutboxQuery = z.infer<typeof outboxQuerySchema>;

/** The id of a reminder's message: the same on every seat, so a second writer of the same attempt collides. */
export const outboxMessageIdOf = (reminderId: string, channel: OutboxChannel, attempt: number) => `msg:${reminderId}:${channel}:${attempt}`;

/**
 * Our Message-ID for a message id: readable, and one-to-one with the id. Colons become dots and every other character
 * outside letters, digits, '-' and '_' is written as =XX (its UTF-8 bytes), so the local part is a valid dot-atom.
 */
export function messageIdHeader(id: string, domain: string): string {
  const local = [...new TextEncoder().encode(id)]
    .map((b) => {
      const c = String.fromCharCode(b);
      if (c === ':') return '.';
      return /[A-Za-z0-9_-]/.test(c) ? c : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
  return `<${local}@${domain}>`;
}

/** The domain our Message-IDs are minted under: the office's own, from its e-mail address. */
export function messageDomain(email: string): string {
  const domain = email.split('@')[1]?.trim().toLowerCase() ?? '';
  return /^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain) ? domain : 'debitum.invalid';
}

/**
 * How a reminder goes through the outbox, if it does: by e-mail when its channel asks for it (for "e-mail or post",
 * when there is an address), by SMS on an SMS level; letters and calls do not go through the outbox.
 */
export function outboxChannelOf(channel: DunningChannel, email: string): OutboxChannel | null {
  if (channel === 'sms') return 'sms';
  if (channel === 'email' || channel === 'email_and_post') return 'email';
  return channel === 'email_or_post' && email.trim() !== '' ? 'email' : null;
}

const MINUTE_MS = 60_000;

/** When a message that failed for now goes again: 1, 2, 4 … minutes after its try, at most an hour. */
export function nextTryAt(now: string, tries: number): string {
  const minutes = Math.min(60, 2 ** Math.max(0, tries - 1));
  return new Date(Date.parse(now) + minutes * MINUTE_MS).toISOString();
}
