import { Alert, Button, Group, List, Loader, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlayerPlay, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunSummary } from '../../../shared/domain/dunning/records';
import { callChannel, unwrap, useBusinessDate, useChannel } from '../../api';
import { useErrorText } from '../../app/errors';
import { useFormat } from '../../i18n/format';
import { LeftOutList } from './LeftOutList';
import { PrintRunButton } from './PrintRun';
import { ProposalTable } from './ProposalTable';

/** Runs one store call behind a button: busy while it runs, a notification with the outcome or the refusal. */
export function useAction() {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [busy, setBusy] = useState(false);
  const run = async <T,>(work: () => Promise<T>, done?: (value: T) => string | null): Promise<T | null> => {
    setBusy(true);
    try {
      const value = await work();
      const message = done?.(value);
      if (message) notifications.show({ color: 'teal', message });
      return value;
    } catch (e) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errors.message(e) });
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

function Totals({ totals }: { totals: Record<string, number> }) {
  const fmt = useFormat();
  return <>{Object.entries(totals).map(([currency, cents]) => fmt.money(cents, currency)).join(' · ') || fmt.money(0)}</>;
}

function NoDraft({ last, today }: { last: RunSummary | null; today: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { busy, run } = useAction();
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm" align="flex-start">
        <Text>{t('dunning.run.none')}</Text>
        <Text size="sm" c="dimmed">
          {last ? t('dunning.run.last', { date: fmt.date(last.runDate), count: last.reminderCount, who: last.executedBy ?? '' }) : t('dunning.run.never')}
        </Text>
        <Group gap="xs">
          <Button leftSection={<IconPlayerPlay size={16} />} loading={busy} onClick={() => void run(() => unwrap(callChannel('dunning.propose', {})))}>
            {t('dunning.run.propose', { date: fmt.date(today) })}
          </Button>
          {last && last.reminderCount > 0 && <PrintRunButton runId={last.id} />}
        </Group>
      </Stack>
    </Paper>
  );
}

function Changes({ run }: { run: RunSummary }) {
  const { t } = useTranslation();
  if (run.changes.length === 0) return null;
  return (
    <Alert color="yellow" title={t('dunning.run.changesTitle')} data-testid="run-changes">
      <List size="sm">
        {run.changes.map((c) => (
          <List.Item key={`${c.reminderId}:${c.change}`}>
            {c.customerName}: {t(`dunning.run.changes.${c.change}`)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function ExecuteButton({ run, disabled }: { run: RunSummary; disabled: boolean }) {
  const { t } = useTranslation();
  const [confirm, setConfirm] = useState(false);
  const action = useAction();
  const execute = async () => {
    const out = await action.run(() => unwrap(callChannel('dunning.execute', { runId: run.id })));
    setConfirm(false);
    if (!out) return;
    const message =
      out.outcome === 'executed' ? t('dunning.run.executed', { count: out.run.reminderCount }) : out.outcome === 'changed' ? t('dunning.run.changed') : t('dunning.run.alreadyExecuted');
    notifications.show({ color: out.outcome === 'executed' ? 'teal' : 'yellow', message, autoClose: out.outcome === 'changed' ? false : 5000 });
  };
  return (
    <>
      <Button leftSection={<IconPlayerPlay size={16} />} disabled={disabled || run.reminderCount === 0} onClick={() => setConfirm(true)}>
        {t('dunning.run.execute')}
      </Button>
      <Modal opened={confirm} onClose={() => setConfirm(false)} title={t('dunning.run.executeTitle')}>
        <Text size="sm">{t('dunning.run.executeText', { count: run.reminderCount })}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirm(false)}>
            {t('common.cancel')}
          </Button>
          <Button loading={action.busy} onClick={() => void execute()} data-autofocus>
            {t('dunning.run.execute')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}

function DraftView({ run, today }: { run: RunSummary; today: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { busy, run: act } = useAction();
  const stale = run.runDate !== today;
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
          <Stack gap={2}>
            <Title order={4}>{t('dunning.run.proposed', { date: fmt.date(run.runDate) })}</Title>
            <Text size="sm" c="dimmed" data-testid="run-summary">
              {t('dunning.run.summary', { count: run.reminderCount, leftOut: run.leftOutCount })}
            </Text>
            <Text size="sm">
              {t('dunning.run.totals')}: <Totals totals={run.totals} />
            </Text>
          </Stack>
          <Group gap="xs">
            <Button variant="default" leftSection={<IconRefresh size={16} />} loading={busy} onClick={() => void act(() => unwrap(callChannel('dunning.refresh', { runId: run.id })))}>
              {t('dunning.run.refresh')}
            </Button>
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() => void act(() => unwrap(callChannel('dunning.discard', { runId: run.id })), () => t('dunning.run.discarded'))}
            >
              {t('dunning.run.discard')}
            </Button>
            <ExecuteButton run={run} disabled={stale} />
          </Group>
        </Group>
      </Paper>
      {stale && <Alert color="yellow">{t('dunning.run.stale', { date: fmt.date(run.runDate) })}</Alert>}
      <Changes run={run} />
      {run.reminderCount === 0 ? <Text c="dimmed">{t('dunning.run.empty')}</Text> : <ProposalTable run={run} editable={!stale} />}
      <LeftOutList run={run} editable={!stale} />
    </Stack>
  );
}

/** The dunning run: propose for today, review the draft (it survives a restart), execute it once. */
export function RunTab() {
  const overview = useChannel('dunning.overview', {});
  const today = useBusinessDate();
  if (!overview.data || !today) return <Loader size="sm" />;
  const { draft, lastExecuted } = overview.data;
  return draft ? <DraftView run={draft} today={today} /> : <NoDraft last={lastExecuted} today={today} />;
}
