import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerCard } from '../../../../shared/contract';
import { formatPhone } from '../../../../shared/domain/customer/phone';
import { useFormat } from '../../../i18n/format';
import { ActivitiesSection } from './ActivitiesSection';
import { AddressesSection } from './AddressesSection';
import { AttachmentsSection } from './AttachmentsSection';
import { ContactsSection } from './ContactsSection';
import { EmailsSection } from './EmailsSection';
import { AuditLine } from './AuditLine';
import { Field } from './Field';

export function ContactTab({ card }: { card: CustomerCard }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const c = card.customer;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="md">
          <Title order={5} mb="sm">
            {t('customers.sections.general')}
          </Title>
          <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
            <Field label={t('customers.fields.name')}>{c.name}</Field>
            <Field label={t('customers.fields.number')}>{c.number}</Field>
            <Field label={t('customers.fields.kind')}>{t(`customers.kinds.${c.kind}`)}</Field>
            <Field label={t('customers.fields.language')}>{t(`common.languages.${c.language}`)}</Field>
            <Field label={t('customers.fields.country')}>{fmt.country(c.country)}</Field>
            <Field label={t('customers.fields.phone')}>{c.phone ? formatPhone(c.phone) : ''}</Field>
            <Field label={t('customers.fields.vatNumber')}>{c.vatNumber}</Field>
            <Field label={t('customers.fields.cocNumber')}>{c.cocNumber}</Field>
            <Field label={t('customers.fields.accountManager')}>{c.accountManager}</Field>
          </SimpleGrid>
          {c.description && (
            <Text size="sm" mt="md" style={{ whiteSpace: 'pre-wrap' }}>
              {c.description}
            </Text>
          )}
        </Paper>
        <AddressesSection card={card} />
      </SimpleGrid>
      <ContactsSection card={card} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <EmailsSection card={card} />
        <ActivitiesSection card={card} />
      </SimpleGrid>
      <AttachmentsSection card={card} />
      <AuditLine record={c} testId="audit" />
    </Stack>
  );
}
