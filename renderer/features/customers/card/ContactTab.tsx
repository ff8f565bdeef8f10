import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/domain/customer/customer';
import { useFormat } from '../../../i18n/format';
import { Field } from './Field';

export function ContactTab({ customer: c }: { customer: Customer }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Title order={5} mb="sm">
            {t('customer.sections.general')}
          </Title>
          <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
            <Field label={t('customer.fields.name')}>{c.name}</Field>
            <Field label={t('customer.fields.number')}>{c.number}</Field>
            <Field label={t('customer.fields.kind')}>{t(`kinds.${c.kind}`)}</Field>
            <Field label={t('customer.fields.language')}>{t(`languages.${c.language}`)}</Field>
            <Field label={t('customer.fields.vatNumber')}>{c.vatNumber}</Field>
            <Field label={t('customer.fields.cocNumber')}>{c.cocNumber}</Field>
            <Field label={t('customer.fields.accountManager')}>{c.accountManager}</Field>
          </SimpleGrid>
        </Paper>
        <Stack gap="md">
          <Paper withBorder p="md">
            <Title order={5} mb="sm">
              {t('customer.sections.address')}
            </Title>
            {c.street || c.city ? (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="head-office">
                {[c.street, [c.postcode, c.city].filter(Boolean).join(' '), fmt.country(c.country)].filter(Boolean).join('\n')}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                —
              </Text>
            )}
          </Paper>
          <Paper withBorder p="md">
            <Title order={5} mb="sm">
              {t('customer.sections.contact')}
            </Title>
            <SimpleGrid cols={2}>
              <Field label={t('customer.fields.email')}>{c.email}</Field>
              <Field label={t('customer.fields.phone')}>{c.phone}</Field>
            </SimpleGrid>
          </Paper>
        </Stack>
      </SimpleGrid>
      {c.description && (
        <Paper withBorder p="md">
          <Field label={t('customer.fields.description')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {c.description}
            </Text>
          </Field>
        </Paper>
      )}
      <Text size="xs" c="dimmed" data-testid="audit">
        {t('common.createdBy', { when: fmt.instant(c.createdAt), who: c.createdBy })} ·{' '}
        {t('common.updatedBy', { when: fmt.instant(c.updatedAt), who: c.updatedBy })}
      </Text>
    </Stack>
  );
}
