import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { blockRowSchema } from '../../../shared/domain/dunning/records';
import { callChannel, unwrap } from '../../api';
import { useFormat } from '../../i18n/format';
import { useAction } from './RunTab';

type BlockRow = z.infer<typeof blockRowSchema>;

/** Blocks that hold today: what, why, until when, set by whom; each can be lifted. */
export function BlockList({ blocks, showCustomer }: { blocks: BlockRow[]; showCustomer: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { busy, run } = useAction();
  if (blocks.length === 0) return <Text size="sm" c="dimmed">{t('dunning.blocks.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={4} data-testid="block-table">
        <Table.Thead>
          <Table.Tr>
            {showCustomer && <Table.Th>{t('dunning.columns.customer')}</Table.Th>}
            <Table.Th>{t('dunning.columns.scope')}</Table.Th>
            <Table.Th>{t('dunning.columns.reason')}</Table.Th>
            <Table.Th>{t('dunning.columns.until')}</Table.Th>
            <Table.Th>{t('dunning.columns.created')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {blocks.map((b) => (
            <Table.Tr key={b.id} data-testid="block-row">
              {showCustomer && <Table.Td>{b.customerName}</Table.Td>}
              <Table.Td>{b.scope === 'customer' ? t('dunning.blocks.customer') : t('dunning.blocks.invoice', { number: b.invoiceNumber })}</Table.Td>
              <Table.Td>{b.handover ? t('dunning.blocks.handover') : b.reason}</Table.Td>
              <Table.Td>{b.until ? fmt.date(b.until) : t('dunning.blocks.indefinite')}</Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {t('common.createdBy', { when: fmt.instant(b.createdAt), who: b.createdBy })}
                </Text>
              </Table.Td>
              <Table.Td>
                <Button size="compact-xs" variant="subtle" loading={busy} onClick={() => void run(() => unwrap(callChannel('blocks.lift', { id: b.id })), () => t('dunning.blocks.lifted'))}>
                  {t('dunning.blocks.lift')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
