import { ActionIcon, Badge, Button, Group, Menu, Modal, Paper, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCopy, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf, DefOf } from '../../../../shared/contract';
import { api, unwrap } from '../../../api';
import { useErrorText } from '../../../app/errors';
import { useFormat } from '../../../i18n/format';

export type PolicyRow = OutputOf<DefOf<'policies.list'>>[number];

/** Deleting an own policy or resetting a shipped one, after the user confirmed it; the store refuses one in use. */
function useRemoval() {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [confirming, setConfirming] = useState<PolicyRow | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    if (!confirming) return;
    setBusy(true);
    try {
      await unwrap(api().policies.remove({ id: confirming.id }));
      notifications.show({ color: 'teal', message: t(confirming.shipped ? 'policies.list.resetDone' : 'policies.list.removed', { name: confirming.name }) });
      setConfirming(null);
    } catch (e) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errors.message(e) });
    } finally {
      setBusy(false);
    }
  };
  return { confirming, ask: setConfirming, cancel: () => setConfirming(null), confirm, busy };
}

type Props = { rows: PolicyRow[]; onEdit(row: PolicyRow): void; onCopy(row: PolicyRow): void };

/** Settings → Dunning policies: every policy the office has, shipped or its own, and what uses it. */
export function PolicyList({ rows, onEdit, onCopy }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const removal = useRemoval();
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Title order={5}>{t('policies.list.title')}</Title>
        <Menu position="bottom-end">
          <Menu.Target>
            <Button leftSection={<IconCopy size={16} />}>{t('policies.list.copy')}</Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('policies.list.copyOf')}</Menu.Label>
            {rows.map((r) => (
              <Menu.Item key={r.id} onClick={() => onCopy(r)}>
                {r.name}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('policies.list.intro')}
      </Text>
      <Table.ScrollContainer minWidth={680} type="native">
        <Table highlightOnHover data-testid="policy-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('policies.list.name')}</Table.Th>
              <Table.Th>{t('policies.list.law')}</Table.Th>
              <Table.Th>{t('policies.list.mode')}</Table.Th>
              <Table.Th ta="right">{t('policies.list.levels')}</Table.Th>
              <Table.Th ta="right">{t('policies.list.customers')}</Table.Th>
              <Table.Th w={90} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id} data-testid="policy-row">
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={500}>
                      {r.name}
                    </Text>
                    {r.shipped && (
                      <Badge size="xs" variant="light" color="gray">
                        {t('policies.list.shipped')}
                      </Badge>
                    )}
                    {r.edited && (
                      <Badge size="xs" variant="light" color="orange">
                        {t('policies.list.edited')}
                      </Badge>
                    )}
                    {!r.shipped && (
                      <Badge size="xs" variant="light" color="teal">
                        {t('policies.list.own')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {fmt.country(r.law.country)}
                    <Text span c="dimmed" size="sm" ml={6}>
                      {t(`policies.kinds.${r.law.kind}`)}
                    </Text>
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`policies.modes.${r.mode}`)}</Text>
                </Table.Td>
                <Table.Td ta="right">{r.levels.length}</Table.Td>
                <Table.Td ta="right">{r.customers}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Tooltip label={t('policies.list.edit', { name: r.name })}>
                      <ActionIcon variant="subtle" aria-label={t('policies.list.edit', { name: r.name })} onClick={() => onEdit(r)}>
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    {r.shipped ? (
                      r.edited && (
                        <Tooltip label={t('policies.list.reset', { name: r.name })}>
                          <ActionIcon variant="subtle" color="orange" aria-label={t('policies.list.reset', { name: r.name })} onClick={() => removal.ask(r)}>
                            <IconArrowBackUp size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )
                    ) : (
                      <Tooltip label={t('policies.list.remove', { name: r.name })}>
                        <ActionIcon variant="subtle" color="red" aria-label={t('policies.list.remove', { name: r.name })} onClick={() => removal.ask(r)}>
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={removal.confirming !== null}
        onClose={removal.cancel}
        title={removal.confirming && t(removal.confirming.shipped ? 'policies.list.resetTitle' : 'policies.list.removeTitle', { name: removal.confirming.name })}
      >
        <Text size="sm">{removal.confirming && t(removal.confirming.shipped ? 'policies.list.resetBody' : 'policies.list.removeBody')}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={removal.cancel}>
            {t('common.cancel')}
          </Button>
          <Button color={removal.confirming?.shipped ? 'orange' : 'red'} loading={removal.busy} onClick={() => void removal.confirm()}>
            {removal.confirming?.shipped ? t('policies.list.resetConfirm') : t('common.delete')}
          </Button>
        </Group>
      </Modal>
    </Paper>
  );
}
