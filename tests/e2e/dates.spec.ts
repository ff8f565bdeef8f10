import * as de from '../../renderer/i18n/locales/de';
import * as en from '../../renderer/i18n/locales/en';
import * as fr from '../../renderer/i18n/locales/fr';
import * as nl from '../../renderer/i18n/locales/nl';
import { call, openCustomerSettings } from '../shell/dispatch';
import { expect, test } from '../shell/fixtures';

/** Typed key by key, day first as European offices write dates; a native input once turned 2 Nov into 11 Feb. */
const cases = [
  { lang: 'nl', texts: nl, typed: '02112026', shown: '02-11-2026' },
  { lang: 'nl', texts: nl, typed: '2-11-26', shown: '02-11-2026' },
  { lang: 'de', texts: de, typed: '2.11.2026', shown: '02.11.2026' },
  { lang: 'fr', texts: fr, typed: '02/11/2026', shown: '02/11/2026' },
  { lang: 'en', texts: en, typed: '2/11/2026', shown: '02/11/2026' },
] as const;

for (const c of cases) {
  test(`a date typed as "${c.typed}" in ${c.lang} is 2 November 2026`, async ({ launch }) => {
    const { ui, main } = await launch();
    await call(main, 'settings.update', { language: c.lang });
    const customer = await call<{ id: string }>(main, 'customers.create', { number: 'K1', name: 'Bäckerei Zoë', language: c.lang, country: 'NL', kind: 'business', paymentTermsDays: 30, creditLimitCents: null });
    await ui.reload();
    await openCustomerSettings(ui, c.texts, 'Bäckerei Zoë');

    const paused = ui.getByRole('textbox', { name: c.texts.customers.settingsTab.pausedUntil });
    await expect(paused).toHaveAttribute('placeholder', c.texts.common.datePlaceholder);
    await paused.click();
    await ui.keyboard.type(c.typed);
    await ui.keyboard.press('Tab');
    await expect(paused).toHaveValue(c.shown);
    await ui.getByRole('button', { name: c.texts.common.save }).click();
    await expect.poll(async () => (await call<{ customer: { dunningPausedUntil: string | null } }>(main, 'customers.get', { id: customer.id })).customer.dunningPausedUntil).toBe('2026-11-02');
  });
}

test('a date that names no day is refused by name and nothing is saved; the calendar picks one in the language', async ({ launch }) => {
  const { ui, main } = await launch();
  await call(main, 'settings.update', { language: 'nl' });
  const customer = await call<{ id: string }>(main, 'customers.create', { number: 'K1', name: 'Bakkerij Zoë', language: 'nl', country: 'NL', kind: 'business', paymentTermsDays: 30, creditLimitCents: null });
  await ui.reload();
  await openCustomerSettings(ui, nl, 'Bakkerij Zoë');
  const paused = ui.getByRole('textbox', { name: nl.customers.settingsTab.pausedUntil });
  await paused.fill('31-02-2026');
  await ui.getByRole('button', { name: nl.common.save }).click();
  await expect(ui.getByText(nl.errors.date)).toBeVisible();
  expect((await call<{ customer: { dunningPausedUntil: string | null } }>(main, 'customers.get', { id: customer.id })).customer.dunningPausedUntil).toBeNull();

  await paused.fill('');
  await ui.getByRole('button', { name: nl.common.openCalendar }).click();
  // The calendar opens on the business month, in Dutch, weeks starting on Monday.
  await expect(ui.getByText('november 2026')).toBeVisible();
  await ui.getByRole('button', { name: '27 november 2026' }).click();
  await expect(paused).toHaveValue('27-11-2026');
});
