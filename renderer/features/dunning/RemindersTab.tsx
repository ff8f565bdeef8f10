import { ActionIcon, Anchor, Badge, Button, Checkbox, Group, Pagination, Paper, Select, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReminderQuery, ReminderRow } from '../../../shared/domain/dunning/records';
import { callChannel, unwrap, useBusinessDate, useChannel } from '../../api';
import { DateField } from '../../app/DateField';
import { FormActions } from '../../app/FormActions';
import { FormModal, useChanged } from '../../app/discard';
import { useFormat } from '../../i18n/format';
import { CustomerPicker } from '../receivables/CustomerPicker';
import { ContactModal } from './ContactModal';
import { channelOptions, useDunningWords } from './labels';
import { nowrap } from './ProposalTable';
import { stateColor } from './ReminderHistory';
import { useAction } from './RunTab';

const PAGE = 50;
type Filter = Pick<ReminderQuery, 'runId' | 'state' | 'channel' | 'level' | 'customerId'>;

function MarkModal({ ids, state, onClose }: { ids: string[]; state: 'delivered' | 'failed'; onClose(done: boolean): void }) {
  const { t } = useTranslation();
  const today = useBusinessDate() ?? '';
  const { busy, run } = useAction();
  const [on, setOn] = useState(today);
  const [note, setNote] = useState('');
  const dirty = useChanged({ on, note });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await run(() => unwrap(callChannel('dunning.markDelivered', { ids, state, on, note })), (r) => t('dunning.marked', { count: r.length }));
    if (done) onClose(true);
  };
  return (
    <FormModal dirty={dirty} onClose={() => onClose(false)} title={t('dunning.markTitle', { count: ids.length })}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <DateField label={t('dunning.deliveredOn')} value={on} onChange={setOn} required data-autofocus />
          {state === 'failed' && <TextInput label={t('dunning.failedNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />}
          <FormActions
            onCancel={() => onClose(false)}
            submitting={busy}
            color={state === 'failed' ? 'red' : undefined}
            label={state === 'delivered' ? t('dunning.markDelivered') : t('dunning.markFailed')}
          />
        </Stack>
      </form>
    </FormModal>
  );
}

function Filters({ filter, onChange }: { filter: Filter; onChange(f: Filter): void }) {
  const { t } = useTranslation();
  const words = useDunningWords();
  const fmt = useFormat();
  const runs = useChannel('dunning.runs', {});
  const all = { value: '', label: t('dunning.filters.all') };
  const runOptions = (runs.data ?? []).map((r) => ({ value: r.id, label: t('dunning.filters.runOn', { date: fmt.date(r.runDate), count: r.reminderCount }) }));
  return (
    <Group gap="sm">
      <Select
        label={t('dunning.filters.run')}
        w={220}
        allowDeselect={false}
        data={[all, ...runOptions]}
        value={filter.runId}
        onChange={(v) => onChange({ ...filter, runId: v ?? '' })}
      />
      <Select
        label={t('dunning.filters.state')}
        w={160}
        allowDeselect={false}
        data={[all, ...(['to_deliver', 'delivered', 'failed'] as const).map((s) => ({ value: s, label: t(`dunning.states.${s}`) }))]}
        value={filter.state}
        onChange={(v) => onChange({ ...filter, state: (v ?? '') as Filter['state'] })}
      />
      <Select
        label={t('dunning.filters.channel')}
        w={180}
        allowDeselect={false}
        data={[all, ...channelOptions(words.channel)]}
        value={filter.channel}
        onChange={(v) => onChange({ ...filter, channel: (v ?? '') as Filter['channel'] })}
      />
      <Select
        label={t('dunning.filters.level')}
        w={110}
        allowDeselect={false}
        data={[all, ...[1, 2, 3, 4, 5].map((l) => ({ value: String(l), label: String(l) }))]}
        value={filter.level ? String(filter.level) : ''}
        onChange={(v) => onChange({ ...filter, level: Number(v || 0) })}
      />
      <CustomerPicker label={t('dunning.filters.customer')} w={260} value={filter.customerId || null} onChange={(id) => onChange({ ...filter, customerId: id ?? '' })} />
    </Group>
  );
}

function Row({ r, selected, onSelect, onContact, onLetter }: { r: ReminderRow; selected: boolean; onSelect(on: boolean): void; onContact(): void; onLetter(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const words = useDunningWords();
  const pending = r.state === 'to_deliver';
  return (
    <Table.Tr data-testid="reminder-row">
      <Table.Td>
        <Checkbox aria-label={t('dunning.select', { name: r.customerName })} checked={selected} disabled={!pending} onChange={(e) => onSelect(e.currentTarget.checked)} />
      </Table.Td>
      <Table.Td style={nowrap}>{fmt.date(r.runDate)}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={500}>
          {r.customerName}
        </Text>
      </Table.Td>
      <Table.Td>{words.level(r)}</Table.Td>
      <Table.Td>{words.channel(r.channel)}</Table.Td>
      <Table.Td style={nowrap}>{r.items.map((i) => i.number).join(', ')}</Table.Td>
      <Table.Td ta="right" style={nowrap}>
        {fmt.money(r.totalCents, r.currency)}
      </Table.Td>
      <Table.Td style={nowrap}>
        <Badge size="sm" variant="light" color={stateColor[r.state]}>
          {t(`dunning.states.${r.state}`)}
        </Badge>
        {r.deliveredOn && <Text size="xs" c="dimmed">{fmt.date(r.deliveredOn)}</Text>}
      </Table.Td>
      <Table.Td>
        {r.channel !== 'sms' && r.channel !== 'phone' && (
          <Tooltip label={t('dunning.letter')}>
            <ActionIcon variant="subtle" aria-label={`${t('dunning.letter')}: ${r.customerName}`} onClick={onLetter}>
              <IconFileTypePdf size={16} />
            </ActionIcon>
          </Tooltip>
        )}
      </Table.Td>
      {(['contactPerson', 'email'] as const).map((k) => (
        <Table.Td key={k} maw={200}>
          {pending ? (
            <Anchor component="button" size="sm" onClick={onContact} aria-label={t('dunning.editContact', { name: r.customerName })}>
              {r.contact[k] || t('common.none')}
            </Anchor>
          ) : (
            <Text size="sm" truncate>
              {r.contact[k] || t('common.none')}
            </Text>
          )}
        </Table.Td>
      ))}
    </Table.Tr>
  );
}

/** Every reminder and phone task runs issued, filterable; pending ones are marked delivered or failed here until the outbox does it. */
export function RemindersTab() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>({ runId: '', state: 'to_deliver', channel: '', level: 0, customerId: '' });
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [marking, setMarking] = useState<'delivered' | 'failed' | null>(null);
  const [contact, setContact] = useState<ReminderRow | null>(null);
  const rows = useChannel('dunning.reminders', { ...filter, offset: (page - 1) * PAGE, limit: PAGE });
  const list = rows.data?.rows ?? [];
  const pending = list.filter((r) => r.state === 'to_deliver');
  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? new Set([...s, id]) : new Set([...s].filter((x) => x !== id))));
  const letter = useAction();
  const cols = ['runDate', 'customer', 'level', 'channel', 'invoices', 'total', 'state', 'letter', 'contactPerson', 'email'] as const;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Filters filter={filter} onChange={(f) => { setFilter(f); setPage(1); setSelected(new Set()); }} />
        <Group gap="xs">
          <Button variant="default" disabled={selected.size === 0} onClick={() => setMarking('failed')}>
            {t('dunning.markFailed')}
          </Button>
          <Button disabled={selected.size === 0} onClick={() => setMarking('delivered')}>
            {t('dunning.markDelivered')}
          </Button>
        </Group>
      </Group>
      <Paper withBorder>
        <Table.ScrollContainer minWidth={1100}>
          <Table striped verticalSpacing="xs" data-testid="reminders-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <Checkbox
                    aria-label={t('dunning.selectAll')}
                    checked={pending.length > 0 && pending.every((r) => selected.has(r.id))}
                    onChange={(e) => setSelected(e.currentTarget.checked ? new Set(pending.map((r) => r.id)) : new Set())}
                  />
                </Table.Th>
                {cols.map((c) => (
                  <Table.Th key={c} ta={c === 'total' ? 'right' : undefined}>
                    {t(`dunning.columns.${c}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((r) => (
                <Row
                  key={r.id}
                  r={r}
                  selected={selected.has(r.id)}
                  onSelect={(on) => toggle(r.id, on)}
                  onContact={() => setContact(r)}
                  onLetter={() => void letter.run(() => unwrap(callChannel('documents.openLetter', { reminderId: r.id })))}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {rows.data && list.length === 0 && (
          <Text c="dimmed" ta="center" p="md" size="sm">
            {t('dunning.noReminders')}
          </Text>
        )}
        {(rows.data?.total ?? 0) > PAGE && (
          <Group justify="center" p="sm">
            <Pagination total={Math.ceil(rows.data!.total / PAGE)} value={page} onChange={setPage} size="sm" />
          </Group>
        )}
      </Paper>
      {marking && (
        <MarkModal
          ids={[...selected]}
          state={marking}
          onClose={(done) => {
            setMarking(null);
            if (done) setSelected(new Set());
          }}
        />
      )}
      {contact && <ContactModal customerId={contact.customerId} name={contact.customerName} onClose={() => setContact(null)} />}
    </Stack>
  );
}
