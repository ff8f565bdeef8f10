import { describe, expect, it } from 'vitest';
import * as de from '../../renderer/i18n/locales/de';
import * as en from '../../renderer/i18n/locales/en';
import * as fr from '../../renderer/i18n/locales/fr';
import * as nl from '../../renderer/i18n/locales/nl';
import { contactInputSchema } from '../../shared/domain/customer/contact';
import { normalizeRole, roleKeyOf, roleKeys } from '../../shared/domain/customer/roles';

describe('contact roles', () => {
  it.each(Object.entries({ en, nl, de, fr }))('reads every %s label back as its key, so a label typed in the form is stored as the key', (_lang, locale) => {
    for (const key of roleKeys) expect(roleKeyOf(locale.contacts.roles[key]), key).toBe(key);
  });

  it.each([
    ['boekhouding', 'accounting'],
    ['Boekhouding', 'accounting'],
    ['  Administratie ', 'accounting'],
    ['Buchhaltung', 'accounting'],
    ['comptabilité', 'accounting'],
    ['COMPTABILITE', 'accounting'],
    ['Finance', 'accounting'],
    ['financiële administratie', 'accounting'],
    ['inkoop', 'purchasing'],
    ['Einkäufer', 'purchasing'],
    ['achats', 'purchasing'],
    ['Geschäftsführung', 'management'],
    ['Geschaeftsfuehrung', 'management'],
    ['directie', 'management'],
    ['verkoop', 'sales'],
    ['Vertrieb', 'sales'],
    ['propriétaire', 'owner'],
    ['Inhaber', 'owner'],
  ])('%s is %s', (typed, key) => {
    expect(normalizeRole(typed)).toBe(key);
  });

  it('keeps an office’s own role as a free tag, trimmed and in lower case', () => {
    expect(roleKeyOf('Vaste klant')).toBeNull();
    expect(normalizeRole(' Vaste Klant ')).toBe('vaste klant');
  });

  it('stores the roles of a contact as keys, whatever language they were typed in', () => {
    expect(contactInputSchema.parse({ name: 'Els', roles: ['Boekhouding', 'ICT'] }).roles).toEqual(['accounting', 'ict']);
  });
});
