import { Paper, Select, SimpleGrid, Switch, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/settings';
import { useFormat } from '../../../i18n/format';
import { useSettings } from '../useSettings';

/** The office's own dunning settings: whose law applies to customers abroad, and whether direct debit is dunned. */
export function OfficeDunningSettings() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { settings, save } = useSettings();
  if (!settings) return null;
  return (
    <Paper withBorder p="md">
      <Title order={5} mb="sm">
        {t('policies.office.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Select
          label={t('policies.office.country')}
          description={t('policies.office.countryHint')}
          data={(['NL', 'BE', 'DE'] as const).map((c) => ({ value: c, label: fmt.country(c) }))}
          value={settings.officeCountry}
          allowDeselect={false}
          onChange={(v) => v && void save({ officeCountry: v as Settings['officeCountry'] })}
        />
        <Switch
          mt={{ base: 0, md: 'lg' }}
          label={t('policies.office.skipDirectDebit')}
          description={t('policies.office.skipDirectDebitHint')}
          checked={settings.skipDirectDebit}
          onChange={(e) => void save({ skipDirectDebit: e.currentTarget.checked })}
        />
      </SimpleGrid>
    </Paper>
  );
}
