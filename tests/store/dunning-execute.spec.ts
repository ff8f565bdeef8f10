import { demoCustomers } from '../../electron/services/demo-data';
import type { DossierRecord, InvoiceRecord, ReminderItemRecord, ReminderRecord, RunRecord } from '../../electron/store/db';
import type { RunReminder, RunSummary } from '../../shared/domain/dunning/records';
import { call } from '../shell/dispatch';
import { expect, test } from '../shell/fixtures';
import { rawAll, rawWrite } from '../shell/raw-idb';
import type { Shell } from '../shell/shell';
import { storeCtx } from '../shell/store-context';

/** Customers with one overdue invoice each, loaded in one go; every one is due for its first reminder today. */
async function overdueOffice(shell: Shell, count: number) {
  const customers = demoCustomers(count, 11);
  const invoices = customers.map((c, k) => ({ number: `X-${k + 1}`, customerNumber: c.number, issueDate: '2026-09-01', dueDate: '2026-10-01', currency: 'EUR', amountCents: 10_000 + k, openCents: 10_000 + k }));
  await shell.store.call('bulk.load', { customers, invoices }, storeCtx());
}

/** What a run's execute writes, as it is on disk. */
async function written(shell: Shell) {
  const page = shell.storePage;
  const [reminders, items, invoices, dossier, runs] = await Promise.all([
    rawAll<ReminderRecord>(page, 'reminders'),
    rawAll<ReminderItemRecord>(page, 'reminderItems'),
    rawAll<InvoiceRecord>(page, 'invoices'),
    rawAll<DossierRecord>(page, 'dossier'),
    rawAll<RunRecord>(page, 'runs'),
  ]);
  return { reminders, items, invoices, dossier, runs };
}

test('execute is all or nothing: a record that collides half-way leaves no reminder, item, invoice change or dossier entry', async ({ launch }) => {
  const shell = await launch({ withUi: false });
  await overdueOffice(shell, 40);
  const draft = await call<RunSummary>(shell.main, 'dunning.propose', {});
  expect(draft.reminderCount).toBe(40);
  const rows = (await call<{ rows: RunReminder[] }>(shell.main, 'dunning.runReminders', { runId: draft.id, limit: 100 })).rows;
  const before = await written(shell);

  // Another writer got there first with the item of one reminder: the run's reminders are added, then the items'
  // bulkAdd fails on that one, before the invoices, the dossier and the run are written.
  const victim = rows[29]!;
  const planted: ReminderItemRecord = {
    id: `${victim.id}:${victim.items[0]!.invoiceId}`,
    reminderId: victim.id,
    invoiceId: victim.items[0]!.invoiceId,
    customerId: victim.customerId,
    runDate: draft.runDate,
    level: 1,
    attempt: 1,
    state: 'to_deliver',
    deliveredOn: null,
    sentBy: 'email',
    statutoryCostsCents: 0,
    feeCents: 0,
    fourteenDayLetter: false,
  };
  await rawWrite(shell.storePage, 'reminderItems', { put: planted });
  const failed = await shell.main.dispatch('dunning.execute', { runId: draft.id }, { trusted: true, url: 'http://ui.debitum.localhost' });
  expect(failed.ok ? 'executed' : failed.error.message).toContain('reminderItems.bulkAdd');

  const after = await written(shell);
  expect(after.reminders).toEqual([]);
  expect(after.items).toEqual([planted]);
  expect(after.invoices).toEqual(before.invoices);
  expect(after.dossier).toEqual(before.dossier);
  expect(after.runs).toEqual(before.runs);
  expect(after.runs.map((r) => r.state)).toEqual(['draft']);

  // Nothing of the failed attempt stayed in the store host's memory either: once the collision is gone the same
  // draft executes whole, and every maintained figure agrees with its recomputation.
  await rawWrite(shell.storePage, 'reminderItems', { delete: planted.id });
  expect(await call<{ outcome: string }>(shell.main, 'dunning.execute', { runId: draft.id })).toMatchObject({ outcome: 'executed' });
  const done = await written(shell);
  expect([done.reminders.length, done.items.length, done.dossier.length - before.dossier.length]).toEqual([40, 40, 40]);
  expect(done.invoices.every((i) => i.dunningLevel === 1 && i.timesReminded === 1)).toBe(true);
  expect(await shell.store.call('integrity.dunning')).toEqual([]);
  expect(await shell.store.call('integrity.receivables')).toEqual([]);
});
