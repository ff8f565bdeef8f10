import { describe, expect, it } from 'vitest';
import { readAmount } from '../../shared/domain/money/amount-input';

describe('reading a typed amount', () => {
  it.each([
    // Dutch, German and French: comma decimal mark.
    [',', '5.000', 500_000, false],
    [',', '1.250,00', 125_000, false],
    [',', '12,5', 1_250, false],
    [',', '12.50', 1_250, false],
    [',', '12,50', 1_250, false],
    [',', '1.250.000', 125_000_000, false],
    [',', '5 000', 500_000, false],
    [',', '5\u202f000,10', 500_010, false],
    [',', '€ 40', 4_000, false],
    [',', '-7,5', -750, false],
    [',', '5,000', 500_000, true],
    [',', '1,250.00', 125_000, false],
    // English: point decimal mark.
    ['.', '5,000', 500_000, false],
    ['.', '1,250.00', 125_000, false],
    ['.', '12.5', 1_250, false],
    ['.', '5.000', 500_000, true],
    ['.', '999999999.99', 99_999_999_999, false],
  ] as const)('(%s) %s → %d cents, ambiguous %s', (mark, text, cents, ambiguous) => {
    expect(readAmount(text, mark)).toEqual({ ok: true, cents, ambiguous });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['12,3,4', 'invalid'],
    ['1.2.3', 'invalid'],
    ['abc', 'invalid'],
    ['12,345.6.7', 'invalid'],
    ['1,23456', 'too_many_decimals'],
    ['12.345,678', 'too_many_decimals'],
    ['1000000000', 'out_of_range'],
    ['.', 'invalid'],
    ['5.', 'invalid'],
  ] as const)('%j is refused (%s)', (text, reason) => {
    expect(readAmount(text, ',')).toEqual({ ok: false, reason });
  });
});
