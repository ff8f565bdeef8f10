import { describe, expect, it } from 'vitest';
import { defaultPolicies } from '../../shared/domain/dunning/default-policies';
import { dunningPolicySchema } from '../../shared/domain/dunning/policy';
import { zodIssues } from '../../shared/result';
import { blankLevel, copyOf, placeIssue, slug, toPolicy, toValues, uniqueId } from '../../renderer/features/settings/policies/policy-form';

const nlConsumer = defaultPolicies.find((p) => p.id === 'nl-consumer')!;
const beConsumer = defaultPolicies.find((p) => p.id === 'be-consumer')!;

describe('policy editor values', () => {
  it('turn a shipped policy into form values and back unchanged', () => {
    for (const p of defaultPolicies) expect(dunningPolicySchema.parse(toPolicy(toValues(p), new Set()))).toEqual(p);
  });

  it('give ids from names: no accents, dashes, numbered on when taken', () => {
    expect(slug('Bouw – zakelijk', 'policy')).toBe('bouw-zakelijk');
    expect(slug('Zoë & Söhne', 'policy')).toBe('zoe-sohne');
    expect(slug('—', 'level')).toBe('level');
    expect(uniqueId('Firm', 'level', new Set(['firm', 'firm-2']))).toBe('firm-3');
  });

  it('keep level ids in a copy and across a reorder; a new level gets one from its name, unique in the policy', () => {
    const v = copyOf(nlConsumer, 'Mijn beleid');
    v.levels = [v.levels[2]!, v.levels[0]!, v.levels[1]!, { ...blankLevel(), name: 'Final' }];
    const p = toPolicy(v, new Set(defaultPolicies.map((d) => d.id)));
    expect(p.id).toBe('mijn-beleid');
    expect(p.levels.map((l) => l.id)).toEqual(['final', 'polite', 'nl_fourteen_day', 'final-2']);
  });

  it('drop the 14-day flag outside Dutch consumer law', () => {
    const v = { ...toValues(nlConsumer), country: 'BE' as const };
    expect(toPolicy(v, new Set()).levels.some((l) => l.fourteenDayLetter)).toBe(false);
  });

  it('put a refusal on the field and level it names', () => {
    const v = toValues(beConsumer);
    v.levels[0] = { ...v.levels[0]!, costsKind: 'fixed', costsAmount: 7.5, interestKind: 'fixed', interestPct: '120' };
    const r = dunningPolicySchema.safeParse(toPolicy(v, new Set()));
    const placed = zodIssues(r.error!).map((i) => placeIssue(i, v));
    expect(placed.map((p) => [p.path, p.level, p.issue.key])).toEqual([
      ['levels.0.interestPct', 0, 'errors.dunning.interestOver100'],
      ['levels.0.costsKind', 0, 'errors.dunning.beFirstReminderFree'],
      ['levels.0.interestKind', 0, 'errors.dunning.beFirstReminderFree'],
    ]);
    expect(placeIssue({ field: 'toleranceCents.EUR', key: 'errors.tooBig', message: '' }, v).path).toBe('tolerance.0.amount');
    expect(placeIssue({ field: 'afterLast.everyDays', key: 'errors.dunning.repeatDays', message: '' }, v).path).toBe('repeatDays');
  });
});
