import type { Locator, Page } from '@playwright/test';
import type { MainApp } from '../../electron/app';
import * as de from '../../renderer/i18n/locales/de';
import * as en from '../../renderer/i18n/locales/en';
import { call } from '../shell/dispatch';
import { expect, test } from '../shell/fixtures';

const exact = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);

/** Bakkerij Zoë with one address, one contact, one link and invoice R-101, typed in before the test looks. */
async function seed(main: MainApp) {
  const zoe = await call<{ id: string }>(main, 'customers.create', {
    number: 'K1', name: 'Bakkerij Zoë', language: 'nl', country: 'NL', kind: 'business', paymentTermsDays: 30, creditLimitCents: null,
    street: 'Oudegracht 1', postcode: '3511 AB', city: 'Utrecht',
  });
  await call(main, 'addresses.add', { customerId: zoe.id, address: { kind: 'postal', street: 'Postbus 100', postcode: '1000 AA', city: 'Amsterdam', country: 'NL' } });
  await call(main, 'contacts.add', { customerId: zoe.id, contact: { name: 'Els Visser', roles: ['accounting'] } });
  await call(main, 'attachments.addLink', { customerId: zoe.id, name: 'Contract', url: 'https://example.com/contract' });
  return call<{ id: string }>(main, 'invoices.create', { number: 'R-101', customerId: zoe.id, issueDate: '2026-11-01', dueDate: '2026-12-01', amountCents: 10_000, openCents: 10_000 });
}

async function openCustomer(ui: Page, tab: string) {
  await ui.getByRole('button', { name: en.app.nav.customers }).first().click();
  await ui.getByRole('row').filter({ hasText: 'Bakkerij Zoë' }).click();
  await ui.getByRole('tab', { name: tab }).click();
}

const discard = (ui: Page) => ui.getByRole('dialog', { name: en.common.discard.title });

/** A click on the dimmed page beside a dialog, where no control sits. */
const clickOutside = (ui: Page) => ui.mouse.click(8, 690);

test('a form with changes asks before Escape, the cross or a click outside closes it; an untouched one closes at once', async ({ launch }) => {
  const { ui, main } = await launch();
  await seed(main);
  await openCustomer(ui, en.customers.tabs.contact);
  const form = ui.getByRole('dialog', { name: en.customers.addresses.addTitle });
  const street = form.getByLabel(exact(en.customers.fields.street));

  await ui.getByRole('button', { name: en.customers.addresses.add }).click();
  await ui.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(discard(ui)).toHaveCount(0);

  await ui.getByRole('button', { name: en.customers.addresses.add }).click();
  await street.fill('Markt 5');
  // Escape asks; keeping on returns to the form as it was.
  await ui.keyboard.press('Escape');
  await expect(discard(ui)).toBeVisible();
  await discard(ui).getByRole('button', { name: en.common.discard.keep }).click();
  await expect(discard(ui)).toBeHidden();
  await expect(street).toHaveValue('Markt 5');
  // The cross asks too, and Escape on the question means "keep editing", not "discard".
  await form.getByRole('button', { name: en.common.close }).click();
  await expect(discard(ui)).toBeVisible();
  await ui.keyboard.press('Escape');
  await expect(discard(ui)).toBeHidden();
  await expect(street).toHaveValue('Markt 5');
  // A click outside asks; discarding closes the form and keeps nothing of it.
  await clickOutside(ui);
  await discard(ui).getByRole('button', { name: en.common.discard.confirm }).click();
  await expect(form).toBeHidden();
  await expect(ui.getByTestId('address-row')).toHaveCount(2);
});

test('the invoice view asks before a typed comment is lost, and Escape in a dialog over it closes only that dialog', async ({ launch }) => {
  const { ui, main } = await launch();
  const r101 = await seed(main);
  await openCustomer(ui, en.customers.tabs.financial);
  await ui.getByTestId('invoice-row').filter({ hasText: 'R-101' }).click();
  const drawer = ui.getByRole('dialog', { name: 'Invoice R-101' });
  await drawer.getByLabel(en.invoices.dossier.comment).fill('Called, pays Friday');

  // A dialog opened from the drawer: its own changes are asked about, and the drawer stays.
  await drawer.getByRole('button', { name: 'Actions for invoice R-101' }).click();
  await ui.getByRole('menuitem', { name: en.invoices.dispute }).click();
  const dispute = ui.getByRole('dialog', { name: 'Dispute invoice R-101' });
  await dispute.getByLabel(exact(en.invoices.reason)).fill('Wrong quantity');
  await ui.keyboard.press('Escape');
  await discard(ui).getByRole('button', { name: en.common.discard.confirm }).click();
  await expect(dispute).toBeHidden();
  await expect(drawer).toBeVisible();
  await expect(drawer.getByLabel(en.invoices.dossier.comment)).toHaveValue('Called, pays Friday');

  await drawer.getByLabel(en.invoices.dossier.comment).focus();
  await ui.keyboard.press('Escape');
  await expect(discard(ui)).toBeVisible();
  await discard(ui).getByRole('button', { name: en.common.discard.keep }).click();
  await expect(discard(ui)).toBeHidden();
  await expect(drawer).toBeVisible();
  await clickOutside(ui);
  await discard(ui).getByRole('button', { name: en.common.discard.confirm }).click();
  await expect(drawer).toBeHidden();
  expect((await call<{ dossier: unknown[] }>(main, 'invoices.get', { id: r101.id })).dossier).toEqual([]);
});

test('a reminder text being edited is not lost to another tab or page: both ask first', async ({ launch }) => {
  const { ui } = await launch();
  await ui.getByRole('button', { name: en.app.nav.settings }).first().click();
  await ui.getByRole('tab', { name: en.policies.tabs.texts }).click();
  const body = ui.getByRole('textbox', { name: en.policies.texts.body });
  await body.click();
  await ui.keyboard.press('ControlOrMeta+End');
  await ui.keyboard.type('\nP.S. Thank you.');

  await ui.getByRole('tab', { name: en.policies.tabs.rates }).click();
  await discard(ui).getByRole('button', { name: en.common.discard.keep }).click();
  await expect(ui.getByRole('tab', { name: en.policies.tabs.texts })).toHaveAttribute('aria-selected', 'true');
  await expect(body).toHaveValue(/P\.S\. Thank you\.$/);

  // Another language opens another text: asked too.
  await ui.getByRole('combobox', { name: en.policies.texts.language }).click();
  await ui.getByRole('option', { name: en.common.languages.de }).click();
  await discard(ui).getByRole('button', { name: en.common.discard.keep }).click();
  await expect(body).toHaveValue(/P\.S\. Thank you\.$/);

  await ui.getByRole('button', { name: en.app.nav.customers }).first().click();
  await discard(ui).getByRole('button', { name: en.common.discard.confirm }).click();
  await expect(ui.getByRole('heading', { name: en.customers.title, exact: true })).toBeVisible();
});

/** Clicks a row's delete button, cancels, then deletes for real; the row is gone only after the confirmation. */
async function deleteAsked(ui: Page, rows: Locator, button: string, dialogName: string, confirm: string) {
  await expect(rows).toHaveCount(1);
  await ui.getByRole('button', { name: button }).click();
  const dialog = ui.getByRole('dialog', { name: dialogName });
  await dialog.getByRole('button', { name: en.common.cancel }).click();
  await expect(dialog).toBeHidden();
  await expect(rows).toHaveCount(1);
  await ui.getByRole('button', { name: button }).click();
  await dialog.getByRole('button', { name: confirm, exact: true }).click();
  await expect(rows).toHaveCount(0);
}

test('removing an address, a contact or a link asks first; cancelling keeps it', async ({ launch }) => {
  const { ui, main } = await launch();
  await seed(main);
  await openCustomer(ui, en.customers.tabs.contact);
  const postbus = 'Postbus 100, 1000 AA Amsterdam';
  await deleteAsked(ui, ui.getByTestId('address-row').filter({ hasText: 'Postbus 100' }), `Remove address ${postbus}`, `Remove address ${postbus}?`, en.customers.addresses.removeHint);
  await deleteAsked(ui, ui.getByTestId('contact-row'), 'Delete contact Els Visser', 'Delete contact Els Visser?', en.common.delete);
  await deleteAsked(ui, ui.getByTestId('attachment-row'), 'Remove Contract', 'Remove Contract?', en.attachments.remove);
  // The head office is not asked about: main refuses it at once and says why.
  await ui.getByRole('button', { name: 'Remove address Oudegracht 1, 3511 AB Utrecht' }).click();
  await expect(ui.getByRole('dialog')).toHaveCount(0);
  await expect(ui.getByTestId('address-row')).toHaveCount(1);
});

test('a first start on a German system comes up in German, roles typed in any language are German roles, and it stays German', async ({ launch }) => {
  let shell = await launch({ locale: 'de-DE' });
  let ui = shell.ui;
  await expect(ui.getByRole('heading', { name: de.customers.title, exact: true })).toBeVisible();
  await expect(ui.getByRole('button', { name: de.app.nav.customers }).first()).toBeVisible();
  await expect(ui.locator('html')).toHaveAttribute('lang', 'de');
  expect(await call<{ language: string }>(shell.main, 'settings.get', {})).toMatchObject({ language: 'de' });

  // The VAT hint shows a number of the customer's own country.
  await ui.getByRole('button', { name: de.customers.new }).click();
  const form = ui.getByRole('dialog', { name: de.customers.createTitle });
  await expect(form.getByText('z. B. NL004495445B01')).toBeVisible();
  await form.getByRole('combobox', { name: de.customers.fields.country }).click();
  await ui.getByRole('option', { name: 'Deutschland' }).click();
  await expect(form.getByText('z. B. DE136695976')).toBeVisible();
  await form.getByLabel(exact(de.customers.fields.name)).fill('Müller & Söhne GmbH');
  await form.getByRole('button', { name: de.common.save }).click();
  await expect(ui.getByRole('heading', { name: 'Müller & Söhne GmbH' })).toBeVisible();

  // The roles are suggested in German; one typed in French is the same role, shown in German.
  await ui.getByRole('button', { name: de.contacts.add }).click();
  const contact = ui.getByRole('dialog', { name: de.contacts.addTitle });
  await contact.getByLabel(exact(de.contacts.fields.name)).fill('Jean Dupont');
  const roles = contact.getByLabel(exact(de.contacts.fields.roles));
  await roles.click();
  for (const role of ['Buchhaltung', 'Einkauf', 'Geschäftsführung']) await expect(ui.getByRole('option', { name: role })).toBeVisible();
  await roles.fill('comptabilité');
  await roles.press('Enter');
  await expect(contact.locator('.mantine-Pill-label')).toHaveText(['Buchhaltung']);
  await contact.getByLabel(de.contacts.channelValue.replace('{{index}}', '1')).fill('030 123 4567');
  await contact.getByRole('button', { name: de.common.save }).click();
  await expect(ui.getByTestId('contact-row')).toContainText('Buchhaltung');
  await ui.getByRole('tab', { name: de.customers.tabs.dunning }).click();
  await expect(ui.getByTestId('dunning-contactPerson')).toContainText('Jean Dupont');
  await shell.close();

  // The first start only: on an English system later, the app stays as it was set up.
  shell = await launch({ locale: 'en-GB' });
  ui = shell.ui;
  await expect(ui.getByRole('heading', { name: de.customers.title, exact: true })).toBeVisible();
});
