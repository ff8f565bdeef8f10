import * as de from '../../renderer/i18n/locales/de';
import * as en from '../../renderer/i18n/locales/en';
import * as fr from '../../renderer/i18n/locales/fr';
import * as nl from '../../renderer/i18n/locales/nl';
import { call, openCustomerSettings } from '../shell/dispatch';
import { expect, test } from '../shell/fixtures';

/**
 * What was typed, key by key, in which language, what the field then shows and what must be saved. A Dutch "5.000"
 * once became € 5,00; the amount a person means must be saved, and a reading that could fool them is shown back.
 */
const cases = [
  { lang: 'nl', texts: nl, typed: '5.000', cents: 500_000, shown: '5.000,00', warning: null },
  { lang: 'nl', texts: nl, typed: '1.250,50', cents: 125_050, shown: '1.250,50', warning: null },
  { lang: 'nl', texts: nl, typed: '12.50', cents: 1_250, shown: '12,50', warning: null },
  { lang: 'nl', texts: nl, typed: '5,000', cents: 500_000, shown: '5,000', warning: 'Gelezen als € 5.000,00 — controleer of u dit bedoelt' },
  { lang: 'de', texts: de, typed: '12,5', cents: 1_250, shown: '12,50', warning: null },
  { lang: 'de', texts: de, typed: '2.500', cents: 250_000, shown: '2.500,00', warning: null },
  { lang: 'fr', texts: fr, typed: '5 000', cents: 500_000, shown: '5\u202f000,00', warning: null },
  { lang: 'en', texts: en, typed: '5.000', cents: 500_000, shown: '5.000', warning: 'Read as €5,000.00 — check this is what you meant' },
  { lang: 'en', texts: en, typed: '12.50', cents: 1_250, shown: '12.50', warning: null },
] as const;

for (const c of cases) {
  test(`credit limit typed as "${c.typed}" in ${c.lang} is saved as ${c.cents / 100}`, async ({ launch }) => {
    const { ui, main } = await launch();
    await call(main, 'settings.update', { language: c.lang });
    const customer = await call<{ id: string }>(main, 'customers.create', { number: 'K1', name: 'Bäckerei Zoë', language: c.lang, country: 'NL', kind: 'business', paymentTermsDays: 30, creditLimitCents: null });
    await ui.reload();
    await openCustomerSettings(ui, c.texts, 'Bäckerei Zoë');

    const limit = ui.getByRole('textbox', { name: c.texts.customers.fields.creditLimit });
    await limit.click();
    await ui.keyboard.type(c.typed);
    if (c.warning) await expect(ui.getByTestId('amount-read-as')).toHaveText(c.warning);
    else await expect(ui.getByTestId('amount-read-as')).toHaveCount(0);
    // Leaving the field writes the amount in the language's notation, unless it was ambiguous: then it stays as typed.
    await ui.keyboard.press('Tab');
    await expect(limit).toHaveValue(c.shown);
    await ui.getByRole('button', { name: c.texts.common.save }).click();
    await expect.poll(async () => (await call<{ customer: { creditLimitCents: number | null } }>(main, 'customers.get', { id: customer.id })).customer.creditLimitCents).toBe(c.cents);
  });
}
