import { describe, it, expect } from 'vitest';
import {
  completeBeVat,
  completeDeVat,
  completeNlVat,
  normalizeVat,
  vatCountry,
  vatExample,
  vatIssue,
} from '../../shared/domain/customer/vat';
import { countryCodes } from '../../shared/domain/countries';

describe('normalizeVat', () => {
  it('uppercases and strips spaces, dots and dashes', () => {
    expect(normalizeVat(' nl 0044.95445-b01 ')).toBe('NL004495445B01');
    expect(normalizeVat('be 0403.019.261')).toBe('BE0403019261');
  });

  it('strips typographic dashes and non-breaking spaces from pasted text', () => {
    expect(normalizeVat('DE\u00a0136\u2013695\u2014976')).toBe('DE136695976');
  });

  it('leaves other characters for the format check to reject', () => {
    expect(normalizeVat('NL/004495445B01')).toBe('NL/004495445B01');
  });
});

describe('vatIssue', () => {
  it.each(['', '   ', '\t'])('accepts a blank number (%j)', (raw) => {
    expect(vatIssue(raw)).toBeNull();
  });

  it.each(['NL004495445B01', 'NL002455799B11', 'BE0403019261', 'BE0428759497', 'DE136695976'])(
    'accepts valid %s',
    (raw) => {
      expect(vatIssue(raw)).toBeNull();
    },
  );

  it('accepts an NL number that passes only the mod-97 check', () => {
    // 002455799 fails the 11-test, so this proves the sole-trader route is taken.
    expect(vatIssue('NL002455799B11')).toBeNull();
    expect(vatIssue('NL000099998B57')).toBeNull();
  });

  it('accepts valid numbers written with separators and in lower case', () => {
    expect(vatIssue('nl 0044.95445.b01')).toBeNull();
    expect(vatIssue('BE 0403.019.261')).toBeNull();
    expect(vatIssue('de-136-695-976')).toBeNull();
  });

  it.each(['NL123456789B90', 'BE0431150351', 'DE136695978'])('reports a checksum error for %s', (raw) => {
    expect(vatIssue(raw)).toBe('errors.vat.checksum');
  });

  it.each([
    ['NL00449544B01', 'too short'],
    ['NL0044954450B01', 'too long'],
    ['NL004495445X01', 'wrong separator letter'],
    ['NL00449544AB01', 'letter among the digits'],
    ['BE2403019261', 'BE first digit not 0 or 1'],
    ['BE040301926', 'BE too short'],
    ['DE13669597', 'DE too short'],
    ['DE13669597A', 'DE letter'],
    ['XX123456789', 'unknown prefix'],
    ['GB123456789', 'no longer an EU member'],
    ['004495445B01', 'no prefix'],
    ['N', 'single character'],
    ['NL/004495445B01', 'stray punctuation'],
    ['...', 'only separators'],
  ])('reports a format error for %s (%s)', (raw) => {
    expect(vatIssue(raw)).toBe('errors.vat.format');
  });

  it.each([
    'ATU12345678',
    'BG123456789',
    'BG1234567890',
    'CY12345678L',
    'CZ12345678',
    'CZ1234567890',
    'DK12345678',
    'EE123456789',
    'EL123456789',
    'GR123456789',
    'ESA1234567B',
    'ES12345678Z',
    'ESX12345678',
    'FI12345678',
    'FR12345678901',
    'FRXX123456789',
    'HR12345678901',
    'HU12345678',
    'IE1234567T',
    'IE1234567FA',
    'IE1A23456T',
    'IT12345678901',
    'LT123456789',
    'LT123456789012',
    'LU12345678',
    'LV12345678901',
    'MT12345678',
    'PL1234567890',
    'PT123456789',
    'RO12',
    'RO1234567890',
    'SE123456789001',
    'SI12345678',
    'SK1234567890',
    'XI123456789',
    'XI123456789012',
    'XIGD001',
    'XIHA500',
  ])('accepts the published format of %s', (raw) => {
    expect(vatIssue(raw)).toBeNull();
  });

  it.each([
    'AT12345678',
    'BG12345678',
    'CY123456789',
    'CZ1234567',
    'DK1234567',
    'EL12345678',
    'ES123456789',
    'FI123456789',
    'FRIO123456789',
    'HR1234567890',
    'IE12345678',
    'IT1234567890',
    'LT1234567890',
    'LU1234567',
    'MT123456789',
    'PL123456789',
    'PT12345678',
    'RO0123',
    'RO1',
    'SE123456789012',
    'SI01234567',
    'SK123456789',
    'XIGD500',
    'XIHA100',
  ])('rejects the malformed %s', (raw) => {
    expect(vatIssue(raw)).toBe('errors.vat.format');
  });
});

describe('vatCountry', () => {
  it('returns the recognised prefix as typed', () => {
    expect(vatCountry('nl004495445b01')).toBe('NL');
    expect(vatCountry('EL123456789')).toBe('EL');
    expect(vatCountry('GR123456789')).toBe('GR');
    expect(vatCountry('XI123456789')).toBe('XI');
  });

  it('recognises the prefix even when the rest is malformed', () => {
    expect(vatCountry('BE12')).toBe('BE');
  });

  it('returns null for unknown or missing prefixes', () => {
    expect(vatCountry('XX123')).toBeNull();
    expect(vatCountry('GB123456789')).toBeNull();
    expect(vatCountry('')).toBeNull();
    expect(vatCountry('12345')).toBeNull();
  });
});

describe('check-digit generators', () => {
  const bases = Array.from({ length: 200 }, (_, i) => String((i * 7_919_993 + 12_345) % 100_000_000).padStart(8, '0'));

  it('completeNlVat reproduces a known number', () => {
    expect(completeNlVat('00449544')).toBe('NL004495445B01');
  });

  it('completeNlVat returns null when the weighted sum leaves 10, which no single digit completes', () => {
    expect(completeNlVat('00000005')).toBeNull(); // 5 × 2 = 10
    expect(completeNlVat('10071271')).toBeNull(); // 87 ≡ 10 (mod 11)
    expect(completeNlVat('00000004')).toBe('NL000000048B01'); // 4 × 2 = 8
  });

  it('completeNlVat output always has the B01 form and validates', () => {
    let produced = 0;
    for (const base of bases) {
      const vat = completeNlVat(base);
      if (vat === null) continue;
      produced++;
      expect(vat).toMatch(/^NL\d{9}B01$/);
      expect(vatIssue(vat)).toBeNull();
    }
    expect(produced).toBeGreaterThan(150);
  });

  it('completeBeVat reproduces known numbers and always validates', () => {
    expect(completeBeVat('04030192')).toBe('BE0403019261');
    expect(completeBeVat('04287594')).toBe('BE0428759497');
    for (const base of bases) {
      const vat = completeBeVat(`0${base.slice(1)}`);
      expect(vatIssue(vat)).toBeNull();
    }
  });

  it('completeBeVat pads a single-digit check and uses 97 for a multiple of 97', () => {
    expect(completeBeVat('00000096')).toBe('BE0000009601');
    expect(completeBeVat('00000097')).toBe('BE0000009797');
    expect(vatIssue('BE0000009601')).toBeNull();
    expect(vatIssue('BE0000009797')).toBeNull();
  });

  it('completeDeVat reproduces a known number and always validates', () => {
    expect(completeDeVat('13669597')).toBe('DE136695976');
    for (const base of bases) {
      const vat = completeDeVat(base);
      expect(vatIssue(vat)).toBeNull();
      const wrong = `${vat.slice(0, 10)}${(Number(vat.slice(10)) + 1) % 10}`;
      expect(vatIssue(wrong)).toBe('errors.vat.checksum');
    }
  });

  it('rejects malformed bases loudly', () => {
    expect(() => completeNlVat('1234567')).toThrow(RangeError);
    expect(() => completeBeVat('20000000')).toThrow(RangeError);
    expect(() => completeDeVat('1234567a')).toThrow(RangeError);
  });
});

describe('vatExample', () => {
  // The form's hint shows the customer's own country's form, so it must be a number the form accepts.
  it.each(countryCodes.filter((c) => vatExample(c) !== null))('%s: a valid number with the country’s VAT prefix', (country) => {
    const example = vatExample(country)!;
    expect(vatIssue(example)).toBeNull();
    expect(example.slice(0, 2)).toBe(country === 'GR' ? 'EL' : country);
  });

  it('has one for every EU member state, none for a country without an EU VAT number', () => {
    expect(countryCodes.filter((c) => vatExample(c) === null)).toEqual(['CH', 'GB', 'IS', 'LI', 'NO', 'TR', 'US']);
  });
});
