import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectImportKind } from '../../shared/domain/import/detect';
import { type ImportAnswers, type ParsedFile, planImport, questionsOf } from '../../shared/domain/import/plan';
import { PREVIEW_ROWS } from '../../shared/domain/import/preview';
import type { ParsedBankEntry, ParsedInvoice } from '../../shared/domain/import/types';

const SAMPLES = path.resolve(import.meta.dirname, '../../../shared/samples');
const sample = (p: string) => readFileSync(path.join(SAMPLES, p), 'utf8');

describe('detectImportKind', () => {
  it('reads the kind from the content, whatever the name', () => {
    expect(detectImportKind(sample('ubl/base-example.xml'))).toBe('ubl');
    expect(detectImportKind(sample('ubl/base-creditnote-correction.xml'))).toBe('ubl');
    expect(detectImportKind(sample('camt053/camt053.v2.minimal.xml'))).toBe('camt053');
    expect(detectImportKind(sample('camt053/camt053.v8.xml'))).toBe('camt053');
    for (const bank of ['abnamro', 'ing', 'rabobank']) expect(detectImportKind(sample(`mt940/${bank}.sta`))).toBe('mt940');
    expect(detectImportKind('\uFEFFFactuurnummer;Bedrag\nF-1;10,00\n')).toBe('csv');
  });

  it('calls HTML saved as .xml and other XML "xml", so its parser names what it is', () => {
    expect(detectImportKind('<!DOCTYPE html><html><body>Invoice</body></html>')).toBe('xml');
    expect(detectImportKind('<?xml version="1.0"?><Invoice><ID>1</ID></Invoice>')).toBe('xml');
  });
});

const none: ImportAnswers = {
  imported: {},
  takenNumbers: [],
  customersByNumber: {},
  customersByVat: {},
  knownCreditKeys: [],
  twins: {},
  nearbyEntryKeys: [],
  matches: [],
  invoices: {},
  customers: {},
  reversals: {},
};

const invoice = (o: Partial<ParsedInvoice>): ParsedInvoice => ({
  line: 2,
  kind: 'invoice',
  number: 'F-1',
  issueDate: '2026-10-01',
  dueDate: null,
  currency: 'EUR',
  amountCents: 10_000,
  paymentReference: null,
  buyer: { name: 'Alpha BV', vatNumber: 'NL000099998B57', street: '', postcode: '', city: '', country: 'NL', email: '', customerNumber: '' },
  creditedInvoiceNumber: null,
  ...o,
});

const csvFile = (invoices: ParsedInvoice[], o: Partial<ParsedFile> = {}): ParsedFile => ({ kind: 'csv', name: 'a.csv', sha256: 'h1', issues: [], invoices, prefix: '', ...o }) as ParsedFile;

describe('planImport', () => {
  it('matches buyers by number, then VAT number, else creates one customer per buyer', () => {
    const known = { id: 'c1', number: 'K1', name: 'Known', paymentTermsDays: 14 };
    const files = [
      csvFile([
        invoice({ number: 'F-1', buyer: { ...invoice({}).buyer, customerNumber: 'K1' } }),
        invoice({ number: 'F-2', line: 3 }),
        invoice({ number: 'F-3', line: 4, buyer: { ...invoice({}).buyer, vatNumber: '', name: 'New One' } }),
        invoice({ number: 'F-4', line: 5, buyer: { ...invoice({}).buyer, vatNumber: '', name: 'new one ' } }),
      ]),
    ];
    const answers = { ...none, customersByNumber: { K1: known }, customersByVat: { NL000099998B57: { ...known, id: 'c2', paymentTermsDays: 60 } } };
    const { plan, counts } = planImport(files, answers);
    expect(plan.invoices.map((i) => [i.number, i.customer, i.dueDate])).toEqual([
      ['F-1', { id: 'c1' }, '2026-10-15'],
      ['F-2', { id: 'c2' }, '2026-11-30'],
      ['F-3', { newIndex: 0 }, '2026-10-31'],
      ['F-4', { newIndex: 0 }, '2026-10-31'],
    ]);
    expect(plan.customers).toHaveLength(1);
    expect(counts).toMatchObject({ invoices: 4, customers: 1 });
  });

  it('skips numbers already in the ledger or earlier in the import, and files imported before', () => {
    const files = [
      csvFile([invoice({ number: 'F-1' }), invoice({ number: 'F-2', line: 3 }), invoice({ number: 'F-2', line: 4 })]),
      csvFile([invoice({ number: 'F-9' })], { name: 'old.csv', sha256: 'h2' }),
    ];
    const r = planImport(files, { ...none, takenNumbers: ['F-1'], imported: { h2: '2026-11-01T10:00:00.000Z' } });
    expect(r.plan.invoices.map((i) => i.number)).toEqual(['F-2']);
    expect(r.counts).toMatchObject({ invoices: 1, duplicates: 3 });
    expect(r.issues.map((i) => [i.file, i.line, i.key])).toEqual([
      ['a.csv', 2, 'errors.import.duplicateInvoice'],
      ['a.csv', 4, 'errors.import.duplicateInvoice'],
      ['old.csv', null, 'errors.import.alreadyImported'],
    ]);
    expect(r.plan.files.map((f) => f.sha256)).toEqual(['h1']);
  });

  it('keeps a valid own payment reference, replaces an invalid one with a warning, and drops an invalid VAT number', () => {
    const r = planImport(
      [csvFile([invoice({ paymentReference: 'RF18539007547034' }), invoice({ number: 'F-2', line: 3, paymentReference: 'RF00 1234', buyer: { ...invoice({}).buyer, vatNumber: 'NL123' } })])],
      none,
    );
    expect(r.plan.invoices.map((i) => i.paymentReference)).toEqual(['RF18539007547034', '']);
    expect(r.issues.map((i) => [i.line, i.field, i.key])).toEqual([
      [3, 'vatNumber', 'errors.import.customerFieldDropped'],
      [3, 'paymentReference', 'errors.import.referenceReplaced'],
    ]);
    expect(questionsOf([csvFile([invoice({ buyer: { ...invoice({}).buyer, vatNumber: 'nl 0000.99998.B57' } })])]).vatNumbers).toEqual(['NL000099998B57']);
  });
});

const entry = (key: string, o: Partial<ParsedBankEntry> = {}): ParsedBankEntry => ({
  line: 10,
  entryKey: key,
  accountIban: 'NL91ABNA0417164300',
  statementId: 'S1',
  bookingDate: '2026-11-20',
  valueDate: null,
  currency: 'EUR',
  amountCents: 5_000,
  direction: 'credit',
  reversal: false,
  counterpartyName: 'Alpha BV',
  counterpartyIban: 'NL02ABNA0123456789',
  counterpartyBic: '',
  counterpartyIbanValid: true,
  structuredReference: null,
  remittance: '',
  endToEndId: '',
  ...o,
});

describe('planImport on statements', () => {
  it('books matched entries as payments, keeps the rest as unmatched or ignored, skips known ones, and undoes a payment once', () => {
    const file: ParsedFile = {
      kind: 'camt053',
      name: 's.xml',
      sha256: 'h',
      issues: [],
      entries: [
        entry('k1'),
        entry('k2', { line: 20 }),
        entry('k3', { line: 30, direction: 'debit' }),
        entry('k4', { line: 40 }),
        entry('k5', { line: 50, direction: 'debit', reversal: true }),
        entry('k6', { line: 60, direction: 'debit', reversal: true }),
      ],
    };
    const target = { bankEntryId: 'b1', creditId: 'cr1', bookingDate: '2026-11-01', customerName: 'Alpha BV' };
    const r = planImport([file], {
      ...none,
      twins: { 'h:3': { certain: true, entryKey: 'k4', file: 'earlier.sta', importedAt: '2026-11-21T08:00:00.000Z' } },
      matches: [
        { entryKey: 'k1', status: 'matched', rule: 'reference', customerId: 'c1', allocations: [{ invoiceId: 'i1', amountCents: 5_000 }], unallocatedCents: 0 },
        { entryKey: 'k2', status: 'unmatched', candidates: [] },
        { entryKey: 'k3', status: 'ignored', reason: 'debit' },
        { entryKey: 'k5', status: 'ignored', reason: 'reversal' },
        { entryKey: 'k6', status: 'ignored', reason: 'reversal' },
      ],
      invoices: { i1: { number: 'F-1', customerId: 'c1', customerName: 'Alpha BV', currency: 'EUR', openCents: 5_000, status: 'open' } },
      customers: { c1: { number: 'K1', name: 'Alpha BV' } },
      // Both reversals fit the same payment: only the first takes it back.
      reversals: { k5: target, k6: target },
    });
    expect(r.counts).toMatchObject({ payments: 1, unmatched: 1, ignored: 3, duplicates: 1 });
    expect(r.plan.credits).toMatchObject([{ kind: 'payment', customer: { id: 'c1' }, dedupeKey: 'k1', allocations: [{ invoiceId: 'i1', amountCents: 5_000 }], iban: 'NL02ABNA0123456789' }]);
    expect(r.plan.entries.map((e) => [e.entry.entryKey, e.state, e.credit, e.reverses?.creditId ?? null])).toEqual([
      ['k1', 'matched', 0, null],
      ['k2', 'unmatched', null, null],
      ['k3', 'ignored', null, null],
      ['k5', 'ignored', null, 'cr1'],
      ['k6', 'ignored', null, null],
    ]);
    expect(r.entries.map((e) => e.outcome)).toEqual(['matched', 'unmatched', 'ignored', 'duplicate', 'ignored', 'ignored']);
    expect(r.issues).toMatchObject([{ file: 's.xml', line: 40, key: 'errors.import.duplicateEntry', params: { file: 'earlier.sta', date: '2026-11-21' } }]);
    expect(r.entries[3]).toMatchObject({ outcome: 'duplicate', twin: { certain: true, file: 'earlier.sta', importedAt: '2026-11-21T08:00:00.000Z' }, included: false });
  });

  it('skips a possible duplicate, saying so, until the user includes it; then it is booked like a new entry', () => {
    const file: ParsedFile = { kind: 'mt940', name: 'old.sta', sha256: 'h', issues: [], entries: [entry('p1'), entry('n1', { line: 20 }), entry('c1', { line: 30 })] };
    const answers: ImportAnswers = {
      ...none,
      twins: {
        'h:0': { certain: false, entryKey: 'stored-1', file: 'day.xml', importedAt: '2026-11-21T08:00:00.000Z' },
        'h:2': { certain: false, entryKey: 'n1', file: 'day.xml', importedAt: null },
      },
      nearbyEntryKeys: ['stored-1'],
      matches: [
        { entryKey: 'p1', status: 'matched', rule: 'amount_counterparty', customerId: 'c1', allocations: [{ invoiceId: 'i1', amountCents: 5_000 }], unallocatedCents: 0 },
        { entryKey: 'n1', status: 'unmatched', candidates: [] },
        { entryKey: 'c1', status: 'unmatched', candidates: [] },
      ],
      invoices: { i1: { number: 'F-1', customerId: 'c1', customerName: 'Alpha BV', currency: 'EUR', openCents: 5_000, status: 'open' } },
      customers: { c1: { number: 'K1', name: 'Alpha BV' } },
    };
    const skipped = planImport([file], answers);
    expect(skipped.counts).toMatchObject({ payments: 0, unmatched: 1, duplicates: 2 });
    expect(skipped.plan.entries.map((e) => e.entry.entryKey)).toEqual(['n1']);
    expect(skipped.plan.credits).toEqual([]);
    expect(skipped.plan.nearbyEntryKeys).toEqual(['stored-1']);
    // Shown with what importing it would do.
    expect(skipped.entries.map((e) => [e.outcome, e.invoiceNumbers, e.twin?.certain ?? null, e.included])).toEqual([
      ['possible_duplicate', ['F-1'], false, false],
      ['unmatched', [], null, false],
      ['possible_duplicate', [], false, false],
    ]);
    expect(skipped.issues.map((i) => [i.line, i.key, i.params])).toEqual([
      [10, 'errors.import.possibleDuplicate', { file: 'day.xml', date: '2026-11-21' }],
      [30, 'errors.import.possibleDuplicateInImport', { file: 'day.xml', date: '' }],
    ]);

    const included = planImport([file], answers, new Set(['p1']));
    expect(included.counts).toMatchObject({ payments: 1, unmatched: 1, duplicates: 1 });
    expect(included.plan.credits).toMatchObject([{ dedupeKey: 'p1', allocations: [{ invoiceId: 'i1', amountCents: 5_000 }] }]);
    expect(included.entries[0]).toMatchObject({ outcome: 'matched', included: true, twin: { certain: false } });
    // Included: the row says so; the list of problems no longer does.
    expect(included.issues.map((i) => i.key)).toEqual(['errors.import.possibleDuplicateInImport']);
  });

  it('shows every possible duplicate, past the row limit of the preview', () => {
    const many = Array.from({ length: PREVIEW_ROWS + 5 }, (_, i) => entry(`k${i}`, { line: i + 1 }));
    const twin = { certain: false, entryKey: 'x', file: 'a.xml', importedAt: '2026-11-21T08:00:00.000Z' };
    const r = planImport([{ kind: 'mt940', name: 'big.sta', sha256: 'h', issues: [], entries: many }], {
      ...none,
      twins: { [`h:${PREVIEW_ROWS + 2}`]: twin },
      matches: many.map((e) => ({ entryKey: e.entryKey, status: 'unmatched' as const, candidates: [] })),
    });
    expect(r.entries).toHaveLength(PREVIEW_ROWS + 1);
    expect(r.entries.at(-1)).toMatchObject({ entryKey: `k${PREVIEW_ROWS + 2}`, outcome: 'possible_duplicate' });
  });
});

describe('planImport on credit notes', () => {
  it('says which open invoice a credit note credits, also one in the same import', () => {
    const files = [
      { kind: 'ubl', name: 'inv.xml', sha256: 'a', issues: [], prefix: '', invoices: [invoice({ number: 'S-1' })] },
      { kind: 'ubl', name: 'cn.xml', sha256: 'b', issues: [], prefix: '', invoices: [invoice({ kind: 'credit_note', number: 'CN-1', creditedInvoiceNumber: 'S-1' })] },
    ] satisfies ParsedFile[];
    const r = planImport(files, none);
    expect(r.invoices.map((i) => [i.number, i.kind, i.allocatedTo])).toEqual([
      ['S-1', 'invoice', null],
      ['CN-1', 'credit_note', 'S-1'],
    ]);
    expect(r.plan.credits).toMatchObject([{ kind: 'credit_note', customer: { newIndex: 0 }, creditedNumber: 'S-1', dedupeKey: 'credit_note:CN-1' }]);
  });
});
