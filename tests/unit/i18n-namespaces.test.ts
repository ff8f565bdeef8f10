import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../renderer/i18n';
import * as en from '../../renderer/i18n/locales/en';

// The namespace is the key's first part, with the same '.' as every other part; these keys are how the app and shared/ spell them.
describe('i18next with one namespace per area', () => {
  const i18n = initI18n('en');
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('registers every English namespace', () => {
    expect([...(i18n.options.ns as string[])].sort()).toEqual(Object.keys(en).sort());
  });

  it('reads an error key of shared/ as key of the errors namespace', () => {
    expect(i18n.t('errors.dunning.noLevels')).toBe('A policy needs at least one level');
    expect(i18n.t('errors.dunning.unknownPlaceholder', { placeholder: 'x' })).toBe('Unknown placeholder x');
  });

  it('interpolates and picks plurals inside a namespace', () => {
    expect(i18n.t('customers.count', { count: 1 })).toBe('1 customer');
    expect(i18n.t('customers.count', { count: 2 })).toBe('2 customers');
    expect(i18n.t('contacts.search.copied', { count: 1 })).toBe('1 e-mail address copied');
    expect(i18n.t('common.languages.de')).toBe('German');
  });

  it('follows the language', async () => {
    await i18n.changeLanguage('nl');
    expect(i18n.t('customers.count', { count: 2 })).toBe('2 klanten');
    expect(i18n.t('errors.dunning.noLevels')).not.toBe('A policy needs at least one level');
    await i18n.changeLanguage('en');
  });
});
