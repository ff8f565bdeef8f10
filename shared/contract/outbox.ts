import { z } from 'zod';
import { outboxMessageSchema, outboxQuerySchema, outboxStates } from '../domain/outbox/message';
import { byId, channel, none, read } from './channel';

const ids = z.object({ ids: z.array(z.string().min(1).max(400)).min(1).max(10_000) }).strict();
const notQueuedSchema = z.object({
  reminderId: z.string(),
  customerName: z.string(),
  reason: z.enum(['no_email', 'no_phone', 'invalid_phone', 'not_mobile', 'no_sender', 'no_text', 'already_queued', 'not_pending']),
  phone: z.string().optional(),
});

/**
 * What one of main's dispatcher lanes is doing: sending, waiting for a connection (and why), refused by the server
 * with the office's account (until it changes), waiting for the user to sign in with Microsoft again, or without an
 * account to send with.
 */
export const dispatcherStatusSchema = z.object({
  state: z.enum(['idle', 'sending', 'offline', 'refused', 'signin', 'unconfigured']),
  /** The last connection or login error, in the server's or the system's words. */
  error: z.string(),
  since: z.string().nullable(),
});
export type DispatcherStatus = z.infer<typeof dispatcherStatusSchema>;
export const dispatcherStatusesSchema = z.object({ email: dispatcherStatusSchema, sms: dispatcherStatusSchema });
export type DispatcherStatuses = z.infer<typeof dispatcherStatusesSchema>;

/** The outbox: e-mails and SMS of executed runs, their states, and what the user does with the ones that need a decision. */
export const outbox = {
  list: read(
    ['outbox'],
    outboxQuerySchema,
    z.object({ rows: z.array(outboxMessageSchema), total: z.number().int(), counts: z.record(z.enum(outboxStates), z.number().int()) }),
  ),
  /** E-mail and SMS reminders waiting for delivery that have no message yet, per run, and those that cannot have one. */
  pending: read(
    ['outbox', 'reminders', 'customers', 'contacts', 'addresses'],
    none,
    z.object({ runs: z.array(z.object({ runId: z.string(), runDate: z.string(), count: z.number().int() })), notQueued: z.array(notQueuedSchema) }),
  ),
  status: read(['outbox'], none, dispatcherStatusesSchema),
  /** Renders and queues the e-mails and SMS of a run (all runs when runId is empty); its e-mails are refused while the company details lack what a letter needs. */
  queueRun: channel(z.object({ runId: z.string().max(100) }).strict(), z.object({ queued: z.number().int(), notQueued: z.array(notQueuedSchema) })),
  /** Messages waiting for their next try go now. */
  retry: channel(ids, z.object({ count: z.number().int() })),
  /** Takes queued messages out of the queue; their reminders wait for delivery by other means. */
  cancel: channel(ids, z.object({ count: z.number().int() })),
  /** The user confirms an uncertain message went out: it is sent, its reminder delivered. */
  markSent: channel(byId, outboxMessageSchema),
  /** The user sends an uncertain message again: a new attempt with a new Message-ID replaces it. */
  sendAgain: channel(byId, outboxMessageSchema),
  /** Writes an e-mail's .eml to the data folder and opens it with the system's mail program. */
  eml: channel(byId, z.object({ path: z.string() })),
};

/** The Microsoft sign-in as Settings → E-mail shows it; 'refused': sign in again (Microsoft's words in `reason`), 'changed': the client id or tenant is another now. */
export const microsoftStatusSchema = z.object({
  state: z.enum(['signed_out', 'signed_in', 'refused', 'changed']),
  account: z.string(),
  reason: z.string(),
});

/**
 * Settings → E-mail: the SMTP account's password, or the Microsoft 365 / Outlook.com sign-in (both kept by the
 * secret store), and a test message through whichever the settings choose.
 */
export const mail = {
  status: read([], none, z.object({ hasPassword: z.boolean(), microsoft: microsoftStatusSchema })),
  setPassword: channel(z.object({ password: z.string().max(500) }).strict(), z.object({ hasPassword: z.boolean() })),
  sendTest: channel(z.object({ to: z.email('errors.email').max(254) }).strict(), z.object({ response: z.string() })),
  /** Opens Microsoft's sign-in in the system browser and answers when it came back (or failed, was cancelled, timed out). */
  signIn: channel(none, z.object({ account: z.string() })),
  /** Stops waiting for the browser: the pending sign-in ends as cancelled. */
  cancelSignIn: channel(none, z.object({ cancelled: z.boolean() })),
  /** Forgets the Microsoft tokens: nothing goes out by that account until someone signs in again. */
  signOut: channel(none, microsoftStatusSchema),
};

/** Settings → SMS: the gateway's key or secret (kept by the secret store), and a test SMS to a number the user types. */
export const sms = {
  status: read([], none, z.object({ hasSecret: z.boolean() })),
  setSecret: channel(z.object({ secret: z.string().max(500) }).strict(), z.object({ hasSecret: z.boolean() })),
  sendTest: channel(
    z.object({ to: z.string().trim().min(1, 'errors.required').max(40), text: z.string().trim().min(1, 'errors.required').max(1600) }).strict(),
    z.object({ to: z.string(), response: z.string() }),
  ),
};
