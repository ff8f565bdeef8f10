import type { DunningBlock } from '../../../shared/domain/dunning/schedule';
import type { IssuedReminder } from '../../../shared/domain/dunning/proposal';
import { isBlockActive } from '../../../shared/domain/dunning/records';
import type { BlockRecord, DebitumDb, ReminderItemRecord } from '../db';

type State = { items: Map<string, ReminderItemRecord[]>; statements: Set<string>; blocks: Map<string, BlockRecord>; lastRunDate: string | null };

const isStatement = (reminderId: string) => reminderId.startsWith('rem:customer:');

const fact = (i: ReminderItemRecord & { level: number }): IssuedReminder => ({
  level: i.level,
  attempt: i.attempt,
  state: i.state,
  deliveredOn: i.deliveredOn,
  sentBy: i.sentBy,
  statutoryCostsCents: i.statutoryCostsCents,
  feeCents: i.feeCents,
  fourteenDayLetter: i.fourteenDayLetter,
});

/**
 * What the run engine needs besides the open invoices, held in the store host's memory as the receivables index
 * is: every invoice's reminder items (the facts: level, delivery, charges), the ids of the statements issued, the
 * dunning blocks, and the date of the last executed run. Loaded once, then updated by the dunning repository after
 * each committed write.
 */
export function dunningMemory(db: DebitumDb) {
  let state: State | null = null;
  let loading: Promise<State> | null = null;

  async function load(): Promise<State> {
    if (state) return state;
    loading ??= db
      .transaction('r', ['reminderItems', 'blocks', 'runs'], async () => {
        const [items, blocks, last] = await Promise.all([db.reminderItems.toArray(), db.blocks.toArray(), db.runs.where('state').equals('executed').toArray()]);
        const byInvoice = new Map<string, ReminderItemRecord[]>();
        for (const i of items) byInvoice.set(i.invoiceId, [...(byInvoice.get(i.invoiceId) ?? []), i]);
        const lastRunDate = last.reduce<string | null>((a, r) => (!a || r.runDate > a ? r.runDate : a), null);
        const statements = new Set(items.filter((i) => isStatement(i.reminderId)).map((i) => i.reminderId));
        return { items: byInvoice, statements, blocks: new Map(blocks.map((b) => [b.id, b])), lastRunDate };
      })
      .then((s) => (state = s));
    return loading;
  }

  const apply = (fn: (s: State) => void) => {
    if (state) fn(state);
    else void loading?.then(fn);
  };

  return {
    load,
    putItems(items: ReminderItemRecord[]): void {
      apply((s) => {
        for (const item of items) {
          const list = (s.items.get(item.invoiceId) ?? []).filter((i) => i.id !== item.id);
          s.items.set(item.invoiceId, [...list, item]);
          if (isStatement(item.reminderId)) s.statements.add(item.reminderId);
        }
      });
    },
    putBlocks(blocks: BlockRecord[]): void {
      apply((s) => blocks.forEach((b) => s.blocks.set(b.id, b)));
    },
    executed(runDate: string): void {
      apply((s) => {
        if (!s.lastRunDate || runDate > s.lastRunDate) s.lastRunDate = runDate;
      });
    },
  };
}

export type DunningMemory = ReturnType<typeof dunningMemory>;

/** The engine's facts of an invoice: the reminders that advanced it (a statement that only listed it did not). */
export const factsOf = (items: ReminderItemRecord[] | undefined): IssuedReminder[] =>
  (items ?? []).filter((i): i is ReminderItemRecord & { level: number } => i.level !== null).map(fact);

/** The blocks that hold on a day, per invoice or customer id. */
export function activeBlocks(blocks: Iterable<BlockRecord>, today: string): { invoices: Map<string, DunningBlock[]>; customers: Map<string, DunningBlock[]> } {
  const invoices = new Map<string, DunningBlock[]>();
  const customers = new Map<string, DunningBlock[]>();
  for (const b of blocks) {
    if (!isBlockActive(b, today)) continue;
    const map = b.scope === 'invoice' ? invoices : customers;
    map.set(b.targetId, [...(map.get(b.targetId) ?? []), { reason: b.reason, until: b.until }]);
  }
  return { invoices, customers };
}
