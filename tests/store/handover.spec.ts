import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Customer } from '../../shared/domain/customer/customer';
import type { HandoverRow, ReminderRow, RunSummary } from '../../shared/domain/dunning/records';
import type { Invoice } from '../../shared/domain/invoice/invoice';
import { demoCustomers } from '../../electron/services/demo-data';
import { call } from '../shell/dispatch';
import { expect, test } from '../shell/fixtures';

/** One post level, then hand-over to a collection agency. */
const toAgency = { id: 'agency', name: 'Eén brief, dan incasso', law: { country: 'NL', kind: 'business' }, mode: 'invoice', levelOneFrom: 'due_date', toleranceCents: { EUR: 0 }, afterLast: { kind: 'handover' }, levels: [{ id: 'last', name: 'Laatste aanmaning', days: 7, payWithinDays: 14, interest: { kind: 'none' }, costs: { kind: 'none' }, channel: 'post', finalNotice: true }] };

test('after the last level an invoice is handed over, listed with its reminders and dossier, and exported as a CSV the agency can read', async ({ launch, clock }) => {
  const shell = await launch({ withUi: false });
  await call(shell.main, 'settings.update', { language: 'nl' });
  await call(shell.main, 'policies.save', toAgency);
  const zoe = await call<Customer>(shell.main, 'customers.create', { ...demoCustomers(1, 3)[0]!, number: 'K-7', name: 'Bakkerij Zoë Ærø', country: 'NL', kind: 'business', language: 'nl', email: 'ap@zoe.example', street: 'Brink 1', postcode: '7411 BR', city: 'Deventer', paymentTermsDays: 30 });
  await call(shell.main, 'dunning.setCustomer', { customerId: zoe.id, policyId: 'agency', directDebit: false });
  const invoice = await call<Invoice>(shell.main, 'invoices.create', { number: 'F-2026-31', customerId: zoe.id, issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 123_450, openCents: 123_450 });
  await call(shell.main, 'invoices.comment', { invoiceId: invoice.id, text: 'Belt niet terug; "geen geld", zegt de eigenaar' });

  const first = await call<RunSummary>(shell.main, 'dunning.propose', {});
  await call(shell.main, 'dunning.execute', { runId: first.id });
  const [letter] = (await call<{ rows: ReminderRow[] }>(shell.main, 'dunning.reminders', { runId: first.id })).rows;
  await call(shell.main, 'dunning.markDelivered', { ids: [letter!.id], state: 'delivered', on: '2026-11-23', note: '' });
  expect(await call<HandoverRow[]>(shell.main, 'dunning.handover', {})).toEqual([]);

  clock.advanceDays(7);
  const second = await call<RunSummary>(shell.main, 'dunning.propose', {});
  expect(second.reminderCount).toBe(0);
  await call(shell.main, 'dunning.execute', { runId: second.id });
  const runs = await call<RunSummary[]>(shell.main, 'dunning.runs', {});
  expect(runs.map((r) => [r.id, r.reminderCount])).toEqual([[second.id, 0], [first.id, 1]]);
  expect((await call<{ total: number }>(shell.main, 'dunning.reminders', { runId: second.id, state: '' })).total).toBe(0);
  expect((await call<{ total: number }>(shell.main, 'dunning.reminders', { runId: first.id, state: '' })).total).toBe(1);

  const rows = await call<HandoverRow[]>(shell.main, 'dunning.handover', {});
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    handedOverOn: '2026-11-30',
    customer: { number: 'K-7', name: 'Bakkerij Zoë Ærø' },
    contact: { email: 'ap@zoe.example', address: { street: 'Brink 1', postcode: '7411 BR', city: 'Deventer' } },
    invoice: { number: 'F-2026-31', openCents: 123_450 },
    reminders: [{ levelName: 'Laatste aanmaning', channel: 'post', state: 'delivered', deliveredOn: '2026-11-23' }],
  });
  expect(rows[0]!.dossier.map((d) => d.kind)).toEqual(expect.arrayContaining(['comment', 'reminder', 'letter']));

  const exported = await call<{ path: string; rows: number }>(shell.main, 'documents.handover', {});
  expect(exported.rows).toBe(1);
  expect(shell.opened).toContain(exported.path);
  const bytes = readFileSync(exported.path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const table = parse(bytes, { delimiter: ';', bom: true }) as string[][];
  const [head, row] = table;
  const cell = (name: string) => row![head!.indexOf(name)];
  expect(table).toHaveLength(2);
  expect(cell('Debiteur')).toBe('Bakkerij Zoë Ærø');
  expect(cell('Factuur')).toBe('F-2026-31');
  expect(cell('Openstaand')).toBe('1234,50');
  expect(cell('Vervaldatum')).toBe('01-10-2026');
  expect(cell('Aanmaningen')).toBe('23-11-2026 Laatste aanmaning (post, bezorgd) 1234,50');
  expect(cell('Dossier')).toContain('notitie: Belt niet terug; "geen geld", zegt de eigenaar');

  // Paid at the agency's request: no longer listed.
  await call(shell.main, 'payments.add', { customerId: zoe.id, date: '2026-11-30', amountCents: 123_450, kind: 'payment', reference: '', allocations: [{ invoiceId: invoice.id, amountCents: 123_450 }] });
  expect(await call<HandoverRow[]>(shell.main, 'dunning.handover', {})).toEqual([]);
  expect(await call<{ path: string | null; rows: number }>(shell.main, 'documents.handover', {})).toEqual({ path: null, rows: 0 });
});
