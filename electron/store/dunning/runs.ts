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
import { type Computed, computeProposal, subjectOf } from './proposal';
import { figuresOf, heldProposal, type HeldProposal, proposalChanges } from './draft';
import { blockFor } from './blocks';

export type RunDeps = { receivables: ReceivablesIndex; customers: CustomerSearchIndex; memory: DunningMemory; config: DunningConfigCache };

export function summaryOf({ review: _r, digest: _d, rev: _v, ...summary }: RunRecord): RunSummary {
  return summary;
}

const refused = (key: string, message: string, params?: Record<string, string | number>) =>
  new AppFailure('conflict', message, [issue('runDate', key, message, params)]);

/** The review with one action applied; a change back to what the engine proposed is no change. */
function reviewed(run: RunRecord, proposal: Computed, action: ReviewAction): RunReview {
  const review: RunReview = structuredClone(run.review);
  const target = 'reminderId' in action ? proposal.reminders.find((r) => r.id === action.reminderId) : undefined;
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
  const held = heldProposal();

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

  /** A run may not be dated before the last executed one: the clock went back, and reminders would repeat. */
  async function guardDate(today: string): Promise<void> {
    const { lastRunDate } = await deps.memory.load();
    if (lastRunDate && today < lastRunDate) {
      throw refused('errors.dunning.runInPast', `a run on ${today} is before the last executed run of ${lastRunDate}`, { date: lastRunDate });
    }
  }

  /** The draft with a new proposal, as the next revision; the proposal is held for the review's pages. */
  function revised(run: RunRecord, computed: Computed, changes: RunRecord['changes']): RunRecord {
    const next: RunRecord = { ...run, ...figuresOf(computed), changes, rev: run.rev + 1 };
    held.hold(next, computed);
    return next;
  }

  async function save(run: RunRecord): Promise<RunSummary> {
    await write(db, ['runs'], emit, () => db.runs.put(run));
    return summaryOf(run);
  }

  /**
   * The draft's proposal: the one held, else computed again (after a restart). A ledger that moved since the user
   * reviewed it is said at once, as a refresh would say it.
   */
  async function proposalOf(run: RunRecord, office: OfficeDunning): Promise<HeldProposal> {
    const hit = held.get(run);
    if (hit) return hit;
    const computed = await compute(run.runDate, run.review, office);
    const changes = run.state === 'draft' ? proposalChanges(run.digest, computed.reminders) : [];
    if (changes.length === 0) return held.hold(run, computed);
    const next = revised(run, computed, changes);
    await save(next);
    return held.get(next)!;
  }

  async function mustRun(id: string): Promise<RunRecord> {
    const run = await db.runs.get(id);
    if (!run) throw new AppFailure('not_found', `run ${id} does not exist`);
    return run;
  }

  return {
    async overview(): Promise<{ draft: RunSummary | null; lastExecuted: RunSummary | null }> {
      const [d, executed] = await Promise.all([draft(), this.executed()]);
      return { draft: d ? summaryOf(d) : null, lastExecuted: executed[0] ?? null };
    },

    async executed(): Promise<RunSummary[]> {
      const executed = await db.runs.where('state').equals('executed').toArray();
      return executed.sort((a, b) => b.runDate.localeCompare(a.runDate) || (b.executedAt ?? '').localeCompare(a.executedAt ?? '')).map(summaryOf);
    },

    /** A page of the draft's reminders, by customer name. */
    async reminders(id: string, offset: number, limit: number, { office }: StoreContext) {
      const rows = (await proposalOf(await mustRun(id), office)).byName();
      return { rows: rows.slice(offset, offset + limit), total: rows.length };
    },

    /** A page of what the draft leaves out, and why. */
    async leftOut(id: string, offset: number, limit: number, { office }: StoreContext) {
      const all = (await proposalOf(await mustRun(id), office)).leftOut;
      return { rows: all.slice(offset, offset + limit), total: all.length };
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
        review: emptyReview(),
        changes: [],
        createdAt: actor.now,
        createdBy: actor.user,
        executedAt: null,
        executedBy: null,
        rev: 0,
        ...figuresOf(computed),
      };
      held.hold(run, computed);
      return save(run);
    },

    /** The draft computed again for today with the review kept: a draft of an earlier day becomes today's. */
    async refresh(id: string, { today, office }: StoreContext): Promise<RunSummary> {
      await guardDate(today);
      const run = await db.runs.get(id);
      if (!run || run.state !== 'draft') throw refused('errors.dunning.notDraft', `run ${id} is not a draft`);
      const computed = await compute(today, run.review, office);
      return save(revised({ ...run, runDate: today }, computed, proposalChanges(run.digest, computed.reminders)));
    },

    async review(id: string, action: ReviewAction, { today, actor, office }: StoreContext): Promise<RunSummary> {
      const run = draftOf(await db.runs.get(id), id, today);
      const review = reviewed(run, await proposalOf(run, office), action);
      const block = (action.kind === 'excludeCustomer' || action.kind === 'excludeInvoice') && action.blockUntil ? action : null;
      const next = revised({ ...run, review }, await compute(today, review, office), []);
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
      held.drop();
      return save({ ...run, state: 'discarded', executedAt: actor.now, executedBy: actor.user });
    },

    /**
     * Issues the draft's reminders in one transaction. The proposal is computed again first: when the ledger moved
     * (a payment came in, an invoice was disputed) since the user reviewed it, the draft is updated and nothing is
     * issued, and the user sees what changed before executing again. A run executed already is left as it is.
     */
    async execute(id: string, ctx: StoreContext): Promise<{ outcome: 'executed' | 'already_executed' | 'changed'; run: RunSummary }> {
      const existing = await db.runs.get(id);
      if (existing?.state === 'executed') return { outcome: 'already_executed', run: summaryOf(existing) };
      const run = draftOf(existing, id, ctx.today);
      await guardDate(ctx.today);
      const fresh = await compute(ctx.today, run.review, ctx.office);
      const changes = proposalChanges(run.digest, fresh.reminders);
      if (changes.length > 0) return { outcome: 'changed', run: await save(revised(run, fresh, changes)) };
      const executed = await issueRun(run, fresh, ctx);
      held.drop();
      return { outcome: 'executed', run: executed };
    },
  };

  /**
   * One transaction. Its reads (is the run still a draft, are its invoices as the proposal saw them) and the writes
   * that do not depend on them are issued together, so the database works through them as one batch; a failed
   * check throws, and the transaction is aborted with everything it wrote.
   */
  async function issueRun(run: RunRecord, proposal: Computed, { actor, office }: StoreContext): Promise<RunSummary> {
    const [mem, config] = await Promise.all([deps.memory.load(), deps.config.get(office.language)]);
    const tables = ['runs', 'reminders', 'reminderItems', 'invoices', 'dossier', 'blocks'] as const;
    const reminders = reminderRecords(run, proposal.reminders, config, actor);
    const items = itemRecords(reminders, mem.items, config);
    const blocks = handoverBlocks(proposal.leftOut, mem.blocks, actor);
    // An executed run's reminders are in their table: its digest, which only a review reads, is not kept.
    const executed: RunRecord = { ...run, ...figuresOf(proposal), digest: '[]', state: 'executed', changes: [], executedAt: actor.now, executedBy: actor.user, rev: run.rev + 1 };
    const ids = Object.keys(proposal.basis);
    const updated = await write(db, [...tables], emit, async () => {
      const state = db.runs.get(run.id).then((r) => r?.state);
      const current = db.invoices.bulkGet(ids);
      const written = Promise.all([
        db.reminders.bulkAdd(reminders),
        db.reminderItems.bulkAdd(items),
        db.dossier.bulkAdd(reminderDossier(proposal.reminders, actor)),
        db.blocks.bulkPut(blocks),
        db.runs.put(executed),
      ]);
      // A refusal below aborts the transaction, which rejects these writes too; that is not a second failure.
      written.catch(() => {});
      if ((await state) !== 'draft') throw refused('errors.dunning.notDraft', `run ${run.id} is no longer a draft`);
      const invoices = await current;
      // A write between the proposal and this transaction: refuse rather than dun on a stale amount.
      const moved = invoices.findIndex((inv, k) => !inv || inv.status !== 'open' || inv.openCents !== proposal.basis[ids[k]!]);
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
