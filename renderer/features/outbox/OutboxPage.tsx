import { Alert, Badge, Button, Group, Modal, Pagination, Paper, Select, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DispatcherStatus, DispatcherStatuses } from '../../../shared/contract/outbox';
import { type OutboxMessage, type OutboxState, outboxStates } from '../../../shared/domain/outbox/message';
import { readSmsReason } from '../../../shared/domain/outbox/sms-gateways';
import { callChannel, unwrap, useChannel } from '../../api';
import { useFormat } from '../../i18n/format';
import { useAction } from '../dunning/RunTab';
import { SmsLengthLine } from './SmsLength';

const PAGE = 100;

export const stateColor: Record<OutboxState, string> = {
  queued: 'blue',
  sending: 'cyan',
  sent: 'teal',
  failed: 'red',
  uncertain: 'orange',
  resent: 'gray',
  cancelled: 'gray',
};

function StatusLine({ status, words, testId }: { status: DispatcherStatus; words: 'status' | 'smsStatus'; testId: string }) {
  const { t } = useTranslation();
  if (status.state === 'idle' || status.state === 'sending') return <Text size="sm" c="dimmed" data-testid={testId}>{t(`outbox.${words}.${status.state}`)}</Text>;
  const sms = readSmsReason(status.error);
  const error = sms ? t(`outbox.errors.sms.${sms.code}`, { detail: sms.detail }) : status.error;
  // Only the e-mail lane signs in (with Microsoft).
  const key = status.state === 'signin' ? ('outbox.status.signin' as const) : (`outbox.${words}.${status.state}` as const);
  return (
    <Alert color={status.state === 'offline' || status.state === 'refused' ? 'orange' : 'yellow'} data-testid={testId}>
      {t(key, { error })}
    </Alert>
  );
}

/** The e-mail lane always, the SMS lane when it has something to say: most offices send no SMS. */
function StatusLines({ status }: { status: DispatcherStatuses }) {
  return (
    <>
      <StatusLine status={status.email} words="status" testId="dispatcher-status" />
      {status.sms.state !== 'idle' && <StatusLine status={status.sms} words="smsStatus" testId="sms-dispatcher-status" />}
    </>
  );
}

/** E-mail and SMS reminders that have no message yet: after a run whose queuing was refused, or one from before the outbox. */
function Pending() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const pending = useChannel('outbox.pending', {});
  const { busy, run } = useAction();
  const queue = (runId: string) =>
    run(
      () => unwrap(callChannel('outbox.queueRun', { runId })),
      (r) => [t('outbox.queued', { count: r.queued }), ...r.notQueued.map((n) => t(`outbox.notQueued.${n.reason}`, { customer: n.customerName, phone: n.phone ?? '' }))].join(' · '),
    );
  const runs = pending.data?.runs ?? [];
  const notQueued = pending.data?.notQueued ?? [];
  if (runs.length === 0 && notQueued.length === 0) return null;
  return (
    <Stack gap="xs">
      {runs.map((r) => (
        <Alert key={r.runId} color="blue" data-testid="pending-run">
          <Group justify="space-between">
            <Text size="sm">{t('outbox.pending', { count: r.count, date: fmt.date(r.runDate) })}</Text>
            <Button size="xs" loading={busy} onClick={() => void queue(r.runId)}>
              {t('outbox.queue')}
            </Button>
          </Group>
        </Alert>
      ))}
      {notQueued.map((n) => (
        <Text key={n.reminderId} size="sm" c="dimmed">
          {t(`outbox.notQueued.${n.reason}`, { customer: n.customerName, phone: n.phone ?? '' })}
        </Text>
      ))}
    </Stack>
  );
}

function Reason({ m }: { m: OutboxMessage }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (m.state === 'resent' && m.resentAs) return <>{t('outbox.resentAs', { attempt: m.attempt + 1 })}</>;
  if (m.state === 'sent' && m.response.startsWith('confirmed by')) return <>{t('outbox.confirmedBy')}</>;
  if (m.reason === 'found_sending_at_start') return <>{t('outbox.foundSending')}</>;
  const sms = readSmsReason(m.reason);
  return (
    <>
      {sms ? t(`outbox.errors.sms.${sms.code}`, { detail: sms.detail }) : m.reason}
      {m.state === 'queued' && m.reason && <Text size="xs" c="dimmed">{t('outbox.nextTry', { time: fmt.instant(m.dueAt) })}</Text>}
    </>
  );
}

function Actions({ m, onAgain }: { m: OutboxMessage; onAgain(m: OutboxMessage): void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const call = async (name: 'retry' | 'cancel' | 'markSent' | 'eml'): Promise<string> => {
    if (name === 'retry' || name === 'cancel') await unwrap(callChannel(`outbox.${name}`, { ids: [m.id] }));
    else if (name === 'markSent') await unwrap(callChannel('outbox.markSent', { id: m.id }));
    else return (await unwrap(callChannel('outbox.eml', { id: m.id }))).path;
    return '';
  };
  const act = (name: 'retry' | 'cancel' | 'markSent' | 'eml') => run(() => call(name), (path) => t(`outbox.done.${name}`, { path }));
  const button = (name: 'retry' | 'cancel' | 'markSent' | 'eml', variant = 'light') => (
    <Button size="compact-xs" variant={variant} loading={busy} onClick={() => void act(name)} aria-label={`${t(`outbox.actions.${name}`)}: ${m.customerName}`}>
      {t(`outbox.actions.${name}`)}
    </Button>
  );
  return (
    <Group gap={4} wrap="nowrap">
      {m.state === 'queued' && button('retry')}
      {m.state === 'queued' && button('cancel', 'subtle')}
      {m.state === 'uncertain' && button('markSent')}
      {m.state === 'uncertain' && (
        <Button size="compact-xs" variant="light" color="orange" onClick={() => onAgain(m)} aria-label={`${t('outbox.actions.sendAgain')}: ${m.customerName}`}>
          {t('outbox.actions.sendAgain')}
        </Button>
      )}
      {m.channel === 'email' && button('eml', 'subtle')}
    </Group>
  );
}

function SendAgainModal({ m, onClose }: { m: OutboxMessage; onClose(): void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const send = async () => {
    await run(() => unwrap(callChannel('outbox.sendAgain', { id: m.id })), () => t('outbox.done.sendAgain'));
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title={t(m.channel === 'sms' ? 'outbox.confirmAgain.titleSms' : 'outbox.confirmAgain.title')}>
      <Stack>
        <Text size="sm">{t(m.channel === 'sms' ? 'outbox.confirmAgain.bodySms' : 'outbox.confirmAgain.body', { customer: m.customerName })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="orange" loading={busy} onClick={() => void send()}>
            {t('outbox.actions.sendAgain')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function MessageRow({ m, onAgain }: { m: OutboxMessage; onAgain(m: OutboxMessage): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Table.Tr data-testid="outbox-row">
      <Table.Td>
        <Text size="sm">{m.customerName}</Text>
        <Text size="xs" c="dimmed">
          {m.to}
        </Text>
      </Table.Td>
      <Table.Td maw={420}>
        <Group gap={4} wrap="nowrap" align="flex-start">
          {m.hasAttachment && (
            <Tooltip label={t('outbox.withLetter')}>
              <IconPaperclip size={14} aria-label={t('outbox.withLetter')} />
            </Tooltip>
          )}
          {m.channel === 'sms' && (
            <Badge size="xs" variant="outline" style={{ flexShrink: 0 }}>
              {t('outbox.channels.sms')}
            </Badge>
          )}
          <Text size="sm" lineClamp={m.channel === 'sms' ? 3 : undefined}>
            {m.subject}
          </Text>
        </Group>
        {m.channel === 'sms' && <SmsLengthLine text={m.subject} />}
      </Table.Td>
      <Table.Td miw={130}>
        <Badge color={stateColor[m.state]} variant="light">
          {t(`outbox.states.${m.state}`)}
        </Badge>
      </Table.Td>
      <Table.Td ta="right">{m.tries}</Table.Td>
      <Table.Td maw={260}>
        <Text size="sm" lineClamp={3}>
          <Reason m={m} />
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.instant(m.queuedAt)}</Table.Td>
      <Table.Td>
        <Actions m={m} onAgain={onAgain} />
      </Table.Td>
    </Table.Tr>
  );
}

/** The Outbox screen: every message with its state, tries and reason, and what the user can do with it. */
export function OutboxPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<OutboxState | ''>('');
  const [page, setPage] = useState(1);
  const [again, setAgain] = useState<OutboxMessage | null>(null);
  const list = useChannel('outbox.list', { state, offset: (page - 1) * PAGE, limit: PAGE });
  const status = useChannel('outbox.status', {}, { staleTime: 0, refetchInterval: 3_000 });
  const counts = list.data?.counts;
  const label = (s: OutboxState) => `${t(`outbox.states.${s}`)}${counts ? ` (${counts[s]})` : ''}`;
  return (
    <Stack gap="md">
      <Title order={2}>{t('outbox.title')}</Title>
      <Text size="sm" c="dimmed" maw={820}>
        {t('outbox.intro')}
      </Text>
      {status.data && <StatusLines status={status.data} />}
      <Pending />
      {!!counts?.uncertain && (
        <Alert color="orange" data-testid="uncertain-alert">
          {t('outbox.attention', { count: counts.uncertain })}
        </Alert>
      )}
      <Select
        label={t('outbox.filter')}
        w={220}
        allowDeselect={false}
        data={[{ value: '', label: t('outbox.all') }, ...outboxStates.map((s) => ({ value: s, label: label(s) }))]}
        value={state}
        onChange={(v) => {
          setState((v ?? '') as OutboxState | '');
          setPage(1);
        }}
      />
      <Paper withBorder>
        {list.data && list.data.total === 0 ? (
          <Text p="md" c="dimmed">
            {t('outbox.empty')}
          </Text>
        ) : (
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                {(['customer', 'subject', 'state', 'tries', 'reason', 'queuedAt', 'actions'] as const).map((c) => (
                  <Table.Th key={c} ta={c === 'tries' ? 'right' : undefined}>
                    {t(`outbox.columns.${c}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.rows.map((m) => <MessageRow key={m.id} m={m} onAgain={setAgain} />)}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      {list.data && list.data.total > PAGE && <Pagination total={Math.ceil(list.data.total / PAGE)} value={page} onChange={setPage} />}
      {again && <SendAgainModal m={again} onClose={() => setAgain(null)} />}
    </Stack>
  );
}
