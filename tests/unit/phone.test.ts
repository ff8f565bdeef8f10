import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone } from '../../shared/domain/customer/phone';

describe('normalizePhone', () => {
  it.each([
    // national notation, read in the customer's country
    ['020-1234567', 'NL', '+31201234567', '+31 20 123 4567'],
    ['06 12345678', 'NL', '+31612345678', '+31 6 12345678'],
    ['(030) 123 45 67', 'NL', '+31301234567', '+31 30 123 4567'],
    ['0470 12 34 56', 'BE', '+32470123456', '+32 470 12 34 56'],
    ['02 123 45 67', 'BE', '+3221234567', '+32 2 123 45 67'],
    ['02/123.45.67', 'BE', '+3221234567', '+32 2 123 45 67'],
    ['030 1234567', 'DE', '+49301234567', '+49 30 1234567'],
    ['0171 1234567', 'DE', '+491711234567', '+49 171 1234567'],
    // international notation
    ['+31 20 123 4567', 'NL', '+31201234567', '+31 20 123 4567'],
    ['0031201234567', 'NL', '+31201234567', '+31 20 123 4567'],
    ['+49 (0)30 1234567', 'DE', '+49301234567', '+49 30 1234567'],
  ])('%s for a customer in %s → %s', (raw, country, e164, display) => {
    expect(normalizePhone(raw, country)).toEqual({ ok: true, e164, display });
  });

  it.each([
    ['+49 (0)30 1234567', 'NL'],
    ['0049 30 1234567', 'NL'],
    ['0049 30 1234567', 'BE'],
  ])('keeps a German number entered as %s for a customer in %s German', (raw, country) => {
    expect(normalizePhone(raw, country)).toEqual({ ok: true, e164: '+49301234567', display: '+49 30 1234567' });
  });

  it('reads the same national digits differently per customer country', () => {
    expect(normalizePhone('030 1234567', 'NL')).toMatchObject({ e164: '+31301234567' });
    expect(normalizePhone('030 1234567', 'DE')).toMatchObject({ e164: '+49301234567' });
  });

  it('accepts the country in any case and surrounding whitespace', () => {
    expect(normalizePhone('  06 12345678 ', ' nl ')).toMatchObject({ ok: true, e164: '+31612345678' });
  });

  it.each([
    ['123', 'NL'],
    ['abc', 'NL'],
    ['+31 6 123', 'NL'],
    ['', 'NL'],
    ['06 1234', 'NL'],
    ['0612345678901', 'NL'],
    // text around a number would be dropped by the parser, so it is refused rather than lost
    ['020-1234567 ext 12', 'NL'],
    ['020-1234567 (Jan)', 'NL'],
    // national notation cannot be read without a known country
    ['020-1234567', 'XX'],
  ])('rejects %j (%s)', (raw, country) => {
    expect(normalizePhone(raw, country)).toEqual({ ok: false, key: 'errors.phone.invalid' });
  });

  it('still reads an international number when the customer country is unknown', () => {
    expect(normalizePhone('+32 470 12 34 56', '')).toMatchObject({ ok: true, e164: '+32470123456' });
  });
});

describe('formatPhone', () => {
  it.each([
    ['+31201234567', '+31 20 123 4567'],
    ['+31612345678', '+31 6 12345678'],
    ['+32470123456', '+32 470 12 34 56'],
    ['+49301234567', '+49 30 1234567'],
  ])('%s → %s', (e164, display) => {
    expect(formatPhone(e164)).toBe(display);
  });

  it('shows a stored value that is not E.164 unchanged', () => {
    expect(formatPhone('020-1234567')).toBe('020-1234567');
    expect(formatPhone('ask reception')).toBe('ask reception');
    expect(formatPhone('')).toBe('');
  });

  it('round-trips with normalizePhone', () => {
    const r = normalizePhone('0470 12 34 56', 'BE');
    expect(r.ok && formatPhone(r.e164)).toBe(r.ok && r.display);
  });
});
