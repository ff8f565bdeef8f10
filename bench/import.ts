// The Node half of the import benchmark: the files an office imports (a batch of UBL e-invoices, one per invoice,
// and one CSV export), read the way main reads them — decode, hash, recognise, parse — and timed. The parsed files
// then go to the page (bench/import-bench.ts), which plans and commits them in the store.
import { sha256Of } from '../electron/services/files';
import { decodeText, guessMapping, parseCsvInvoices, sniffCsv, type CsvMapping } from '../shared/domain/import/csv';
import { detectImportKind } from '../shared/domain/import/detect';
import type { ParsedFile } from '../shared/domain/import/plan';
import { parseUbl } from '../shared/domain/import/ubl';
import { demoCustomers, demoInvoices, type DemoCustomer, type DemoInvoice } from '../electron/services/demo-data';
import { invoicesCsv, ublInvoiceXml } from './data/import-files';
import { TODAY } from '../tests/shell/clock';

const CHUNK = 5_000;

function data(customerCount: number, invoiceCount: number): { customers: DemoCustomer[]; invoices: DemoInvoice[] } {
  const customers = demoCustomers(customerCount, 77);
  const per = Math.ceil(invoiceCount / customerCount);
  return { customers, invoices: demoInvoices(customers.map((c) => c.number), per, TODAY, 77).slice(0, invoiceCount) };
}

function read(name: string, bytes: Uint8Array): ParsedFile {
  const sha256 = sha256Of(bytes);
  const { text } = decodeText(bytes);
  if (detectImportKind(text) === 'ubl') {
    const r = parseUbl(text);
    return { kind: 'ubl', name, sha256, issues: r.issues, invoices: r.items, prefix: '' };
  }
  const sniffed = sniffCsv(text);
  const r = parseCsvInvoices(text, guessMapping(sniffed.headers) as CsvMapping, sniffed.delimiter);
  return { kind: 'csv', name, sha256, issues: r.issues, invoices: r.items, prefix: '' };
}

/** Parses the files chunk by chunk (generation untimed) and hands each parsed chunk to `stage`. */
export async function parseUblBatch(customerCount: number, invoiceCount: number, stage: (files: ParsedFile[]) => Promise<void>): Promise<number> {
  const { customers, invoices } = data(customerCount, invoiceCount);
  const byNumber = new Map(customers.map((c) => [c.number, c]));
  const encoder = new TextEncoder();
  let parseMs = 0;
  for (let from = 0; from < invoices.length; from += CHUNK) {
    const chunk = invoices.slice(from, from + CHUNK).map((i) => ({ name: `${i.number}.xml`, bytes: encoder.encode(ublInvoiceXml(i, byNumber.get(i.customerNumber)!)) }));
    const t0 = performance.now();
    const parsed = chunk.map((f) => read(f.name, f.bytes));
    parseMs += performance.now() - t0;
    await stage(parsed);
  }
  return parseMs;
}

export async function parseCsvExport(customerCount: number, invoiceCount: number, stage: (files: ParsedFile[]) => Promise<void>): Promise<number> {
  const { customers, invoices } = data(customerCount, invoiceCount);
  const bytes = new TextEncoder().encode(invoicesCsv(invoices, new Map(customers.map((c) => [c.number, c]))));
  const t0 = performance.now();
  const file = read('export.csv', bytes);
  const parseMs = performance.now() - t0;
  if (file.kind !== 'csv') throw new Error('the generated export did not parse as CSV');
  const { invoices: parsed, ...head } = file;
  for (let from = 0; from < parsed.length; from += CHUNK) await stage([{ ...head, invoices: parsed.slice(from, from + CHUNK) }]);
  return parseMs;
}
