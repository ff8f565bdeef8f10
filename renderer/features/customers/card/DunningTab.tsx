import { Alert, Badge, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/domain/customer/customer';
import { defaultDunningContact, isUnreachable } from '../../../../shared/domain/dunning/dunning-contact';
import { Field } from './Field';

export function DunningTab({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const d = defaultDunningContact(customer);
  const source = (s: 'customer' | 'none') =>
    s === 'customer' ? (
      <Badge size="xs" variant="light" color="gray">
        {t('customer.dunning.fromCustomer')}
      </Badge>
    ) : null;
  const value = (v: string | null, s: 'customer' | 'none') =>
    v ? (
      <Group gap="xs">
        <span>{v}</span>
        {source(s)}
      </Group>
    ) : (
      <Text size="sm" c="dimmed" fs="italic">
        {t('customer.dunning.notSet')}
      </Text>
    );
  return (
    <Paper withBorder p="md" maw={760}>
      <Title order={5}>{t('customer.dunning.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('customer.dunning.intro')}
      </Text>
      {isUnreachable(d) ? (
        <Alert color="yellow" data-testid="dunning-empty">
          {t('customer.dunning.empty')}
        </Alert>
      ) : (
        <SimpleGrid cols={2} verticalSpacing="md" data-testid="dunning-contact">
          <Field label={t('customer.dunning.contactPerson')}>{value(d.contactPerson.value, d.contactPerson.source)}</Field>
          <Field label={t('customer.dunning.email')}>{value(d.email.value, d.email.source)}</Field>
          <Field label={t('customer.dunning.phone')}>{value(d.phone.value, d.phone.source)}</Field>
          <Field label={t('customer.dunning.address')}>
            {value(
              d.address.value ? `${d.address.value.street}, ${d.address.value.postcode} ${d.address.value.city}` : null,
              d.address.source,
            )}
          </Field>
        </SimpleGrid>
      )}
    </Paper>
  );
}
