import type { RunChange, RunReminder } from '../../../shared/domain/dunning/records';
import type { RunRecord } from '../db';
import type { Computed } from './proposal';

/** What the user reviewed of one reminder: enough to say later that it was dropped, added or now asks another amount. */
type DigestLine = [id: string, totalCents: number, itemCount: number, customerName: string];

/**
 * The proposal as the draft keeps it on disk. The reminders themselves are computed again from memory whenever they
 * are needed (the engine is pure), so saving a draft of 30,000 reminders writes one string, not 30,000 objects.
 */
export function digestOf(reminders: RunReminder[]): string {
  return JSON.stringify(reminders.map((r): DigestLine => [r.id, r.totalCents, r.items.length, r.customerName]));
}

/** What changed between the proposal the user reviewed (its digest) and the one computed now. */
export function proposalChanges(digest: string, after: RunReminder[]): RunChange[] {
  const before = JSON.parse(digest) as DigestLine[];
  const now = new Map(after.map((r) => [r.id, r]));
  const was = new Set(before.map(([id]) => id));
  const changes: RunChange[] = [];
  for (const [id, totalCents, itemCount, customerName] of before) {
    const a = now.get(id);
    if (!a) changes.push({ reminderId: id, customerName, change: 'dropped' });
    else if (a.totalCents !== totalCents || a.items.length !== itemCount) changes.push({ reminderId: id, customerName, change: 'amount' });
  }
  for (const a of after) if (!was.has(a.id)) changes.push({ reminderId: a.id, customerName: a.customerName, change: 'added' });
  return changes;
}

/** The figures a run's summary shows, from its proposal. */
export function figuresOf(computed: Computed): Pick<RunRecord, 'reminderCount' | 'leftOutCount' | 'totals' | 'digest'> {
  const totals: Record<string, number> = {};
  for (const r of computed.reminders) totals[r.currency] = (totals[r.currency] ?? 0) + r.totalCents;
  return { reminderCount: computed.reminders.length, leftOutCount: computed.leftOut.length, totals, digest: digestOf(computed.reminders) };
}

export type HeldProposal = Computed & { runId: string; rev: number; byName(): RunReminder[] };

const names = new Intl.Collator();

/**
 * The draft's proposal as last computed, held in the store host for the review's pages and actions. It belongs to
 * one revision of the draft: every save counts the revision up, and a page of another revision computes it again.
 */
export function heldProposal() {
  let held: HeldProposal | null = null;
  return {
    get: (run: RunRecord): HeldProposal | null => (held && held.runId === run.id && held.rev === run.rev ? held : null),
    hold(run: RunRecord, computed: Computed): HeldProposal {
      let sorted: RunReminder[] | null = null;
      // Sorted when the review first shows a page, not while the proposal is made.
      const byName = () => (sorted ??= [...computed.reminders].sort((a, b) => names.compare(a.customerName, b.customerName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
      held = { ...computed, runId: run.id, rev: run.rev, byName };
      return held;
    },
    drop(): void {
      held = null;
    },
  };
}
