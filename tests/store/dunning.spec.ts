import type { MainApp } from '../../electron/app';
import { demoCustomers } from '../../electron/services/demo-data';
import type { Reminder, ReminderRow, RunLeftOut, RunReminder, RunSummary } from '../../shared/domain/dunning/records';
import type { Invoice } from '../../shared/domain/invoice/invoice';
import type { Customer } from '../../shared/domain/customer/customer';
import { call } from '../shell/dispatch';
import { expect, test } from '../shell/fixtures';
import type { Shell } from '../shell/shell';
import { UI_ORIGIN } from '../shell/shell';

const trusted = { trusted: true, url: UI_ORIGIN };

async function refused(main: MainApp, channel: string, input: unknown) {
  const r = await main.dispatch(channel, input, trusted);
  expect(r.ok, `${channel} should be refused`).toBe(false);
  return r.ok ? null : { code: r.error.code, issues: r.error.details?.issues ?? [] };
}

async function office(shell: Shell) {
  const [a, b] = demoCustomers(2, 7);
  const alpha = await call<Customer>(shell.main, 'customers.create', { ...a!, number: 'D-A', name: 'Alpha BV', country: 'NL', kind: 'business' });
  const beta = await call<Customer>(shell.main, 'customers.create', { ...b!, number: 'D-B', name: 'Beta BV', country: 'NL', kind: 'business' });
  const invoice = (number: string, customerId: string, dueDate: string, amountCents = 10_000) =>
    call<Invoice>(shell.main, 'invoices.create', { number, customerId, issueDate: '2026-09-01', dueDate, amountCents, openCents: amountCents });
  return {
    alpha,
    beta,
    old: await invoice('D-1', alpha.id, '2026-10-01'),
    recent: await invoice('D-2', alpha.id, '2026-11-20'),
    other: await invoice('D-3', beta.id, '2026-10-15', 25_000),
  };
}

const integrity = async (shell: Shell) => ({
  dunning: await shell.store.call('integrity.dunning'),
  receivables: await shell.store.call('integrity.receivables'),
});

test('a run proposes what is due, survives a restart as a draft, executes once and advances the invoices', async ({ launch, clock }) => {
  let shell = await launch({ withUi: false });
  const { alpha, old, recent, other } = await office(shell);

  const draft = await call<RunSummary>(shell.main, 'dunning.propose', {});
  expect(draft).toMatchObject({ state: 'draft', runDate: '2026-11-23', reminderCount: 2 });
  expect((await refused(shell.main, 'dunning.propose', {}))?.issues[0]?.key).toBe('errors.dunning.draftExists');
  const page = await call<{ rows: RunReminder[] }>(shell.main, 'dunning.runReminders', { runId: draft.id });
  expect(page.rows.map((r) => [r.customerName, r.level, r.items.map((i) => i.number)])).toEqual([
    ['Alpha BV', 1, ['D-1']],
    ['Beta BV', 1, ['D-3']],
  ]);
  expect(page.rows[0]!.text).toMatchObject({ fallback: null });
  // D-2 is due since 3 days; level 1 waits 7: not left out, only not yet due.
  const left = await call<{ rows: RunLeftOut[] }>(shell.main, 'dunning.runLeftOut', { runId: draft.id });
  expect(left.rows.map((l) => l.invoiceId)).not.toContain(recent.id);

  await shell.close();
  shell = await launch({ withUi: false });
  expect((await call<{ draft: RunSummary | null }>(shell.main, 'dunning.overview', {})).draft?.id).toBe(draft.id);

  const done = await call<{ outcome: string; run: RunSummary }>(shell.main, 'dunning.execute', { runId: draft.id });
  expect(done.outcome).toBe('executed');
  expect((await call<{ outcome: string }>(shell.main, 'dunning.execute', { runId: draft.id })).outcome).toBe('already_executed');
  const issued = await call<{ rows: ReminderRow[]; total: number }>(shell.main, 'dunning.reminders', {});
  expect(issued.total).toBe(2);
  expect(issued.rows.every((r) => r.state === 'to_deliver' && r.template !== null)).toBe(true);
  const inv = await call<{ invoice: Invoice; dossier: { kind: string }[] }>(shell.main, 'invoices.get', { id: old.id });
  expect(inv.invoice).toMatchObject({ dunningLevel: 1, timesReminded: 1, lastRemindedOn: '2026-11-23' });
  expect(inv.dossier.map((d) => d.kind)).toContain('reminder');

  // The same day again: both wait for their delivery, nothing is proposed twice.
  const again = await call<RunSummary>(shell.main, 'dunning.propose', {});
  expect(again.reminderCount).toBe(0);
  const waiting = await call<{ rows: RunLeftOut[] }>(shell.main, 'dunning.runLeftOut', { runId: again.id });
  expect(waiting.rows.filter((l) => l.reason === 'awaiting_delivery').map((l) => l.invoiceId).sort()).toEqual([old.id, other.id].sort());
  await call(shell.main, 'dunning.discard', { runId: again.id });

  // Delivered on the 24th; level 2 (14 days) is due from 8 December, counted from the delivery.
  const alphaReminder = issued.rows.find((r) => r.customerId === alpha.id)!;
  const betaReminder = issued.rows.find((r) => r.customerId !== alpha.id)!;
  expect((await refused(shell.main, 'dunning.markDelivered', { ids: [alphaReminder.id], state: 'delivered', on: '2026-11-24' }))?.issues[0]?.key).toBe('errors.dunning.deliveredOnRange');
  clock.advanceDays(1);
  await call(shell.main, 'dunning.markDelivered', { ids: [alphaReminder.id], state: 'delivered', on: '2026-11-24' });
  await call(shell.main, 'dunning.markDelivered', { ids: [betaReminder.id], state: 'failed', on: '2026-11-24', note: 'mailbox full' });
  expect((await refused(shell.main, 'dunning.markDelivered', { ids: [alphaReminder.id], state: 'delivered', on: '2026-11-24' }))?.issues[0]?.key).toBe('errors.dunning.notPending');
  expect((await call<{ invoice: Invoice }>(shell.main, 'invoices.get', { id: other.id })).invoice).toMatchObject({ dunningLevel: 0, timesReminded: 0 });

  clock.advanceDays(13); // 7 December: one day short for Alpha; Beta's failed reminder is proposed again, attempt 2.
  const dec7 = await call<RunSummary>(shell.main, 'dunning.propose', {});
  const dec7rows = (await call<{ rows: RunReminder[] }>(shell.main, 'dunning.runReminders', { runId: dec7.id })).rows;
  expect(dec7rows.map((r) => [r.customerName, r.level, r.attempt, r.items.map((i) => i.number).join()])).toEqual([
    ['Alpha BV', 1, 1, 'D-2'],
    ['Beta BV', 1, 2, 'D-3'],
  ]);
  await call(shell.main, 'dunning.discard', { runId: dec7.id });
  clock.advanceDays(1);
  const dec8 = await call<RunSummary>(shell.main, 'dunning.propose', {});
  const dec8rows = (await call<{ rows: RunReminder[] }>(shell.main, 'dunning.runReminders', { runId: dec8.id })).rows;
  expect(dec8rows.find((r) => r.items[0]!.invoiceId === old.id)).toMatchObject({ level: 2, levelId: 'firm', channel: 'email_and_post' });
  expect(await integrity(shell)).toEqual({ dunning: [], receivables: [] });

  const delivered = (await call<{ rows: Reminder[] }>(shell.main, 'dunning.reminders', { customerId: alpha.id })).rows[0]!;
  expect(delivered.recipient).not.toBeNull();
});

test('review: exclude a customer with a block, raise a level, change the channel, and a changed ledger stops the execute', async ({ launch }) => {
  const shell = await launch({ withUi: false });
  const { beta, old } = await office(shell);
  const draft = await call<RunSummary>(shell.main, 'dunning.propose', {});
  const rows = async (id = draft.id) => (await call<{ rows: RunReminder[] }>(shell.main, 'dunning.runReminders', { runId: id })).rows;
  const alphaRow = (await rows()).find((r) => r.items[0]!.invoiceId === old.id)!;

  await call(shell.main, 'dunning.review', { runId: draft.id, action: { kind: 'excludeCustomer', customerId: beta.id, reason: 'talking to them', blockUntil: '2026-12-31' } });
  await call(shell.main, 'dunning.review', { runId: draft.id, action: { kind: 'level', reminderId: alphaRow.id, level: 2 } });
  const raised = (await rows())[0]!;
  expect(raised).toMatchObject({ level: 2, proposedLevel: 1, customerName: 'Alpha BV' });
  await call(shell.main, 'dunning.review', { runId: draft.id, action: { kind: 'channel', reminderId: raised.id, channel: 'post' } });
  await call(shell.main, 'dunning.review', { runId: draft.id, action: { kind: 'note', reminderId: raised.id, note: 'As discussed by phone.' } });
  expect((await rows())).toMatchObject([{ channel: 'post', channelChanged: true, note: 'As discussed by phone.', level: 2 }]);
  const blocks = await call<{ customerId: string; until: string }[]>(shell.main, 'blocks.list', {});
  expect(blocks).toMatchObject([{ customerId: beta.id, until: '2026-12-31', reason: 'talking to them' }]);

  // A payment comes in before executing: nothing is issued, and the draft says what changed.
  await call(shell.main, 'payments.add', { customerId: old.customerId, kind: 'payment', date: '2026-11-23', amountCents: 4_000, allocations: [{ invoiceId: old.id, amountCents: 4_000 }] });
  const first = await call<{ outcome: string; run: RunSummary }>(shell.main, 'dunning.execute', { runId: draft.id });
  expect(first.outcome).toBe('changed');
  expect(first.run.changes).toMatchObject([{ customerName: 'Alpha BV', change: 'amount' }]);
  expect((await call<{ total: number }>(shell.main, 'dunning.reminders', {})).total).toBe(0);
  const second = await call<{ outcome: string }>(shell.main, 'dunning.execute', { runId: draft.id });
  expect(second.outcome).toBe('executed');
  const [issued] = (await call<{ rows: ReminderRow[] }>(shell.main, 'dunning.reminders', {})).rows;
  expect(issued).toMatchObject({ level: 2, channel: 'post', note: 'As discussed by phone.', items: [{ openCents: 6_000 }] });
  expect(await integrity(shell)).toEqual({ dunning: [], receivables: [] });
});

test('a run dated before the last executed run is refused, and a draft of yesterday must be refreshed', async ({ launch, clock }) => {
  const shell = await launch({ withUi: false });
  await office(shell);
  clock.advanceDays(2);
  const run = await call<RunSummary>(shell.main, 'dunning.propose', {});
  await call(shell.main, 'dunning.execute', { runId: run.id });
  clock.advanceDays(-1);
  expect((await refused(shell.main, 'dunning.propose', {}))?.issues[0]?.key).toBe('errors.dunning.runInPast');
  clock.advanceDays(2);
  const draft = await call<RunSummary>(shell.main, 'dunning.propose', {});
  clock.advanceDays(1);
  expect((await refused(shell.main, 'dunning.execute', { runId: draft.id }))?.issues[0]?.key).toBe('errors.dunning.staleDraft');
  const fresh = await call<RunSummary>(shell.main, 'dunning.refresh', { runId: draft.id });
  expect(fresh.runDate).toBe(clock.today());
});

test('a phone task: not reached keeps it open; reached with a promise delivers it and holds dunning off until then', async ({ launch }) => {
  const shell = await launch({ withUi: false });
  const { alpha, old } = await office(shell);
  const policy = { id: 'calls-first', name: 'Call first', law: { country: 'NL', kind: 'business' }, mode: 'invoice', levelOneFrom: 'due_date', toleranceCents: { EUR: 0 }, afterLast: { kind: 'stop' }, levels: [{ id: 'call', name: 'Phone call', days: 7, payWithinDays: 7, interest: { kind: 'none' }, costs: { kind: 'none' }, channel: 'phone', finalNotice: false }] };
  await call(shell.main, 'policies.save', policy);
  await call(shell.main, 'dunning.setCustomer', { customerId: alpha.id, policyId: 'calls-first', directDebit: false });
  const run = await call<RunSummary>(shell.main, 'dunning.propose', {});
  await call(shell.main, 'dunning.execute', { runId: run.id });
  const [task] = (await call<{ rows: ReminderRow[] }>(shell.main, 'dunning.reminders', { channel: 'phone' })).rows;
  expect(task).toMatchObject({ customerId: alpha.id, state: 'to_deliver', levelName: 'Phone call', text: null });

  await call(shell.main, 'dunning.recordCall', { reminderId: task!.id, reached: false, note: 'voicemail' });
  expect((await call<{ rows: ReminderRow[] }>(shell.main, 'dunning.reminders', { channel: 'phone' })).rows[0]!.state).toBe('to_deliver');
  await call(shell.main, 'dunning.recordCall', { reminderId: task!.id, reached: true, promisedDate: '2026-11-30', note: 'pays Monday' });
  const detail = await call<{ invoice: Invoice; dossier: { kind: string; text: string }[] }>(shell.main, 'invoices.get', { id: old.id });
  expect(detail.invoice).toMatchObject({ promisedDate: '2026-11-30', dunningLevel: 1 });
  expect(detail.dossier.map((d) => d.kind)).toEqual(expect.arrayContaining(['call', 'promise', 'reminder']));
  expect(detail.dossier.find((d) => d.kind === 'call' && d.text.includes('voicemail'))).toBeTruthy();
  const next = await call<RunSummary>(shell.main, 'dunning.propose', {});
  const left = await call<{ rows: RunLeftOut[] }>(shell.main, 'dunning.runLeftOut', { runId: next.id });
  expect(left.rows.find((l) => l.invoiceId === old.id)).toMatchObject({ reason: 'promised', until: '2026-11-30' });
  expect(await integrity(shell)).toEqual({ dunning: [], receivables: [] });
});
