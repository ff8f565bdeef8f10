import { describe, expect, it } from 'vitest';
import { epcPayload } from '../../shared/domain/documents/epc-qr';

const base = { name: 'Franz Mustermänn', iban: 'DE71 1102 2033 0123 4567 89', bic: 'BHBLDEHHXXX', currency: 'EUR', amountCents: 1_230, reference: { scheme: 'rf' as const, value: 'RF18539007547034' }, text: '' };

describe('the EPC QR payload', () => {
  it('matches the example of DOMAIN.md §4, with the amount written EUR12.30', () => {
    expect(epcPayload(base)).toEqual({ ok: true, payload: 'BCD\n002\n1\nSCT\nBHBLDEHHXXX\nFranz Mustermänn\nDE71110220330123456789\nEUR12.30\n\nRF18539007547034' });
  });

  it('puts the BE OGM digits in the structured field and a Dutch betalingskenmerk in the text', () => {
    const be = epcPayload({ ...base, iban: 'BE68539007547034', bic: '', reference: { scheme: 'be', value: '010806817183' } });
    expect(be.ok && be.payload.split('\n')).toEqual(['BCD', '002', '1', 'SCT', '', 'Franz Mustermänn', 'BE68539007547034', 'EUR12.30', '', '010806817183']);
    const nl = epcPayload({ ...base, iban: 'NL91ABNA0417164300', bic: 'ABNANL2A', reference: { scheme: 'nl', value: '5000056789012345' } });
    expect(nl.ok && nl.payload.split('\n').slice(8)).toEqual(['', '', '5000056789012345']);
  });

  it('writes whole and large amounts with two decimals', () => {
    const max = epcPayload({ ...base, amountCents: 99_999_999_999 });
    expect(max.ok && max.payload.split('\n')[7]).toBe('EUR999999999.99');
    const cent = epcPayload({ ...base, amountCents: 5 });
    expect(cent.ok && cent.payload.split('\n')[7]).toBe('EUR0.05');
  });

  it.each([
    [{ currency: 'USD' }, 'currency'],
    [{ amountCents: 0 }, 'amount'],
    [{ amountCents: 100_000_000_000 }, 'amount'],
    [{ iban: 'NL91ABNA0417164301' }, 'iban'],
    [{ bic: 'NOTABIC' }, 'bic'],
    [{ name: '  ' }, 'name'],
  ])('prints no code for %j (%s)', (over, reason) => {
    expect(epcPayload({ ...base, ...over })).toEqual({ ok: false, reason });
  });

  it('cuts the name at 70 characters (not bytes) and stays within 331 bytes', () => {
    const r = epcPayload({ ...base, name: 'Ł'.repeat(100), reference: null, text: 'Ő'.repeat(200) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.payload.split('\n')[5]).toBe('Ł'.repeat(70));
    expect(new TextEncoder().encode(r.payload).length).toBeLessThanOrEqual(331);
  });
});
