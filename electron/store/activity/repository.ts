import { type Activity, type ActivityInput, activityInputSchema } from '../../../shared/domain/customer/activity';
import { AppFailure, issue } from '../../../shared/result';
import type { Actor } from '../actor';
import type { ActivityRecord, DebitumDb } from '../db';
import { type ChangeSink, write } from '../write';

export function activityRepository(db: DebitumDb, emit: ChangeSink) {
  /** A note or task names an invoice and a contact of its own customer, never someone else's (or nobody's). */
  async function mustBeTheCustomers({ customerId, invoiceId, contactId }: Pick<ActivityRecord, 'customerId' | 'invoiceId' | 'contactId'>): Promise<void> {
    const [invoice, contact] = await Promise.all([invoiceId ? db.invoices.get(invoiceId) : null, contactId ? db.contacts.get(contactId) : null]);
    const issues = [
      ...(invoiceId && invoice?.customerId !== customerId ? [issue('invoiceId', 'errors.activity.otherInvoice', 'no invoice of this customer')] : []),
      ...(contactId && contact?.customerId !== customerId ? [issue('contactId', 'errors.activity.otherContact', 'no contact of this customer')] : []),
    ];
    if (issues.length > 0) throw new AppFailure('validation', 'the activity names an invoice or contact of another customer', issues);
  }

  return {
    async add(input: ActivityInput, actor: Actor): Promise<Activity> {
      const fields = activityInputSchema.parse(input);
      return write(db, ['activities', 'customers', 'invoices', 'contacts'], emit, async () => {
        if (!(await db.customers.get(fields.customerId))) throw new AppFailure('not_found', 'customer does not exist');
        await mustBeTheCustomers(fields);
        const r: ActivityRecord = {
          ...fields,
          dueDate: fields.kind === 'task' ? fields.dueDate : null,
          responsible: fields.kind === 'task' ? fields.responsible || actor.user : '',
          id: crypto.randomUUID(),
          done: fields.kind === 'note',
          doneAt: fields.kind === 'note' ? actor.now : null,
          doneBy: fields.kind === 'note' ? actor.user : null,
          createdAt: actor.now,
          createdBy: actor.user,
        };
        await db.activities.add(r);
        return r;
      });
    },

    async setDone(id: string, done: boolean, actor: Actor): Promise<Activity> {
      return write(db, ['activities'], emit, async () => {
        const a = await db.activities.get(id);
        if (!a) throw new AppFailure('not_found', `activity ${id} does not exist`);
        const r: ActivityRecord = { ...a, done, doneAt: done ? actor.now : null, doneBy: done ? actor.user : null };
        await db.activities.put(r);
        return r;
      });
    },

    async list(customerId: string): Promise<Activity[]> {
      const rows = await db.activities.where('customerId').equals(customerId).toArray();
      return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
  };
}
