import { existsSync } from 'node:fs';
import type { ReminderRow, RunSummary } from '../../shared/domain/dunning/records';
import { decodeQrCodes, pdfInfo, pdfText } from '../documents/poppler';
import { sampleCompany } from '../documents/sample-letter';
import { call } from '../shell/dispatch';
import { expect, test } from '../shell/fixtures';
import { UI_ORIGIN } from '../shell/shell';

const trusted = { trusted: true, url: UI_ORIGIN };

test('a run prints its post letters as one job without scaling, keeps each letter, and the reminders count as posted', async ({ launch }) => {
  const shell = await launch({ withUi: false });
  const { main } = shell;
  const customer = (number: string, name: string, street: string, city: string, country = 'NL', email = '') =>
    call<{ id: string }>(main, 'customers.create', { number, name, language: 'nl', country, kind: 'business', street, postcode: '1011 AB', city, email, paymentTermsDays: 30, creditLimitCents: null });
  const zoe = await customer('K1', 'Bakkerij Zoë', 'Łódźstraat 1', 'Utrecht');
  const muller = await customer('K2', 'Müller & Söhne', 'Ærøweg 2', 'Zwolle', 'NL', 'ap@muller.example');
  const nowhere = await customer('K3', 'Çelik Bouw', '', '');
  for (const [n, c] of [['R-1', zoe], ['R-2', muller], ['R-3', nowhere]] as const) {
    await call(main, 'invoices.create', { number: n, customerId: c.id, issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 12_345, openCents: 12_345 });
  }
  const run = await call<RunSummary>(main, 'dunning.propose', {});
  await call(main, 'dunning.execute', { runId: run.id });

  // Without the company's details no letter goes out, and the refusal names what is missing.
  const refused = await main.dispatch('documents.printRun', { runId: run.id }, trusted);
  expect(refused.ok).toBe(false);
  expect(!refused.ok && refused.error.details?.issues.map((i) => i.key)).toContain('errors.company.missing.iban');

  await call(main, 'settings.update', { company: sampleCompany, duplex: true });
  const out = await call<{ printed: number; file: string; withoutAddress: { customerName: string }[] }>(main, 'documents.printRun', { runId: run.id, printer: 'Office printer' });
  // Müller has an e-mail address, so "e-mail or post" goes by e-mail; Çelik has no postal address to post to.
  expect(out).toMatchObject({ printed: 1, withoutAddress: [{ customerName: 'Çelik Bouw' }] });
  expect(shell.printed).toEqual([{ file: out.file, printer: 'Office printer' }]);
  expect(pdfInfo(out.file).pages % 2).toBe(0);
  const text = pdfText(out.file);
  for (const s of ['Bakkerij Zoë', 'Łódźstraat 1', 'R-1']) expect(text).toContain(s);
  expect(text).not.toContain('Müller & Söhne');
  expect(decodeQrCodes(out.file)[0]).toContain('NL91ABNA0417164300');

  const rows = (await call<{ rows: ReminderRow[] }>(main, 'dunning.reminders', { runId: run.id })).rows;
  const printedRow = rows.find((r) => r.customerId === zoe.id)!;
  expect(printedRow).toMatchObject({ state: 'delivered', via: 'post', deliveredOn: '2026-11-23' });
  expect(rows.filter((r) => r.state === 'to_deliver').map((r) => r.customerName).sort()).toEqual(['Müller & Söhne', 'Çelik Bouw']);
  const kept = await call<{ path: string; kept: boolean }>(main, 'documents.openLetter', { reminderId: printedRow.id });
  expect(kept.kept).toBe(true);
  expect(existsSync(kept.path)).toBe(true);
  expect(shell.opened).toContain(kept.path);

  // Printing again prints nothing twice.
  expect(await call(main, 'documents.printRun', { runId: run.id, saveOnly: true })).toMatchObject({ printed: 0, file: null });
});
