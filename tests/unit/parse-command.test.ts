import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const samples = path.resolve(root, '../shared/samples');

function run(...files: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/parse.ts'), ...files], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, stdout: err.stdout, stderr: err.stderr };
  }
}

/** A statement of `count` credits, one :61:/:86: pair each, in ING's structured form. */
function bigStatement(count: number): string {
  const lines = [':20:BIG', ':25:NL69INGB0123456789EUR', ':28C:00001', ':60F:C260301EUR0,00'];
  for (let n = 1; n <= count; n++) {
    lines.push(`:61:2603020302C${n},00NTRFEREF//${String(n).padStart(14, '0')}`, `:86:/EREF/E2E-${n}//CNTP/NL91ABNA0417164300/ABNANL2A/Klant ${n} BV///REMI/USTD//Factuur 2026-${n}/`);
  }
  lines.push(`:62F:C260302EUR${(count * (count + 1)) / 2},00`, '-');
  return lines.join('\r\n');
}

describe('npm run parse', () => {
  it('never cuts its output when stdout is a pipe that is read late', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'debitum-parse-'));
    const big = path.join(dir, 'big.sta');
    writeFileSync(big, bigStatement(300));
    // The reader starts only after a second: by then a process that exits without waiting has lost all but the
    // first 64 KiB (the pipe's buffer).
    const script = `set -o pipefail; "${process.execPath}" --import tsx scripts/parse.ts "${big}" | (sleep 1; cat)`;
    const stdout = execFileSync('bash', ['-c', script], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(stdout.length).toBeGreaterThan(150_000);
    const [report] = JSON.parse(stdout) as { items: { amountCents: number; endToEndId: string }[] }[];
    expect(report!.items).toHaveLength(300);
    expect(report!.items[299]).toMatchObject({ amountCents: 30_000, endToEndId: 'E2E-300' });
  });

  it('prints what an import of good files would bring, and exits 0', () => {
    const r = run(path.join(samples, 'ubl/base-example.xml'), path.join(samples, 'mt940/abnamro.sta'));
    expect(r.code).toBe(0);
    const reports = JSON.parse(r.stdout) as { format: string; items: { number?: string; amountCents: number }[] }[];
    expect(reports.map((x) => x.format)).toEqual(['ubl', 'mt940']);
    expect(reports[0]!.items[0]).toMatchObject({ number: 'Snippet1', amountCents: 165625 });
    expect(reports[1]!.items.length).toBeGreaterThan(0);
  });

  it('names the file and line of an error and exits 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'debitum-parse-'));
    const bad = path.join(dir, 'statement.xml');
    writeFileSync(bad, '<!doctype html>\n<html><body>Your bank session expired</body></html>\n');
    const csv = path.join(dir, 'invoices.csv');
    writeFileSync(csv, 'factuurnummer;klantnummer;factuurdatum;bedrag\nF1;K1;31-02-2026;12,30\nF2;K1;01-03-2026;12,3,4\n');
    const r = run(bad, csv);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/statement\.xml(:\d+)?: error/);
    expect(r.stderr).toMatch(/invoices\.csv:2: error: issueDate/);
    expect(r.stderr).toMatch(/invoices\.csv:3: error: amount/);
  });

  it('refuses what is not a statement, naming each file and what it is, and exits 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'debitum-parse-'));
    const ns = (n: string) => `urn:iso:std:iso:20022:tech:xsd:${n}`;
    const files = {
      'report.xml': `<?xml version="1.0"?><Document xmlns="${ns('camt.052.001.08')}"><BkToCstmrAcctRpt><GrpHdr/><Rpt/></BkToCstmrAcctRpt></Document>`,
      'notice.xml': `<?xml version="1.0"?><Document xmlns="${ns('camt.054.001.08')}"><BkToCstmrDbtCdtNtfctn><GrpHdr/></BkToCstmrDbtCdtNtfctn></Document>`,
      'header.xml': `<?xml version="1.0"?><Document xmlns="${ns('camt.053.001.08')}"><BkToCstmrStmt><GrpHdr><MsgId>M</MsgId></GrpHdr></BkToCstmrStmt></Document>`,
      'other.xml': '<?xml version="1.0"?><Document xmlns="urn:example:bank"><BkToCstmrStmt><GrpHdr/><Stmt/></BkToCstmrStmt></Document>',
      'cut.sta': ':20:X\r\n:25:NL91ABNA0417164300\r\n:28C:1\r\n:60F:C260301EUR0,00\r\n:61:2603020302C10,00NTRFNONREF\r\n:86:/EREF/E1/\r\n',
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
    const r = run(...Object.keys(files).map((f) => path.join(dir, f)));
    expect(r.code).toBe(1);
    const reports = JSON.parse(r.stdout) as { items: unknown[]; issues: { key: string }[] }[];
    expect(reports.map((x) => [x.items.length, x.issues.map((i) => i.key)])).toEqual([
      [0, ['errors.import.accountReport']],
      [0, ['errors.import.notification']],
      [0, ['errors.import.noStatement']],
      [0, ['errors.import.unknownNamespace']],
      [0, ['errors.import.mt940Truncated']],
    ]);
    expect(r.stderr).toMatch(/report\.xml: error: : The file is a camt\.052 account report/);
    expect(r.stderr).toMatch(/notice\.xml: error: : The file is a camt\.054 debit\/credit notification/);
    expect(r.stderr).toMatch(/header\.xml: error: BkToCstmrStmt\/Stmt: The file is a CAMT\.053 document with a group header but no statement/);
    expect(r.stderr).toMatch(/other\.xml: error: : The file's namespace urn:example:bank is not/);
    expect(r.stderr).toMatch(/cut\.sta:6: error: :62F:: The statement of line 1 \(:20: X\) stops at line 6 without its closing balance/);
  });
});
