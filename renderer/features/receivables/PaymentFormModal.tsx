import { Alert, Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSortAscendingNumbers } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../../shared/domain/invoice/invoice';
import { centsToUnits, unitsToCents } from '../../../shared/domain/money/money';
import { type CreditInput, creditInputSchema, type CreditKind, creditKinds } from '../../../shared/domain/payment/credit';
import { type FieldIssue, zodIssues } from '../../../shared/result';
import { api } from '../../api';
import { useErrorText } from '../../app/errors';
import { FormActions } from '../../app/FormActions';
import { MoneyInput } from '../../app/MoneyInput';
import { FormModal, useChanged } from '../../app/discard';
import { useFormat } from '../../i18n/format';
import { DateField } from '../../app/DateField';

const cents = (v: number | string): number => (v === '' ? 0 : unitsToCents(Number(v)));

/**
 * Books a payment or credit note for one customer and allocates it to its open invoices in the same currency,
 * fully or partly; what is not allocated stays as credit on the customer. Main checks it all again in one
 * transaction: an allocation above what is open, or above the money, changes nothing. `creditNoteFor` opens it as
 * the correction of one invoice: a credit note of what is open on it, allocated to it, for the user to adjust.
 */
export function PaymentFormModal({
  customerId,
  openInvoices,
  today,
  creditNoteFor,
  onClose,
}: {
  customerId: string;
  openInvoices: Invoice[];
  today: string;
  creditNoteFor?: Invoice;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errors = useErrorText();
  const inCurrencies = [...new Set(['EUR', ...openInvoices.map((i) => i.currency)])];
  const [kind, setKind] = useState<CreditKind>(creditNoteFor ? 'credit_note' : 'payment');
  const [date, setDate] = useState(today);
  const [currency, setCurrency] = useState(creditNoteFor?.currency ?? 'EUR');
  const [amount, setAmount] = useState<number | string>(creditNoteFor ? centsToUnits(creditNoteFor.openCents) : '');
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [shares, setShares] = useState<Record<string, number | string>>(creditNoteFor ? { [creditNoteFor.id]: centsToUnits(creditNoteFor.openCents) } : {});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const dirty = useChanged({ kind, date, currency, amount, reference, note, shares });

  const invoices = openInvoices.filter((i) => i.currency === currency && i.openCents > 0).sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number));
  const amountCents = cents(amount);
  const allocated = invoices.reduce((s, i) => s + cents(shares[i.id] ?? ''), 0);
  const rest = amountCents - allocated;

  const oldestFirst = () => {
    let left = amountCents;
    const next: Record<string, number> = {};
    for (const i of invoices) {
      const share = Math.min(left, i.openCents);
      if (share > 0) next[i.id] = centsToUnits(share);
      left -= share;
    }
    setShares(next);
  };

  const toInput = (): CreditInput => ({
    customerId,
    kind,
    date,
    currency,
    amountCents: amount === '' ? Number.NaN : unitsToCents(Number(amount)),
    reference,
    note,
    allocations: invoices.filter((i) => cents(shares[i.id] ?? '') !== 0).map((i) => ({ invoiceId: i.id, amountCents: cents(shares[i.id]!) })),
  });

  /** Issues name allocations by their place in the list sent; the form shows them at the invoice's row. */
  const toFields = (issues: FieldIssue[], input: CreditInput): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const i of issues) {
      const m = /^allocations\.(\d+)\./.exec(i.field);
      const field = m ? `share-${input.allocations?.[Number(m[1])]?.invoiceId ?? ''}` : i.field === 'amountCents' ? 'amount' : i.field;
      out[field] ??= errors.word(i);
    }
    if (amount === '') out.amount = t('errors.required');
    return out;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = toInput();
    const parsed = creditInputSchema.safeParse(input);
    const local = parsed.success ? {} : toFields(zodIssues(parsed.error), input);
    if (Object.keys(local).length > 0) {
      setFieldErrors(local);
      return;
    }
    setSaving(true);
    const result = await api().payments.add(input);
    setSaving(false);
    if (!result.ok) {
      const issues = result.error.details?.issues ?? [];
      if (issues.length > 0) setFieldErrors(toFields(issues, input));
      else notifications.show({ color: 'red', title: t('errors.title'), message: t(`errors.codes.${result.error.code}`) });
      return;
    }
    notifications.show({ color: 'teal', message: t(kind === 'payment' ? 'payments.recorded' : 'payments.creditNoteRecorded', { amount: fmt.money(result.value.credit.amountCents, currency) }) });
    onClose();
  };

  return (
    <FormModal dirty={dirty} onClose={onClose} size="xl" title={creditNoteFor ? t('payments.creditNoteTitle', { number: creditNoteFor.number }) : t('payments.recordTitle')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <SegmentedControl
            aria-label={t('payments.fields.kind')}
            value={kind}
            onChange={(v) => setKind(v as CreditKind)}
            data={creditKinds.map((k) => ({ value: k, label: t(`payments.kinds.${k}`) }))}
          />
          <SimpleGrid cols={3}>
            <DateField label={t('payments.fields.date')} required value={date} error={fieldErrors.date} onChange={setDate} />
            <MoneyInput
              label={t('payments.fields.amount')}
              required
              currency={currency} prefix={currency === 'EUR' ? '€ ' : `${currency} `}
              value={amount}
              error={fieldErrors.amount}
              onChange={setAmount}
              data-autofocus
            />
            <Select
              label={t('invoices.fields.currency')}
              data={inCurrencies}
              allowDeselect={false}
              value={currency}
              onChange={(v) => (setCurrency(v ?? 'EUR'), setShares({}))}
            />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <TextInput label={t(kind === 'payment' ? 'payments.fields.reference' : 'payments.fields.creditNoteNumber')} value={reference} error={fieldErrors.reference} onChange={(e) => setReference(e.currentTarget.value)} />
            <Textarea label={t('payments.fields.note')} autosize minRows={1} value={note} error={fieldErrors.note} onChange={(e) => setNote(e.currentTarget.value)} />
          </SimpleGrid>
          <Group justify="space-between" mt="xs">
            <Text fw={600}>{t('payments.allocateTo')}</Text>
            <Button size="xs" variant="light" leftSection={<IconSortAscendingNumbers size={14} />} onClick={oldestFirst} disabled={amountCents <= 0 || invoices.length === 0}>
              {t('payments.oldestFirst')}
            </Button>
          </Group>
          {invoices.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('payments.noOpenInvoices', { currency })}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={600} maxHeight={300}>
              <Table data-testid="allocation-list" verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('receivables.columns.number')}</Table.Th>
                    <Table.Th>{t('receivables.columns.dueDate')}</Table.Th>
                    <Table.Th ta="right">{t('receivables.columns.open')}</Table.Th>
                    <Table.Th w={200}>{t('payments.share')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {invoices.map((i) => (
                    <Table.Tr key={i.id} data-testid="allocation-row">
                      <Table.Td>{i.number}</Table.Td>
                      <Table.Td>{fmt.date(i.dueDate)}</Table.Td>
                      <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {fmt.money(i.openCents, i.currency)}
                      </Table.Td>
                      <Table.Td>
                        <MoneyInput
                          size="xs"
                          aria-label={t('payments.shareFor', { number: i.number })}
                          currency={currency} prefix={currency === 'EUR' ? '€ ' : `${currency} `}
                          value={shares[i.id] ?? ''}
                          error={fieldErrors[`share-${i.id}`]}
                          onChange={(v) => setShares((s) => ({ ...s, [i.id]: v }))}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {fieldErrors.allocations && <Alert color="red">{fieldErrors.allocations}</Alert>}
          <Group justify="flex-end" gap="xl" data-testid="allocation-summary">
            <Text size="sm">{t('payments.allocated', { amount: fmt.money(allocated, currency) })}</Text>
            <Text size="sm" fw={600} c={rest < 0 ? 'red' : undefined}>
              {rest < 0 ? t('payments.overAllocatedBy', { amount: fmt.money(-rest, currency) }) : t('payments.keptAsCredit', { amount: fmt.money(rest, currency) })}
            </Text>
          </Group>
          <FormActions onCancel={onClose} submitting={saving} />
        </Stack>
      </form>
    </FormModal>
  );
}
