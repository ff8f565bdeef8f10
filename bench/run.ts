// `npm run bench`: store figures on real Chromium IndexedDB, each printed with its target. Targets are goals to
// watch, not assertions; the seeding figure is a ratio against raw IndexedDB measured in the same run.
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, chromiumPath } from '../tests/shell/shell';
import { matchingBench } from './matching';
import type { ParsedFile } from '../shared/domain/import/plan';
import { parseCsvExport, parseUblBatch } from './import';
import type { StoreImportFigures } from './import-bench';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 10_000);
const INVOICES = Number(process.env.BENCH_INVOICES ?? 200_000);
const ORIGIN = 'http://bench.debitum.localhost';

const bundle = await build({
  entryPoints: [path.join(import.meta.dirname, 'store-bench.ts')],
  bundle: true,
  format: 'iife',
  target: 'chrome130',
  write: false,
  logLevel: 'warning',
});
const script = bundle.outputFiles[0]!.text;

const profile = mkdtempSync(path.join(tmpdir(), 'debitum-bench-'));
const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: chromiumArgs, headless: true });
try {
  await context.route(`${ORIGIN}/**`, (route) =>
    route.request().url().endsWith('.js')
      ? route.fulfill({ contentType: 'text/javascript', body: script })
      : route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><script src="bench.js"></script>' }),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => console.log(`  page: ${m.text()}`));
  page.on('crash', () => console.log('  page: crashed (out of memory?)'));
  await page.goto(`${ORIGIN}/index.html`);
  console.log(`Seeding ${CUSTOMERS.toLocaleString('en')} customers and ${INVOICES.toLocaleString('en')} invoices on ${chromiumPath() ?? 'Playwright Chromium'}…`);
  const r = await page.evaluate(([c, i]) => (window as unknown as { runBench(c: number, i: number): Promise<Record<string, number>> }).runBench(c!, i!), [CUSTOMERS, INVOICES]);

  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const rows: [string, string, string, boolean][] = [
    [`seed ${r.invoices} invoices + ${r.customers} customers`, `${ms(r.seedMs!)} vs raw IndexedDB ${ms(r.rawMs!)} = ratio ${(r.seedMs! / r.rawMs!).toFixed(2)}`, 'ratio ≤ 1.25', r.seedMs! / r.rawMs! <= 1.25],
    [`customer search per keystroke (${r.keystrokes} keystrokes)`, `median ${ms(r.keystrokeMedianMs!)}, worst ${ms(r.keystrokeMaxMs!)}`, '≤ 16 ms', r.keystrokeMaxMs! <= 16],
    [`open customer card with ${r.cardOpenInvoices} open invoices`, ms(r.cardMs!), '≤ 50 ms', r.cardMs! <= 50],
    ['customer list first page with balances', ms(r.firstPageMs!), '≤ 50 ms', r.firstPageMs! <= 50],
    [
      `receivables: filter overdue over ${r.invoices} invoices (${r.overdueCount} hits), first page`,
      `${ms(r.receivablesMs!)} (first query after opening, loading every invoice into memory: ${ms(r.receivablesColdMs!)}; sorted by customer: ${ms(r.receivablesByCustomerMs!)})`,
      '≤ 100 ms',
      r.receivablesMs! <= 100,
    ],
  ];
  const print = ([what, figure, target, met]: (typeof rows)[number]) => console.log(`${met ? 'MET ' : 'MISS'}  ${what}: ${figure}  (target ${target})`);
  // Each figure is printed as soon as it is measured, so a later failure does not lose it; the summary repeats all.
  const report = (row: (typeof rows)[number]) => {
    rows.push(row);
    print(row);
  };
  rows.forEach(print);
  type PageImport = { stageFiles(files: ParsedFile[]): void; importStaged(kind: string): Promise<StoreImportFigures> };
  const stage = async (files: ParsedFile[]) => {
    await page.evaluate((f) => (window as unknown as PageImport).stageFiles(f), files);
  };
  for (const [label, kind, parse] of [
    ['a batch of UBL files (one per invoice)', 'ubl', parseUblBatch],
    ['one CSV export', 'csv', parseCsvExport],
  ] as const) {
    console.log(`Importing ${INVOICES.toLocaleString('en')} invoices from ${label}…`);
    const parseMs = await parse(CUSTOMERS, INVOICES, stage);
    const f = await page.evaluate((k) => (window as unknown as PageImport).importStaged(k), kind);
    const total = parseMs + f.planMs + f.commitMs;
    report([
      `import ${f.invoices} invoices + ${f.customers} new customers from ${label}`,
      `${ms(total)} (parse ${ms(parseMs)}, check and plan ${ms(f.planMs)}, write ${ms(f.commitMs)}) vs raw IndexedDB ${ms(f.rawMs)} = ratio ${(total / f.rawMs).toFixed(2)}`,
      'ratio ≤ 1.25',
      total / f.rawMs <= 1.25,
    ]);
  }
  const m = matchingBench();
  report([`match a ${m.entries}-entry statement against ${m.invoices} open invoices (${m.matched} matched)`, ms(m.ms), '≤ 1000 ms', m.ms <= 1000]);
  console.log('');
  rows.forEach(print);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
