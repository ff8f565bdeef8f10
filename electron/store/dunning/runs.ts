import { emptyReview, type ReviewAction, type RunReview, type RunSummary } from '../../../shared/domain/dunning/records';
import { AppFailure, issue } from '../../../shared/result';
import type { OfficeDunning, StoreContext } from '../api/context';
import type { CustomerSearchIndex } from '../customer/search-index';
import type { DebitumDb, RunRecord } from '../db';
import type { ReceivablesIndex } from '../invoice/receivables-index';
import { type ChangeSink, write } from '../write';
import type { DunningConfigCache } from './config';
import { handoverBlocks, itemRecords, reminderDossier, reminderRecords, withFigures } from './execute';
import type { DunningMemory } from './memory';
import { computeProposal, proposalChanges, subjectOf } from './proposal';
import { blockFor } from './blocks';

export type RunDeps = { receivables: ReceivablesIndex; customers: CustomerSearchIndex; memory: DunningMemory; config: DunningConfigCache };

export function summaryOf(run: RunRecord): RunSummary {
  const totals: Record<string, number> = {};
  for (const r of run.reminders) totals[r.currency] = (totals[r.currency] ?? 0) + r.totalCents;
  return {
    id: run.id,
    runDate: run.runDate,
    state: run.state,
    reminderCount: run.reminders.length,
    leftOutCount: run.leftOut.length,
    totals,
    createdAt: run.createdAt,
    createdBy: run.createdBy,
    executedAt: run.executedAt,
    executedBy: run.executedBy,
    changes: run.changes,
  };
}

const refused = (key: string, message: string, params?: Record<string, string | number>) =>
  new AppFailure('conflict', message, [issue('runDate', key, message, params)]);

/** The review with one action applied; a change back to what the engine proposed is no change. */
function reviewed(run: RunRecord, action: ReviewAction): RunReview {
  const review: RunReview = structuredClone(run.review);
  const target = 'reminderId' in action ? run.reminders.find((r) => r.id === action.reminderId) : undefined;
  if ('reminderId' in action && !target) throw new AppFailure('not_found', `reminder ${action.reminderId} is not in this run`);
  const subject = target ? subjectOf(target) : '';
  switch (action.kind) {
    case 'excludeCustomer':
      review.excludedCustomers[action.customerId] = action.reason;
      break;
    case 'excludeInvoice':
      review.excludedInvoices[action.invoiceId] = action.reason;
      break;
    case 'include':
      delete review.excludedCustomers[action.customerId];
      delete review.excludedInvoices[action.invoiceId];
      break;
    case 'level': {
      const from = target!.proposedLevel ?? target!.level;
      if (action.level === from) delete review.levels[subject];
      else review.levels[subject] = { level: action.level, from };
      break;
    }
    case 'channel':
      review.channels[subject] = action.channel;
      break;
    case 'note':
      if (action.note) review.notes[subject] = action.note;
      else delete review.notes[subject];
      break;
  }
  return review;
}

export function runRepository(db: DebitumDb, emit: ChangeSink, deps: RunDeps) {
  const compute = (runDate: string, review: RunReview, office: OfficeDunning) => computeProposal(deps, runDate, review, office);

  async function draft(): Promise<RunRecord | undefined> {
    return db.runs.where('state').equals('draft').first();
  }

  /** The run as a draft of today, else refused saying why. */
  function draftOf(run: RunRecord | undefined, id: string, today: string): RunRecord {
    if (!run) throw new AppFailure('not_found', `run ${id} does not exist`);
    if (run.state !== 'draft') throw refused('errors.dunning.notDraft', `run ${id} is ${run.state}`);
    if (run.runDate !== today) throw refused('errors.dunning.staleDraft', `the proposal was made on ${run.runDate}; refresh it for today`, { date: run.runDate });
    return run;
  }

  const mustDraft = async (id: string, today: string) => draftOf(await db.runs.get(id), id, today);

  /** A run may not be dated before the last executed one: the clock went back, and reminders would repeat. */
  async function guardDate(today: string): Promise<void> {
    const { lastRunDate } = await deps.memory.load();
    if (lastRunDate && today < lastRunDate) {
      throw refused('errors.dunning.runInPast', `a run on ${today} is before the last executed run of ${lastRunDate}`, { date: lastRunDate });
    }
  }

  async function save(run: RunRecord): Promise<RunSummary> {
    await write(db, ['runs'], emit, () => db.runs.put(run));
    return summaryOf(run);
  }

  return {
    async overview(): Promise<{ draft: RunSummary | null; lastExecuted: RunSummary | null }> {
      const [d, executed] = await Promise.all([draft(), db.runs.where('state').equals('executed').toArray()]);
      const last = executed.sort((a, b) => b.runDate.localeCompare(a.runDate) || (b.executedAt ?? '').localeCompare(a.executedAt ?? ''))[0];
      return { draft: d ? summaryOf(d) : null, lastExecuted: last ? summaryOf(last) : null };
    },

    /** A new draft for today; one draft at a time. */
    async propose({ today, actor, office }: StoreContext): Promise<RunSummary> {
      await guardDate(today);
      const existing = await draft();
      if (existing) throw refused('errors.dunning.draftExists', `a draft run of ${existing.runDate} is open; execute or discard it first`, { date: existing.runDate });
      const computed = await compute(today, emptyReview(), office);
      const count = await db.runs.where('runDate').equals(today).count();
      const run: RunRecord = {
        id: `run:${today}:${count + 1}`,
        runDate: today,
        state: 'draft',
        ...computed,
        review: emptyReview(),
        changes: [],
        createdAt: actor.now,
        createdBy: actor.user,
        executedAt: null,
        executedBy: null,
      };
      return save(run);
    },

    /** The draft computed again for today with the review kept: a draft of an earlier day becomes today's. */
    async refresh(id: string, { today, office }: StoreContext): Promise<RunSummary> {
      await guardDate(today);
      const run = await db.runs.get(id);
      if (!run || run.state !== 'draft') throw refused('errors.dunning.notDraft', `run ${id} is not a draft`);
      const computed = await compute(today, run.review, office);
      return save({ ...run, runDate: today, ...computed, changes: proposalChanges(run.reminders, computed.reminders) });
    },

    async review(id: string, action: ReviewAction, { today, actor, office }: StoreContext): Promise<RunSummary> {
      const run = await mustDraft(id, today);
      const review = reviewed(run, action);
      const block = (action.kind === 'excludeCustomer' || action.kind === 'excludeInvoice') && action.blockUntil ? action : null;
      const computed = await compute(today, review, office);
      const next: RunRecord = { ...run, ...computed, review, changes: [] };
      if (!block) return save(next);
      const record = await blockFor(db, block.kind === 'excludeCustomer' ? { scope: 'customer', targetId: block.customerId } : { scope: 'invoice', targetId: block.invoiceId }, block.reason, block.blockUntil, actor);
      await write(db, ['runs', 'blocks'], emit, async () => {
        await db.blocks.put(record);
        await db.runs.put(next);
      });
      deps.memory.putBlocks([record]);
      return summaryOf(next);
    },

    async discard(id: string, { actor }: StoreContext): Promise<RunSummary> {
      const run = await db.runs.get(id);
      if (!run || run.state !== 'draft') throw refused('errors.dunning.notDraft', `run ${id} is not a draft`);
      return save({ ...run, state: 'discarded', executedAt: actor.now, executedBy: actor.user });
    },

    /**
     * Issues the draft's reminders in one transaction. The proposal is computed again first: when the ledger moved
     * (a payment came in, an invoice was disputed) the draft is updated and nothing is issued, and the user sees
     * what changed before executing again. A run executed already is left as it is.
     */
    async execute(id: string, ctx: StoreContext): Promise<{ outcome: 'executed' | 'already_executed' | 'changed'; run: RunSummary }> {
      // A draft holds its whole proposal: it is read once.
      const existing = await db.runs.get(id);
      if (existing?.state === 'executed') return { outcome: 'already_executed', run: summaryOf(existing) };
      const run = draftOf(existing, id, ctx.today);
      await guardDate(ctx.today);
      const fresh = await compute(ctx.today, run.review, ctx.office);
      const changes = proposalChanges(run.reminders, fresh.reminders);
      if (changes.length > 0) return { outcome: 'changed', run: await save({ ...run, ...fresh, changes }) };
      return { outcome: 'executed', run: await issueRun({ ...run, ...fresh, changes: [] }, ctx) };
    },
  };

  /**
   * One transaction. Its reads (is the run still a draft, are its invoices as the proposal saw them) and the writes
   * that do not depend on them are issued together, so the database works through them as one batch; a failed
   * check throws, and the transaction is aborted with everything it wrote.
   */
  async function issueRun(run: RunRecord, { actor, office }: StoreContext): Promise<RunSummary> {
    const [mem, config] = await Promise.all([deps.memory.load(), deps.config.get(office.language)]);
    const tables = ['runs', 'reminders', 'reminderItems', 'invoices', 'dossier', 'blocks'] as const;
    const reminders = reminderRecords(run, config, actor);
    const items = itemRecords(reminders, mem.items, config);
    const blocks = handoverBlocks(run, mem.blocks, actor);
    const executed: RunRecord = { ...run, state: 'executed', executedAt: actor.now, executedBy: actor.user };
    const ids = Object.keys(run.basis);
    const updated = await write(db, [...tables], emit, async () => {
      // The state index, not the run: a draft's record holds its whole proposal.
      const drafts = db.runs.where('state').equals('draft').primaryKeys();
      const current = db.invoices.bulkGet(ids);
      const written = Promise.all([
        db.reminders.bulkAdd(reminders),
        db.reminderItems.bulkAdd(items),
        db.dossier.bulkAdd(reminderDossier(run.reminders, actor)),
        db.blocks.bulkPut(blocks),
        db.runs.put(executed),
      ]);
      // A refusal below aborts the transaction, which rejects these writes too; that is not a second failure.
      written.catch(() => {});
      if (!(await drafts).includes(run.id)) throw refused('errors.dunning.notDraft', `run ${run.id} is no longer a draft`);
      const invoices = await current;
      // A write between the proposal and this transaction: refuse rather than dun on a stale amount.
      const moved = invoices.findIndex((inv, k) => !inv || inv.status !== 'open' || inv.openCents !== run.basis[ids[k]!]);
      if (moved >= 0) throw refused('errors.dunning.ledgerChanged', `invoice ${invoices[moved]?.number ?? ids[moved]} changed while the run was being executed`);
      const figures = withFigures(invoices as NonNullable<(typeof invoices)[number]>[], mem.items, items);
      await Promise.all([written, db.invoices.bulkPut(figures)]);
      return figures;
    });
    deps.memory.putItems(items);
    deps.memory.putBlocks(blocks);
    deps.memory.executed(run.runDate);
    deps.receivables.put(updated);
    return summaryOf(executed);
  }
}

export type RunRepository = ReturnType<typeof runRepository>;
