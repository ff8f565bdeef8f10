import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeliveryState, Reminder } from '../../../shared/domain/dunning/records';
import { useFormat } from '../../i18n/format';
import { useDunningWords } from './labels';

export const stateColor: Record<DeliveryState, string> = { to_deliver: 'blue', delivered: 'teal', failed: 'red' };

/** A customer's reminders: what, when, to whom, and whether it arrived. */
export function ReminderHistory({ reminders }: { reminders: Reminder[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const words = useDunningWords();
  if (reminders.length === 0) return <Text size="sm" c="dimmed">{t('dunning.customer.noHistory')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing={4} data-testid="reminder-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dunning.columns.runDate')}</Table.Th>
            <Table.Th>{t('dunning.columns.level')}</Table.Th>
            <Table.Th>{t('dunning.columns.channel')}</Table.Th>
            <Table.Th>{t('dunning.columns.invoices')}</Table.Th>
            <Table.Th ta="right">{t('dunning.columns.total')}</Table.Th>
            <Table.Th>{t('dunning.columns.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reminders.map((r) => (
            <Table.Tr key={r.id} data-testid="history-row">
              <Table.Td>{fmt.date(r.runDate)}</Table.Td>
              <Table.Td>{words.level(r)}</Table.Td>
              <Table.Td>{words.channel(r.channel)}</Table.Td>
              <Table.Td>{r.items.map((i) => i.number).join(', ')}</Table.Td>
              <Table.Td ta="right">{fmt.money(r.totalCents, r.currency)}</Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" color={stateColor[r.state]}>
                  {t(`dunning.states.${r.state}`)}
                </Badge>
                {r.deliveredOn && (
                  <Text size="xs" c="dimmed">
                    {fmt.date(r.deliveredOn)} {r.via ? t(`dunning.vias.${r.via}`) : ''}
                    {r.recipient ? ` · ${t('dunning.customer.to', { to: r.recipient.email || r.recipient.contactPerson || r.recipient.phone })}` : ''}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
