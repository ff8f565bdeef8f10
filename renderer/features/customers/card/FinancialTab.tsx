import { Button, Group, Paper, Progress, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { IconCash, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerCard } from '../../../../shared/contract';
import { useFormat } from '../../../i18n/format';
import { CustomerPayments } from '../../receivables/CustomerPayments';
import { InvoiceDrawer } from '../../receivables/InvoiceDrawer';
import { InvoiceFormModal } from '../../receivables/InvoiceFormModal';
import { PaymentFormModal } from '../../receivables/PaymentFormModal';
import { ReceivablesTable } from '../../receivables/ReceivablesTable';

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

/** The customer's money: figures, every invoice (shaded by standing), and the payments and credit notes. */
export function FinancialTab({ card }: { card: CustomerCard }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { customer, openInvoices, today } = card;
  const [showAll, setShowAll] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'invoice' | 'payment' | null>(null);
  const limit = customer.creditLimitCents;
  const use = limit && limit > 0 ? customer.openBalanceCents / limit : null;
  const currencies = Object.keys(card.openByCurrency).filter((c) => c !== 'EUR');
  return (
    <Stack gap="md">
      <SimpleGrid cols={4}>
        <Figure label={t('customers.financial.openBalance')} value={fmt.money(customer.openBalanceCents)} testId="open-balance" />
        <Figure
          label={t('customers.financial.overdue')}
          value={fmt.money(card.overdueByCurrency.EUR ?? 0)}
          color={(card.overdueByCurrency.EUR ?? 0) > 0 ? 'red.7' : undefined}
          testId="overdue"
        />
        <Figure label={t('customers.financial.credit')} value={fmt.money(customer.creditCents)} color={customer.creditCents > 0 ? 'teal.8' : undefined} testId="customer-credit" />
        <Paper withBorder p="md">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('customers.financial.creditLimit')}
          </Text>
          <Text size="xl" fw={650}>
            {limit === null ? t('customers.financial.noLimit') : fmt.money(limit)}
          </Text>
          {use !== null && (
            <>
              <Progress value={Math.min(100, use * 100)} color={use > 1 ? 'red' : use > 0.8 ? 'orange' : 'teal'} mt="xs" />
              <Text size="xs" c="dimmed" mt={4}>
                {t('customers.financial.creditUse', { percent: fmt.percent(use) })}
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
        <Group justify="space-between" mb="sm">
          <Group gap="lg">
            <Title order={5}>{t(showAll ? 'customers.financial.allInvoices' : 'customers.financial.openInvoices')}</Title>
            <Switch label={t('customers.financial.showPaid')} checked={showAll} onChange={(e) => setShowAll(e.currentTarget.checked)} />
          </Group>
          <Group gap="xs">
            <Button size="xs" variant="default" leftSection={<IconCash size={14} />} onClick={() => setDialog('payment')}>
              {t('payments.record')}
            </Button>
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setDialog('invoice')}>
              {t('invoices.new')}
            </Button>
          </Group>
        </Group>
        <ReceivablesTable
          filter={{ customerId: customer.id, status: showAll ? 'all' : 'open' }}
          customerColumn={false}
          maxRows={12}
          onOpen={setOpenId}
          empty={t(showAll ? 'customers.financial.noInvoices' : 'customers.financial.noOpenInvoices')}
        />
      </Paper>
      <CustomerPayments customerId={customer.id} openInvoices={openInvoices} />
      <InvoiceDrawer id={openId} onClose={() => setOpenId(null)} />
      {dialog === 'invoice' && (
        <InvoiceFormModal
          customer={customer}
          today={today}
          onClose={(created) => {
            setDialog(null);
            if (created) setOpenId(created.id);
          }}
        />
      )}
      {dialog === 'payment' && <PaymentFormModal customerId={customer.id} openInvoices={openInvoices} today={today} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
