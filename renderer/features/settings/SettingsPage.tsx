import { Stack, Tabs, Title } from '@mantine/core';
import { IconAdjustments, IconBuilding, IconFileText, IconListNumbers, IconMail, IconMessage, IconPercentage } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CompanySettings } from './CompanySettings';
import { GeneralSettings } from './GeneralSettings';
import { PoliciesPanel } from './policies/PoliciesPanel';
import { RatesPanel } from './rates/RatesPanel';
import { SmsSettings } from './SmsSettings';
import { TextsPanel } from './texts/TextsPanel';
import { MailSettings } from '../outbox/MailSettings';
import { useLeave } from '../../app/discard';

type SettingsTab = 'general' | 'company' | 'mail' | 'sms' | 'policies' | 'texts' | 'rates';

export function SettingsPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<SettingsTab>('general');
  const leave = useLeave();
  return (
    <Stack gap="md">
      <Title order={2}>{t('settings.title')}</Title>
      <Tabs value={tab} onChange={(v) => v && leave(() => setTab(v as SettingsTab))} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="general" leftSection={<IconAdjustments size={16} />}>
            {t('policies.tabs.general')}
          </Tabs.Tab>
          <Tabs.Tab value="company" leftSection={<IconBuilding size={16} />}>
            {t('settings.company.title')}
          </Tabs.Tab>
          <Tabs.Tab value="mail" leftSection={<IconMail size={16} />}>
            {t('outbox.account.title')}
          </Tabs.Tab>
          <Tabs.Tab value="sms" leftSection={<IconMessage size={16} />}>
            {t('outbox.sms.title')}
          </Tabs.Tab>
          <Tabs.Tab value="policies" leftSection={<IconListNumbers size={16} />}>
            {t('policies.tabs.policies')}
          </Tabs.Tab>
          <Tabs.Tab value="texts" leftSection={<IconFileText size={16} />}>
            {t('policies.tabs.texts')}
          </Tabs.Tab>
          <Tabs.Tab value="rates" leftSection={<IconPercentage size={16} />}>
            {t('policies.tabs.rates')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="general">
          <GeneralSettings />
        </Tabs.Panel>
        <Tabs.Panel value="company">
          <CompanySettings />
        </Tabs.Panel>
        <Tabs.Panel value="mail">
          <MailSettings />
        </Tabs.Panel>
        <Tabs.Panel value="sms">
          <SmsSettings />
        </Tabs.Panel>
        <Tabs.Panel value="policies">
          <PoliciesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="texts">
          <TextsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="rates">
          <RatesPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
