import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCash, IconId, IconPencil, IconPhoneCall, IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOverCreditLimit } from '../../../shared/domain/customer/customer';
import { useChannel } from '../../api';
import { type CustomerTab, useNavigation } from '../../app/navigation';
import { ContactTab } from './card/ContactTab';
import { DunningTab } from './card/DunningTab';
import { FinancialTab } from './card/FinancialTab';
import { SettingsTab } from './card/SettingsTab';
import { CustomerFormModal } from './CustomerFormModal';

export function CustomerCardPage({ id, tab }: { id: string; tab: CustomerTab }) {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const [editing, setEditing] = useState(false);
  // The card reads every table about the customer, so a write to any of them refreshes it.
  const card = useChannel('customers.get', { id });

  const back = (
    <Anchor component="button" onClick={() => go({ area: 'customers' })} size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('customers.title')}
      </Group>
    </Anchor>
  );
  if (card.isPending) return <Loader />;
  if (card.isError || !card.data) {
    return (
      <Stack>
        {back}
        <Alert color="orange">{t('customers.notFound')}</Alert>
      </Stack>
    );
  }
  const { customer } = card.data;
  return (
    <Stack gap="md">
      {back}
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={2}>{customer.name}</Title>
            {!customer.active && <Badge color="gray">{t('customers.inactive')}</Badge>}
            {isOverCreditLimit(customer) && <Badge color="red">{t('customers.overLimit')}</Badge>}
          </Group>
          <Text c="dimmed">
            {customer.number}
            {customer.city ? ` · ${customer.city}` : ''}
            {customer.excludeFromDunning ? ` · ${t('customers.dunning.excluded')}` : ''}
          </Text>
        </div>
        <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
          {t('common.edit')}
        </Button>
      </Group>
      {!customer.active && <Alert color="gray">{t('customers.inactiveNotice')}</Alert>}
      <Tabs value={tab} onChange={(value) => value && go({ area: 'customer', id, tab: value as CustomerTab })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="contact" leftSection={<IconId size={16} />}>
            {t('customers.tabs.contact')}
          </Tabs.Tab>
          <Tabs.Tab value="dunning" leftSection={<IconPhoneCall size={16} />}>
            {t('customers.tabs.dunning')}
          </Tabs.Tab>
          <Tabs.Tab value="financial" leftSection={<IconCash size={16} />}>
            {t('customers.tabs.financial')}
          </Tabs.Tab>
          <Tabs.Tab value="settings" leftSection={<IconSettings size={16} />}>
            {t('customers.tabs.settings')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="contact" pt="md">
          <ContactTab card={card.data} />
        </Tabs.Panel>
        <Tabs.Panel value="dunning" pt="md">
          <DunningTab card={card.data} />
        </Tabs.Panel>
        <Tabs.Panel value="financial" pt="md">
          <FinancialTab card={card.data} />
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <SettingsTab card={card.data} />
        </Tabs.Panel>
      </Tabs>
      {editing && <CustomerFormModal customer={customer} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
