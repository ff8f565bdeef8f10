import { describe, expect, it } from 'vitest';
import { normalizePostcode, postcodeIssue } from '../../shared/domain/customer/postcode';

describe('normalizePostcode', () => {
  it.each([
    ['1234AB', 'NL', '1234 AB'],
    ['1234 ab', 'NL', '1234 AB'],
    [' 1234  Ab ', 'NL', '1234 AB'],
    ['1234\u00a0AB', 'nl', '1234 AB'],
    ['1000', 'BE', '1000'],
    [' 9000 ', 'BE', '9000'],
    ['B-1000', 'BE', '1000'],
    ['10115', 'DE', '10115'],
    ['D-10115', 'DE', '10115'],
    ['01 067', 'DE', '01067'],
    ['  SW1A 1AA ', 'GB', 'SW1A 1AA'],
    ['L-1234', 'LU', 'L-1234'],
  ])('%j (%s) → %j', (raw, country, out) => {
    expect(normalizePostcode(raw, country)).toBe(out);
  });

  it.each([
    ['12345', 'NL'],
    ['1234 A', 'NL'],
    ['123', 'BE'],
    ['1234', 'DE'],
  ])('returns what it cannot read trimmed: %j (%s)', (raw, country) => {
    expect(normalizePostcode(` ${raw} `, country)).toBe(raw);
  });
});

describe('postcodeIssue', () => {
  it.each(['NL', 'BE', 'DE', 'FR'])('accepts a blank postcode (%s)', (country) => {
    expect(postcodeIssue('', country)).toBeNull();
    expect(postcodeIssue('   ', country)).toBeNull();
  });

  it.each([
    ['1000 AA', 'NL'],
    ['1234AB', 'NL'],
    ['1234 ab', 'NL'],
    ['9999 ZZ', 'NL'],
    ['3511 AB', 'nl'],
    ['1000', 'BE'],
    ['9999', 'BE'],
    ['B-1000', 'BE'],
    ['01001', 'DE'],
    ['01067', 'DE'],
    ['10115', 'DE'],
    ['99998', 'DE'],
    ['D-80331', 'DE'],
  ])('accepts %j (%s)', (raw, country) => {
    expect(postcodeIssue(raw, country)).toBeNull();
  });

  it.each([
    // NL: first digit not 0, exactly four digits and two letters, SA/SD/SS never issued
    ['0123 AB', 'NL'],
    ['123 AB', 'NL'],
    ['12345 AB', 'NL'],
    ['1234', 'NL'],
    ['1234 A1', 'NL'],
    ['1234 SA', 'NL'],
    ['1234 sd', 'NL'],
    ['1234SS', 'NL'],
    ['1234-AB', 'NL'],
    // BE: 1000–9999
    ['0999', 'BE'],
    ['999', 'BE'],
    ['10000', 'BE'],
    ['1O00', 'BE'],
    // DE: 01001–99998
    ['00123', 'DE'],
    ['01000', 'DE'],
    ['99999', 'DE'],
    ['1067', 'DE'],
    ['101150', 'DE'],
  ])('rejects %j (%s)', (raw, country) => {
    expect(postcodeIssue(raw, country)).toBe('errors.postcode.format');
  });

  it.each([
    ['1234 SB', 'NL'],
    ['1234 AS', 'NL'],
  ])('only the exact letter pairs SA, SD, SS are excluded: %j', (raw, country) => {
    expect(postcodeIssue(raw, country)).toBeNull();
  });

  it.each([
    ['SW1A 1AA', 'GB'],
    ['75008', 'FR'],
    ['anything', 'LU'],
  ])('does not check other countries: %j (%s)', (raw, country) => {
    expect(postcodeIssue(raw, country)).toBeNull();
  });

  it('agrees with normalizePostcode: everything accepted normalises to a valid postcode', () => {
    for (const [raw, country] of [['1234ab', 'NL'], ['B-1000', 'BE'], ['D-01067', 'DE']] as const) {
      expect(postcodeIssue(normalizePostcode(raw, country), country)).toBeNull();
    }
  });
});
