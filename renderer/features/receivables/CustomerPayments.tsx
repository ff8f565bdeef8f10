import { Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../../shared/domain/invoice/invoice';
import { centsToUnits, unitsToCents } from '../../../shared/domain/money/money';
import type { Credit } from '../../../shared/domain/payment/credit';
import { api, unwrap, useChannel } from '../../api';
import { useErrorText } from '../../app/errors';
import { FormActions } from '../../app/FormActions';
import { MoneyInput } from '../../app/MoneyInput';
import { FormModal, useChanged } from '../../app/discard';
import { UndoAllocationButton } from './UndoAllocationButton';
import { ReasonModal } from '../../app/ReasonModal';
import { useFormat } from '../../i18n/format';

/** Allocates (part of) a credit's unallocated rest to one open invoice of its customer in the same currency. */
function AllocateModal({ credit, openInvoices, onClose }: { credit: Credit; openInvoices: Invoice[]; onClose(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errors = useErrorText();
  const candidates = openInvoices.filter((i) => i.currency === credit.currency && i.openCents > 0).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const [invoiceId, setInvoiceId] = useState<string | null>(candidates[0]?.id ?? null);
  const fits = (id: string | null) => Math.min(credit.unallocatedCents, candidates.find((i) => i.id === id)?.openCents ?? 0);
  const [amount, setAmount] = useState<number | string>(centsToUnits(fits(invoiceId)));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const dirty = useChanged({ invoiceId, amount });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!invoiceId) return setFieldErrors({ invoiceId: t('errors.required') });
    if (amount === '' || Number(amount) <= 0) return setFieldErrors({ amount: t(amount === '' ? 'errors.required' : 'errors.amount') });
    setSaving(true);
    try {
      await unwrap(api().payments.allocate({ creditId: credit.id, allocations: [{ invoiceId, amountCents: unitsToCents(Number(amount)) }] }));
      notifications.show({ color: 'teal', message: t('payments.allocatedDone') });
      onClose();
    } catch (err) {
      const byField = errors.fieldErrors(err);
      setFieldErrors({
        invoiceId: byField['allocations.0.invoiceId'] ?? '',
        amount: byField['allocations.0.amountCents'] ?? byField.allocations ?? (Object.keys(byField).length === 0 ? errors.message(err) : ''),
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormModal dirty={dirty} onClose={onClose} title={t('payments.allocateTitle', { amount: fmt.money(credit.unallocatedCents, credit.currency) })}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Select
            label={t('payments.invoice')}
            required
            data={candidates.map((i) => ({ value: i.id, label: `${i.number} · ${fmt.date(i.dueDate)} · ${fmt.money(i.openCents, i.currency)}` }))}
            value={invoiceId}
            error={fieldErrors.invoiceId || undefined}
            nothingFoundMessage={t('payments.noOpenInvoices', { currency: credit.currency })}
            onChange={(id) => {
              setInvoiceId(id);
              setAmount(centsToUnits(fits(id)));
            }}
          />
          <MoneyInput
            label={t('payments.fields.amount')}
            required
            currency={credit.currency} prefix={credit.currency === 'EUR' ? '€ ' : `${credit.currency} `}
            value={amount}
            error={fieldErrors.amount || undefined}
            onChange={setAmount}
          />
          <FormActions onCancel={onClose} submitting={saving} />
        </Stack>
      </form>
    </FormModal>
  );
}

/**
 * A customer's payments and credit notes, what each settled (undoable), and what is left as credit. One booked by
 * mistake is reversed; it stays listed, marked reversed with who, when and why.
 */
export function CustomerPayments({ customerId, openInvoices }: { customerId: string; openInvoices: Invoice[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [allocating, setAllocating] = useState<Credit | null>(null);
  const [reversing, setReversing] = useState<Credit | null>(null);
  const reverse = async (credit: Credit, reason: string) => {
    await unwrap(api().payments.reverse({ id: credit.id, reason }));
    notifications.show({ color: 'teal', message: t('payments.reversed', { amount: fmt.money(credit.amountCents, credit.currency) }) });
    setReversing(null);
  };
  const data = useChannel('payments.forCustomer', { customerId });
  const credits = data.data?.credits ?? [];
  return (
    <Paper withBorder p="md">
      <Title order={5} mb="sm">
        {t('payments.listTitle')}
      </Title>
      {credits.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('payments.none')}
        </Text>
      ) : (
        <Stack gap="sm" data-testid="credits">
          {credits.map((c) => {
            const allocations = (data.data?.allocations ?? []).filter((a) => a.creditId === c.id);
            return (
              <Paper key={c.id} withBorder p="sm" data-testid="credit" data-reversed={c.reversal ? 'true' : undefined} style={c.reversal ? { opacity: 0.75 } : undefined}>
                <Group justify="space-between" wrap="nowrap">
                  <Group gap="sm">
                    <Badge variant="light" color={c.kind === 'payment' ? 'teal' : 'indigo'}>
                      {t(`payments.kinds.${c.kind}`)}
                    </Badge>
                    <Text size="sm">{fmt.date(c.date)}</Text>
                    <Text size="sm" fw={600} td={c.reversal ? 'line-through' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {fmt.money(c.amountCents, c.currency)}
                    </Text>
                    {c.reversal && (
                      <Badge variant="outline" color="red">
                        {t('payments.reversedBadge')}
                      </Badge>
                    )}
                    {c.reference && (
                      <Text size="sm" c="dimmed">
                        {c.reference}
                      </Text>
                    )}
                  </Group>
                  <Group gap="sm" wrap="nowrap">
                    {c.unallocatedCents > 0 && (
                      <>
                        <Text size="sm" c="teal.8" data-testid="credit-unallocated">
                          {t('payments.unallocated', { amount: fmt.money(c.unallocatedCents, c.currency) })}
                        </Text>
                        <Button size="compact-sm" variant="light" onClick={() => setAllocating(c)}>
                          {t('payments.allocate')}
                        </Button>
                      </>
                    )}
                    {!c.reversal && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        aria-label={t(`payments.reverseFor.${c.kind}`, { amount: fmt.money(c.amountCents, c.currency), date: fmt.date(c.date) })}
                        onClick={() => setReversing(c)}
                      >
                        {t('payments.reverse')}
                      </Button>
                    )}
                  </Group>
                </Group>
                {c.note && (
                  <Text size="xs" c="dimmed" mt={4}>
                    {c.note}
                  </Text>
                )}
                {c.reversal && (
                  <Text size="xs" c="red.8" mt={4} data-testid="credit-reversal">
                    {t('payments.reversedBy', { who: c.reversal.by, when: fmt.instant(c.reversal.at), reason: c.reversal.reason })}
                  </Text>
                )}
                {allocations.length > 0 && (
                  <Table mt="xs" verticalSpacing={2} fz="sm">
                    <Table.Tbody>
                      {allocations.map((a) => (
                        <Table.Tr key={a.id} data-testid="credit-allocation">
                          <Table.Td>{t('payments.allocationTo', { number: a.invoiceNumber })}</Table.Td>
                          <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                            {fmt.money(a.amountCents, c.currency)}
                          </Table.Td>
                          <Table.Td c="dimmed">{t('common.createdBy', { when: fmt.instant(a.createdAt), who: a.createdBy })}</Table.Td>
                          <Table.Td ta="right">
                            <UndoAllocationButton
                              allocationId={a.id}
                              label={t('payments.undoFor', { number: a.invoiceNumber, amount: fmt.money(a.amountCents, c.currency) })}
                            />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
              </Paper>
            );
          })}
        </Stack>
      )}
      {allocating && <AllocateModal credit={allocating} openInvoices={openInvoices} onClose={() => setAllocating(null)} />}
      {reversing && (
        <ReasonModal
          title={t(`payments.reverseTitle.${reversing.kind}`, { amount: fmt.money(reversing.amountCents, reversing.currency) })}
          reasonLabel={t('payments.reverseReason')}
          confirmLabel={t('payments.reverseConfirm')}
          onConfirm={(reason) => reverse(reversing, reason)}
          onClose={() => setReversing(null)}
        >
          {t('payments.reverseBody')}
        </ReasonModal>
      )}
    </Paper>
  );
}
