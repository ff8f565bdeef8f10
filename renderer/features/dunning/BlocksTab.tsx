import { Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { callChannel, unwrap, useChannel } from '../../api';
import { BlockList } from './BlockList';
import { useAction } from './RunTab';

/** The invoices handed over to a collection agency, exported as one file with their reminders and dossier. */
function Handover() {
  const { t } = useTranslation();
  const rows = useChannel('dunning.handover', {});
  const { busy, run } = useAction();
  const count = rows.data?.length ?? 0;
  return (
    <Group justify="space-between" data-testid="handover">
      <Text size="sm">{count === 0 ? t('dunning.handover.none') : t('dunning.handover.count', { count })}</Text>
      <Button
        variant="default"
        leftSection={<IconFileExport size={16} />}
        disabled={count === 0}
        loading={busy}
        onClick={() => void run(() => unwrap(callChannel('documents.handover', {})), (r) => t('dunning.handover.exported', { count: r.rows }))}
      >
        {t('dunning.handover.export')}
      </Button>
    </Group>
  );
}

/** Every dunning block that holds today, across customers; hand-overs to a collection agency among them. */
export function BlocksTab() {
  const blocks = useChannel('blocks.list', {});
  if (!blocks.data) return <Loader size="sm" />;
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Handover />
      </Paper>
      <Paper withBorder p="md">
        <BlockList blocks={blocks.data} showCustomer />
      </Paper>
    </Stack>
  );
}
