import * as de from '../../renderer/i18n/locales/de';
import * as en from '../../renderer/i18n/locales/en';
import { expect, test } from '../shell/fixtures';

test('the app language is offered in each language’s own words, and choosing one switches the whole UI', async ({ launch }) => {
  const { ui } = await launch();
  await ui.getByRole('button', { name: en.app.nav.settings }).click();
  await ui.getByRole('combobox', { name: en.settings.language }).click();
  for (const name of ['Nederlands', 'English', 'Deutsch', 'Français']) await expect(ui.getByRole('option', { name })).toBeVisible();
  await ui.getByRole('option', { name: 'Deutsch' }).click();
  await expect(ui.getByRole('button', { name: de.app.nav.customers }).first()).toBeVisible();
  // In German, the picker still names every language in its own words.
  await ui.getByRole('combobox', { name: de.settings.language }).click();
  await expect(ui.getByRole('option', { name: 'Nederlands' })).toBeVisible();
});
