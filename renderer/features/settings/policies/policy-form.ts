import type { DunningChannel, DunningPolicy, DunningPolicyInput } from '../../../../shared/domain/dunning/policy';
import { centsToUnits, unitsToCents } from '../../../../shared/domain/money/money';
import type { FieldIssue } from '../../../../shared/result';

/**
 * The policy editor's form values: the policy as a person fills it in. Every choice keeps its own input (the fixed
 * percentage stays typed while "statutory" is picked), amounts are in units for MoneyInput, and a new level or
 * policy has no id yet: it gets one from its name when saved, and keeps it from then on.
 */
export type LevelValues = {
  /** React's key for the row, so a reorder moves the row and its inputs rather than their contents. */
  key: string;
  id: string | null;
  name: string;
  days: number | string;
  payWithinDays: number | string;
  interestKind: 'none' | 'statutory' | 'fixed';
  interestPct: string;
  costsKind: 'none' | 'statutory' | 'fixed' | 'percentage';
  costsAmount: number | '';
  costsPct: string;
  channel: DunningChannel;
  finalNotice: boolean;
  fourteenDayLetter: boolean;
};

export type PolicyValues = {
  id: string | null;
  name: string;
  country: DunningPolicy['law']['country'];
  kind: DunningPolicy['law']['kind'];
  mode: DunningPolicy['mode'];
  levelOneFrom: DunningPolicy['levelOneFrom'];
  tolerance: { key: string; currency: string; amount: number | '' }[];
  afterLastKind: DunningPolicy['afterLast']['kind'];
  repeatDays: number | string;
  levels: LevelValues[];
};

let keys = 0;
export const rowKey = () => `row-${++keys}`;

export const blankLevel = (): LevelValues => ({
  key: rowKey(),
  id: null,
  name: '',
  days: 14,
  payWithinDays: 14,
  interestKind: 'none',
  interestPct: '',
  costsKind: 'none',
  costsAmount: '',
  costsPct: '',
  channel: 'email_or_post',
  finalNotice: false,
  fourteenDayLetter: false,
});

export function toValues(p: DunningPolicy): PolicyValues {
  return {
    id: p.id,
    name: p.name,
    country: p.law.country,
    kind: p.law.kind,
    mode: p.mode,
    levelOneFrom: p.levelOneFrom,
    tolerance: Object.entries(p.toleranceCents).map(([currency, cents]) => ({ key: rowKey(), currency, amount: centsToUnits(cents) })),
    afterLastKind: p.afterLast.kind,
    repeatDays: p.afterLast.kind === 'repeat' ? p.afterLast.everyDays : 30,
    levels: p.levels.map((l) => ({
      key: rowKey(),
      id: l.id,
      name: l.name,
      days: l.days,
      payWithinDays: l.payWithinDays,
      interestKind: l.interest.kind,
      interestPct: l.interest.kind === 'fixed' ? l.interest.pctPerYear : '',
      costsKind: l.costs.kind,
      costsAmount: l.costs.kind === 'fixed' ? centsToUnits(l.costs.amountCents) : '',
      costsPct: l.costs.kind === 'percentage' ? l.costs.pct : '',
      channel: l.channel,
      finalNotice: l.finalNotice,
      fourteenDayLetter: l.fourteenDayLetter,
    })),
  };
}

/** A copy to start a new policy from: same levels (and level ids, so the shipped texts still apply), no id. */
export const copyOf = (p: DunningPolicy, name: string): PolicyValues => ({ ...toValues(p), id: null, name });

/** An id as the store keeps it: lower case, no accents, dashes between words ("Bouw – zakelijk" → "bouw-zakelijk"). */
export function slug(name: string, fallback: string): string {
  const s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 36)
    .replace(/-+$/, '');
  return s || fallback;
}

/** The slug, numbered on when taken ("firm", "firm-2", …). */
export function uniqueId(name: string, fallback: string, taken: ReadonlySet<string>): string {
  const base = slug(name, fallback);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

const wholeNumber = (v: number | string) => (v === '' ? Number.NaN : Number(v));

/**
 * The policy to save. Ids are given here: a new policy's from its name, unique among all policies; a new level's from
 * its name, unique within the policy. What the user left unreadable (an empty day count) is passed on as such, so the
 * store's refusal names the field.
 */
export function toPolicy(v: PolicyValues, policyIds: ReadonlySet<string>): DunningPolicyInput {
  const levelIds = new Set(v.levels.flatMap((l) => (l.id ? [l.id] : [])));
  const levels = v.levels.map((l) => {
    const id = l.id ?? uniqueId(l.name, 'level', levelIds);
    levelIds.add(id);
    return {
      id,
      name: l.name,
      days: wholeNumber(l.days),
      payWithinDays: wholeNumber(l.payWithinDays),
      interest: l.interestKind === 'fixed' ? { kind: 'fixed' as const, pctPerYear: l.interestPct.trim().replace(',', '.') } : { kind: l.interestKind },
      costs:
        l.costsKind === 'fixed'
          ? { kind: 'fixed' as const, amountCents: l.costsAmount === '' ? Number.NaN : unitsToCents(l.costsAmount) }
          : l.costsKind === 'percentage'
            ? { kind: 'percentage' as const, pct: l.costsPct.trim().replace(',', '.') }
            : { kind: l.costsKind },
      channel: l.channel,
      finalNotice: l.finalNotice,
      // The 14-day letter is a Dutch consumer rule; under another law the flag would only mislead the engine.
      fourteenDayLetter: v.country === 'NL' && v.kind === 'consumer' && l.fourteenDayLetter,
    };
  });
  return {
    id: v.id ?? uniqueId(v.name, 'policy', policyIds),
    name: v.name,
    law: { country: v.country, kind: v.kind },
    mode: v.mode,
    levelOneFrom: v.levelOneFrom,
    toleranceCents: Object.fromEntries(v.tolerance.map((t) => [t.currency, t.amount === '' ? 0 : unitsToCents(t.amount)])),
    afterLast: v.afterLastKind === 'repeat' ? { kind: 'repeat', everyDays: wholeNumber(v.repeatDays) } : { kind: v.afterLastKind },
    levels,
  };
}

/** The level fields a refusal can name, as the form calls them. */
export type LevelField = 'name' | 'days' | 'payWithinDays' | 'interestKind' | 'interestPct' | 'costsKind' | 'costsAmount' | 'costsPct' | 'channel' | 'finalNotice' | 'fourteenDayLetter';
export type PolicyField = 'name' | 'country' | 'kind' | 'mode' | 'levelOneFrom' | 'tolerance' | 'afterLastKind' | 'repeatDays' | 'levels';

export type PlacedIssue = { path: string; level: number | null; field: LevelField | PolicyField; issue: FieldIssue };

const levelFields: Record<string, LevelField> = {
  id: 'name',
  name: 'name',
  days: 'days',
  payWithinDays: 'payWithinDays',
  interest: 'interestKind',
  'interest.pctPerYear': 'interestPct',
  costs: 'costsKind',
  'costs.amountCents': 'costsAmount',
  'costs.pct': 'costsPct',
  channel: 'channel',
  finalNotice: 'finalNotice',
  fourteenDayLetter: 'fourteenDayLetter',
};
const policyFields: Record<string, PolicyField> = {
  id: 'name',
  name: 'name',
  'law.country': 'country',
  'law.kind': 'kind',
  mode: 'mode',
  levelOneFrom: 'levelOneFrom',
  afterLast: 'afterLastKind',
  'afterLast.everyDays': 'repeatDays',
  levels: 'levels',
};

/**
 * Where a refusal of the store belongs on the form: `levels.2.costs` on level 3's costs, `toleranceCents.EUR` on
 * the EUR tolerance. A level's id is made from its name, so a duplicate id is shown on the name.
 */
export function placeIssue(issue: FieldIssue, v: PolicyValues): PlacedIssue {
  const level = /^levels\.(\d+)\.(.+)$/.exec(issue.field);
  if (level) {
    const index = Number(level[1]);
    const field = levelFields[level[2]!] ?? levelFields[level[2]!.split('.')[0]!] ?? 'name';
    return { path: `levels.${index}.${field}`, level: index, field, issue };
  }
  const tolerance = /^toleranceCents\.(.+)$/.exec(issue.field);
  if (tolerance) {
    const row = Math.max(0, v.tolerance.findIndex((t) => t.currency === tolerance[1]));
    return { path: `tolerance.${row}.amount`, level: null, field: 'tolerance', issue };
  }
  const field = policyFields[issue.field] ?? 'name';
  return { path: field, level: null, field, issue };
}
