import { call } from '../shell/dispatch';
import { expect, test } from '../shell/fixtures';
import { COMPANY, smsPolicy, textDebtors } from '../shell/office';
import { GATEWAY_SECRET, testGateway, type TestGateway } from '../shell/sms-gateway';

let gateway: TestGateway;
test.afterEach(async () => gateway?.close());

test('Settings → SMS, a test SMS, a run with an SMS level executed in the UI: the SMS at the gateway, in the outbox, the reminders delivered', async ({ launch }) => {
  gateway = await testGateway();
  const { ui, main, secrets } = await launch();
  await call(main, 'settings.update', { userName: 'Anouk de Vries', company: COMPANY });
  const debtors = await textDebtors(main, ['Bakkerij Zoë', 'Müller & Söhne']);
  await smsPolicy(main, debtors.map((d) => d.id));

  await ui.getByRole('button', { name: 'Settings' }).click();
  await ui.getByRole('tab', { name: 'SMS' }).click();
  await ui.getByRole('combobox', { name: 'Gateway' }).click();
  await ui.getByRole('option', { name: 'Spryng' }).click();
  await ui.getByLabel('Sender').fill('Incasso Zuid B.V.');
  await ui.getByRole('textbox', { name: 'API key' }).fill(GATEWAY_SECRET);
  await ui.getByLabel('Address (URL)').fill(gateway.url('spryng'));
  await expect(ui.getByText('Empty: the gateway’s own address, https://rest.spryngsms.com/v1/messages')).toBeVisible();
  await ui.getByRole('button', { name: 'Save' }).click();
  // Refused by field and reason, and nothing saved: not even the key.
  await expect(ui.getByText('A sender is 3 to 11 letters and digits, or a phone number with its country code (+31…)').first()).toBeVisible();
  expect(await secrets.get('sms-secret')).toBeNull();

  await ui.getByLabel('Sender').fill('IncassoZuid');
  await ui.getByRole('button', { name: 'Save' }).click();
  await expect(ui.getByText('SMS gateway saved')).toBeVisible();
  await expect(ui.getByText(/A key is saved/)).toBeVisible();
  expect(await secrets.get('sms-secret')).toBe(GATEWAY_SECRET);
  expect(JSON.stringify(await call(main, 'settings.get', {}))).not.toContain(GATEWAY_SECRET);

  // The test SMS: its length as it is typed, a landline refused by name, then a mobile.
  const length = ui.getByTestId('sms-settings').getByTestId('sms-length');
  await expect(length).toHaveText('74 characters, GSM 7-bit: 1 SMS');
  await ui.getByLabel('Text of the test SMS').fill('Test van Debitum voor Zoë');
  await expect(length).toHaveText('25 characters, Unicode (a character outside the GSM alphabet, such as ë or ł): 1 SMS');
  await ui.getByLabel('Send a test SMS to').fill('030 123 4567');
  await ui.getByRole('button', { name: 'Send a test SMS' }).click();
  await expect(ui.getByText('Not a mobile number: an SMS cannot go to a landline').first()).toBeVisible();
  await ui.getByLabel('Send a test SMS to').fill('06 12345678');
  await ui.getByRole('button', { name: 'Send a test SMS' }).click();
  await expect(ui.getByText('The gateway took the test SMS to +31612345678: HTTP 200, message id spryng-1')).toBeVisible();
  expect(gateway.received.map((r) => [r.to, r.text])).toEqual([['+31612345678', 'Test van Debitum voor Zoë']]);

  await ui.getByRole('button', { name: 'Dunning', exact: true }).click();
  await ui.getByRole('tab', { name: 'Dunning run' }).click();
  await ui.getByRole('button', { name: 'Propose a run for 23 Nov 2026' }).click();
  await ui.getByRole('button', { name: 'Execute run' }).click();
  await ui.getByRole('dialog', { name: 'Execute this run?' }).getByRole('button', { name: 'Execute run' }).click();
  await expect(ui.getByText('Run executed: 2 reminders issued', { exact: false })).toBeVisible();

  await ui.getByRole('button', { name: 'Outbox' }).click();
  const rows = ui.getByTestId('outbox-row');
  await expect(rows).toHaveCount(2);
  for (const d of debtors) {
    const row = rows.filter({ hasText: d.name });
    await expect(row).toContainText('Sent');
    await expect(row).toContainText(`+3161000000${d.number.slice(1)}`);
    await expect(row.getByTestId('sms-length')).toHaveText(/^\d+ characters, GSM 7-bit: 2 SMS$/);
    await expect(row.getByRole('button', { name: /Open \.eml/ })).toHaveCount(0);
  }
  expect(gateway.received.slice(1).map((r) => r.to).sort()).toEqual(['+31610000001', '+31610000002']);

  await ui.getByRole('button', { name: 'Dunning', exact: true }).click();
  await ui.getByRole('tab', { name: 'Reminders' }).click();
  await ui.getByRole('combobox', { name: 'State' }).click();
  await ui.getByRole('option', { name: 'Delivered' }).click();
  const reminders = ui.getByTestId('reminder-row');
  await expect(reminders).toHaveCount(2);
  for (const d of debtors) await expect(reminders.filter({ hasText: d.name })).toContainText(/SMS.*Delivered/);

  // The reminder texts' preview shows the SMS as the customer reads it, with its length and parts.
  await ui.getByRole('button', { name: 'Settings' }).click();
  await ui.getByRole('tab', { name: 'Reminder texts' }).click();
  await expect(ui.getByTestId('text-preview').getByTestId('sms-length')).toHaveText(/^\d+ characters, (GSM 7-bit|Unicode .*): \d SMS$/);
});
