import { Badge, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerCard } from '../../../../shared/contract';
import { daysBetween } from '../../../../shared/domain/dates';
import type { Invoice } from '../../../../shared/domain/invoice/invoice';
import { formatReference } from '../../../../shared/domain/payment/reference';
import { InvoiceActions } from './InvoiceActions';
import { useFormat } from '../../../i18n/format';

function Figure({ label, value, color, testId }: { label: string; value: string; color?: string; testId?: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={650} c={color} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

/** Disputed and promised invoices have colours of their own; they are not dunned while so. */
function rowColor(i: Invoice, days: number, today: string): string | undefined {
  if (i.disputed) return 'var(--mantine-color-grape-light)';
  if (i.promisedDate && i.promisedDate >= today) return 'var(--mantine-color-blue-light)';
  return overdueColor(days);
}

/** Overdue invoices shade from amber to red with age, as in every credit-control list. */
export function overdueColor(days: number): string | undefined {
  if (days <= 0) return undefined;
  if (days <= 30) return 'var(--mantine-color-yellow-light)';
  if (days <= 60) return 'var(--mantine-color-orange-light)';
  return 'var(--mantine-color-red-light)';
}

export function FinancialTab({ card }: { card: CustomerCard }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { customer, openInvoices, today } = card;
  const limit = customer.creditLimitCents;
  const use = limit && limit > 0 ? customer.openBalanceCents / limit : null;
  const currencies = Object.keys(card.openByCurrency).filter((c) => c !== 'EUR');
  return (
    <Stack gap="md">
      <SimpleGrid cols={3}>
        <Figure label={t('customer.financial.openBalance')} value={fmt.money(customer.openBalanceCents)} testId="open-balance" />
        <Figure
          label={t('customer.financial.overdue')}
          value={fmt.money(card.overdueByCurrency.EUR ?? 0)}
          color={(card.overdueByCurrency.EUR ?? 0) > 0 ? 'red.7' : undefined}
          testId="overdue"
        />
        <Paper withBorder p="md">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('customer.financial.creditLimit')}
          </Text>
          <Text size="xl" fw={650}>
            {limit === null ? t('customer.financial.noLimit') : fmt.money(limit)}
          </Text>
          {use !== null && (
            <>
              <Progress value={Math.min(100, use * 100)} color={use > 1 ? 'red' : use > 0.8 ? 'orange' : 'teal'} mt="xs" />
              <Text size="xs" c="dimmed" mt={4}>
                {t('customer.financial.creditUse', { percent: fmt.percent(use) })}
              </Text>
            </>
          )}
        </Paper>
      </SimpleGrid>
      {currencies.map((c) => (
        <Text key={c} size="sm" c="dimmed">
          {c}: {fmt.money(card.openByCurrency[c] ?? 0, c)}
        </Text>
      ))}
      <Paper withBorder p="md">
        <Title order={5} mb="sm">
          {t('customer.financial.openInvoices')}
        </Title>
        {openInvoices.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('customer.financial.noOpenInvoices')}
          </Text>
        ) : (
          <Table striped={false} highlightOnHover data-testid="open-invoices">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('customer.financial.columns.number')}</Table.Th>
                <Table.Th>{t('customer.financial.columns.issueDate')}</Table.Th>
                <Table.Th>{t('customer.financial.columns.dueDate')}</Table.Th>
                <Table.Th ta="right">{t('customer.financial.columns.amount')}</Table.Th>
                <Table.Th ta="right">{t('customer.financial.columns.open')}</Table.Th>
                <Table.Th ta="right">{t('customer.financial.columns.daysOverdue')}</Table.Th>
                <Table.Th>{t('customer.financial.columns.reference')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {openInvoices.map((i) => {
                const days = daysBetween(i.dueDate, today);
                return (
                  <Table.Tr key={i.id} style={{ background: rowColor(i, days, today) }} data-testid="invoice-row">
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        {i.number}
                        {i.disputed && (
                          <Badge size="xs" color="grape" title={i.disputeReason}>
                            {t('customer.financial.disputed')}
                          </Badge>
                        )}
                        {i.promisedDate && i.promisedDate >= today && (
                          <Badge size="xs" color="blue" title={i.promiseNote}>
                            {t('customer.financial.promised', { date: fmt.date(i.promisedDate) })}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{fmt.date(i.issueDate)}</Table.Td>
                    <Table.Td>{fmt.date(i.dueDate)}</Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {fmt.money(i.amountCents, i.currency)}
                    </Table.Td>
                    <Table.Td ta="right" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {fmt.money(i.openCents, i.currency)}
                    </Table.Td>
                    <Table.Td ta="right">{days > 0 ? days : <Text span size="sm" c="dimmed">{t('customer.financial.notDue')}</Text>}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                      {i.paymentReference ? formatReference(i.paymentReference.scheme, i.paymentReference.value) : ''}
                    </Table.Td>
                    <Table.Td>
                      <InvoiceActions invoice={i} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
