import { type HandoverRow, isBlockActive } from '../../../shared/domain/dunning/records';
import type { DebitumDb } from '../db';
import { contactsOf } from './reminders';

/**
 * The invoices handed over to a collection agency that are still open, oldest hand-over first, each with what the
 * agency needs: the debtor and its dunning contact, the invoice, every reminder issued for it and its dossier.
 */
export async function handoverRows(db: DebitumDb, today: string): Promise<HandoverRow[]> {
  const blocks = (await db.blocks.toArray()).filter((b) => b.handover && b.scope === 'invoice' && isBlockActive(b, today));
  const invoices = (await db.invoices.bulkGet(blocks.map((b) => b.targetId))).map((i) => (i?.status === 'open' ? i : undefined));
  const kept = blocks.flatMap((b, k) => (invoices[k] ? [{ block: b, invoice: invoices[k] }] : []));
  const invoiceIds = kept.map((k) => k.invoice.id);
  const customerIds = [...new Set(kept.map((k) => k.invoice.customerId))];
  const [customers, contacts, items, dossier] = await Promise.all([
    db.customers.bulkGet(customerIds),
    contactsOf(db, customerIds),
    db.reminderItems.where('invoiceId').anyOf(invoiceIds).toArray(),
    db.dossier.where('invoiceId').anyOf(invoiceIds).toArray(),
  ]);
  const reminders = new Map((await db.reminders.bulkGet([...new Set(items.map((i) => i.reminderId))])).flatMap((r) => (r ? [[r.id, r] as const] : [])));
  const byId = new Map(customers.flatMap((c) => (c ? [[c.id, c] as const] : [])));
  return kept
    .sort((a, b) => a.block.createdAt.localeCompare(b.block.createdAt))
    .map(({ block, invoice }) => {
      const c = byId.get(invoice.customerId)!;
      const mine = items.filter((i) => i.invoiceId === invoice.id).flatMap((i) => reminders.get(i.reminderId) ?? []);
      return {
        handedOverOn: block.createdAt.slice(0, 10),
        customer: { id: c.id, number: c.number, name: c.name, vatNumber: c.vatNumber, kind: c.kind, language: c.language },
        contact: contacts.get(c.id)!,
        invoice: { id: invoice.id, number: invoice.number, issueDate: invoice.issueDate, dueDate: invoice.dueDate, currency: invoice.currency, amountCents: invoice.amountCents, openCents: invoice.openCents },
        reminders: mine
          .sort((a, b) => a.runDate.localeCompare(b.runDate) || a.level - b.level)
          .map((r) => ({ runDate: r.runDate, levelName: r.levelName, channel: r.channel, state: r.state, deliveredOn: r.deliveredOn, totalCents: r.totalCents })),
        dossier: dossier
          .filter((e) => e.invoiceId === invoice.id)
          .sort((a, b) => a.at.localeCompare(b.at))
          .map((e) => ({ kind: e.kind, text: e.text, at: e.at, by: e.by })),
      };
    });
}
