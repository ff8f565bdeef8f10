import { describe, expect, it } from 'vitest';
import { readDate } from '../../shared/domain/date-input';

describe('reading a typed date, day first', () => {
  it.each([
    ['02-11-2026', '2026-11-02'],
    ['2-11-26', '2026-11-02'],
    ['2.11.2026', '2026-11-02'],
    ['02/11/2026', '2026-11-02'],
    ['02112026', '2026-11-02'],
    ['021126', '2026-11-02'],
    ['2026-11-02', '2026-11-02'],
    [' 29-02-2028 ', '2028-02-29'],
  ])('%j → %s', (text, date) => {
    expect(readDate(text)).toBe(date);
  });

  it.each(['', '31-02-2026', '29-02-2027', '11/31/2026', '2026-13-01', 'morgen', '1-1', '123'])('%j names no day', (text) => {
    expect(readDate(text)).toBeNull();
  });
});
