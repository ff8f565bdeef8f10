// `npm run parse -- FILE...`: what an import of each file would bring (invoices with their buyers, or bank
// entries with their references and match keys), as JSON, or its errors with file and line. Exits 1 on errors.
// The same pure parsers run in the app; this is for support and for checking a file before importing it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseStatement } from '../shared/domain/bank';
import { decodeText, guessMapping, parseCsvInvoices, sniffCsv, type CsvMapping } from '../shared/domain/import/csv';
import { detectImportKind } from '../shared/domain/import/detect';
import type { ImportIssue } from '../shared/domain/import/types';
import { parseUbl } from '../shared/domain/import/ubl';

type Report = { file: string; format: string; items: unknown[]; issues: ImportIssue[] };

function parseFile(file: string): Report {
  const bytes = new Uint8Array(readFileSync(file));
  const { text } = decodeText(bytes);
  const kind = detectImportKind(text);
  if (kind === 'ubl') return { file, format: 'ubl', ...parseUbl(text) };
  if (kind !== 'csv') {
    const r = parseStatement(text, path.basename(file));
    return { file, format: r.format, items: r.items, issues: r.issues };
  }
  const sniffed = sniffCsv(text);
  const mapping = guessMapping(sniffed.headers);
  if (!mapping.number || !mapping.issueDate || !mapping.amount) {
    return {
      file,
      format: 'csv',
      items: [],
      issues: [
        {
          severity: 'error',
          line: 1,
          field: 'header',
          key: 'errors.import.csvMapping',
          message: `cannot tell which columns hold invoice number, date and amount (headers: ${sniffed.headers.join(', ')}); map them in the app`,
        },
      ],
    };
  }
  return { file, format: 'csv', ...parseCsvInvoices(text, mapping as CsvMapping, sniffed.delimiter) };
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run parse -- FILE...');
  process.exitCode = 2;
} else main(files);

/**
 * The exit code is set, never `process.exit()`: a pipe takes 64 KiB at a time, and exiting while stdout still
 * holds the rest cuts the JSON off for whatever reads it. Node leaves once everything is written.
 */
function main(files: string[]): void {
  let failed = false;
  const reports = files.map((file) => {
    try {
      const r = parseFile(file);
      if (r.issues.some((i) => i.severity === 'error')) failed = true;
      return r;
    } catch (e) {
      failed = true;
      return { file, format: 'unknown', items: [], issues: [{ severity: 'error', line: null, field: 'file', key: 'errors.import.unreadable', message: String(e) }] };
    }
  });
  process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  for (const r of reports) for (const i of r.issues) process.stderr.write(`${r.file}${i.line ? `:${i.line}` : ''}: ${i.severity}: ${i.field}: ${i.message}\n`);
  process.exitCode = failed ? 1 : 0;
}
