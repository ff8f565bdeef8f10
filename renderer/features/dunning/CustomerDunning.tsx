import { Button, Group, Loader, Paper, Select, Stack, Switch, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callChannel, unwrap, useChannel } from '../../api';
import { BlockModal } from './BlockForm';
import { BlockList } from './BlockList';
import { ReminderHistory } from './ReminderHistory';
import { useAction } from './RunTab';

const DEFAULT = '';

/** On the card's Dunning tab: the policy in effect, direct debit, the customer's blocks and its reminders. */
export function CustomerDunning({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const info = useChannel('dunning.customer', { customerId });
  const { run } = useAction();
  const [blocking, setBlocking] = useState(false);
  if (!info.data) return <Loader size="sm" />;
  const d = info.data;
  const save = (policyId: string | null, directDebit: boolean) =>
    void run(() => unwrap(callChannel('dunning.setCustomer', { customerId, policyId, directDebit })), () => t('common.saved'));
  return (
    <>
      <Paper withBorder p="md">
        <Title order={5} mb="sm">
          {t('dunning.customer.policyTitle')}
        </Title>
        <Group align="flex-end" gap="xl">
          <Select
            label={t('dunning.customer.policy')}
            w={420}
            allowDeselect={false}
            data={[{ value: DEFAULT, label: t('dunning.customer.defaultPolicy', { name: d.defaultPolicyName }) }, ...d.policies.map((p) => ({ value: p.id, label: p.name }))]}
            value={d.chosenPolicyId ?? DEFAULT}
            onChange={(v) => save(v ? v : null, d.directDebit)}
          />
          <Switch
            label={t('dunning.customer.directDebit')}
            description={t('dunning.customer.directDebitHint')}
            checked={d.directDebit}
            onChange={(e) => save(d.chosenPolicyId, e.currentTarget.checked)}
          />
        </Group>
      </Paper>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={5}>{t('dunning.customer.blocksTitle')}</Title>
          <Button size="xs" variant="light" onClick={() => setBlocking(true)}>
            {t('dunning.blocks.add')}
          </Button>
        </Group>
        <BlockList blocks={d.blocks} showCustomer={false} />
        {blocking && <BlockModal scope="customer" targetId={customerId} title={t('dunning.blocks.add')} onClose={() => setBlocking(false)} />}
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={5}>{t('dunning.customer.historyTitle')}</Title>
          <ReminderHistory reminders={d.reminders} />
        </Stack>
      </Paper>
    </>
  );
}
