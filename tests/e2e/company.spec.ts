import { readFileSync } from 'node:fs';
import { pdfText } from '../documents/poppler';
import { call } from '../shell/dispatch';
import { expect, test } from '../shell/fixtures';
import type { Settings } from '../../shared/settings';

test('Settings → Company: what letters need is named until filled in, a wrong IBAN is refused on its field, the logo must be an image', async ({ launch }) => {
  const shell = await launch();
  const { ui, main } = shell;
  await ui.getByRole('button', { name: 'Settings' }).first().click();
  await ui.getByRole('tab', { name: 'Company' }).click();
  await expect(ui.getByTestId('company-missing')).toContainText('Company name, Street and number, Postcode, City');

  const field = (label: string) => ui.getByRole('textbox', { name: label, exact: true });
  await field('Company name').pressSequentially('Ærø Incasso B.V.');
  await field('Chamber of Commerce / enterprise no.').pressSequentially('12345678');
  await field('Street and number').pressSequentially('Keizersgracht 123');
  await field('Postcode').pressSequentially('1015 CJ');
  await field('City').pressSequentially('Amsterdam');
  await field('Country (NL, BE, DE …)').pressSequentially('NL');
  await field('E-mail').pressSequentially('debiteuren@aero.example');
  await field('IBAN').pressSequentially('NL91 ABNA 0417 1643 01');
  await ui.getByRole('button', { name: 'Save' }).click();
  await expect(field('IBAN')).toHaveAccessibleDescription(/Not a valid IBAN/);
  expect((await call<Settings>(main, 'settings.get', {})).company.legalName).toBe('');

  await field('IBAN').fill('');
  await field('IBAN').pressSequentially('NL91 ABNA 0417 1643 00');
  await ui.getByRole('button', { name: 'Save' }).click();
  await expect(ui.getByTestId('company-missing')).toHaveCount(0);
  expect((await call<Settings>(main, 'settings.get', {})).company).toMatchObject({ legalName: 'Ærø Incasso B.V.', iban: 'NL91ABNA0417164300' });

  const chooser = ui.waitForEvent('filechooser');
  await ui.getByRole('button', { name: 'Add a logo' }).click();
  await (await chooser).setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('this is no image') });
  await expect(ui.getByText('The logo file is not a PNG or JPEG image')).toBeVisible();

  await ui.getByRole('combobox', { name: 'Envelope window' }).click();
  await ui.getByRole('option', { name: 'DIN 5008 form A (high window)' }).click();
  await ui.getByRole('button', { name: 'Print a calibration page' }).click();
  await expect.poll(() => shell.opened.at(-1) ?? '').toMatch(/calibration\.pdf$/);
  expect(readFileSync(shell.opened.at(-1)!).subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfText(shell.opened.at(-1)!)).toContain('Address field: x 20 mm, y 27 mm, 85 × 45 mm');
});
