import type { Page } from '@playwright/test';
import { sampleCompany } from '../documents/sample-letter';
import { call } from '../shell/dispatch';
import { expect, test } from '../shell/fixtures';

type Id = { id: string };

async function office(main: Parameters<typeof call>[0]) {
  await call(main, 'settings.update', { userName: 'Anouk de Vries' });
  await call(main, 'settings.update', { company: sampleCompany });
  const make = (number: string, name: string, phone = '') =>
    call<Id>(main, 'customers.create', {
      number,
      name,
      language: 'en',
      country: 'NL',
      kind: 'business',
      street: 'Ærøweg 1',
      postcode: '3511 AB',
      city: 'Utrecht',
      paymentTermsDays: 30,
      creditLimitCents: null,
      email: `ap@${number.toLowerCase()}.example`,
      phone,
    });
  const zoe = await make('K1', 'Bakkerij Zoë');
  const ijzer = await make('K2', 'IJzerhandel Øster', '+31201234567');
  const muller = await make('K3', 'Müller & Söhne');
  const invoice = (number: string, customerId: string, dueDate: string, amountCents: number) =>
    call<Id>(main, 'invoices.create', { number, customerId, issueDate: '2026-09-01', dueDate, amountCents, openCents: amountCents });
  await invoice('R-1', zoe.id, '2026-10-01', 121_000);
  await invoice('R-2', ijzer.id, '2026-10-20', 45_050);
  await invoice('R-3', muller.id, '2026-10-25', 9_900);
  return { zoe, ijzer, muller };
}

const openDunning = async (ui: Page, tab = 'Dunning run') => {
  await ui.getByRole('button', { name: 'Dunning', exact: true }).click();
  await ui.getByRole('tab', { name: tab }).click();
};

test('a dunning run through the UI: propose, review (leave one out, raise a level), execute, see it everywhere; ten days on, a call with a promise', async ({ launch, clock }) => {
  const shell = await launch();
  const { ui, main } = shell;
  const { ijzer } = await office(main);
  // The phone level goes to IJzerhandel: a policy of its own whose first level is a call.
  await call(main, 'policies.save', {
    id: 'call-first',
    name: 'Call first',
    law: { country: 'NL', kind: 'business' },
    mode: 'invoice',
    levelOneFrom: 'due_date',
    toleranceCents: { EUR: 500 },
    afterLast: { kind: 'stop' },
    levels: [
      { id: 'polite', name: 'Reminder', days: 7, payWithinDays: 14, interest: { kind: 'none' }, costs: { kind: 'none' }, channel: 'email', finalNotice: false },
      { id: 'call', name: 'Phone call', days: 7, payWithinDays: 7, interest: { kind: 'none' }, costs: { kind: 'none' }, channel: 'phone', finalNotice: false },
    ],
  });
  await call(main, 'dunning.setCustomer', { customerId: ijzer.id, policyId: 'call-first', directDebit: false });

  await openDunning(ui);
  await ui.getByRole('button', { name: 'Propose a run for 23 Nov 2026' }).click();
  await expect(ui.getByTestId('run-summary')).toHaveText('3 reminders · 0 invoices left out');
  const rows = ui.getByTestId('proposal-row');
  await expect(rows).toHaveCount(3);

  // Leave Müller out with a reason and a block until the new year.
  await ui.getByRole('button', { name: 'Leave out: Müller & Söhne' }).click();
  const dialog = ui.getByRole('dialog', { name: 'Leave R-3 out of this run' });
  await dialog.getByLabel('Reason').pressSequentially('Paying in instalments');
  await dialog.getByLabel('Also block dunning until').pressSequentially('31/12/2026');
  await dialog.getByRole('button', { name: 'Leave out' }).click();
  await expect(rows).toHaveCount(2);
  await expect(ui.getByTestId('run-summary')).toHaveText('2 reminders · 1 invoices left out');

  // Raise Zoë straight to the second reminder: recorded as a manual change.
  await ui.getByRole('combobox', { name: 'Level: Bakkerij Zoë' }).click();
  await ui.getByRole('option', { name: '2. Second reminder' }).click();
  const zoeRow = rows.filter({ hasText: 'Bakkerij Zoë' });
  await expect(zoeRow).toContainText('Proposed: 1');
  await expect(ui.getByRole('combobox', { name: 'Channel: Bakkerij Zoë' })).toHaveValue('E-mail and post');

  await ui.getByRole('button', { name: 'Execute run' }).click();
  await ui.getByRole('dialog', { name: 'Execute this run?' }).getByRole('button', { name: 'Execute run' }).click();
  await expect(ui.getByText('Run executed: 2 reminders issued')).toBeVisible();
  await expect(ui.getByText('Last run: 23 Nov 2026, 2 reminders, by Anouk de Vries.')).toBeVisible();

  // Zoë's second reminder goes by e-mail and post: its letter is printed on the office printer, at 100 %.
  await ui.getByRole('button', { name: 'Print letters' }).click();
  const print = ui.getByRole('dialog', { name: 'Print the letters of this run' });
  await print.getByRole('combobox', { name: 'Printer' }).click();
  await ui.getByRole('option', { name: 'Reception' }).click();
  await print.getByRole('button', { name: 'Print' }).click();
  await expect(ui.getByText('1 letter printed')).toBeVisible();
  expect(shell.printed).toMatchObject([{ printer: 'Reception' }]);

  // The reminders overview: the e-mail still to deliver, with the contact it goes to; the letter is kept.
  await ui.getByRole('tab', { name: 'Reminders' }).click();
  const reminders = ui.getByTestId('reminder-row');
  await expect(reminders).toHaveCount(1);
  await expect(reminders).toContainText('IJzerhandel Øster');
  await expect(reminders).toContainText('ap@k2.example');
  await ui.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await ui.getByRole('button', { name: 'Mark delivered' }).click();
  await ui.getByRole('dialog', { name: 'Mark 1 reminder' }).getByRole('button', { name: 'Mark delivered' }).click();
  await expect(ui.getByText('1 reminder updated')).toBeVisible();
  await expect(reminders).toHaveCount(0);
  await ui.getByRole('combobox', { name: 'State' }).click();
  await ui.getByRole('option', { name: 'Delivered' }).click();
  await expect(reminders.filter({ hasText: 'Bakkerij Zoë' })).toContainText('2. Second reminder');
  await reminders.filter({ hasText: 'Bakkerij Zoë' }).getByRole('button', { name: 'Letter: Bakkerij Zoë' }).click();
  await expect.poll(() => shell.opened.at(-1) ?? '').toMatch(/letters\/rem_.*\.pdf$/);
  // Filtered by the run, which is the only one so far: the same reminders.
  const delivered = await reminders.count();
  await ui.getByRole('combobox', { name: 'Run' }).click();
  await ui.getByRole('option', { name: /^23 Nov 2026 \(\d+ reminders?\)$/ }).click();
  await expect(reminders).toHaveCount(delivered);

  // The blocks list names Müller's block, and no invoice is handed over yet; the receivables list and invoice view show Zoë's level.
  await ui.getByRole('tab', { name: 'Blocks' }).click();
  await expect(ui.getByTestId('block-row')).toContainText('Paying in instalments');
  await expect(ui.getByTestId('handover')).toContainText('No invoices handed over to a collection agency.');
  await expect(ui.getByRole('button', { name: 'Export for the collection agency' })).toBeDisabled();
  await ui.getByRole('button', { name: 'Receivables' }).click();
  await expect(ui.getByTestId('invoice-row').filter({ hasText: 'R-1' }).getByTestId('dunning-level')).toHaveText('Level 2 · 1×');
  await ui.getByTestId('invoice-row').filter({ hasText: 'R-1' }).click();
  const drawer = ui.getByRole('dialog', { name: 'Invoice R-1' });
  await expect(drawer.getByTestId('invoice-dunning')).toHaveText('Level 2 · 1× · Last reminded 23 Nov 2026');
  await ui.keyboard.press('Escape');

  // The card's Dunning tab: policy, block-free, and the history with its delivery.
  await ui.getByRole('button', { name: 'Customers' }).first().click();
  await ui.getByRole('row').filter({ hasText: 'Bakkerij Zoë' }).click();
  await ui.getByRole('tab', { name: 'Dunning' }).click();
  await expect(ui.getByTestId('history-row')).toContainText('Delivered');
  await expect(ui.getByTestId('history-row')).toContainText('ap@k1.example');

  // Ten days on: IJzerhandel's next level is a call; Zoë's final notice waits for its 14 days.
  clock.advanceDays(10);
  await openDunning(ui);
  await ui.getByRole('button', { name: 'Propose a run for 3 Dec 2026' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('IJzerhandel Øster');
  await ui.getByRole('button', { name: 'Execute run' }).click();
  await ui.getByRole('dialog', { name: 'Execute this run?' }).getByRole('button', { name: 'Execute run' }).click();
  await expect(ui.getByText('Run executed: 1 reminder issued')).toBeVisible();

  await ui.getByRole('tab', { name: 'Calls' }).click();
  const task = ui.getByTestId('call-task');
  await expect(task).toContainText('IJzerhandel Øster');
  await expect(task.getByRole('link', { name: /Call \+31 20 123 4567/ })).toHaveAttribute('href', 'tel:+31201234567');
  await task.getByRole('button', { name: 'Record outcome' }).click();
  const outcome = ui.getByRole('dialog', { name: 'Call with IJzerhandel Øster' });
  await outcome.getByLabel('Promised to pay by').pressSequentially('10/12/2026');
  await outcome.getByLabel('Note').pressSequentially('Pays on the 10th');
  await outcome.getByRole('button', { name: 'Save' }).click();
  await expect(ui.getByText('Call recorded')).toBeVisible();
  await expect(task).toHaveCount(0);

  await ui.getByRole('button', { name: 'Receivables' }).click();
  await ui.getByTestId('invoice-row').filter({ hasText: 'R-2' }).click();
  await expect(ui.getByRole('dialog', { name: 'Invoice R-2' })).toContainText('Pays on the 10th');
  await expect(ui.getByRole('dialog', { name: 'Invoice R-2' })).toContainText('10 Dec 2026');
});
