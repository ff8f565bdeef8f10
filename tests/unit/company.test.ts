import { describe, expect, it } from 'vitest';
import { companySchema, logoKind, missingForLetters } from '../../shared/domain/documents/company';

const complete = {
  legalName: 'Ærø Incasso B.V.',
  street: 'Keizersgracht 123',
  postcode: '1015 CJ',
  city: 'Amsterdam',
  country: 'nl',
  email: 'debiteuren@aero-incasso.nl',
  registrationNumber: '12345678',
  iban: 'nl91 abna 0417 1643 00',
  bic: 'abnanl2a',
};

const keysOf = (input: object) => {
  const r = companySchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('the company details', () => {
  it('keeps the IBAN, BIC and country in one canonical form', () => {
    expect(companySchema.parse(complete)).toMatchObject({ iban: 'NL91ABNA0417164300', bic: 'ABNANL2A', country: 'NL', logo: null });
  });

  it('names what is wrong with errors.company keys', () => {
    expect(keysOf({ ...complete, iban: 'NL91ABNA0417164301' })).toEqual([['iban', 'errors.company.iban']]);
    expect(keysOf({ ...complete, bic: 'NOTABIC' })).toEqual([['bic', 'errors.company.bic']]);
    expect(keysOf({ ...complete, logo: '../../etc/passwd.png' })).toEqual([['logo', 'errors.company.logoPath']]);
    expect(keysOf({ ...complete, logo: 'logo.gif' })).toEqual([['logo', 'errors.company.logoType']]);
    expect(keysOf({ ...complete, website: 'not a site' })).toEqual([['website', 'errors.company.website']]);
    expect(keysOf({ ...complete, vatNumber: 'NL123456789B01' })).toEqual([['vatNumber', 'errors.vat.checksum']]);
  });

  it('accepts details that are still being filled in, and says which ones letters need', () => {
    const empty = companySchema.parse({});
    expect(missingForLetters(empty)).toEqual(['legalName', 'street', 'postcode', 'city', 'country', 'registrationNumber', 'iban', 'email']);
    expect(missingForLetters(companySchema.parse(complete))).toEqual([]);
    expect(missingForLetters(companySchema.parse({ ...complete, city: '  ' }))).toEqual(['city']);
  });

  it('tells a PNG or JPEG logo by its bytes, not its name', () => {
    expect(logoKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(logoKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(logoKind(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});
