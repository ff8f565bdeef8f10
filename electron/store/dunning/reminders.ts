import type { DunningContact } from '../../../shared/domain/dunning/dunning-contact';
import {
  type CallOutcome,
  type DeliveryVia,
  type MarkDelivered,
  type Recipient,
  type ReminderQuery,
  type ReminderRow,
} from '../../../shared/domain/dunning/records';
import type { DossierKind } from '../../../shared/domain/invoice/dossier';
import { promiseText } from '../../../shared/domain/invoice/dossier';
import { AppFailure, issue } from '../../../shared/result';
import type { Actor } from '../actor';
import { toAddress } from '../address/convert';
import { toContact } from '../contact/convert';
import { dunningContactOf, toCustomer } from '../customer/repository';
import type { DebitumDb, DeliveryRecord, DossierRecord, InvoiceRecord, ReminderItemRecord, ReminderRecord } from '../db';
import { dossierEntry } from '../invoice/dossier';
import type { ReceivablesIndex } from '../invoice/receivables-index';
import type { TableName } from '../../../shared/contract';
import { type ChangeSink, write } from '../write';
import { sentByOf, withFigures } from './execute';
import type { DunningMemory } from './memory';

const recipientOf = (d: DunningContact): Recipient => ({
  contactPerson: d.contactPerson.value ?? '',
  email: d.email.value ?? '',
  phone: d.phone.value ?? '',
  address: d.address.value,
});

const noRecipient: Recipient = { contactPerson: '', email: '', phone: '', address: null };

/** The dunning contact of each customer as the card shows it now. */
export async function contactsOf(db: DebitumDb, customerIds: string[]): Promise<Map<string, Recipient>> {
  const ids = [...new Set(customerIds)];
  const [customers, addresses, contacts] = await Promise.all([
    db.customers.bulkGet(ids),
    db.addresses.where('customerId').anyOf(ids).toArray(),
    db.contacts.where('customerId').anyOf(ids).toArray(),
  ]);
  const out = new Map<string, Recipient>();
  for (const c of customers) {
    if (!c) continue;
    const own = <T extends { customerId: string }>(rows: T[]) => rows.filter((r) => r.customerId === c.id);
    out.set(c.id, recipientOf(dunningContactOf(toCustomer(c), own(addresses).map(toAddress), own(contacts).map(toContact))));
  }
  return out;
}

/** How a delivery reads in the dossier: the e-mail, the letter, the SMS or the call. */
function dossierKindOf(via: DeliveryVia, channel: ReminderRecord['channel']): DossierKind {
  if (via === 'email' || via === 'sms') return via;
  if (via === 'post') return 'letter';
  if (via === 'phone') return 'call';
  return channel === 'sms' ? 'sms' : channel === 'phone' ? 'call' : channel === 'email' ? 'email' : 'letter';
}

const matches = (r: ReminderRecord, q: ReminderQuery) =>
  (!q.runId || r.runId === q.runId) &&
  (!q.customerId || r.customerId === q.customerId) &&
  (!q.level || r.level === q.level) &&
  (!q.channel || r.channel === q.channel) &&
  (!q.state || r.state === q.state);

/** Another area's write that must commit together with a delivery (the outbox message that went out with it). */
export type WriteWith = { tables: TableName[]; work: () => Promise<void> };

export function reminderRepository(db: DebitumDb, emit: ChangeSink, deps: { memory: DunningMemory; receivables: ReceivablesIndex }) {
  /** The reminders named, each waiting for delivery; anything else is refused naming it, and nothing changes. */
  async function pending(ids: string[]): Promise<ReminderRecord[]> {
    const found = await db.reminders.bulkGet(ids);
    found.forEach((r, k) => {
      if (!r) throw new AppFailure('not_found', `reminder ${ids[k]} does not exist`);
      if (r.state !== 'to_deliver') {
        throw new AppFailure('conflict', `reminder ${r.id} is ${r.state} already`, [issue(`ids.${k}`, 'errors.dunning.notPending', `already ${r.state}`, { state: r.state })]);
      }
    });
    return found as ReminderRecord[];
  }

  /**
   * Records an outcome for each reminder (the same for all, or each its own) in one transaction: the delivery (appended), the reminder's state, its
   * items (the engine's facts: the gap to the next level counts from this day), the invoices' figures (a failed
   * reminder no longer counts) and a dossier entry per invoice. The recipient is resolved now, from the card.
   */
  async function deliver(
    reminders: ReminderRecord[],
    outcomes: Omit<MarkDelivered, 'ids'> | ((r: ReminderRecord) => Omit<MarkDelivered, 'ids'>),
    actor: Actor,
    extra: (invoices: InvoiceRecord[]) => DossierRecord[] = () => [],
    along: WriteWith = { tables: [], work: async () => {} },
  ) {
    const contacts = await contactsOf(db, reminders.map((r) => r.customerId));
    const mem = await deps.memory.load();
    const result = await write(db, ['reminders', 'reminderItems', 'deliveries', 'invoices', 'dossier', ...along.tables], emit, async () => {
      const deliveries: DeliveryRecord[] = [];
      const next: ReminderRecord[] = [];
      const items: ReminderItemRecord[] = [];
      const dossier: DossierRecord[] = [];
      for (const r of reminders) {
        const outcome = typeof outcomes === 'function' ? outcomes(r) : outcomes;
        const recipient = outcome.state === 'delivered' ? (contacts.get(r.customerId) ?? noRecipient) : null;
        deliveries.push({ id: `${r.id}:delivery`, reminderId: r.id, state: outcome.state, on: outcome.on, via: outcome.via, recipient, note: outcome.note, at: actor.now, by: actor.user });
        next.push({ ...r, state: outcome.state, deliveredOn: outcome.state === 'delivered' ? outcome.on : null, via: outcome.via, recipient });
        const sentBy = outcome.via === 'post' ? 'post' : outcome.via === 'email' || outcome.via === 'sms' || outcome.via === 'phone' ? 'email' : sentByOf(r.channel);
        for (const invoiceId of r.invoiceIds) {
          const item = mem.items.get(invoiceId)?.find((i) => i.reminderId === r.id);
          if (item) items.push({ ...item, state: outcome.state, deliveredOn: outcome.state === 'delivered' ? outcome.on : null, sentBy });
          const text = outcome.state === 'delivered' ? r.levelName : `${r.levelName}: ${outcome.note || 'failed'}`;
          dossier.push(dossierEntry({ id: invoiceId, customerId: r.customerId }, dossierKindOf(outcome.via, r.channel), text, actor));
        }
      }
      const invoices = (await db.invoices.bulkGet([...new Set(items.map((i) => i.invoiceId))])).filter((i) => i !== undefined);
      const extraEntries = extra(invoices);
      const updated = withFigures(invoices, mem.items, items);
      await db.deliveries.bulkAdd(deliveries);
      await db.reminders.bulkPut(next);
      await db.reminderItems.bulkPut(items);
      await db.invoices.bulkPut(updated);
      await db.dossier.bulkAdd([...dossier, ...extraEntries]);
      await along.work();
      return { next, items, updated };
    });
    deps.memory.putItems(result.items);
    deps.receivables.put(result.updated);
    return result.next;
  }

  function checkDate(reminders: ReminderRecord[], on: string, today: string): void {
    const early = reminders.find((r) => on < r.runDate);
    if (on > today || early) {
      const message = early ? `delivered on ${on}, before its run of ${early.runDate}` : `delivered on ${on}, after today`;
      throw new AppFailure('validation', message, [issue('on', 'errors.dunning.deliveredOnRange', message, { date: early?.runDate ?? today })]);
    }
  }

  return {
    /** The reminders overview: filtered, newest run first, each with the contact it goes (or went) to. */
    async list(q: ReminderQuery): Promise<{ rows: ReminderRow[]; total: number }> {
      // The narrowest index the filter names; the overview's default (what is still to deliver) reads only those.
      const source = q.runId
        ? db.reminders.where('runId').equals(q.runId)
        : q.customerId
          ? db.reminders.where('customerId').equals(q.customerId)
          : q.state
            ? db.reminders.where('state').equals(q.state)
            : q.channel
              ? db.reminders.where('channel').equals(q.channel)
              : db.reminders.toCollection();
      const all = (await source.toArray()).filter((r) => matches(r, q));
      all.sort((a, b) => b.runDate.localeCompare(a.runDate) || a.customerName.localeCompare(b.customerName) || a.id.localeCompare(b.id));
      const page = all.slice(q.offset, q.offset + q.limit);
      const contacts = await contactsOf(db, page.filter((r) => !r.recipient).map((r) => r.customerId));
      return { rows: page.map((r) => ({ ...r, contact: r.recipient ?? contacts.get(r.customerId) ?? noRecipient })), total: all.length };
    },

    /**
     * The outbox's word on a reminder's e-mail or SMS, committed with the message's own change: delivered when it
     * went out (or the user confirmed it), failed when the server or gateway refused it. A reminder no longer waiting
     * (delivered by post meanwhile) keeps its state, and only the message changes.
     */
    async settle(outcomes: Map<string, { state: 'delivered' | 'failed'; note: string; via: 'email' | 'sms' }>, on: string, actor: Actor, along: WriteWith): Promise<void> {
      const reminders = (await db.reminders.bulkGet([...outcomes.keys()])).filter((r) => r?.state === 'to_deliver') as ReminderRecord[];
      if (reminders.length === 0) return write(db, along.tables, emit, along.work);
      await deliver(reminders, (r) => ({ ...outcomes.get(r.id)!, on }), actor, undefined, along);
    },

    /** One reminder as the overview lists it, with the contact it goes (or went) to. */
    async row(id: string): Promise<ReminderRow | null> {
      const r = await db.reminders.get(id);
      if (!r) return null;
      const contact = r.recipient ?? (await contactsOf(db, [r.customerId])).get(r.customerId) ?? noRecipient;
      return { ...r, contact };
    },

    async mark(input: MarkDelivered, { actor, today }: { actor: Actor; today: string }): Promise<ReminderRecord[]> {
      const reminders = await pending(input.ids);
      checkDate(reminders, input.on, today);
      return deliver(reminders, input, actor);
    },

    /**
     * A phone task's outcome. Reached: the call is the reminder's delivery, and a promise or dispute lands on every
     * invoice it was about in the same transaction. Not reached: only the dossier says so; the task stays open.
     */
    async recordCall(input: CallOutcome, { actor, today }: { actor: Actor; today: string }): Promise<ReminderRecord> {
      const [reminder] = await pending([input.reminderId]);
      if (reminder!.channel !== 'phone') throw new AppFailure('validation', `reminder ${reminder!.id} is not a phone task`, [issue('reminderId', 'errors.dunning.notACall', 'not a phone task')]);
      if (!input.reached) {
        const note = input.note ? `not reached: ${input.note}` : 'not reached';
        await write(db, ['dossier'], emit, () => db.dossier.bulkAdd(reminder!.invoiceIds.map((id) => dossierEntry({ id, customerId: reminder!.customerId }, 'call', note, actor))));
        return reminder!;
      }
      const [done] = await deliver([reminder!], { state: 'delivered', on: today, via: 'phone', note: input.note }, actor, (invoices) => {
        const entries: DossierRecord[] = [];
        for (const inv of invoices) {
          if (input.note) entries.push(dossierEntry(inv, 'comment', input.note, actor));
          if (input.promisedDate) {
            Object.assign(inv, { promisedDate: input.promisedDate, promiseNote: input.note });
            entries.push(dossierEntry(inv, 'promise', promiseText(input.promisedDate, input.note), actor));
          }
          if (input.disputeReason) {
            Object.assign(inv, { disputed: true, disputeReason: input.disputeReason, disputedAt: actor.now });
            entries.push(dossierEntry(inv, 'dispute', input.disputeReason, actor));
          }
        }
        return entries;
      });
      return done!;
    },
  };
}
