import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectImportKind } from '../../shared/domain/import/detect';
import { type ImportAnswers, type ParsedFile, planImport, questionsOf } from '../../shared/domain/import/plan';
import type { ParsedInvoice } from '../../shared/domain/import/types';

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
  knownEntryKeys: [],
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
