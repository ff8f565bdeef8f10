import type { Language } from '../../../shared/domain/customer/customer';
import { defaultPolicies } from '../../../shared/domain/dunning/default-policies';
import { defaultTexts } from '../../../shared/domain/dunning/default-texts';
import type { DunningPolicy } from '../../../shared/domain/dunning/policy';
import { defaultRateTables, type RateTableId } from '../../../shared/domain/dunning/statutory/rates';
import type { DunningText } from '../../../shared/domain/dunning/texts';
import { AppFailure, issue } from '../../../shared/result';
import type { Actor } from '../actor';
import type { CustomerSearchIndex } from '../customer/search-index';
import type { DebitumDb, TextRecord } from '../db';
import { type ChangeSink, write } from '../write';
import { type DunningConfigCache, effectivePolicies, effectiveTables, effectiveTexts } from './config';

const shipped = new Set(defaultPolicies.map((p) => p.id));
export const textId = (language: string, levelId: string, profile: string) => `${language}:${levelId}:${profile}`;

/** Policies, texts and rate tables as the office keeps them: the shipped ones, with its own edits and additions. */
export function policyRepository(db: DebitumDb, emit: ChangeSink, config: DunningConfigCache, customers: CustomerSearchIndex) {
  const changed = <T>(tables: ('policies' | 'texts' | 'rates')[], work: () => Promise<T>) =>
    write(db, tables, emit, work).then((r) => {
      config.invalidate();
      return r;
    });

  return {
    async list(language: Language) {
      const [stored, used] = await Promise.all([db.policies.toArray(), customers.policyUse()]);
      const edited = new Set(stored.map((p) => p.id));
      return [...effectivePolicies(stored, language).values()].map((p) => ({ ...p, shipped: shipped.has(p.id), edited: edited.has(p.id) && shipped.has(p.id), customers: used.get(p.id) ?? 0 }));
    },

    async save(policy: DunningPolicy, actor: Actor): Promise<DunningPolicy> {
      await changed(['policies'], () => db.policies.put({ ...policy, updatedAt: actor.now, updatedBy: actor.user }));
      return policy;
    },

    /** An office's own policy goes when no customer uses it; a shipped one returns to how it shipped. */
    async remove(id: string): Promise<{ id: string }> {
      const users = (await customers.policyUse()).get(id) ?? 0;
      if (users > 0) throw new AppFailure('conflict', `policy ${id} is used by ${users} customers`, [issue('id', 'errors.dunning.policyInUse', 'policy in use', { count: users })]);
      await changed(['policies'], () => db.policies.delete(id));
      return { id };
    },

    async texts(language: Language) {
      const stored = await db.texts.toArray();
      const own = new Set(stored.map((t) => t.id));
      const texts = effectiveTexts(stored)[language] ?? {};
      return Object.entries(texts).flatMap(([levelId, profiles]) =>
        Object.entries(profiles).map(([profile, text]) => ({
          language,
          levelId,
          profile,
          ...text,
          custom: own.has(textId(language, levelId, profile)),
          shipped: !!defaultTexts[language]?.[levelId]?.[profile],
        })),
      );
    },

    async saveText(input: { language: Language; levelId: string; profile: string; text: DunningText }, actor: Actor) {
      const record: TextRecord = { id: textId(input.language, input.levelId, input.profile), language: input.language, levelId: input.levelId, profile: input.profile, ...input.text, updatedAt: actor.now, updatedBy: actor.user };
      await changed(['texts'], () => db.texts.put(record));
      return record;
    },

    /** The office's text removed: the shipped one applies again (or, without one, the fallback the proposal names). */
    async resetText(input: { language: Language; levelId: string; profile: string }) {
      const id = textId(input.language, input.levelId, input.profile);
      await changed(['texts'], () => db.texts.delete(id));
      return { id };
    },

    async rates() {
      const added = await db.rates.toArray();
      const tables = effectiveTables(added);
      const mine = new Set(added.map((r) => `${r.table}:${r.from}`));
      return (Object.keys(tables) as RateTableId[]).map((id) => ({
        id,
        name: tables[id].name,
        entries: tables[id].entries.map((e) => ({ from: e.from, pct: e.pct, added: mine.has(`${id}:${e.from}`), unconfirmed: e.unconfirmed ?? false })),
      }));
    },

    /** A newly published rate from its start date; it must come after the table's first entry, where the law's history begins. */
    async addRate(input: { table: RateTableId; from: string; pct: string }, actor: Actor) {
      const first = defaultRateTables[input.table].entries[0]!.from;
      if (input.from <= first) throw new AppFailure('validation', `a rate must start after ${first}`, [issue('from', 'errors.rate.beforeTable', `must start after ${first}`, { date: first })]);
      const record = { id: `${input.table}:${input.from}`, ...input, addedAt: actor.now, addedBy: actor.user };
      await changed(['rates'], () => db.rates.put(record));
      return record;
    },
  };
}
