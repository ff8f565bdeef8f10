import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadLetterFonts } from '../../electron/services/documents/fonts';
import { renderLetter } from '../../electron/services/documents/letter';
import { letterInputSchema } from '../../shared/domain/documents/letter-input';
import { letterInputFor, reminderText, reminderTextValues, salutationFor } from '../../shared/domain/documents/reminder-content';
import { windowProfilePresets } from '../../shared/domain/documents/window-profiles';
import { defaultPolicies } from '../../shared/domain/dunning/default-policies';
import { defaultTexts } from '../../shared/domain/dunning/default-texts';
import { type ProposalInvoice, proposeRun } from '../../shared/domain/dunning/proposal';
import type { Recipient, Reminder } from '../../shared/domain/dunning/records';
import { defaultRateTables } from '../../shared/domain/dunning/statutory';
import { chooseText } from '../../shared/domain/dunning/texts';
import { pdfFile, pdfText } from './poppler';
import { sampleCompany } from './sample-letter';

const invoice = (id: string, dueDate: string, openCents: number): ProposalInvoice => ({
  id,
  number: `2026-${id}`,
  customerId: 'c1',
  issueDate: '2026-08-01',
  dueDate,
  currency: 'EUR',
  amountCents: openCents + 1_000,
  openCents,
  status: 'open',
  disputed: false,
  promisedDate: null,
  paymentReference: { scheme: 'rf', value: 'RF18539007547034' },
});

/** A reminder as execute freezes it: the engine's proposal at a level, with the shipped text of that level. */
function frozen(language: 'nl' | 'de', level: 1 | 2 | 3, invoices: ProposalInvoice[]): Reminder {
  const policy = defaultPolicies.find((p) => p.id === 'nl-business')!;
  const history = level === 1 ? [] : [{ level: level - 1, attempt: 1, state: 'delivered' as const, deliveredOn: '2026-10-20', sentBy: 'email' as const, statutoryCostsCents: 0, feeCents: 0, fourteenDayLetter: false }];
  const proposal = proposeRun({
    runDate: '2026-11-23',
    invoices,
    customers: new Map([['c1', { id: 'c1', country: 'NL', kind: 'business', active: true, excludeFromDunning: false, dunningPausedUntil: null, directDebit: false, policyId: null }]]),
    remindersByInvoice: new Map(invoices.map((i) => [i.id, history])),
    invoiceBlocks: new Map(),
    customerBlocks: new Map(),
    policies: new Map([[policy.id, policy]]),
    officeCountry: 'NL',
    tables: defaultRateTables,
    skipDirectDebit: true,
  });
  const r = proposal.reminders[0]!;
  const levelDef = policy.levels[r.level - 1]!;
  return {
    ...r,
    customerName: 'Bakkerij Zoë Müller',
    customerNumber: 'K1',
    language,
    profile: 'standard',
    policyName: policy.name,
    levelName: levelDef.name,
    finalNotice: levelDef.finalNotice,
    fourteenDayLetter: false,
    text: { language, profile: 'standard', fallback: null },
    proposedLevel: null,
    channelChanged: false,
    note: '',
    runId: 'run:2026-11-23:1',
    runDate: '2026-11-23',
    invoiceIds: r.items.map((i) => i.invoiceId),
    template: chooseText(defaultTexts, { language, levelId: levelDef.id, profile: 'standard' })!.text,
    state: 'to_deliver',
    deliveredOn: null,
    via: null,
    recipient: null,
    createdAt: '2026-11-23T09:00:00.000Z',
    createdBy: 'Tester',
  };
}

const recipient: Recipient = { contactPerson: 'Els Łukasik', email: 'ap@zoe.example', phone: '', address: { street: 'Ærøgade 4', postcode: '8000', city: 'Århus', country: 'DK' } };

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
