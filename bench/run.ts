// `npm run bench`: store figures on real Chromium IndexedDB, each printed with its target. Targets are goals to
// watch, not assertions; the seeding figure is a ratio against raw IndexedDB measured in the same run.
import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, chromiumPath } from '../tests/shell/shell';
import { matchingBench } from './matching';
import { renderBench, sendBench } from './outbox';
import type { ParsedFile } from '../shared/domain/import/plan';
import { parseCsvExport, parseUblBatch } from './import';
import type { StoreImportFigures } from './import-bench';
import type { DunningExecuteFigures, DunningProposalFigures } from './dunning-bench';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 10_000);
const INVOICES = Number(process.env.BENCH_INVOICES ?? 200_000);
const ORIGIN = 'http://bench.debitum.localhost';
// BENCH_ONLY=store,dunning,ubl,csv,matching,email runs a subset, for working on one figure.
const only = process.env.BENCH_ONLY?.split(',').map((p) => p.trim());
const runs = (part: 'store' | 'dunning' | 'ubl' | 'csv' | 'matching' | 'email') => !only || only.includes(part);

const bundle = await build({
  entryPoints: [path.join(import.meta.dirname, 'store-bench.ts')],
  bundle: true,
  format: 'iife',
  target: 'chrome130',
  write: false,
  logLevel: 'warning',
});
const script = bundle.outputFiles[0]!.text;

// BENCH_CPU_PROFILE=dir writes a CPU profile of each part's page there (open it in Chrome's DevTools, Performance).
const profileDir = process.env.BENCH_CPU_PROFILE;
let profiled = 0;

/**
 * Each part runs in a browser of its own on a fresh profile: a part that leaves 400k rows behind (and their
 * deletion, which the database compacts in the background) must not slow the next part's figures.
 */
async function inPage<T>(work: (page: Page) => Promise<T>): Promise<T> {
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
    if (!profileDir) return await work(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
    try {
      return await work(page);
    } finally {
      const { profile: cpu } = await cdp.send('Profiler.stop');
      const file = path.join(profileDir, `bench-${++profiled}.cpuprofile`);
      writeFileSync(file, JSON.stringify(cpu));
      console.log(`  CPU profile of the page: ${file}`);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
type Row = [what: string, figure: string, target: string, met: boolean];
const rows: Row[] = [];
const print = ([what, figure, target, met]: Row) => console.log(`${met ? 'MET ' : 'MISS'}  ${what}: ${figure}  (target ${target})`);
// Each figure is printed as soon as it is measured, so a later failure does not lose it; the summary repeats all.
const report = (row: Row) => {
  rows.push(row);
  print(row);
};

if (runs('store')) {
  console.log(`Seeding ${CUSTOMERS.toLocaleString('en')} customers and ${INVOICES.toLocaleString('en')} invoices on ${chromiumPath() ?? 'Playwright Chromium'}…`);
  const r = await inPage((page) => page.evaluate(([c, i]) => (window as unknown as { runBench(c: number, i: number): Promise<Record<string, number>> }).runBench(c!, i!), [CUSTOMERS, INVOICES]));
  report([`seed ${r.invoices} invoices + ${r.customers} customers`, `${ms(r.seedMs!)} vs raw IndexedDB ${ms(r.rawMs!)} = ratio ${(r.seedMs! / r.rawMs!).toFixed(2)}`, 'ratio ≤ 1.25', r.seedMs! / r.rawMs! <= 1.25]);
  report([`customer search per keystroke (${r.keystrokes} keystrokes)`, `median ${ms(r.keystrokeMedianMs!)}, worst ${ms(r.keystrokeMaxMs!)}`, '≤ 16 ms', r.keystrokeMaxMs! <= 16]);
  report([`open customer card with ${r.cardOpenInvoices} open invoices`, ms(r.cardMs!), '≤ 50 ms', r.cardMs! <= 50]);
  report(['customer list first page with balances', ms(r.firstPageMs!), '≤ 50 ms', r.firstPageMs! <= 50]);
  report([
    `receivables: filter overdue over ${r.invoices} invoices (${r.overdueCount} hits), first page`,
    `${ms(r.receivablesMs!)} (first query after opening, loading every invoice into memory: ${ms(r.receivablesColdMs!)}; sorted by customer: ${ms(r.receivablesByCustomerMs!)})`,
    '≤ 100 ms',
    r.receivablesMs! <= 100,
  ]);
}
if (runs('dunning')) {
  type DunningPage = { dunningProposalBench(c: number, i: number): Promise<DunningProposalFigures>; dunningExecuteBench(c: number, i: number): Promise<DunningExecuteFigures> };
  console.log(`Dunning over ${CUSTOMERS.toLocaleString('en')} customers and ${INVOICES.toLocaleString('en')} invoices: proposals…`);
  const p = await inPage((page) => page.evaluate(([c, i]) => (window as unknown as DunningPage).dunningProposalBench(c!, i!), [CUSTOMERS, INVOICES]));
  report([
    `dunning proposal over ${p.openInvoices} open invoices (${p.proposalReminders} reminders), computed in the store host, warm`,
    `median ${ms(p.computeMs)}; first after start ${ms(p.firstComputeMs)}`,
    '≤ 250 ms, first too',
    p.computeMs <= 250 && p.firstComputeMs <= 250,
  ]);
  report([
    '  the same proposal saved as a draft run (dunning.propose), warm',
    `median ${ms(p.proposeMs)}; first after start ${ms(p.firstMs)} (after the host's warm-up, which loaded the invoices in ${ms(p.coldLoadMs)})`,
    '≤ 250 ms, first too',
    p.proposeMs <= 250 && p.firstMs <= 250,
  ]);
  console.log('Dunning: executing runs of 5,000 reminders…');
  const e = await inPage((page) => page.evaluate(([c, i]) => (window as unknown as DunningPage).dunningExecuteBench(c!, i!), [CUSTOMERS, INVOICES]));
  report([
    `execute a run of ${e.executed.join(', ')} reminders in one transaction (median of ${e.executed.length} runs)`,
    `${ms(e.executeMs)} vs raw IndexedDB put of the same records ${ms(e.rawExecuteMs)}, ratio per run ${e.ratios.map((r) => r.toFixed(2)).join(', ')}: median ${e.ratio.toFixed(2)}`,
    'ratio ≤ 1.5',
    e.ratio <= 1.5,
  ]);
}
type PageImport = { stageFiles(files: ParsedFile[]): void; importStaged(kind: string): Promise<StoreImportFigures> };
for (const [label, kind, parse] of [
  ['a batch of UBL files (one per invoice)', 'ubl', parseUblBatch],
  ['one CSV export', 'csv', parseCsvExport],
] as const) {
  if (!runs(kind)) continue;
  console.log(`Importing ${INVOICES.toLocaleString('en')} invoices from ${label}…`);
  const [parseMs, f] = await inPage(async (page) => {
    const stage = async (files: ParsedFile[]) => {
      await page.evaluate((x) => (window as unknown as PageImport).stageFiles(x), files);
    };
    const parsed = await parse(CUSTOMERS, INVOICES, stage);
    return [parsed, await page.evaluate((k) => (window as unknown as PageImport).importStaged(k), kind)] as const;
  });
  const total = parseMs + f.planMs + f.commitMs;
  report([
    `import ${f.invoices} invoices + ${f.customers} new customers from ${label}`,
    `${ms(total)} (parse ${ms(parseMs)}, check and plan ${ms(f.planMs)}, write ${ms(f.commitMs)}) vs raw IndexedDB ${ms(f.rawMs)} = ratio ${(total / f.rawMs).toFixed(2)}`,
    'ratio ≤ 1.25',
    total / f.rawMs <= 1.25,
  ]);
}
if (runs('matching')) {
  const m = matchingBench();
  report([`match a ${m.entries}-entry statement against ${m.invoices} open invoices (${m.matched} matched)`, ms(m.ms), '≤ 1000 ms', m.ms <= 1000]);
}
if (runs('email')) {
  const r = await renderBench(1_000);
  report([`render ${r.count} e-mails, MJML templates → HTML + text, in four languages (largest HTML ${(r.largestHtml / 1024).toFixed(1)} KB)`, ms(r.ms), '≤ 1500 ms', r.ms <= 1_500]);
  console.log('Queuing 1,000 e-mails with their letters, then sending them to a local SMTP server…');
  const s = await sendBench(1_000);
  report([
    `send ${s.sent} of ${s.count} e-mails through the outbox to a local SMTP server (queued with letters first: ${ms(s.queueMs)})`,
    `${s.perSecond.toFixed(1)} a second (${ms(s.sendMs)})`,
    '≥ 50 a second',
    s.sent === s.count && s.perSecond >= 50,
  ]);
}
console.log('');
rows.forEach(print);
