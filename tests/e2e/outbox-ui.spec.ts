import type { Page } from '@playwright/test';
import type { ReminderRow } from '../../shared/domain/dunning/records';
import { call } from '../shell/dispatch';
import { expect, test } from '../shell/fixtures';
import { COMPANY, debtors } from '../shell/office';
import { testSmtp, type TestSmtp } from '../shell/smtp';

let smtp: TestSmtp;
test.afterEach(async () => smtp?.close());

async function executeInUi(ui: Page): Promise<void> {
  await ui.getByRole('button', { name: 'Dunning', exact: true }).click();
  await ui.getByRole('tab', { name: 'Dunning run' }).click();
  await ui.getByRole('button', { name: 'Propose a run for 23 Nov 2026' }).click();
  await ui.getByRole('button', { name: 'Execute run' }).click();
  await ui.getByRole('dialog', { name: 'Execute this run?' }).getByRole('button', { name: 'Execute run' }).click();
  await expect(ui.getByText(/Run executed: \d+ reminders issued/)).toBeVisible();
}

test('Settings → E-mail, a run executed in the UI, its e-mails in the outbox and at the SMTP server, the reminders delivered', async ({ launch }) => {
  smtp = await testSmtp();
  const { ui, main, secrets } = await launch();
  await call(main, 'settings.update', { userName: 'Anouk de Vries', company: COMPANY });
  await debtors(main, ['Bakkerij Zoë', 'Müller & Söhne']);

  await ui.getByRole('button', { name: 'Settings' }).click();
  await ui.getByRole('tab', { name: 'E-mail' }).click();
  await ui.getByLabel('SMTP server').fill('127.0.0.1');
  await ui.getByRole('combobox', { name: 'Security' }).click();
  await ui.getByRole('option', { name: 'None (only for a server on this computer)' }).click();
  await ui.getByLabel('Port').fill(String(smtp.port));
  await ui.getByLabel('User name').fill('debiteuren');
  await ui.getByRole('textbox', { name: 'Password' }).fill('app-password-1');
  await ui.getByRole('button', { name: 'Save' }).click();
  await expect(ui.getByText('E-mail account saved')).toBeVisible();
  await expect(ui.getByText(/A password is saved/)).toBeVisible();
  // The password is with the secret store, never in the settings.
  expect(await secrets.get('smtp-password')).toBe('app-password-1');
  expect(JSON.stringify(await call(main, 'settings.get', {}))).not.toContain('app-password-1');

  // The test server takes no login: the account without a user sends the test message.
  await ui.getByLabel('User name').fill('');
  await ui.getByRole('button', { name: 'Save' }).click();
  await expect(ui.getByText('E-mail account saved')).toHaveCount(2);
  await ui.getByRole('button', { name: 'Send a test message' }).click();
  await expect(ui.getByText(/The server accepted the test message: 250 2\.0\.0 Ok/)).toBeVisible();
  expect(smtp.received.map((r) => r.mail.subject)).toEqual(['Debitum: test message']);

  await executeInUi(ui);
  await ui.getByRole('button', { name: 'Outbox' }).click();
  const rows = ui.getByTestId('outbox-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Bakkerij Zoë' })).toContainText('Sent');
  await expect(rows.filter({ hasText: 'Müller & Söhne' })).toContainText('Sent');
  await expect(rows.filter({ hasText: 'Müller & Söhne' })).toContainText('ap@k2.example');
  await expect(rows.first().getByLabel('Letter attached (PDF)')).toBeVisible();
  expect(smtp.received.slice(1).map((r) => r.envelopeTo[0]).sort()).toEqual(['ap@k1.example', 'ap@k2.example']);

  const reminders = (await call<{ rows: ReminderRow[] }>(main, 'dunning.reminders', {})).rows;
  expect(reminders.map((r) => [r.customerName, r.state, r.via]).sort()).toEqual([
    ['Bakkerij Zoë', 'delivered', 'email'],
    ['Müller & Söhne', 'delivered', 'email'],
  ]);
});

test('an uncertain e-mail is shown with its warning; the user marks one sent and sends the other again', async ({ launch }) => {
  smtp = await testSmtp('drop_after_data');
  const { ui, main } = await launch();
  await call(main, 'settings.update', { userName: 'Anouk de Vries', company: COMPANY, mail: { host: '127.0.0.1', port: smtp.port, security: 'none', user: '', fromName: '', fromAddress: '' } });
  await debtors(main, ['Bakkerij Zoë', 'IJzerhandel Øster']);
  await executeInUi(ui);

  await ui.getByRole('button', { name: 'Outbox' }).click();
  await expect(ui.getByTestId('uncertain-alert')).toContainText('Messages that need your decision: 2.');
  const rows = ui.getByTestId('outbox-row');
  await expect(rows.filter({ hasText: 'Uncertain' })).toHaveCount(2);
  smtp.mode = 'accept';

  await ui.getByRole('button', { name: 'Mark as sent: Bakkerij Zoë' }).click();
  await expect(rows.filter({ hasText: 'Bakkerij Zoë' })).toContainText('Confirmed by hand');
  await ui.getByRole('button', { name: 'Send again: IJzerhandel Øster' }).click();
  const dialog = ui.getByRole('dialog', { name: 'Send this e-mail again?' });
  await expect(dialog).toContainText('IJzerhandel Øster gets the reminder twice');
  await dialog.getByRole('button', { name: 'Send again' }).click();
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'Replaced by attempt 2' })).toHaveCount(1);
  await expect.poll(() => smtp.received.length).toBe(1);
  await expect(rows.filter({ hasText: 'IJzerhandel Øster' }).getByText('Sent', { exact: true })).toBeVisible();
  await expect(ui.getByTestId('uncertain-alert')).toHaveCount(0);
});
