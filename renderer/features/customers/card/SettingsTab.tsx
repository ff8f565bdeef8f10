import { Button, Group, Modal, MultiSelect, NumberInput, Paper, Select, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerCard } from '../../../../shared/contract';
import { type Customer, customerKinds, customerSettingsSchema, languages } from '../../../../shared/domain/customer/customer';
import { centsToUnits, unitsToCents } from '../../../../shared/domain/money/money';
import { zodIssues } from '../../../../shared/result';
import { useForm } from '@mantine/form';
import { api, unwrap, useChannel } from '../../../api';
import { useErrorText } from '../../../app/errors';
import { useNavigation } from '../../../app/navigation';
import { HistorySection } from './HistorySection';
import { ReasonModal } from '../../../app/ReasonModal';
import { useFormat } from '../../../i18n/format';
import { MoneyInput } from '../../../app/MoneyInput';
import { DateField } from '../../../app/DateField';
import { useUnsavedChanges } from '../../../app/discard';
import { useListLabels } from '../../settings/list-labels';

export function SettingsTab({ card }: { card: CustomerCard }) {
  const c = card.customer;
  const { t } = useTranslation();
  const errors = useErrorText();
  const { go } = useNavigation();
  const fmt = useFormat();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const toggleActive = async () => {
    setBusy(true);
    try {
      const saved = await unwrap(api().customers.setActive({ id: c.id, active: !c.active }));
      notifications.show({ color: 'teal', message: t(saved.active ? 'customers.activated' : 'customers.deactivated', { name: c.name }) });
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
      notifications.show({ color: 'teal', message: t('customers.deleted', { name: c.name }) });
      go({ area: 'customers' });
    } catch (e) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errors.message(e) });
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  // Open invoices went to the customer: they leave the books by a credit note each, never by vanishing with it.
  const creditAndRemove = async (reason: string) => {
    await unwrap(api().customers.delete({ id: c.id, creditOpen: { reason } }));
    notifications.show({ color: 'teal', message: t('customers.deletedCredited', { name: c.name, count: c.openInvoiceCount }) });
    go({ area: 'customers' });
  };
  const open = Object.entries(card.openByCurrency).map(([currency, cents]) => fmt.money(cents, currency)).join(' + ');

  return (
    <Stack gap="md" maw={860}>
      <SettingsForm customer={c} />
      <Paper withBorder p="md">
        <Title order={5} mb="sm">
          {t('customers.settingsTab.dangerZone')}
        </Title>
        <Group>
          <Button variant="default" loading={busy} onClick={toggleActive}>
            {c.active ? t('customers.deactivate') : t('customers.activate')}
          </Button>
          <Button color="red" variant="light" onClick={() => setConfirming(true)}>
            {t('common.delete')}
          </Button>
          {c.openInvoiceCount > 0 && (
            <Text size="sm" c="dimmed">
              {t('customers.deleteCreditsFirst', { count: c.openInvoiceCount })}
            </Text>
          )}
        </Group>
      </Paper>
      <HistorySection card={card} />
      {confirming && c.openInvoiceCount > 0 && (
        <ReasonModal
          title={t('customers.deleteTitle', { name: c.name })}
          reasonLabel={t('customers.deleteCreditReason')}
          confirmLabel={t('customers.deleteCreditConfirm', { count: c.openInvoiceCount })}
          onConfirm={creditAndRemove}
          onClose={() => setConfirming(false)}
        >
          <Text size="sm" mb="xs">
            {t('customers.deleteCreditBody', { count: c.openInvoiceCount, amount: open })}
          </Text>
          <Text size="sm">{t('customers.deleteBody')}</Text>
        </ReasonModal>
      )}
      <Modal opened={confirming && c.openInvoiceCount === 0} onClose={() => setConfirming(false)} title={t('customers.deleteTitle', { name: c.name })}>
        <Text size="sm">{t('customers.deleteBody')}</Text>
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

type SettingsValues = {
  paymentTermsDays: number | string;
  creditLimit: number | string;
  language: Customer['language'];
  kind: Customer['kind'];
  profile: string;
  segments: string[];
  dunningPausedUntil: string;
  excludeFromDunning: boolean;
};

const toSettings = (v: SettingsValues) => ({
  paymentTermsDays: v.paymentTermsDays === '' ? Number.NaN : Number(v.paymentTermsDays),
  creditLimitCents: v.creditLimit === '' ? null : unitsToCents(Number(v.creditLimit)),
  language: v.language,
  kind: v.kind,
  profile: v.profile,
  segments: v.segments,
  dunningPausedUntil: v.dunningPausedUntil || null,
  excludeFromDunning: v.excludeFromDunning,
});

/** Terms, limit, legal kind and what steers dunning, saved together in one audited change. */
function SettingsForm({ customer: c }: { customer: Customer }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const appSettings = useChannel('settings.get', {});
  const lists = useListLabels();
  const form = useForm<SettingsValues>({
    initialValues: {
      paymentTermsDays: c.paymentTermsDays,
      creditLimit: c.creditLimitCents === null ? '' : centsToUnits(c.creditLimitCents),
      language: c.language,
      kind: c.kind,
      profile: c.profile,
      segments: c.segments,
      dunningPausedUntil: c.dunningPausedUntil ?? '',
      excludeFromDunning: c.excludeFromDunning,
    },
    validate: (v) => {
      const parsed = customerSettingsSchema.safeParse(toSettings(v));
      if (parsed.success) return {};
      return Object.fromEntries(zodIssues(parsed.error).map((i) => [i.field === 'creditLimitCents' ? 'creditLimit' : i.field, errors.word(i)]));
    },
  });
  useUnsavedChanges(form.isDirty());
  const submit = form.onSubmit(async (v) => {
    try {
      await unwrap(api().customers.updateSettings({ id: c.id, settings: toSettings(v) }));
      form.resetDirty();
      notifications.show({ color: 'teal', message: t('common.saved') });
    } catch (e) {
      form.setErrors(errors.fieldErrors(e));
      notifications.show({ color: 'red', title: t('errors.title'), message: errors.message(e) });
    }
  });
  const profiles = [...new Set([...(appSettings.data?.customerProfiles ?? []), c.profile])].map((p) => ({ value: p, label: lists.profile(p) }));
  const segments = [...new Set([...(appSettings.data?.marketSegments ?? []), ...c.segments])].map((s) => ({ value: s, label: lists.segment(s) }));
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={2}>
            <NumberInput label={t('customers.fields.paymentTermsDays')} min={0} max={365} allowDecimal={false} {...form.getInputProps('paymentTermsDays')} />
            <MoneyInput
              label={t('customers.fields.creditLimit')}
              description={t('customers.hints.creditLimit')}
              {...form.getInputProps('creditLimit')}
            />
            <Select label={t('customers.fields.language')} data={languages.map((l) => ({ value: l, label: t(`common.languages.${l}`) }))} allowDeselect={false} {...form.getInputProps('language')} />
            <Select
              label={t('customers.fields.kind')}
              description={t('customers.hints.kind')}
              data={customerKinds.map((k) => ({ value: k, label: t(`customers.kinds.${k}`) }))}
              allowDeselect={false}
              {...form.getInputProps('kind')}
            />
            <Select label={t('customers.settingsTab.profile')} data={profiles} allowDeselect={false} {...form.getInputProps('profile')} />
            <MultiSelect label={t('customers.settingsTab.segments')} data={segments} searchable clearable {...form.getInputProps('segments')} />
            <DateField label={t('customers.settingsTab.pausedUntil')} description={t('customers.settingsTab.pausedHint')} {...form.getInputProps('dunningPausedUntil')} />
            <Switch
              mt="xl"
              label={t('customers.settingsTab.exclude')}
              description={t('customers.settingsTab.excludeHint')}
              {...form.getInputProps('excludeFromDunning', { type: 'checkbox' })}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" disabled={!form.isDirty()}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
