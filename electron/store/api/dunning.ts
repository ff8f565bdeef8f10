import { defaultPolicyFor } from '../../../shared/domain/dunning/default-policies';
import { AppFailure, issue } from '../../../shared/result';
import type { CustomerRepository } from '../customer/repository';
import type { DebitumDb } from '../db';
import type { blockRepository } from '../dunning/blocks';
import type { DunningConfigCache } from '../dunning/config';
import type { policyRepository } from '../dunning/policies';
import type { reminderRepository } from '../dunning/reminders';
import type { RunRepository } from '../dunning/runs';
import { handoverRows } from '../dunning/handover';
import type { StoreChannels } from './context';

type Blocks = ReturnType<typeof blockRepository>;

export const dunningStore = (
  db: DebitumDb,
  runs: RunRepository,
  reminders: ReturnType<typeof reminderRepository>,
  blocks: Blocks,
  customers: CustomerRepository,
  config: DunningConfigCache,
) =>
  ({
    overview: () => runs.overview(),
    propose: (_input, ctx) => runs.propose(ctx),
    refresh: ({ runId }, ctx) => runs.refresh(runId, ctx),
    review: ({ runId, action }, ctx) => runs.review(runId, action, ctx),
    discard: ({ runId }, ctx) => runs.discard(runId, ctx),
    execute: ({ runId }, ctx) => runs.execute(runId, ctx),
    runs: () => runs.executed(),
    handover: (_input, { today }) => handoverRows(db, today),
    runReminders: ({ runId, offset, limit }, ctx) => runs.reminders(runId, offset, limit, ctx),
    runLeftOut: async ({ runId, offset, limit }, ctx) => {
      const { rows, total } = await runs.leftOut(runId, offset, limit, ctx);
      const [cs, is] = await Promise.all([db.customers.bulkGet([...new Set(rows.map((r) => r.customerId))]), db.invoices.bulkGet(rows.map((r) => r.invoiceId))]);
      const names = new Map(cs.flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
      return { rows: rows.map((r, k) => ({ ...r, customerName: names.get(r.customerId) ?? '', invoiceNumber: is[k]?.number ?? '' })), total };
    },
    reminders: (q) => reminders.list(q),
    markDelivered: (input, ctx) => reminders.mark(input, ctx),
    recordCall: (input, ctx) => reminders.recordCall(input, ctx),
    customer: async ({ customerId }, { today, office }) => {
      const c = await db.customers.get(customerId);
      if (!c) throw new AppFailure('not_found', `customer ${customerId} does not exist`);
      const { policies } = await config.get(office.language);
      const fallback = defaultPolicyFor(c.country, c.kind, office.country);
      const byLaw = policies.get(fallback.id) ?? fallback;
      const policy = (c.dunningPolicyId && policies.get(c.dunningPolicyId)) || byLaw;
      const history = await db.reminders.where('customerId').equals(customerId).toArray();
      return {
        policyId: policy.id,
        policyName: policy.name,
        chosenPolicyId: c.dunningPolicyId,
        defaultPolicyName: byLaw.name,
        directDebit: c.directDebit,
        policies: [...policies.values()].map((p) => ({ id: p.id, name: p.name })),
        blocks: await blocks.list(today, customerId),
        reminders: history.sort((a, b) => b.runDate.localeCompare(a.runDate) || b.level - a.level),
      };
    },
    setCustomer: async ({ customerId, policyId, directDebit }, { actor, office }) => {
      if (policyId !== null && !(await config.get(office.language)).policies.has(policyId)) {
        throw new AppFailure('validation', `no policy ${policyId}`, [issue('policyId', 'errors.dunning.unknownPolicy', `no policy ${policyId}`)]);
      }
      await customers.updateDunning(customerId, { dunningPolicyId: policyId, directDebit }, actor);
      return { customerId };
    },
  }) satisfies StoreChannels<'dunning'>;

export const blocksStore = (blocks: Blocks) =>
  ({
    list: ({ customerId }, { today }) => blocks.list(today, customerId),
    add: (input, { actor }) => blocks.add(input, actor),
    lift: ({ id }, { actor }) => blocks.lift(id, actor),
  }) satisfies StoreChannels<'blocks'>;

export const policiesStore = (policies: ReturnType<typeof policyRepository>) =>
  ({
    list: (_input, { office }) => policies.list(office.language),
    save: (policy, { actor }) => policies.save(policy, actor),
    remove: ({ id }) => policies.remove(id),
    texts: ({ language }) => policies.texts(language),
    saveText: (input, { actor }) => policies.saveText(input, actor),
    resetText: (input) => policies.resetText(input),
    rates: () => policies.rates(),
    addRate: (input, { actor }) => policies.addRate(input, actor),
  }) satisfies StoreChannels<'policies'>;
