import { parseStatement } from '../../shared/domain/bank';
import { type CsvDelimiter, type CsvMapping, decodeText, guessMapping, parseCsvInvoices, sniffCsv } from '../../shared/domain/import/csv';
import { detectImportKind } from '../../shared/domain/import/detect';
import { type ImportPlan, type ParsedFile, planImport, planWrites, questionsOf } from '../../shared/domain/import/plan';
import type { CsvLayout, ImportOutcome, ImportPreview } from '../../shared/domain/import/preview';
import { parseUbl } from '../../shared/domain/import/ubl';
import type { CsvSource } from '../../shared/settings';
import { AppFailure, issue } from '../../shared/result';
import type { StoreContext } from '../store/api';
import { sha256Of } from './files';
import type { SettingsStore } from './settings';
import type { StoreClient } from './store-client';

export type ImportFile = { name: string; contentBase64: string };
export type CsvChoice = { mapping: Record<string, string>; delimiter: CsvDelimiter; source: string; prefix: string };

/** Previews kept for confirmation; an older one must be previewed again (its data may be large). */
const KEPT_PREVIEWS = 4;

const REQUIRED: (keyof CsvMapping)[] = ['number', 'issueDate', 'amount'];

const sameHeaders = (a: string[], b: string[]) => a.length === b.length && a.every((h, i) => h.trim().toLowerCase() === b[i]?.trim().toLowerCase());

function csvComplete(mapping: Partial<CsvMapping>): mapping is CsvMapping {
  return REQUIRED.every((f) => mapping[f]) && Boolean(mapping.customerNumber || mapping.customerName);
}

/**
 * Main's half of imports: it owns the files, so it decodes, hashes, recognises and parses them, asks the store
 * what the ledger already holds, and keeps the resulting plan until the user confirms or previews again.
 */
export function importService(store: StoreClient, settings: SettingsStore, ctx: () => StoreContext) {
  const previews = new Map<string, { plan: ImportPlan; csv: (CsvChoice & { headers: string[] }) | null }>();

  function readCsv(name: string, text: string, encoding: CsvLayout['encoding'], sha256: string, choice: CsvChoice | undefined): { file: ParsedFile; layout: CsvLayout } {
    const sniffed = sniffCsv(text);
    const saved = settings.get().csvSources.find((s) => sameHeaders(s.headers, sniffed.headers));
    const mapping: Partial<CsvMapping> = Object.fromEntries(
      Object.entries(choice?.mapping ?? saved?.mapping ?? guessMapping(sniffed.headers)).filter(([, v]) => v),
    );
    const delimiter = choice?.delimiter ?? saved?.delimiter ?? sniffed.delimiter;
    const prefix = choice?.prefix ?? saved?.prefix ?? '';
    const layout: CsvLayout = {
      file: name,
      headers: sniffed.headers,
      rows: sniffed.rows,
      delimiter,
      encoding,
      mapping: mapping as Record<string, string>,
      complete: csvComplete(mapping),
      source: choice?.source ?? saved?.name ?? '',
      prefix,
    };
    if (sniffed.headers.length < 2) {
      const issues = [{ severity: 'error' as const, line: null, field: '', key: 'errors.import.unknownFormat', message: 'The file is not a CSV, UBL, CAMT.053 or MT940 file.' }];
      return { file: { kind: 'unknown', name, sha256, issues }, layout: { ...layout, complete: false } };
    }
    if (!csvComplete(mapping)) {
      const issues = [{ severity: 'error' as const, line: 1, field: 'header', key: 'errors.import.csvMapping', message: 'Choose which columns hold the invoice number, date, amount and customer.' }];
      return { file: { kind: 'csv', name, sha256, issues, invoices: [], prefix }, layout };
    }
    const parsed = parseCsvInvoices(text, mapping, delimiter);
    return { file: { kind: 'csv', name, sha256, issues: parsed.issues, invoices: parsed.items, prefix }, layout };
  }

  function readFile(file: ImportFile, choice: CsvChoice | undefined): { file: ParsedFile; layout: CsvLayout | null } {
    const bytes = new Uint8Array(Buffer.from(file.contentBase64, 'base64'));
    const sha256 = sha256Of(bytes);
    const { text, encoding } = decodeText(bytes);
    const kind = detectImportKind(text);
    const base = { name: file.name, sha256 };
    switch (kind) {
      case 'ubl': {
        const r = parseUbl(text);
        return { file: { ...base, kind, issues: r.issues, invoices: r.items, prefix: '' }, layout: null };
      }
      case 'camt053':
      case 'mt940':
      case 'xml': {
        const r = parseStatement(text, file.name);
        const known = r.format === 'camt053' || r.format === 'mt940' ? r.format : null;
        return { file: known ? { ...base, kind: known, issues: r.issues, entries: r.items } : { ...base, kind: 'unknown', issues: r.issues }, layout: null };
      }
      case 'csv':
        return readCsv(file.name, text, encoding, sha256, choice);
    }
  }

  return {
    /** `include`: the possible duplicates (entry keys) to import anyway; the others are skipped. */
    async preview(files: ImportFile[], choice?: CsvChoice, include: string[] = []): Promise<ImportPreview> {
      const read = files.map((f) => readFile(f, choice));
      const parsed = read.map((r) => r.file);
      const answers = await store.call('imports.answer', questionsOf(parsed));
      const planned = planImport(parsed, answers, new Set(include));
      const previewId = crypto.randomUUID();
      const layouts = read.flatMap((r) => (r.layout ? [r.layout] : []));
      const first = layouts[0];
      previews.set(previewId, {
        plan: planned.plan,
        csv: choice && first ? { ...choice, headers: first.headers } : null,
      });
      while (previews.size > KEPT_PREVIEWS) previews.delete(previews.keys().next().value!);
      const { plan, ...shown } = planned;
      return { previewId, ...shown, csv: layouts, writable: planWrites(plan) };
    },

    async commit(previewId: string): Promise<ImportOutcome> {
      const kept = previews.get(previewId);
      if (!kept) {
        throw new AppFailure('not_found', 'this preview is no longer available; preview again', [
          issue('previewId', 'errors.import.previewGone', 'this preview is no longer available; preview again'),
        ]);
      }
      previews.delete(previewId);
      const outcome = await store.call('imports.commit', kept.plan, ctx());
      if (kept.csv?.source) saveSource(kept.csv);
      return outcome;
    },
  };

  function saveSource({ source, headers, mapping, delimiter, prefix }: CsvChoice & { headers: string[] }): void {
    const entry: CsvSource = { name: source, headers, mapping, delimiter, prefix };
    const others = settings.get().csvSources.filter((s) => s.name !== source && !sameHeaders(s.headers, headers));
    settings.update({ csvSources: [entry, ...others].slice(0, 50) });
  }
}

export type ImportService = ReturnType<typeof importService>;
