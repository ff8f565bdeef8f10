import { Alert, Button, FileButton, Group, Paper, Select, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { type Company, missingForLetters } from '../../../shared/domain/documents/company';
import { windowProfilePresets, type WindowPreset } from '../../../shared/domain/documents/window-profiles';
import type { Settings } from '../../../shared/settings';
import { api, callChannel, unwrap, useChannel } from '../../api';
import { toBase64 } from '../../app/base64';
import { useErrorText } from '../../app/errors';
import { useUnsavedChanges } from '../../app/discard';

type Field = Exclude<keyof Company, 'logo'>;
const groups: Field[][] = [
  ['legalName', 'registrationNumber', 'vatNumber'],
  ['street', 'postcode', 'city', 'country'],
  ['phone', 'email', 'website'],
  ['iban', 'bic'],
  ['signatureName', 'signatureFunction', 'footerLine'],
];

function useCompanyActions() {
  const { t } = useTranslation();
  const errors = useErrorText();
  const fail = (e: unknown) => notifications.show({ color: 'red', title: t('errors.title'), message: errors.message(e) });
  return {
    errors,
    fail,
    save: (patch: Partial<Settings>) => unwrap(api().settings.update(patch)),
    logo: async (file: File | null) => {
      try {
        await unwrap(callChannel('documents.setLogo', { file: file && { name: file.name, contentBase64: await toBase64(file) } }));
        notifications.show({ color: 'teal', message: t('common.saved') });
      } catch (e) {
        fail(e);
      }
    },
    calibration: () => unwrap(callChannel('documents.calibration', {})).catch(fail),
  };
}

/**
 * Settings → Company: the office's details every letter, e-mail and QR code carries, the logo, and the envelope
 * window the letters are laid out for. What a letter cannot go without is named until it is filled in.
 */
export function CompanySettings() {
  const settings = useChannel('settings.get', {});
  return settings.data ? <CompanyForms settings={settings.data} onSaved={() => void settings.refetch()} /> : null;
}

function CompanyForms({ settings, onSaved }: { settings: Settings; onSaved(): void }) {
  const { t } = useTranslation();
  const actions = useCompanyActions();
  const form = useForm<Omit<Company, 'logo'>>({ initialValues: (({ logo: _l, ...rest }) => rest)(settings.company) });
  useUnsavedChanges(form.isDirty());
  const missing = missingForLetters({ ...settings.company });
  const submit = form.onSubmit(async (values) => {
    try {
      await actions.save({ company: { ...values, logo: settings.company.logo } });
      form.resetDirty();
      onSaved();
      notifications.show({ color: 'teal', message: t('common.saved') });
    } catch (e) {
      form.setErrors(Object.fromEntries(Object.entries(actions.errors.fieldErrors(e)).map(([k, v]) => [k.replace(/^company\./, ''), v])));
      actions.fail(e);
    }
  });
  const preset = settings.letterWindow.preset;
  return (
    <Stack gap="md" maw={900}>
      <Paper withBorder p="md">
        <form onSubmit={submit}>
          <Stack gap="sm">
            <Title order={4}>{t('settings.company.title')}</Title>
            <Text size="sm" c="dimmed">
              {t('settings.company.intro')}
            </Text>
            {missing.length > 0 && (
              <Alert color="yellow" data-testid="company-missing">
                {t('settings.company.missing', { fields: missing.map((f) => t(`settings.company.fields.${f as Field}`)).join(', ') })}
              </Alert>
            )}
            {groups.map((g) => (
              <SimpleGrid key={g.join()} cols={{ base: 1, sm: g.length }} spacing="sm">
                {g.map((f) => (
                  <TextInput key={f} label={t(`settings.company.fields.${f}`)} {...form.getInputProps(f)} />
                ))}
              </SimpleGrid>
            ))}
            <Group justify="flex-end">
              <Button type="submit" disabled={!form.isDirty()}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={5}>{t('settings.company.logo')}</Title>
          <Group>
            <FileButton onChange={(f) => void actions.logo(f).then(onSaved)} accept="image/png,image/jpeg">
              {(props) => (
                <Button variant="default" {...props}>
                  {settings.company.logo ? t('settings.company.replaceLogo') : t('settings.company.addLogo')}
                </Button>
              )}
            </FileButton>
            {settings.company.logo && (
              <Button variant="subtle" color="red" onClick={() => void actions.logo(null).then(onSaved)}>
                {t('settings.company.removeLogo')}
              </Button>
            )}
            <Text size="sm" c="dimmed">
              {settings.company.logo ? t('settings.company.hasLogo') : t('settings.company.noLogo')}
            </Text>
          </Group>
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={5}>{t('settings.company.letters')}</Title>
          <Group align="flex-end">
            <Select
              label={t('settings.company.window')}
              w={320}
              allowDeselect={false}
              data={(Object.keys(windowProfilePresets) as Exclude<WindowPreset, 'custom'>[]).map((p) => ({ value: p, label: t(`settings.company.windows.${p}`) }))}
              value={preset === 'custom' ? null : preset}
              onChange={(v) => v && void actions.save({ letterWindow: windowProfilePresets[v as Exclude<WindowPreset, 'custom'>] }).then(onSaved, actions.fail)}
            />
            <Button variant="default" onClick={() => void actions.calibration()}>
              {t('settings.company.calibration')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('settings.company.calibrationHint')}
          </Text>
          <Switch label={t('settings.company.duplex')} checked={settings.duplex} onChange={(e) => void actions.save({ duplex: e.currentTarget.checked }).then(onSaved, actions.fail)} />
        </Stack>
      </Paper>
    </Stack>
  );
}
