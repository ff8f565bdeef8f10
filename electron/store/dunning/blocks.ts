import { type BlockInput, isBlockActive } from '../../../shared/domain/dunning/records';
import { AppFailure } from '../../../shared/result';
import type { Actor } from '../actor';
import type { BlockRecord, DebitumDb } from '../db';
import { type ChangeSink, write } from '../write';
import type { DunningMemory } from './memory';

/** A new block on an invoice or a customer that exists; its id is new, so a second block never replaces the first. */
export async function blockFor(db: DebitumDb, target: Pick<BlockInput, 'scope' | 'targetId'>, reason: string, until: string | null, actor: Actor): Promise<BlockRecord> {
  const customerId =
    target.scope === 'customer' ? (await db.customers.get(target.targetId))?.id : (await db.invoices.get(target.targetId))?.customerId;
  if (!customerId) throw new AppFailure('not_found', `${target.scope} ${target.targetId} does not exist`);
  return {
    id: crypto.randomUUID(),
    scope: target.scope,
    targetId: target.targetId,
    customerId,
    reason,
    until,
    handover: false,
    createdAt: actor.now,
    createdBy: actor.user,
    liftedAt: null,
    liftedBy: null,
  };
}

export function blockRepository(db: DebitumDb, emit: ChangeSink, memory: DunningMemory) {
  return {
    /** Every block that still holds today, with the names the list shows, newest first. */
    async list(today: string, customerId?: string) {
      const blocks = customerId ? await db.blocks.where('customerId').equals(customerId).toArray() : await db.blocks.toArray();
      const active = blocks.filter((b) => isBlockActive(b, today)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      const [customers, invoices] = await Promise.all([
        db.customers.bulkGet([...new Set(active.map((b) => b.customerId))]),
        db.invoices.bulkGet(active.filter((b) => b.scope === 'invoice').map((b) => b.targetId)),
      ]);
      const names = new Map(customers.flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
      const numbers = new Map(invoices.flatMap((i) => (i ? [[i.id, i.number] as const] : [])));
      return active.map((b) => ({ ...b, customerName: names.get(b.customerId) ?? '', invoiceNumber: numbers.get(b.targetId) ?? '' }));
    },

    async add(input: BlockInput, actor: Actor): Promise<BlockRecord> {
      const record = await blockFor(db, input, input.reason, input.until, actor);
      await write(db, ['blocks'], emit, () => db.blocks.add(record));
      memory.putBlocks([record]);
      return record;
    },

    /** Lifts a block by hand; the record stays, with who lifted it and when. */
    async lift(id: string, actor: Actor): Promise<BlockRecord> {
      const next = await write(db, ['blocks'], emit, async () => {
        const b = await db.blocks.get(id);
        if (!b) throw new AppFailure('not_found', `block ${id} does not exist`);
        if (b.liftedAt) return b;
        const lifted = { ...b, liftedAt: actor.now, liftedBy: actor.user };
        await db.blocks.put(lifted);
        return lifted;
      });
      memory.putBlocks([next]);
      return next;
    },
  };
}
