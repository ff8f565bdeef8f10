import { Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/domain/customer/customer';
import { api, unwrap } from '../../../api';
import { useErrorText } from '../../../app/errors';
import { useNavigation } from '../../../app/navigation';
import { useFormat } from '../../../i18n/format';
import { Field } from './Field';

export function SettingsTab({ customer: c }: { customer: Customer }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errors = useErrorText();
  const { go } = useNavigation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const toggleActive = async () => {
    setBusy(true);
    try {
      const saved = await unwrap(api().customers.setActive({ id: c.id, active: !c.active }));
      notifications.show({ color: 'teal', message: t(saved.active ? 'customer.activated' : 'customer.deactivated', { name: c.name }) });
    } catch (e) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errors.message(e) });
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    try {
      await unwrap(api().customers.delete({ id: c.id }));
      notifications.show({ color: 'teal', message: t('customer.deleted', { name: c.name }) });
      go({ area: 'customers' });
    } catch (e) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errors.message(e) });
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md" maw={760}>
      <Paper withBorder p="md">
        <SimpleGrid cols={2} verticalSpacing="md">
          <Field label={t('customer.settingsTab.paymentTerms')}>{t('customer.settingsTab.days', { count: c.paymentTermsDays })}</Field>
          <Field label={t('customer.fields.creditLimit')}>{c.creditLimitCents === null ? t('customer.financial.noLimit') : fmt.money(c.creditLimitCents)}</Field>
          <Field label={t('customer.fields.language')}>{t(`languages.${c.language}`)}</Field>
          <Field label={t('customer.fields.kind')}>
            {t(`kinds.${c.kind}`)}
            <Text size="xs" c="dimmed">
              {t('customer.hints.kind')}
            </Text>
          </Field>
          <Field label={t('customer.settingsTab.status')} testId="customer-status">
            {c.active ? t('customer.settingsTab.active') : t('customer.settingsTab.inactive')}
          </Field>
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Title order={5} mb="sm">
          {t('customer.settingsTab.dangerZone')}
        </Title>
        <Group>
          <Button variant="default" loading={busy} onClick={toggleActive}>
            {c.active ? t('customer.deactivate') : t('customer.activate')}
          </Button>
          <Button color="red" variant="light" onClick={() => setConfirming(true)} disabled={c.openInvoiceCount > 0} title={c.openInvoiceCount > 0 ? t('customer.deleteRefused') : undefined}>
            {t('common.delete')}
          </Button>
          {c.openInvoiceCount > 0 && (
            <Text size="sm" c="dimmed">
              {t('customer.deleteRefused')}
            </Text>
          )}
        </Group>
      </Paper>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('customer.deleteTitle', { name: c.name })}>
        <Text size="sm">{t('customer.deleteBody')}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={remove}>
            {t('common.delete')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
