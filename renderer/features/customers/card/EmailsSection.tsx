import { Button, Divider, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerCard } from '../../../../shared/contract';
import { type Customer, type EmailBookInput, emailBookInputSchema, emailBookOf } from '../../../../shared/domain/customer/customer';
import { type DocumentKind, documentKinds, type Recipient, resolveRecipient } from '../../../../shared/domain/customer/recipient';
import { AppFailure, type FieldIssue, zodIssues } from '../../../../shared/result';
import { api, unwrap } from '../../../api';
import { useErrorText } from '../../../app/errors';
import { Field } from './Field';
import { FormActions } from '../../../app/FormActions';
import { FormModal } from '../../../app/discard';

type Values = { standard: string; accounting: string; purpose: Record<DocumentKind, string> };

const viaColor: Record<Recipient['via'], string> = { purpose: 'teal', accounting: 'dimmed', standard: 'dimmed', none: 'orange' };

function toValues(c: Customer): Values {
  return {
    standard: c.email,
    accounting: c.accountingEmail,
    purpose: Object.fromEntries(documentKinds.map((k) => [k, c.purposeEmails[k] ?? ''])) as Record<DocumentKind, string>,
  };
}

/** Blank purposes are left out: no address for a purpose means the document falls back, as the rule says. */
function toInput(v: Values): EmailBookInput {
  const purpose: EmailBookInput['purpose'] = {};
  for (const k of documentKinds) {
    const address = v.purpose[k].trim();
    if (address) purpose[k] = address;
  }
  return { standard: v.standard.trim(), accounting: v.accounting.trim(), purpose };
}

const isFormField = (f: string): boolean => f === 'standard' || f === 'accounting' || (documentKinds as readonly string[]).some((k) => f === `purpose.${k}`);

function EmailsFormModal({ customer, onClose }: { customer: Customer; onClose(): void }) {
  const { t } = useTranslation();
  const errors = useErrorText();

  const toErrors = (issues: FieldIssue[]) => {
    const onForm: Record<string, string> = {};
    const elsewhere: string[] = [];
    for (const i of issues) {
      // Main's input check names fields `emails.purpose.invoice`; the form knows them as `purpose.invoice`.
      const f = i.field.replace(/^emails\./, '');
      if (isFormField(f)) onForm[f] = errors.word(i);
      else elsewhere.push(errors.word(i));
    }
    return { onForm, elsewhere };
  };

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: toValues(customer),
    validate: (values) => {
      const parsed = emailBookInputSchema.safeParse(toInput(values));
      return parsed.success ? {} : toErrors(zodIssues(parsed.error)).onForm;
    },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      await unwrap(api().customers.setEmails({ id: customer.id, emails: toInput(values) }));
      notifications.show({ color: 'teal', message: t('customers.emails.saved') });
      onClose();
    } catch (e) {
      const { onForm, elsewhere } = toErrors(e instanceof AppFailure ? e.issues : []);
      form.setErrors(onForm);
      if (Object.keys(onForm).length === 0 || elsewhere.length > 0) {
        notifications.show({ color: 'red', title: t('errors.title'), message: elsewhere.length > 0 ? elsewhere.join(' · ') : errors.message(e) });
      }
    }
  });

  // What a document without its own address would get, given what is typed right now.
  const fallback = resolveRecipient({ standard: form.values.standard, accounting: form.values.accounting, purpose: {} }, 'invoice');
  const fallbackText =
    fallback.address === null
      ? t('customers.emails.fallbackNone')
      : t(fallback.via === 'accounting' ? 'customers.emails.fallbackAccounting' : 'customers.emails.fallbackStandard', { address: fallback.address });

  return (
    <FormModal dirty={form.isDirty()} onClose={onClose} size="xl" title={t('customers.emails.editTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="email"
              label={t('customers.emails.standard')}
              description={t('customers.emails.standardHint')}
              data-autofocus
              {...form.getInputProps('standard')}
            />
            <TextInput
              type="email"
              label={t('customers.emails.accounting')}
              description={t('customers.emails.accountingHint')}
              {...form.getInputProps('accounting')}
            />
          </SimpleGrid>
          <Divider label={t('customers.emails.purposeTitle')} labelPosition="left" mt="xs" />
          <Text size="sm" c="dimmed">
            {t('customers.emails.purposeHint')} {fallbackText}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {documentKinds.map((k) => (
              <TextInput
                key={k}
                type="email"
                label={t(`customers.emails.documents.${k}`)}
                {...form.getInputProps(`purpose.${k}`)}
              />
            ))}
          </SimpleGrid>
          <FormActions onCancel={onClose} submitting={form.submitting} />
        </Stack>
      </form>
    </FormModal>
  );
}

/**
 * The customer's e-mail addresses and, for every kind of document, where it would go and why: its own address,
 * else the accounting address, else the standard one, else a printed letter (the one rule every sender uses).
 */
export function EmailsSection({ card }: { card: CustomerCard }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const c = card.customer;
  const book = emailBookOf(c);

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={5}>{t('customers.emails.title')}</Title>
        <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)} aria-label={t('customers.emails.edit')}>
          {t('common.edit')}
        </Button>
      </Group>
      <SimpleGrid cols={2} mb="md">
        <Field label={t('customers.emails.standard')} testId="email-standard">
          {c.email}
        </Field>
        <Field label={t('customers.emails.accounting')} testId="email-accounting">
          {c.accountingEmail}
        </Field>
      </SimpleGrid>
      <Title order={6} mb={4}>
        {t('customers.emails.recipientsTitle')}
      </Title>
      <Table verticalSpacing={4} data-testid="recipients">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customers.emails.columns.document')}</Table.Th>
            <Table.Th>{t('customers.emails.columns.address')}</Table.Th>
            <Table.Th>{t('customers.emails.columns.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documentKinds.map((k) => {
            const r = resolveRecipient(book, k);
            return (
              <Table.Tr key={k} data-testid="recipient-row" data-kind={k} data-via={r.via}>
                <Table.Td>
                  <Text size="sm">{t(`customers.emails.documents.${k}`)}</Text>
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text size="sm" fw={r.via === 'purpose' ? 600 : undefined}>
                    {r.address ?? t('common.none')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c={viaColor[r.via]}>
                    {t(`customers.emails.via.${r.via}`)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {editing && <EmailsFormModal customer={c} onClose={() => setEditing(false)} />}
    </Paper>
  );
}
