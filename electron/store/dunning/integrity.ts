import { dunningFigures } from '../../../shared/domain/dunning/records';
import type { DebitumDb, ReminderItemRecord } from '../db';

/**
 * Recomputes what the dunning store maintains and lists where it differs: each invoice's figures from its items,
 * each item's state from its reminder, each reminder's state from its delivery. Empty means consistent.
 */
export async function checkDunning(db: DebitumDb): Promise<string[]> {
  return db.transaction('r', ['invoices', 'reminders', 'reminderItems', 'deliveries'], async () => {
    const [invoices, reminders, items, deliveries] = await Promise.all([db.invoices.toArray(), db.reminders.toArray(), db.reminderItems.toArray(), db.deliveries.toArray()]);
    const problems: string[] = [];
    const byInvoice = new Map<string, ReminderItemRecord[]>();
    for (const i of items) byInvoice.set(i.invoiceId, [...(byInvoice.get(i.invoiceId) ?? []), i]);
    for (const inv of invoices) {
      const counted = (byInvoice.get(inv.id) ?? []).filter((i): i is ReminderItemRecord & { level: number } => i.level !== null);
      const f = dunningFigures(counted);
      if (f.dunningLevel !== inv.dunningLevel || f.timesReminded !== inv.timesReminded || f.lastRemindedOn !== inv.lastRemindedOn) {
        problems.push(`invoice ${inv.number}: figures ${inv.dunningLevel}/${inv.timesReminded}/${inv.lastRemindedOn} recomputed ${f.dunningLevel}/${f.timesReminded}/${f.lastRemindedOn}`);
      }
    }
    const delivered = new Map(deliveries.map((d) => [d.reminderId, d]));
    const byId = new Map(reminders.map((r) => [r.id, r]));
    for (const r of reminders) {
      const d = delivered.get(r.id);
      const state = d ? d.state : 'to_deliver';
      if (state !== r.state || (d?.state === 'delivered' ? d.on : null) !== r.deliveredOn) problems.push(`reminder ${r.id}: state ${r.state} but deliveries say ${state}`);
    }
    for (const i of items) {
      const r = byId.get(i.reminderId);
      if (!r) problems.push(`item ${i.id}: no reminder`);
      else if (r.state !== i.state || r.deliveredOn !== i.deliveredOn) problems.push(`item ${i.id}: state ${i.state} but reminder is ${r.state}`);
    }
    return problems;
  });
}
