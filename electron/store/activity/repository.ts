import { type Activity, type ActivityInput, activityInputSchema } from '../../../shared/domain/customer/activity';
import { AppFailure } from '../../../shared/result';
import type { Actor } from '../actor';
import type { ActivityRecord, DebitumDb } from '../db';
import { type ChangeSink, write } from '../write';

export function activityRepository(db: DebitumDb, emit: ChangeSink) {
  return {
    async add(input: ActivityInput, actor: Actor): Promise<Activity> {
      const fields = activityInputSchema.parse(input);
      return write(db, ['activities', 'customers'], emit, async () => {
        if (!(await db.customers.get(fields.customerId))) throw new AppFailure('not_found', 'customer does not exist');
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
