import type { Language } from '../../../shared/domain/customer/customer';
import { shippedPolicies } from '../../../shared/domain/dunning/default-policies';
import { defaultTexts } from '../../../shared/domain/dunning/default-texts';
import type { DunningPolicy } from '../../../shared/domain/dunning/policy';
import { defaultRateTables, type RateTables } from '../../../shared/domain/dunning/statutory/rates';
import type { DunningTexts } from '../../../shared/domain/dunning/texts';
import type { DebitumDb, PolicyRecord, RateRecord, TextRecord } from '../db';

export type DunningConfig = { policies: Map<string, DunningPolicy>; texts: DunningTexts; tables: RateTables };

const withoutStamps = ({ updatedAt: _a, updatedBy: _b, ...p }: PolicyRecord): DunningPolicy => p;

/** The shipped policies in the office's language with the office's edits over them (same id), then the office's own. */
export function effectivePolicies(stored: PolicyRecord[], language: Language): Map<string, DunningPolicy> {
  const map = new Map(shippedPolicies(language).map((p) => [p.id, p]));
  for (const r of stored) map.set(r.id, withoutStamps(r));
  return map;
}

/** The shipped texts with the office's own texts over them, per language × level × profile. */
export function effectiveTexts(stored: TextRecord[]): DunningTexts {
  const texts: DunningTexts = {};
  for (const [language, levels] of Object.entries(defaultTexts) as [Language, DunningTexts[Language]][]) {
    texts[language] = Object.fromEntries(Object.entries(levels ?? {}).map(([level, profiles]) => [level, { ...profiles }]));
  }
  for (const r of stored) {
    const lang = (texts[r.language as Language] ??= {});
    (lang[r.levelId] ??= {})[r.profile] = { subject: r.subject, body: r.body, sms: r.sms };
  }
  return texts;
}

/** The shipped rate tables with the rates the office added, each table in date order (an added rate replaces one of the same day). */
export function effectiveTables(stored: RateRecord[]): RateTables {
  const tables = structuredClone(defaultRateTables);
  for (const r of stored) {
    const t = tables[r.table];
    t.entries = [...t.entries.filter((e) => e.from !== r.from), { from: r.from, pct: r.pct }].sort((a, b) => a.from.localeCompare(b.from));
  }
  return tables;
}

/**
 * Policies, texts and rates as the run engine uses them, read once and kept until a write to one of their tables
 * says otherwise (their writers call `invalidate` after commit).
 */
export function dunningConfig(db: DebitumDb) {
  const loaded = new Map<Language, Promise<DunningConfig>>();
  return {
    /** In the office's language, which names the shipped policies and their levels. */
    get(language: Language): Promise<DunningConfig> {
      let config = loaded.get(language);
      if (!config) {
        config = Promise.all([db.policies.toArray(), db.texts.toArray(), db.rates.toArray()]).then(([p, t, r]) => ({
          policies: effectivePolicies(p, language),
          texts: effectiveTexts(t),
          tables: effectiveTables(r),
        }));
        loaded.set(language, config);
      }
      return config;
    },
    invalidate(): void {
      loaded.clear();
    },
  };
}

export type DunningConfigCache = ReturnType<typeof dunningConfig>;
