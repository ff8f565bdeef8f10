import type { Page } from '@playwright/test';
import * as en from '../../renderer/i18n/locales/en';
import * as nl from '../../renderer/i18n/locales/nl';
import type { Translation } from '../../renderer/i18n/locales/translation';
import type { DunningPolicy } from '../../shared/domain/dunning/policy';
import { call } from '../shell/dispatch';
import { expect, test } from '../shell/fixtures';

const cell = (texts: Translation, field: string, n: number) => texts.policies.levels.cell.replace('{{field}}', field).replace('{{n}}', String(n));

async function openPolicies(ui: Page, texts: Translation = en): Promise<void> {
  await ui.getByRole('button', { name: texts.app.nav.settings }).first().click();
  await ui.getByRole('tab', { name: texts.policies.tabs.policies }).click();
  await expect(ui.getByTestId('policy-row')).toHaveCount(6);
}

async function copyPolicy(ui: Page, source: string, texts: Translation = en): Promise<void> {
  await ui.getByRole('button', { name: texts.policies.list.copy }).click();
  await ui.getByRole('menuitem', { name: source, exact: true }).click();
  await expect(ui.getByTestId('levels-table')).toBeVisible();
}

/** Replaces a field's text as a user does: click, select all, type. */
async function retype(ui: Page, field: ReturnType<Page['getByRole']>, text: string): Promise<void> {
  await field.click();
  await ui.keyboard.press('ControlOrMeta+A');
  await ui.keyboard.type(text);
}

async function choose(ui: Page, label: string, option: string): Promise<void> {
  await ui.getByRole('combobox', { name: label, exact: true }).click();
  await ui.getByRole('option', { name: option, exact: true }).click();
}

const levelNames = (ui: Page, texts: Translation = en) =>
  ui.getByTestId('level-row').evaluateAll((rows, label) => rows.map((r) => (r.querySelector(`input[aria-label^="${label}"]`) as HTMLInputElement).value), texts.policies.levels.name);

test('a policy made from a copy, its levels reordered by keyboard, is saved under its own id and listed', async ({ launch }) => {
  const { ui, main } = await launch();
  await openPolicies(ui);
  await copyPolicy(ui, 'NL business');
  const name = ui.getByRole('textbox', { name: en.policies.editor.name, exact: true });
  await expect(name).toHaveValue('NL business (copy)');
  await retype(ui, name, 'Bouw – zakelijk');
  await expect(ui.getByTestId('level-counts-from').first()).toHaveText(en.policies.levels.afterDue);

  // Level 2 down, by keyboard: the focus stays on the moved level's button, so Enter again would move it further.
  await ui.getByRole('button', { name: 'Move level 2 down' }).focus();
  await ui.keyboard.press('Enter');
  expect(await levelNames(ui)).toEqual(['Reminder', 'Final notice', 'Second reminder']);
  await expect(ui.getByRole('button', { name: 'Move level 3 up' })).toBeFocused();
  await ui.keyboard.press('Enter');
  expect(await levelNames(ui)).toEqual(['Reminder', 'Second reminder', 'Final notice']);
  await ui.getByRole('button', { name: 'Move level 3 up' }).click();
  await ui.getByRole('button', { name: 'Move level 2 up' }).click();
  expect(await levelNames(ui)).toEqual(['Final notice', 'Reminder', 'Second reminder']);
  await expect(ui.getByTestId('level-counts-from').nth(1)).toHaveText(en.policies.levels.afterDelivered);

  await ui.getByRole('button', { name: en.policies.levels.add }).click();
  await retype(ui, ui.getByRole('textbox', { name: cell(en, 'Name', 4) }), 'Belafspraak');
  await choose(ui, cell(en, 'Channel', 4), 'Phone task');
  await ui.getByRole('button', { name: 'Save' }).click();

  await expect(ui.getByTestId('policy-row')).toHaveCount(7);
  const row = ui.getByTestId('policy-row').filter({ hasText: 'Bouw – zakelijk' });
  await expect(row).toContainText(en.policies.list.own);
  await expect(row.getByRole('cell').nth(3)).toHaveText('4');
  const saved = (await call<DunningPolicy[]>(main, 'policies.list', {})).find((p) => p.name === 'Bouw – zakelijk')!;
  expect(saved.id).toBe('bouw-zakelijk');
  // Level ids stay with their levels (so the shipped texts still apply); the new level takes one from its name.
  expect(saved.levels.map((l) => l.id)).toEqual(['final', 'polite', 'firm', 'belafspraak']);
  expect(saved.levels[3]!.channel).toBe('phone');
});

test('a Belgian consumer policy with costs on level 1 is refused naming the level and the rule, and nothing is saved', async ({ launch }) => {
  const { ui, main } = await launch();
  await openPolicies(ui);
  await copyPolicy(ui, 'BE consumer');
  await retype(ui, ui.getByRole('textbox', { name: en.policies.editor.name, exact: true }), 'Particulieren Vlaanderen');
  await choose(ui, cell(en, 'Costs', 1), 'Fixed amount');
  await retype(ui, ui.getByRole('textbox', { name: cell(en, 'Costs excl. VAT', 1) }), '7,50');
  await ui.getByRole('button', { name: 'Save' }).click();

  const refusals = ui.getByTestId('policy-refusals');
  await expect(refusals).toContainText('Level 1 · Costs: The first reminder to a Belgian consumer must be free: no costs, no interest');
  // The rule shows on the field it names too.
  const costs = ui.getByRole('combobox', { name: cell(en, 'Costs', 1), exact: true });
  await expect(costs).toHaveAttribute('aria-invalid', 'true');
  expect((await call<DunningPolicy[]>(main, 'policies.list', {})).map((p) => p.name)).not.toContain('Particulieren Vlaanderen');

  // Made free again, it is saved.
  await choose(ui, cell(en, 'Costs', 1), 'None');
  await ui.getByRole('button', { name: 'Save' }).click();
  await expect(ui.getByTestId('policy-row').filter({ hasText: 'Particulieren Vlaanderen' })).toBeVisible();
  const saved = (await call<DunningPolicy[]>(main, 'policies.list', {})).find((p) => p.name === 'Particulieren Vlaanderen')!;
  expect(saved).toMatchObject({ id: 'particulieren-vlaanderen', law: { country: 'BE', kind: 'consumer' } });
  expect(saved.levels[0]!.costs).toEqual({ kind: 'none' });
});

test('a shipped policy edited shows as edited and can be reset; an own one in use cannot be deleted', async ({ launch }) => {
  const { ui, main } = await launch();
  await openPolicies(ui);
  await ui.getByRole('button', { name: 'Edit DE business' }).click();
  await retype(ui, ui.getByRole('textbox', { name: cell(en, 'Days', 1) }), '10');
  await ui.getByRole('button', { name: 'Save' }).click();
  const row = ui.getByTestId('policy-row').filter({ hasText: 'DE business' });
  await expect(row).toContainText(en.policies.list.edited);
  await ui.getByRole('button', { name: 'Reset DE business to shipped' }).click();
  await ui.getByRole('dialog').getByRole('button', { name: en.policies.list.resetConfirm }).click();
  await expect(row).not.toContainText(en.policies.list.edited);
  expect((await call<DunningPolicy[]>(main, 'policies.list', {})).find((p) => p.id === 'de-business')!.levels[0]!.days).toBe(7);

  const { shipped: _s, edited: _e, customers: _c, ...own } = (await call<(DunningPolicy & { shipped: boolean; edited: boolean; customers: number })[]>(main, 'policies.list', {})).find((p) => p.id === 'nl-business')!;
  await call(main, 'policies.save', { ...own, id: 'eigen', name: 'Eigen beleid' });
  const customer = await call<{ id: string }>(main, 'customers.create', { number: 'K1', name: 'Jansen BV', language: 'nl', country: 'NL', kind: 'business', paymentTermsDays: 30, creditLimitCents: null });
  await call(main, 'dunning.setCustomer', { customerId: customer.id, policyId: 'eigen', directDebit: false });
  await ui.getByRole('button', { name: 'Delete Eigen beleid' }).click();
  await ui.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(ui.getByText(en.errors.dunning.policyInUse_one.replace('{{count}}', '1'))).toBeVisible();
  await expect(ui.getByTestId('policy-row').filter({ hasText: 'Eigen beleid' })).toContainText('1');
});

test('in Dutch: the 14-day letter column shows for Dutch consumers, and costs before it are refused in Dutch', async ({ launch }) => {
  const { ui, main } = await launch();
  await call(main, 'settings.update', { language: 'nl' });
  await ui.reload();
  await openPolicies(ui, nl);
  await copyPolicy(ui, 'NL consument', nl);
  await expect(ui.getByRole('columnheader', { name: nl.policies.levels.fourteenDayLetter })).toBeVisible();
  await choose(ui, cell(nl, 'Kosten', 1), 'Wettelijke incassokosten');
  await ui.getByRole('button', { name: 'Opslaan' }).click();
  await expect(ui.getByTestId('policy-refusals')).toContainText(`Niveau 1 · Kosten: ${nl.errors.dunning.nlConsumerCostsBeforeLetter}`);
  expect(await call<unknown[]>(main, 'policies.list', {})).toHaveLength(6);

  // Under Belgian law the Dutch 14-day letter is no rule, so its column goes.
  await choose(ui, nl.policies.editor.country, 'België');
  await expect(ui.getByRole('columnheader', { name: nl.policies.levels.fourteenDayLetter })).toBeHidden();
});

type TextRow = { levelId: string; profile: string; body: string; custom: boolean };

test('a text with {{foo}} is refused naming foo; a placeholder clicked in the list lands at the cursor and shows in the preview', async ({ launch }) => {
  const { ui, main } = await launch();
  await ui.getByRole('button', { name: en.app.nav.settings }).first().click();
  await ui.getByRole('tab', { name: en.policies.tabs.texts }).click();
  await expect(ui.getByRole('combobox', { name: en.policies.texts.level })).toHaveValue('Reminder (polite)');
  await expect(ui.getByTestId('text-state')).toContainText(en.policies.texts.shippedText);

  const body = ui.getByRole('textbox', { name: en.policies.texts.body });
  await body.click();
  await ui.keyboard.press('ControlOrMeta+End');
  await ui.keyboard.type('\nP.S. {{foo}}');
  await ui.getByRole('button', { name: 'Save' }).click();
  await expect(ui.getByText('Unknown placeholder foo')).toBeVisible();
  await expect(body).toHaveAttribute('aria-invalid', 'true');
  const stored = async () => (await call<TextRow[]>(main, 'policies.texts', { language: 'en' })).find((x) => x.levelId === 'polite' && x.profile === 'standard')!;
  expect((await stored()).custom).toBe(false);

  await body.click();
  await ui.keyboard.press('ControlOrMeta+A');
  await ui.keyboard.type('{{salutation}}\n\nPlease pay  by {{payBy}}.\n\nKind regards,\n{{company.name}}');
  // The cursor goes back to between the two spaces, where the clicked placeholder goes.
  for (let i = 0; i < 'by {{payBy}}.\n\nKind regards,\n{{company.name}}'.length + 1; i++) await ui.keyboard.press('ArrowLeft');
  await ui.getByRole('button', { name: 'Insert totalDue' }).click();
  await expect(body).toHaveValue('{{salutation}}\n\nPlease pay {{totalDue}} by {{payBy}}.\n\nKind regards,\n{{company.name}}');
  await expect(ui.getByTestId('text-preview')).toContainText('Please pay €1,302.34 by 7 Dec 2026.');
  await ui.getByRole('button', { name: 'Save' }).click();
  await expect(ui.getByTestId('text-state')).toContainText(en.policies.texts.custom);
  expect(await stored()).toMatchObject({ custom: true, body: '{{salutation}}\n\nPlease pay {{totalDue}} by {{payBy}}.\n\nKind regards,\n{{company.name}}' });

  await ui.getByRole('button', { name: en.policies.texts.reset }).click();
  await expect(ui.getByTestId('text-state')).toContainText(en.policies.texts.shippedText);
  expect((await stored()).custom).toBe(false);
});

test('a newly published rate is added from its start date and shown as added; a wrong one is refused on its field', async ({ launch }) => {
  const { ui } = await launch();
  await ui.getByRole('button', { name: en.app.nav.settings }).first().click();
  await ui.getByRole('tab', { name: en.policies.tabs.rates }).click();
  const german = ui.getByTestId('rate-table-de-base');
  await expect(german.getByTestId('rate-row').first()).toContainText('1 Jan 2026');
  await expect(ui.getByTestId('rate-table-nl-consumer').getByTestId('rate-row').filter({ hasText: '1 Jul 2025' })).toContainText(en.policies.rates.unconfirmed);

  await choose(ui, en.policies.rates.table, 'Germany · base rate');
  await retype(ui, ui.getByRole('textbox', { name: en.policies.rates.start }), '01012019');
  await retype(ui, ui.getByRole('textbox', { name: en.policies.rates.pctInput }), '1,52');
  await ui.getByRole('button', { name: en.policies.rates.addButton }).click();
  await expect(ui.getByText('A new rate must start after 1 Jan 2023')).toBeVisible();

  await retype(ui, ui.getByRole('textbox', { name: en.policies.rates.start }), '01072026');
  await retype(ui, ui.getByRole('textbox', { name: en.policies.rates.pctInput }), 'twee');
  await ui.getByRole('button', { name: en.policies.rates.addButton }).click();
  await expect(ui.getByText(en.errors.rate.pct)).toBeVisible();

  await retype(ui, ui.getByRole('textbox', { name: en.policies.rates.pctInput }), '1,52');
  await ui.getByRole('button', { name: en.policies.rates.addButton }).click();
  const added = german.getByTestId('rate-row').first();
  await expect(added).toContainText('1 Jul 2026');
  await expect(added).toContainText('1.52%');
  await expect(added).toContainText(en.policies.rates.added);
  await expect(added).toContainText(en.policies.rates.current);
});

test('the text preview for a chosen customer shows its own overdue invoice, amount and dunning contact', async ({ launch }) => {
  const { ui, main } = await launch();
  await call(main, 'settings.update', { company: { legalName: 'Ærø Incasso B.V.', email: 'ar@aero.example', iban: 'NL91ABNA0417164300' } });
  const c = await call<{ id: string }>(main, 'customers.create', { number: 'K7', name: 'Bakkerij Zoë', language: 'en', country: 'NL', kind: 'business', paymentTermsDays: 30, creditLimitCents: null });
  await call(main, 'contacts.add', { customerId: c.id, contact: { name: 'Els Łukasik', roles: ['accounting'] } });
  await call(main, 'invoices.create', { number: 'F-777', customerId: c.id, issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 54_321, openCents: 54_321 });
  await ui.getByRole('button', { name: en.app.nav.settings }).first().click();
  await ui.getByRole('tab', { name: en.policies.tabs.texts }).click();
  const preview = ui.getByTestId('text-preview');
  await preview.getByRole('combobox', { name: en.policies.texts.previewFor }).fill('Zoë');
  await ui.getByRole('option', { name: /Bakkerij Zoë/ }).click();
  await expect(preview).toContainText(en.policies.texts.previewReal);
  await expect(preview).toContainText('F-777');
  await expect(preview).toContainText('€543.21');
  await expect(preview).toContainText('Dear Els Łukasik,');
});
