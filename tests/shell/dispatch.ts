import type { Page } from '@playwright/test';
import type { MainApp } from '../../electron/app';
import type { Translation } from '../../renderer/i18n/locales/translation';
import { UI_ORIGIN } from './shell';

const trusted = { trusted: true, url: UI_ORIGIN };

/** Calls a channel as the app's own UI would, for a test's setup and checks; a refusal fails the test. */
export async function call<T>(main: MainApp, channel: string, input: unknown): Promise<T> {
  const r = await main.dispatch(channel, input, trusted);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** Opens a customer's Settings tab as a user does, in whatever language the texts are. */
export async function openCustomerSettings(ui: Page, texts: Translation, name: string): Promise<void> {
  await ui.getByRole('button', { name: texts.app.nav.customers }).first().click();
  await ui.getByRole('row').filter({ hasText: name }).click();
  await ui.getByRole('tab', { name: texts.customers.tabs.settings }).click();
}
