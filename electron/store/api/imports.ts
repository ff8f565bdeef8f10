import type { ImportPlan, ImportQuestions } from '../../../shared/domain/import/plan';
import type { bankRepository } from '../bank/repository';
import type { importRepository } from '../import/repository';
import type { StoreChannels, StoreContext } from './context';

export const bankStore = (bank: ReturnType<typeof bankRepository>) =>
  ({
    unmatched: () => bank.unmatched(),
    searchInvoices: ({ query, currency }) => bank.searchInvoices(query, currency),
    match: (m, { actor }) => bank.match(m, actor),
    ignore: ({ entryId }, { actor }) => bank.ignore(entryId, actor),
  }) satisfies StoreChannels<'bank'>;

/** Main parses the files and plans; the store answers the plan's questions and commits it in one transaction. */
export const importsStore = (imports: ReturnType<typeof importRepository>) => ({
  answer: (q: ImportQuestions) => imports.answer(q),
  commit: (plan: ImportPlan, { actor, scheme }: StoreContext) => imports.commit(plan, actor, scheme),
});
