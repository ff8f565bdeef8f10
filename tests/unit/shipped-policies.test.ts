import { describe, expect, it } from 'vitest';
import { defaultPolicies, shippedPolicies } from '../../shared/domain/dunning/default-policies';
import { dunningPolicySchema } from '../../shared/domain/dunning/policy';

describe('the shipped policies in the office language', () => {
  it('are named in each language and stay the same policies: ids, level ids and rules unchanged, still legally sound', () => {
    for (const language of ['nl', 'en', 'de', 'fr'] as const) {
      const named = shippedPolicies(language);
      named.forEach((p, i) => {
        const shipped = defaultPolicies[i]!;
        expect(dunningPolicySchema.parse(p)).toEqual(p);
        expect({ ...p, name: '', levels: p.levels.map((l) => ({ ...l, name: '' })) }).toEqual({ ...shipped, name: '', levels: shipped.levels.map((l) => ({ ...l, name: '' })) });
      });
    }
    expect(shippedPolicies('nl').find((p) => p.id === 'nl-consumer')).toMatchObject({ name: 'NL consument', levels: [{ name: 'Herinnering' }, { name: 'Veertiendagenbrief' }, { name: 'Laatste aanmaning' }] });
    expect(shippedPolicies('de').find((p) => p.id === 'de-business')!.levels.map((l) => l.name)).toEqual(['Zahlungserinnerung', 'Zweite Mahnung', 'Letzte Mahnung']);
    expect(shippedPolicies('en').map((p) => p.name)).toEqual(defaultPolicies.map((p) => p.name));
  });
});
