import type { TableName } from '../../../shared/contract';
import type { ReminderRow } from '../../../shared/domain/dunning/records';
import {
  type ClaimedMessage,
  liveStates,
  type NewMessage,
  nextTryAt,
  type OutboxChannel,
  outboxChannelOf,
  type OutboxQuery,
  type OutboxState,
  outboxMessageIdOf,
  outboxStates,
  type SendOutcome,
} from '../../../shared/domain/outbox/message';
import { AppFailure, issue } from '../../../shared/result';
import type { Actor } from '../actor';
import type { DebitumDb, OutboxBodyRecord, OutboxRecord, ReminderRecord } from '../db';
import type { reminderRepository } from '../dunning/reminders';
import { type ChangeSink, write } from '../write';

const TABLES: TableName[] = ['outbox', 'outboxBodies'];
const PAGE = 500;

/**
 * A reminder still to go out by e-mail or SMS, with the contact it goes to, the attempt its message would be, and the
 * customer's country (an SMS number written without its country code is read in it).
 */
export type Candidate = { reminder: ReminderRow; attempt: number; channel: OutboxChannel; country: string };
export type NotQueued = {
  reminderId: string;
  customerName: string;
  reason: 'no_email' | 'no_phone' | 'invalid_phone' | 'not_mobile' | 'no_sender' | 'no_text' | 'already_queued' | 'not_pending';
  /** The number an SMS could not go to. */
  phone?: string;
};

type Reminders = ReturnType<typeof reminderRepository>;
type Settling = Parameters<Reminders['settle']>[0];

export function outboxRepository(db: DebitumDb, emit: ChangeSink, reminders: Reminders) {
  /** Every reminder waiting for delivery (of one run, or of all), page by page as the overview reads them. */
  async function waiting(runId: string): Promise<ReminderRow[]> {
    const rows: ReminderRow[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await reminders.list({ runId, customerId: '', level: 0, channel: '', state: 'to_deliver', offset, limit: PAGE });
      rows.push(...page.rows);
      if (offset + PAGE >= page.total) return rows;
    }
  }

  async function messagesOf(reminderId: string): Promise<OutboxRecord[]> {
    return db.outbox.where('reminderId').equals(reminderId).toArray();
  }

  async function countriesOf(customerIds: string[]): Promise<Map<string, string>> {
    const customers = await db.customers.bulkGet([...new Set(customerIds)]);
    return new Map(customers.flatMap((c) => (c ? [[c.id, c.country] as const] : [])));
  }

  const nextAttempt = (existing: OutboxRecord[]) => Math.max(0, ...existing.map((m) => m.attempt)) + 1;

  async function mustGet(id: string, states: readonly OutboxState[]): Promise<OutboxRecord> {
    const m = await db.outbox.get(id);
    if (!m) throw new AppFailure('not_found', `message ${id} does not exist`);
    if (!states.includes(m.state)) {
      throw new AppFailure('conflict', `message ${id} is ${m.state}`, [issue('id', 'outbox.errors.wrongState', `message ${id} is ${m.state}`, { state: m.state })]);
    }
    return m;
  }

  const changed = (m: OutboxRecord, actor: Actor, patch: Partial<OutboxRecord>): OutboxRecord => ({ ...m, ...patch, updatedAt: actor.now, updatedBy: actor.user });

  function recordOf(input: NewMessage, reminder: Pick<ReminderRecord, 'id' | 'runId' | 'customerId' | 'customerName'>, actor: Actor): OutboxRecord {
    return {
      id: outboxMessageIdOf(input.reminderId, input.channel, input.attempt),
      reminderId: reminder.id,
      runId: reminder.runId,
      customerId: reminder.customerId,
      customerName: reminder.customerName,
      channel: input.channel,
      attempt: input.attempt,
      messageId: input.messageId,
      from: input.from,
      to: input.to,
      subject: input.subject,
      // The .eml is 7-bit, so its length is its size; an SMS text is counted in UTF-8.
      size: input.channel === 'email' ? input.eml.length : new TextEncoder().encode(input.text).length,
      hasAttachment: input.hasAttachment,
      state: 'queued',
      tries: 0,
      reason: '',
      dueAt: actor.now,
      lastTriedAt: null,
      sentAt: null,
      response: '',
      resentAs: null,
      queuedAt: actor.now,
      queuedBy: actor.user,
      updatedAt: actor.now,
      updatedBy: actor.user,
    };
  }

  const bodyOf = (id: string, input: NewMessage): OutboxBodyRecord => (input.channel === 'email' ? { id, eml: input.eml } : { id, text: input.text });

  /** Why a message cannot be queued for this reminder now, or null when it can. */
  async function refusal(input: NewMessage, reminder: ReminderRecord | undefined): Promise<NotQueued['reason'] | null> {
    if (reminder?.state !== 'to_deliver') return 'not_pending';
    const existing = await messagesOf(input.reminderId);
    return existing.some((m) => liveStates.includes(m.state) || m.attempt >= input.attempt) ? 'already_queued' : null;
  }

  /** The outcome of one try on the message the dispatcher claimed. */
  async function record(outcome: SendOutcome, actor: Actor): Promise<void> {
    const m = await mustGet(outcome.id, ['sending']);
    switch (outcome.result) {
      case 'sent':
        return void (await db.outbox.put(changed(m, actor, { state: 'sent', sentAt: actor.now, response: outcome.response, reason: '' })));
      case 'retry':
        return void (await db.outbox.put(changed(m, actor, { state: 'queued', reason: outcome.reason, dueAt: nextTryAt(actor.now, m.tries) })));
      default:
        return void (await db.outbox.put(changed(m, actor, { state: outcome.result, reason: outcome.reason })));
    }
  }

  // Each channel goes out on its own connection, so each claims its own messages; the queue is short, so a filter
  // over the due ones serves without an index of its own.
  const dueBy = (now: string, channel: OutboxChannel) =>
    db.outbox
      .where('[state+dueAt]')
      .between(['queued', ''], ['queued', now], true, true)
      .filter((m) => m.channel === channel);

  /** The next message of the channel due, claimed (queued → sending) in the caller's transaction, with its content. */
  async function claimNext(actor: Actor, channel: OutboxChannel): Promise<ClaimedMessage | null> {
    const next = await dueBy(actor.now, channel).first();
    if (!next) return null;
    await db.outbox.put(changed(next, actor, { state: 'sending', tries: next.tries + 1, lastTriedAt: actor.now }));
    const body = await db.outboxBodies.get(next.id);
    if (!body) throw new AppFailure('internal', `message ${next.id} has no content`);
    const wire = { id: next.id, messageId: next.messageId, from: next.from, to: next.to };
    return 'eml' in body ? { channel: 'email', ...wire, eml: body.eml } : { channel: 'sms', ...wire, text: body.text };
  }

  return {
    /** The e-mail and SMS reminders of a run (or of all runs) that have no message yet, and those that cannot have one. */
    async plan(runId: string): Promise<{ candidates: Candidate[]; notQueued: NotQueued[] }> {
      const candidates: Candidate[] = [];
      const notQueued: NotQueued[] = [];
      const rows = await waiting(runId);
      const countries = await countriesOf(rows.filter((r) => r.channel === 'sms').map((r) => r.customerId));
      for (const r of rows) {
        const channel = outboxChannelOf(r.channel, r.contact.email);
        if (!channel) continue;
        const existing = await messagesOf(r.id);
        if (existing.some((m) => liveStates.includes(m.state))) continue;
        const address = channel === 'email' ? r.contact.email : r.contact.phone;
        if (!address.trim()) notQueued.push({ reminderId: r.id, customerName: r.customerName, reason: channel === 'email' ? 'no_email' : 'no_phone' });
        else if (!r.template) notQueued.push({ reminderId: r.id, customerName: r.customerName, reason: 'no_text' });
        else candidates.push({ reminder: r, attempt: nextAttempt(existing), channel, country: countries.get(r.customerId) ?? '' });
      }
      return { candidates, notQueued };
    },

    /** The new attempt an uncertain message would be sent again as, with the reminder's contact as it is now. */
    async again(id: string): Promise<Candidate> {
      const m = await mustGet(id, ['uncertain']);
      const reminder = await reminders.row(m.reminderId);
      if (reminder?.state !== 'to_deliver') throw new AppFailure('conflict', `reminder ${m.reminderId} is no longer waiting`, [issue('id', 'outbox.errors.reminderNotPending', 'the reminder is no longer waiting')]);
      const country = m.channel === 'sms' ? ((await countriesOf([reminder.customerId])).get(reminder.customerId) ?? '') : '';
      return { reminder, attempt: nextAttempt(await messagesOf(m.reminderId)), channel: m.channel, country };
    },

    /**
     * Queues messages with their final content, all in one transaction. A reminder that got a message meanwhile
     * (or was delivered otherwise) is left out and named, so queuing twice never makes two messages.
     */
    async queue(messages: NewMessage[], actor: Actor): Promise<{ queued: string[]; notQueued: NotQueued[] }> {
      return write(db, [...TABLES, 'reminders'], emit, async () => {
        const queued: OutboxRecord[] = [];
        const bodies: OutboxBodyRecord[] = [];
        const notQueued: NotQueued[] = [];
        for (const input of messages) {
          const reminder = await db.reminders.get(input.reminderId);
          const reason = await refusal(input, reminder);
          if (reason || !reminder) {
            notQueued.push({ reminderId: input.reminderId, customerName: reminder?.customerName ?? '', reason: reason ?? 'not_pending' });
            continue;
          }
          const record = recordOf(input, reminder, actor);
          queued.push(record);
          bodies.push(bodyOf(record.id, input));
        }
        await db.outbox.bulkAdd(queued);
        await db.outboxBodies.bulkAdd(bodies);
        return { queued: queued.map((m) => m.id), notQueued };
      });
    },

    async list(q: OutboxQuery) {
      const all = q.runId ? await db.outbox.where('runId').equals(q.runId).toArray() : await db.outbox.toArray();
      const counts = Object.fromEntries(outboxStates.map((s) => [s, all.filter((m) => m.state === s).length])) as Record<OutboxState, number>;
      const rows = all.filter((m) => !q.state || m.state === q.state).sort((a, b) => b.queuedAt.localeCompare(a.queuedAt) || a.customerName.localeCompare(b.customerName) || a.id.localeCompare(b.id));
      return { rows: rows.slice(q.offset, q.offset + q.limit), total: rows.length, counts };
    },

    get: (id: string) => mustGet(id, outboxStates),

    /** Whether a message of the channel is due now: the dispatcher connects only then. */
    due: async (now: string, channel: OutboxChannel) => (await dueBy(now, channel).first()) !== undefined,

    async eml(id: string): Promise<{ message: OutboxRecord; eml: string }> {
      const message = await mustGet(id, outboxStates);
      const body = await db.outboxBodies.get(id);
      if (!body) throw new AppFailure('not_found', `message ${id} has no content`);
      if (!('eml' in body)) throw new AppFailure('validation', `message ${id} is an SMS`, [issue('id', 'outbox.errors.noEml', 'an SMS has no .eml')]);
      return { message, eml: body.eml };
    },

    /**
     * One step of the dispatcher, in one transaction: the outcomes of the messages it tried (a sent or refused one
     * settles its reminder with it) and the claims of the next ones due, as many as it asks for.
     */
    async step(input: { outcomes: SendOutcome[]; claim: number; channel: OutboxChannel }, ctx: { actor: Actor; today: string }): Promise<{ claimed: ClaimedMessage[] }> {
      const claimed: ClaimedMessage[] = [];
      const work = async () => {
        for (const o of input.outcomes) await record(o, ctx.actor);
        for (let k = 0; k < input.claim; k++) {
          const next = await claimNext(ctx.actor, input.channel);
          if (!next) break;
          claimed.push(next);
        }
      };
      const settling: Settling = new Map();
      for (const o of input.outcomes) {
        if (o.result !== 'sent' && o.result !== 'failed') continue;
        const m = await mustGet(o.id, ['sending']);
        settling.set(m.reminderId, o.result === 'sent' ? { state: 'delivered', note: '', via: m.channel } : { state: 'failed', note: o.reason, via: m.channel });
      }
      if (settling.size > 0) await reminders.settle(settling, ctx.today, ctx.actor, { tables: TABLES, work });
      else await write(db, TABLES, emit, work);
      return { claimed };
    },

    /** At start, before anything is claimed: a message found on the wire may have gone out, so it is uncertain. */
    async recover(actor: Actor): Promise<{ uncertain: number }> {
      return write(db, TABLES, emit, async () => {
        const sending = await db.outbox.where('[state+dueAt]').between(['sending', ''], ['sending', '\uffff']).toArray();
        await db.outbox.bulkPut(sending.map((m) => changed(m, actor, { state: 'uncertain', reason: 'found_sending_at_start' })));
        return { uncertain: sending.length };
      });
    },

    /** Messages waiting for their next try go now. */
    async retry(ids: string[], actor: Actor): Promise<OutboxRecord[]> {
      return write(db, TABLES, emit, async () => {
        const next = [];
        for (const id of ids) next.push(changed(await mustGet(id, ['queued']), actor, { dueAt: actor.now }));
        await db.outbox.bulkPut(next);
        return next;
      });
    },

    async cancel(ids: string[], actor: Actor): Promise<OutboxRecord[]> {
      return write(db, TABLES, emit, async () => {
        const next = [];
        for (const id of ids) next.push(changed(await mustGet(id, ['queued']), actor, { state: 'cancelled' }));
        await db.outbox.bulkPut(next);
        return next;
      });
    },

    /** The user says an uncertain message did go out: it is sent, and its reminder delivered, in one transaction. */
    async markSent(id: string, ctx: { actor: Actor; today: string }): Promise<OutboxRecord> {
      const m = await mustGet(id, ['uncertain']);
      const next = changed(m, ctx.actor, { state: 'sent', sentAt: ctx.actor.now, response: `confirmed by ${ctx.actor.user}` });
      const settling: Settling = new Map([[m.reminderId, { state: 'delivered', note: '', via: m.channel }]]);
      await reminders.settle(settling, ctx.today, ctx.actor, { tables: TABLES, work: async () => void (await db.outbox.put(next)) });
      return next;
    },

    /** The user sends an uncertain message again: a new attempt (new id, new Message-ID) replaces it. */
    async resend(id: string, message: NewMessage, actor: Actor): Promise<OutboxRecord> {
      const old = await mustGet(id, ['uncertain']);
      const reminder = await db.reminders.get(old.reminderId);
      if (reminder?.state !== 'to_deliver') throw new AppFailure('conflict', `reminder ${old.reminderId} is ${reminder?.state ?? 'gone'}`, [issue('id', 'outbox.errors.reminderNotPending', 'the reminder is no longer waiting')]);
      if (message.reminderId !== old.reminderId || message.channel !== old.channel || message.attempt <= old.attempt) throw new AppFailure('validation', 'not a new attempt of this message');
      const added = recordOf(message, reminder, actor);
      return write(db, TABLES, emit, async () => {
        await mustGet(id, ['uncertain']);
        await db.outbox.put(changed(old, actor, { state: 'resent', resentAs: added.id }));
        await db.outbox.add(added);
        await db.outboxBodies.add(bodyOf(added.id, message));
        return added;
      });
    },
  };
}

export type OutboxRepository = ReturnType<typeof outboxRepository>;
