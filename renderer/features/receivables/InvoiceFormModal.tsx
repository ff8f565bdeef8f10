import { Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, isRealDate } from '../../../shared/domain/dates';
import { type Invoice, type InvoiceInput, invoiceInputSchema } from '../../../shared/domain/invoice/invoice';
import { centsToUnits, unitsToCents } from '../../../shared/domain/money/money';
import { formatReference, parseStructuredReference } from '../../../shared/domain/payment/reference';
import { type FieldIssue, zodIssues } from '../../../shared/result';
import { api, unwrap } from '../../api';
import { useErrorText } from '../../app/errors';
import { FormActions } from '../../app/FormActions';
import { MoneyInput } from '../../app/MoneyInput';
import { FormModal } from '../../app/discard';
import { CustomerPicker } from './CustomerPicker';
import { DateField } from '../../app/DateField';

/** The currencies offered; EUR first, as the office's own. */
export const currencies = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'DKK', 'NOK', 'PLN', 'CZK'] as const;

type Values = {
  customerId: string | null;
  number: string;
  issueDate: string;
  dueDate: string;
  currency: string;
  amount: number | string;
  paymentReference: string;
};

export type FixedCustomer = { id: string; name: string; number: string; paymentTermsDays: number };

function toInput(v: Values): InvoiceInput {
  const cents = v.amount === '' ? Number.NaN : unitsToCents(Number(v.amount));
  return {
    number: v.number,
    customerId: v.customerId ?? '',
    issueDate: v.issueDate,
    dueDate: v.dueDate,
    currency: v.currency,
    amountCents: cents,
    openCents: cents,
    paymentReference: v.paymentReference,
  };
}

// A new invoice is wholly open, so what the schema says about the open amount is said about the amount.
const formField = (field: string) => (field === 'amountCents' || field === 'openCents' ? 'amount' : field);

/** The invoice being corrected (from the invoice view) with its customer's name for the picker. */
export type EditedInvoice = { invoice: Invoice; customerLabel: string };

/**
 * An invoice entered by hand, for one customer (from its card) or any (from the receivables screen), or one being
 * corrected (`editing`; the store refuses once anything settled or reminded it). The due date follows the invoice
 * date by the customer's payment terms until the user sets it (always, when editing); the shared schema checks the
 * form, and main checks again (a taken number is only known there).
 */
export function InvoiceFormModal({ customer, editing, today, onClose }: { customer?: FixedCustomer; editing?: EditedInvoice; today: string; onClose(saved?: Invoice): void }) {
  const edited = editing?.invoice;
  const { t } = useTranslation();
  const errors = useErrorText();
  const [terms, setTerms] = useState<number | null>(customer?.paymentTermsDays ?? null);
  const [dueByHand, setDueByHand] = useState(edited !== undefined);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: edited
      ? {
          customerId: edited.customerId,
          number: edited.number,
          issueDate: edited.issueDate,
          dueDate: edited.dueDate,
          currency: edited.currency,
          amount: centsToUnits(edited.amountCents),
          paymentReference: '',
        }
      : {
          customerId: customer?.id ?? null,
          number: '',
          issueDate: today,
          dueDate: customer ? addDays(today, customer.paymentTermsDays) : today,
          currency: 'EUR',
          amount: '',
          paymentReference: '',
        },
    validate: (values) => {
      const issues: FieldIssue[] = [];
      const parsed = invoiceInputSchema.safeParse(toInput(values));
      if (!parsed.success) issues.push(...zodIssues(parsed.error));
      const out: Record<string, string> = {};
      for (const i of issues) out[formField(i.field)] ??= errors.word(i);
      // The schema checks these across fields only once every field is valid; the form says them at once.
      if (values.paymentReference.trim() && !parseStructuredReference(values.paymentReference)) out.paymentReference ??= t('errors.invoice.reference');
      if (values.dueDate && values.issueDate && values.dueDate < values.issueDate) out.dueDate ??= t('errors.invoice.dueBeforeIssue');
      if (values.amount === '') out.amount = t('errors.required');
      if (!values.customerId) out.customerId = t('errors.required');
      return out;
    },
  });

  const dueFrom = (issueDate: string, days: number | null) => (days !== null && isRealDate(issueDate) ? addDays(issueDate, days) : issueDate);

  const chooseCustomer = async (id: string | null) => {
    form.setFieldValue('customerId', id);
    if (!id) return;
    const card = await unwrap(api().customers.get({ id }));
    setTerms(card.customer.paymentTermsDays);
    if (!dueByHand) form.setFieldValue('dueDate', dueFrom(form.getValues().issueDate, card.customer.paymentTermsDays));
  };

  const submit = form.onSubmit(async (values) => {
    const result = edited ? await api().invoices.update({ id: edited.id, fields: toInput(values) }) : await api().invoices.create(toInput(values));
    if (!result.ok) {
      const issues = result.error.details?.issues ?? [];
      if (issues.length > 0) form.setErrors(Object.fromEntries(issues.map((i) => [formField(i.field), errors.word(i)])));
      else notifications.show({ color: 'red', title: t('errors.title'), message: t(`errors.codes.${result.error.code}`) });
      return;
    }
    notifications.show({ color: 'teal', message: t(edited ? 'invoices.updated' : 'invoices.created', { number: result.value.number }) });
    onClose(result.value);
  });

  const f = (key: keyof Values) => ({ ...form.getInputProps(key), key: form.key(key) });
  const currency = form.getValues().currency;
  return (
    <FormModal
      dirty={form.isDirty()}
      onClose={() => onClose()}
      size="lg"
      title={edited ? t('invoices.editTitle', { number: edited.number }) : customer ? t('invoices.createFor', { name: customer.name }) : t('invoices.createTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {customer ? (
            <Text size="sm" c="dimmed">
              {t('invoices.termsHint', { count: customer.paymentTermsDays })}
            </Text>
          ) : (
            <CustomerPicker
              label={t('invoices.fields.customer')}
              required
              initial={editing && { value: editing.invoice.customerId, label: editing.customerLabel }}
              value={form.getValues().customerId}
              error={form.errors.customerId as string | undefined}
              onChange={(id) => void chooseCustomer(id)}
            />
          )}
          <SimpleGrid cols={2}>
            <TextInput label={t('invoices.fields.number')} required data-autofocus {...f('number')} />
            <Select label={t('invoices.fields.currency')} data={[...currencies]} allowDeselect={false} {...f('currency')} />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <DateField
              label={t('invoices.fields.issueDate')}
              required
              {...f('issueDate')}
              onChange={(issueDate) => {
                form.setFieldValue('issueDate', issueDate);
                if (!dueByHand) form.setFieldValue('dueDate', dueFrom(issueDate, terms));
              }}
            />
            <DateField
              label={t('invoices.fields.dueDate')}
              description={!dueByHand && terms !== null ? t('invoices.dueFromTerms', { count: terms }) : undefined}
              required
              {...f('dueDate')}
              onChange={(dueDate) => {
                setDueByHand(true);
                form.setFieldValue('dueDate', dueDate);
              }}
            />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <MoneyInput label={t('invoices.fields.amount')} required currency={currency} prefix={currency === 'EUR' ? '€ ' : `${currency} `} {...f('amount')} />
            <TextInput
              label={t('invoices.fields.ownReference')}
              description={
                edited?.paymentReference
                  ? t('invoices.keepReferenceHint', { reference: formatReference(edited.paymentReference.scheme, edited.paymentReference.value) })
                  : t('invoices.ownReferenceHint')
              }
              {...f('paymentReference')}
            />
          </SimpleGrid>
          <FormActions onCancel={() => onClose()} submitting={form.submitting} />
        </Stack>
      </form>
    </FormModal>
  );
}
