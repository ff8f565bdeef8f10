import { describe, expect, it } from 'vitest';
import { letterInputSchema, letterQrPayload } from '../../shared/domain/documents/letter-input';
import { formatLetterMoney, formatLongDate, formatRate, formatShortDate } from '../../shared/domain/documents/letter-labels';
import { customProfileFrom, windowProfilePresets, windowProfileSchema } from '../../shared/domain/documents/window-profiles';
import { sampleLetter } from '../documents/sample-letter';

describe('the words and numbers of a letter', () => {
  it('writes money as each language does', () => {
    const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(nbsp(formatLetterMoney(123_456, 'EUR', 'nl'))).toBe('€ 1.234,56');
    expect(nbsp(formatLetterMoney(123_456, 'EUR', 'en'))).toBe('€1,234.56');
    expect(nbsp(formatLetterMoney(123_456, 'EUR', 'de'))).toBe('1.234,56 €');
    expect(nbsp(formatLetterMoney(123_456, 'EUR', 'fr'))).toBe('1 234,56 €');
  });

  it('writes dates and rates as each language does', () => {
    expect(formatLongDate('2026-03-05', 'nl')).toBe('5 maart 2026');
    expect(formatLongDate('2026-03-05', 'de')).toBe('5. März 2026');
    expect(formatShortDate('2026-03-05', 'nl')).toBe('05-03-2026');
    expect(formatShortDate('2026-03-05', 'de')).toBe('05.03.2026');
    expect(formatShortDate('2026-03-05', 'fr')).toBe('05/03/2026');
    expect(formatRate('12.25', 'nl')).toBe('12,25\u00a0%');
    expect(formatRate('8', 'en')).toBe('8.00\u00a0%');
    expect(formatRate('10.1500', 'de')).toBe('10,15\u00a0%');
  });
});

describe('the EPC QR code a letter prints', () => {
  const letter = sampleLetter('nl');

  it('pays the total into the letter’s account with the structured reference', () => {
    expect(letterQrPayload(letter)?.split('\n')).toEqual(['BCD', '002', '1', 'SCT', 'ABNANL2A', 'Ærø Incasso B.V.', 'NL91ABNA0417164300', 'EUR506.02', '', 'RF18539007547034']);
  });

  it('puts the customer number and our reference in the text when there is no structured reference', () => {
    expect(letterQrPayload({ ...letter, paymentReference: '' })?.split('\n').slice(8)).toEqual(['', '', 'K-10042 HR-2026-0187']);
  });

  it('prints none outside EUR 0.01 to 999,999,999.99', () => {
    expect(letterQrPayload({ ...letter, currency: 'USD' })).toBeNull();
    expect(letterQrPayload({ ...letter, totalCents: 0 })).toBeNull();
    expect(letterQrPayload({ ...letter, totalCents: 100_000_000_000 })).toBeNull();
    expect(letterQrPayload({ ...letter, totalCents: 99_999_999_999 })).toContain('EUR999999999.99');
  });

  it('refuses an input whose rate is not a decimal string', () => {
    const item = { ...letter.items[0]!, interest: [{ ...letter.items[0]!.interest[0]!, ratePct: '12,5' }] };
    const r = letterInputSchema.safeParse({ ...letter, items: [item, ...letter.items.slice(1)] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain('errors.letter.rate');
  });
});

describe('the window profiles', () => {
  it('place DIN 5008 and the Dutch windows as DOMAIN.md §4 measures them', () => {
    expect(windowProfilePresets.din5008a).toMatchObject({ address: { x: 20, top: 27, width: 85, height: 45 }, returnHeight: 17.7, info: { x: 125, top: 32 }, foldMarks: [87, 192], holeMark: 148.5 });
    expect(windowProfilePresets.din5008b).toMatchObject({ address: { x: 20, top: 45, width: 85, height: 45 }, info: { x: 125, top: 50 }, foldMarks: [105, 210] });
    for (const [preset, x] of [['nl-left', 35], ['nl-right', 105]] as const) {
      const { address } = windowProfilePresets[preset];
      expect(address).toMatchObject({ x, width: 70 });
      expect(address.top + address.height / 2).toBeCloseTo(63.5, 0);
    }
    for (const p of Object.values(windowProfilePresets)) expect(windowProfileSchema.parse(p)).toEqual(p);
  });

  it('start a custom profile from a preset and refuse a field off the sheet', () => {
    const custom = customProfileFrom('din5008b');
    expect(custom.preset).toBe('custom');
    const r = windowProfileSchema.safeParse({ ...custom, address: { ...custom.address, x: 150 } });
    expect(r.error?.issues.map((i) => i.message)).toEqual(['errors.window.outsideSheet']);
  });
});
