import { ActionIcon, Badge, Group, Pagination, Paper, Select, Stack, Table, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { IconBan, IconNote } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewAction, RunReminder, RunSummary } from '../../../shared/domain/dunning/records';
import { callChannel, unwrap, useChannel } from '../../api';
import { DateField } from '../../app/DateField';
import { FormActions } from '../../app/FormActions';
import { FormModal } from '../../app/discard';
import { useListLabels } from '../settings/list-labels';
import { useFormat } from '../../i18n/format';
import { channelOptions, chargesOf, useDunningWords } from './labels';
import { useAction } from './RunTab';

const PAGE = 50;
export const nowrap = { whiteSpace: 'nowrap' } as const;

function useReview(runId: string) {
  const action = useAction();
  return { ...action, review: (a: ReviewAction) => action.run(() => unwrap(callChannel('dunning.review', { runId, action: a }))) };
}

type Exclusion = { reminder: RunReminder; scope: 'customer' | 'invoice' };

function ExcludeModal({ runId, target, onClose }: { runId: string; target: Exclusion; onClose(): void }) {
  const { t } = useTranslation();
  const { busy, review } = useReview(runId);
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const name = target.scope === 'customer' ? target.reminder.customerName : target.reminder.items[0]!.number;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const blockUntil = until || null;
    const action: ReviewAction =
      target.scope === 'customer'
        ? { kind: 'excludeCustomer', customerId: target.reminder.customerId, reason, blockUntil }
        : { kind: 'excludeInvoice', invoiceId: target.reminder.items[0]!.invoiceId, reason, blockUntil };
    if (await review(action)) onClose();
  };
  return (
    <FormModal dirty={reason.trim() !== '' || until !== ''} onClose={onClose} title={t('dunning.excludeTitle', { name })}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <TextInput label={t('dunning.excludeReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required data-autofocus />
          <DateField label={t('dunning.blockUntil')} description={t('dunning.blockUntilHint')} value={until} onChange={setUntil} />
          <FormActions onCancel={onClose} submitting={busy} disabled={!reason.trim()} label={t('dunning.exclude')} />
        </Stack>
      </form>
    </FormModal>
  );
}

function NoteModal({ runId, reminder, onClose }: { runId: string; reminder: RunReminder; onClose(): void }) {
  const { t } = useTranslation();
  const { busy, review } = useReview(runId);
  const [note, setNote] = useState(reminder.note);
  return (
    <FormModal dirty={note !== reminder.note} onClose={onClose} title={`${t('dunning.noteTitle')} · ${reminder.customerName}`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void review({ kind: 'note', reminderId: reminder.id, note }).then((ok) => ok && onClose());
        }}
      >
        <Textarea value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={3} maxLength={2000} aria-label={t('dunning.noteTitle')} data-autofocus />
        <FormActions onCancel={onClose} submitting={busy} />
      </form>
    </FormModal>
  );
}

function TextBadge({ reminder }: { reminder: RunReminder }) {
  const { t } = useTranslation();
  const lists = useListLabels();
  if (!reminder.text) return <Badge color="red" variant="light">{t('dunning.fallback.none')}</Badge>;
  if (!reminder.text.fallback) return <Text size="xs" c="dimmed">{reminder.text.language.toUpperCase()} · {lists.profile(reminder.text.profile)}</Text>;
  return (
    <Badge color="yellow" variant="light" size="sm">
      {t(`dunning.fallback.${reminder.text.fallback}`)}
    </Badge>
  );
}

function Row({ reminder: r, levels, runId, editable, onExclude, onNote }: { reminder: RunReminder; levels: { value: string; label: string }[]; runId: string; editable: boolean; onExclude(e: Exclusion): void; onNote(r: RunReminder): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const words = useDunningWords();
  const { review } = useReview(runId);
  const money = chargesOf(r);
  return (
    <Table.Tr data-testid="proposal-row">
      <Table.Td>
        <Text size="sm" fw={500}>
          {r.customerName}
        </Text>
        <Text size="xs" c="dimmed">
          {r.customerNumber}
        </Text>
      </Table.Td>
      <Table.Td miw={170}>
        <Select
          size="xs"
          aria-label={`${t('dunning.columns.level')}: ${r.customerName}`}
          data={levels}
          value={String(r.level)}
          disabled={!editable}
          allowDeselect={false}
          onChange={(v) => v && void review({ kind: 'level', reminderId: r.id, level: Number(v) })}
        />
        <Group gap={4} mt={2}>
          {r.proposedLevel !== null && <Badge size="xs" variant="light">{t('dunning.changedLevel', { level: r.proposedLevel })}</Badge>}
          {r.finalNotice && <Badge size="xs" color="red" variant="light">{t('dunning.finalNotice')}</Badge>}
          {r.fourteenDayLetter && <Badge size="xs" color="grape" variant="light">{t('dunning.fourteenDay')}</Badge>}
        </Group>
      </Table.Td>
      <Table.Td miw={150}>
        <Select
          size="xs"
          aria-label={`${t('dunning.columns.channel')}: ${r.customerName}`}
          data={channelOptions(words.channel)}
          value={r.channel}
          disabled={!editable}
          allowDeselect={false}
          onChange={(v) => v && void review({ kind: 'channel', reminderId: r.id, channel: v as RunReminder['channel'] })}
        />
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={nowrap}>
          {r.items.map((i) => i.number).join(', ')}
        </Text>
      </Table.Td>
      <Table.Td ta="right" style={nowrap}>{fmt.money(money.principal, r.currency)}</Table.Td>
      <Table.Td ta="right" style={nowrap}>{money.interest ? fmt.money(money.interest, r.currency) : t('common.none')}</Table.Td>
      <Table.Td ta="right" style={nowrap}>{money.costs ? fmt.money(money.costs, r.currency) : t('common.none')}</Table.Td>
      <Table.Td ta="right" style={nowrap} fw={600}>
        {fmt.money(r.totalCents, r.currency)}
      </Table.Td>
      <Table.Td style={nowrap}>{fmt.date(r.payBy)}</Table.Td>
      <Table.Td>
        <TextBadge reminder={r} />
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Tooltip label={r.note || t('dunning.addNote')}>
            <ActionIcon variant={r.note ? 'light' : 'subtle'} disabled={!editable} aria-label={`${t('dunning.addNote')}: ${r.customerName}`} onClick={() => onNote(r)}>
              <IconNote size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={r.items.length === 1 ? t('dunning.excludeInvoice') : t('dunning.excludeCustomer')}>
            <ActionIcon
              variant="subtle"
              color="red"
              disabled={!editable}
              aria-label={`${t('dunning.exclude')}: ${r.customerName}`}
              onClick={() => onExclude({ reminder: r, scope: r.items.length === 1 ? 'invoice' : 'customer' })}
            >
              <IconBan size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** The draft's reminders, a page at a time, each reviewable: level, channel, a note, or left out. */
export function ProposalTable({ run, editable }: { run: RunSummary; editable: boolean }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [exclude, setExclude] = useState<Exclusion | null>(null);
  const [note, setNote] = useState<RunReminder | null>(null);
  const rows = useChannel('dunning.runReminders', { runId: run.id, offset: (page - 1) * PAGE, limit: PAGE });
  const policies = useChannel('policies.list', {});
  const levelsOf = (policyId: string) =>
    (policies.data?.find((p) => p.id === policyId)?.levels ?? []).map((l, i) => ({ value: String(i + 1), label: `${i + 1}. ${l.name}` }));
  const total = rows.data?.total ?? 0;
  const head = ['customer', 'level', 'channel', 'invoices', 'principal', 'interest', 'costs', 'total', 'payBy', 'text'] as const;
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={1180}>
        <Table striped highlightOnHover verticalSpacing="xs" data-testid="proposal-table">
          <Table.Thead>
            <Table.Tr>
              {head.map((h) => (
                <Table.Th key={h} ta={['principal', 'interest', 'costs', 'total'].includes(h) ? 'right' : undefined}>
                  {t(`dunning.columns.${h}`)}
                </Table.Th>
              ))}
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(rows.data?.rows ?? []).map((r) => (
              <Row key={r.id} reminder={r} levels={levelsOf(r.policyId)} runId={run.id} editable={editable} onExclude={setExclude} onNote={setNote} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > PAGE && (
        <Group justify="center" p="sm">
          <Pagination total={Math.ceil(total / PAGE)} value={page} onChange={setPage} size="sm" />
        </Group>
      )}
      {exclude && <ExcludeModal runId={run.id} target={exclude} onClose={() => setExclude(null)} />}
      {note && <NoteModal runId={run.id} reminder={note} onClose={() => setNote(null)} />}
    </Paper>
  );
}
