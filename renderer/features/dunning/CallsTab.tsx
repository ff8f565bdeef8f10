import { Anchor, Button, Group, Loader, Paper, SegmentedControl, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconPhone } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../shared/domain/customer/phone';
import type { ReminderRow } from '../../../shared/domain/dunning/records';
import { callChannel, unwrap, useChannel } from '../../api';
import { DateField } from '../../app/DateField';
import { FormActions } from '../../app/FormActions';
import { FormModal, useChanged } from '../../app/discard';
import { useFormat } from '../../i18n/format';
import { useAction } from './RunTab';

function OutcomeModal({ tasks, onClose }: { tasks: ReminderRow[]; onClose(): void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const [reached, setReached] = useState('yes');
  const [promisedDate, setPromisedDate] = useState('');
  const [disputeReason, setDisputeReason] = useState('');
  const [note, setNote] = useState('');
  const dirty = useChanged({ reached, promisedDate, disputeReason, note });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const yes = reached === 'yes';
    const outcome = { reached: yes, promisedDate: yes && promisedDate ? promisedDate : null, disputeReason: yes ? disputeReason : '', note };
    // One call covers every task of the customer: each records its own delivery and dossier entries.
    const record = async () => {
      for (const task of tasks) await unwrap(callChannel('dunning.recordCall', { ...outcome, reminderId: task.id }));
      return true;
    };
    if (await run(record, () => t('dunning.calls.saved'))) onClose();
  };
  return (
    <FormModal dirty={dirty} onClose={onClose} title={t('dunning.calls.title', { name: tasks[0]!.customerName })}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <SegmentedControl
            value={reached}
            onChange={setReached}
            data={[
              { value: 'yes', label: t('dunning.calls.reached') },
              { value: 'no', label: t('dunning.calls.notReached') },
            ]}
          />
          {reached === 'yes' && (
            <>
              <DateField label={t('dunning.calls.promise')} value={promisedDate} onChange={setPromisedDate} />
              <TextInput label={t('dunning.calls.dispute')} value={disputeReason} onChange={(e) => setDisputeReason(e.currentTarget.value)} />
            </>
          )}
          <Textarea label={t('dunning.calls.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} />
          <FormActions onCancel={onClose} submitting={busy} />
        </Stack>
      </form>
    </FormModal>
  );
}

/** One customer to call, about every phone task its runs created. */
function Task({ tasks, onRecord }: { tasks: ReminderRow[]; onRecord(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const task = tasks[0]!;
  const phone = task.contact.phone;
  return (
    <Paper withBorder p="md" data-testid="call-task">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Title order={5}>{task.customerName}</Title>
          <Text size="sm" c="dimmed">
            {[task.contact.contactPerson, task.levelName, fmt.date(task.runDate)].filter(Boolean).join(' · ')}
          </Text>
          {phone ? (
            <Anchor href={`tel:${phone}`} size="sm">
              <Group gap={4}>
                <IconPhone size={14} />
                {t('dunning.calls.call', { phone: formatPhone(phone) })}
              </Group>
            </Anchor>
          ) : (
            <Text size="sm" c="red">
              {t('dunning.calls.noPhone')}
            </Text>
          )}
        </Stack>
        <Button onClick={onRecord}>{t('dunning.calls.record')}</Button>
      </Group>
      <Table mt="sm" verticalSpacing={2}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dunning.columns.invoice')}</Table.Th>
            <Table.Th ta="right">{t('dunning.columns.principal')}</Table.Th>
            <Table.Th ta="right">{t('dunning.columns.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.flatMap((r) =>
            r.items.map((i) => (
              <Table.Tr key={`${r.id}:${i.invoiceId}`}>
                <Table.Td>{i.number}</Table.Td>
                <Table.Td ta="right">{fmt.money(i.openCents, r.currency)}</Table.Td>
                <Table.Td ta="right">{fmt.money(i.charges.totalCents, r.currency)}</Table.Td>
              </Table.Tr>
            )),
          )}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** The phone tasks runs created, one call per customer: whom, at which number, about what; the outcome lands in each invoice's dossier. */
export function CallsTab() {
  const { t } = useTranslation();
  const tasks = useChannel('dunning.reminders', { channel: 'phone', state: 'to_deliver', limit: 200 });
  const [recording, setRecording] = useState<ReminderRow[] | null>(null);
  if (!tasks.data) return <Loader size="sm" />;
  const byCustomer = new Map<string, ReminderRow[]>();
  for (const r of tasks.data.rows) byCustomer.set(r.customerId, [...(byCustomer.get(r.customerId) ?? []), r]);
  return (
    <Stack gap="md">
      {byCustomer.size === 0 && <Text c="dimmed">{t('dunning.calls.none')}</Text>}
      {[...byCustomer.values()].map((group) => (
        <Task key={group[0]!.customerId} tasks={group} onRecord={() => setRecording(group)} />
      ))}
      {recording && <OutcomeModal tasks={recording} onClose={() => setRecording(null)} />}
    </Stack>
  );
}
