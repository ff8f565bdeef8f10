import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadLetterFonts } from '../../electron/services/documents/fonts';
import { renderLetter } from '../../electron/services/documents/letter';
import { letterInputSchema } from '../../shared/domain/documents/letter-input';
import { letterInputFor, reminderText, reminderTextValues, salutationFor } from '../../shared/domain/documents/reminder-content';
import { windowProfilePresets } from '../../shared/domain/documents/window-profiles';
import { pdfFile, pdfText } from './poppler';
import { sampleCompany } from './sample-letter';
import { frozen, invoice, recipient } from './sample-reminder';

describe('a reminder becomes its letter', () => {
  it('fills every placeholder from the frozen reminder, in the customer language', () => {
    const r = frozen('nl', 3, [invoice('001', '2026-09-15', 121_000)]);
    const v = reminderTextValues(r, recipient, sampleCompany);
    expect(v).toMatchObject({ salutation: 'Geachte Els Łukasik,', 'invoice.number': '2026-001', invoiceCount: '1', paymentReference: 'RF18 5390 0754 7034', 'level.name': 'Final notice' });
    expect(v.totalDue).toMatch(/^€\s1\.\d{3},\d{2}$/);
    expect(v.interest).not.toBe('');
    expect(v.costs).not.toBe('');
    const text = reminderText(r, recipient, sampleCompany)!;
    expect(text.body.startsWith('Geachte Els Łukasik,')).toBe(true);
    expect(text.body).not.toMatch(/\{\{/);
  });

  it('greets without a name in each language', () => {
    expect(['nl', 'en', 'de', 'fr'].map((l) => salutationFor(l as 'nl', ''))).toEqual(['Geachte heer, mevrouw,', 'Dear Sir or Madam,', 'Sehr geehrte Damen und Herren,', 'Madame, Monsieur,']);
  });

  it('makes a letter whose total adds up, with interest periods, abroad, and renders it with the names intact', async () => {
    const r = frozen('de', 2, [invoice('001', '2026-09-15', 121_000), invoice('002', '2026-09-30', 45_050)]);
    const input = letterInputFor(r, recipient, sampleCompany, '2026-11-23')!;
    expect(() => letterInputSchema.parse(input)).not.toThrow();
    expect(input.recipient).toMatchObject({ contactPerson: 'Els Łukasik', postcodeCity: '8000 Århus', country: 'DÄNEMARK' });
    expect(input.items.every((i) => i.interest.length > 0)).toBe(true);
    const fonts = await loadLetterFonts(path.resolve(import.meta.dirname, '..', '..', 'resources'));
    const pdf = await renderLetter(input, windowProfilePresets.din5008a, { fonts, createdAt: '2026-11-23T09:00:00.000Z' });
    const text = pdfText(pdfFile(pdf, 'reminder.pdf'));
    for (const s of ['Bakkerij Zoë Müller', 'Els Łukasik', 'Ærøgade 4', '8000 Århus', 'DÄNEMARK', '2026-001', 'Guten Tag Els Łukasik,']) expect(text).toContain(s);
  });

  it('has no letter without a postal address', () => {
    expect(letterInputFor(frozen('nl', 1, [invoice('001', '2026-09-15', 5_000)]), { ...recipient, address: null }, sampleCompany, '2026-11-23')).toBeNull();
  });
});
