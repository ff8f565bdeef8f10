import { describe, expect, it } from 'vitest';
import {
  accountingContactOf,
  type DunningOverrides,
  type DunningSources,
  isUnreachable,
  type PostalAddress,
  resolveDunningContact,
} from '../../shared/domain/dunning/dunning-contact';

const office: PostalAddress = { street: 'Oudegracht 12', postcode: '3511 AB', city: 'Utrecht', country: 'NL' };
const jan = { name: 'Jan de Vries', email: 'jan@celik.nl', phone: '+31301234567' };

const nothing: DunningSources = {
  emails: { purpose: {}, accounting: '', standard: '' },
  customerPhone: '',
  headOffice: null,
  accountingContact: null,
};

const full: DunningSources = {
  emails: { purpose: { reminder: 'aanmaningen@celik.nl', invoice: 'facturen@celik.nl' }, accounting: 'debiteuren@celik.nl', standard: 'info@celik.nl' },
  customerPhone: '+31207654321',
  headOffice: office,
  accountingContact: jan,
};

const only = (patch: Partial<DunningSources>): DunningSources => ({ ...nothing, ...patch });

describe('resolveDunningContact: prefill', () => {
  it('takes the e-mail from each source in order', () => {
    const steps: [DunningSources, string | null, string][] = [
      [full, 'aanmaningen@celik.nl', 'reminder_address'],
      [{ ...full, emails: { ...full.emails, purpose: { invoice: 'facturen@celik.nl' } } }, 'debiteuren@celik.nl', 'accounting_address'],
      [{ ...full, emails: { purpose: {}, accounting: ' ', standard: 'info@celik.nl' } }, 'info@celik.nl', 'standard_address'],
      [{ ...full, emails: { purpose: {}, accounting: '', standard: '' } }, 'jan@celik.nl', 'accounting_contact'],
      [{ ...full, emails: { purpose: {}, accounting: '', standard: '' }, accountingContact: { ...jan, email: '' } }, null, 'none'],
    ];
    for (const [sources, value, source] of steps) {
      expect(resolveDunningContact(sources, {}).email).toEqual({ value, source, overridden: false, defaultValue: value, defaultSource: source });
    }
  });

  it('prefers the accounting address over the accounting contact even when the contact has an e-mail', () => {
    expect(resolveDunningContact(only({ emails: { purpose: {}, accounting: 'debiteuren@celik.nl', standard: '' }, accountingContact: jan }), {}).email.value).toBe(
      'debiteuren@celik.nl',
    );
  });

  it('takes the phone from the accounting contact, then the customer', () => {
    expect(resolveDunningContact(full, {}).phone).toMatchObject({ value: '+31301234567', source: 'accounting_contact' });
    expect(resolveDunningContact({ ...full, accountingContact: { ...jan, phone: '' } }, {}).phone).toMatchObject({
      value: '+31207654321',
      source: 'customer_phone',
    });
    expect(resolveDunningContact({ ...full, accountingContact: null }, {}).phone).toMatchObject({ value: '+31207654321', source: 'customer_phone' });
    expect(resolveDunningContact(only({ customerPhone: '  ' }), {}).phone).toMatchObject({ value: null, source: 'none' });
  });

  it('takes the contact person from the accounting contact only', () => {
    expect(resolveDunningContact(full, {}).contactPerson).toMatchObject({ value: 'Jan de Vries', source: 'accounting_contact' });
    expect(resolveDunningContact({ ...full, accountingContact: null }, {}).contactPerson).toMatchObject({ value: null, source: 'none' });
  });

  it('takes the address from the head office', () => {
    expect(resolveDunningContact(full, {}).address).toMatchObject({ value: office, source: 'head_office' });
    expect(resolveDunningContact({ ...full, headOffice: null }, {}).address).toMatchObject({ value: null, source: 'none' });
  });

  it('trims what it takes', () => {
    const d = resolveDunningContact(only({ emails: { purpose: { reminder: ' a@b.nl ' }, accounting: '', standard: '' }, customerPhone: ' 020 ' }), {});
    expect(d.email.value).toBe('a@b.nl');
    expect(d.phone.value).toBe('020');
  });
});

describe('resolveDunningContact: overrides', () => {
  const before: DunningSources = { ...full, emails: { purpose: {}, accounting: 'debiteuren@celik.nl', standard: 'info@celik.nl' } };
  const after: DunningSources = {
    ...before,
    emails: { ...before.emails, accounting: 'boekhouding@celik.nl' },
    customerPhone: '+31209999999',
    accountingContact: { name: 'Fatma Çelik', email: 'fatma@celik.nl', phone: '' },
    headOffice: { street: 'Nieuwegracht 1', postcode: '3512 LA', city: 'Utrecht', country: 'NL' },
  };
  const overrides: DunningOverrides = { email: 'incasso@celik.nl' };

  it('an overridden field shows the override and what the default would be', () => {
    expect(resolveDunningContact(before, overrides).email).toEqual({
      value: 'incasso@celik.nl',
      source: 'override',
      overridden: true,
      defaultValue: 'debiteuren@celik.nl',
      defaultSource: 'accounting_address',
    });
  });

  it('keeps an overridden e-mail when the accounting address changes later, while the other fields follow', () => {
    const d = resolveDunningContact(after, overrides);
    expect(d.email).toEqual({
      value: 'incasso@celik.nl',
      source: 'override',
      overridden: true,
      defaultValue: 'boekhouding@celik.nl',
      defaultSource: 'accounting_address',
    });
    expect(d.contactPerson).toMatchObject({ value: 'Fatma Çelik', source: 'accounting_contact', overridden: false });
    expect(d.phone).toMatchObject({ value: '+31209999999', source: 'customer_phone', overridden: false });
    expect(d.address).toMatchObject({ value: after.headOffice, source: 'head_office', overridden: false });
  });

  it('reset (removing the key) restores the new default', () => {
    const { email: _removed, ...reset } = overrides;
    expect(resolveDunningContact(after, reset).email).toEqual({
      value: 'boekhouding@celik.nl',
      source: 'accounting_address',
      overridden: false,
      defaultValue: 'boekhouding@celik.nl',
      defaultSource: 'accounting_address',
    });
  });

  it('an override equal to the default is still an override and stays when the default moves', () => {
    const same: DunningOverrides = { email: 'debiteuren@celik.nl' };
    expect(resolveDunningContact(before, same).email).toMatchObject({ value: 'debiteuren@celik.nl', source: 'override', overridden: true });
    expect(resolveDunningContact(after, same).email).toMatchObject({
      value: 'debiteuren@celik.nl',
      source: 'override',
      overridden: true,
      defaultValue: 'boekhouding@celik.nl',
    });
  });

  it('overrides every field independently', () => {
    const address: PostalAddress = { street: 'Postbus 10', postcode: '3500 AA', city: 'Utrecht', country: 'NL' };
    const d = resolveDunningContact(nothing, { contactPerson: 'Mevr. Müller', phone: '+31612345678', address });
    expect(d.contactPerson).toEqual({ value: 'Mevr. Müller', source: 'override', overridden: true, defaultValue: null, defaultSource: 'none' });
    expect(d.phone).toMatchObject({ value: '+31612345678', source: 'override', overridden: true });
    expect(d.address).toMatchObject({ value: address, source: 'override', overridden: true, defaultValue: null });
    expect(d.email).toMatchObject({ value: null, source: 'none', overridden: false });
  });

  it('treats a key holding undefined as absent', () => {
    expect(resolveDunningContact(full, { email: undefined }).email.overridden).toBe(false);
  });
});

describe('isUnreachable', () => {
  it('is true when nothing at all is known', () => {
    expect(isUnreachable(resolveDunningContact(nothing, {}))).toBe(true);
  });

  it('is true with only a contact person, who cannot be reached without a channel', () => {
    expect(isUnreachable(resolveDunningContact(only({ accountingContact: { name: 'Jan', email: '', phone: '' } }), {}))).toBe(true);
  });

  it.each<[string, DunningSources, DunningOverrides]>([
    ['an e-mail', only({ emails: { purpose: {}, accounting: '', standard: 'info@celik.nl' } }), {}],
    ['a phone', only({ customerPhone: '+31201234567' }), {}],
    ['an address', only({ headOffice: office }), {}],
    ['an overridden e-mail', nothing, { email: 'x@celik.nl' }],
  ])('is false with only %s', (_label, sources, overrides) => {
    expect(isUnreachable(resolveDunningContact(sources, overrides))).toBe(false);
  });
});

describe('accountingContactOf', () => {
  const contact = (name: string, roles: string[], active: boolean, channels: { medium: 'phone' | 'mobile' | 'fax' | 'email'; value: string }[] = []) => ({
    name,
    roles,
    active,
    channels,
  });

  it('picks the first active contact with the accounting role key', () => {
    const contacts = [
      contact('Sales', ['sales'], true),
      contact('Former', ['accounting'], false),
      contact('Jan', ['management', 'accounting'], true, [
        { medium: 'fax', value: '+31301111111' },
        { medium: 'mobile', value: '+31612345678' },
        { medium: 'phone', value: '+31301234567' },
        { medium: 'email', value: 'jan@celik.nl' },
      ]),
      contact('Second', ['accounting'], true),
    ];
    expect(accountingContactOf(contacts)).toEqual({ name: 'Jan', email: 'jan@celik.nl', phone: '+31301234567' });
  });

  it('falls back to the mobile when there is no phone, and never to the fax', () => {
    expect(accountingContactOf([contact('Jan', ['accounting'], true, [{ medium: 'fax', value: '1' }, { medium: 'mobile', value: '+31612345678' }])])).toEqual({
      name: 'Jan',
      email: '',
      phone: '+31612345678',
    });
    expect(accountingContactOf([contact('Jan', ['accounting'], true, [{ medium: 'fax', value: '1' }])])).toEqual({ name: 'Jan', email: '', phone: '' });
  });

  it('is null without an active accounting contact', () => {
    expect(accountingContactOf([])).toBeNull();
    expect(accountingContactOf([contact('Former', ['accounting'], false), contact('Sales', ['sales', 'accountingx'], true)])).toBeNull();
  });

  it('feeds resolveDunningContact', () => {
    const acc = accountingContactOf([contact('Jan', ['accounting'], true, [{ medium: 'email', value: 'jan@celik.nl' }])]);
    const d = resolveDunningContact(only({ accountingContact: acc }), {});
    expect(d.contactPerson.value).toBe('Jan');
    expect(d.email).toMatchObject({ value: 'jan@celik.nl', source: 'accounting_contact' });
  });
});

