import { Paper, ScrollArea, Table, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CustomerCard } from '../../../../shared/contract';
import type { AuditEntry } from '../../../../shared/domain/customer/audit';
import { useFormat } from '../../../i18n/format';
import { useListLabels } from '../../settings/list-labels';
import { useRoleLabels } from '../role-labels';

type Entity = AuditEntry['entity'];

/**
 * Where a changed field already has a label elsewhere in the app. Fields not listed fall back to
 * `customers.fields.<field>` when that key exists, else to the raw field name.
 */
const fieldKeys: Partial<Record<Entity, Record<string, string>>> = {
  customer: {
    creditLimitCents: 'customers.fields.creditLimit',
    profile: 'customers.settingsTab.profile',
    segments: 'customers.settingsTab.segments',
    dunningPausedUntil: 'customers.settingsTab.pausedUntil',
    excludeFromDunning: 'customers.settingsTab.exclude',
    accountingEmail: 'customers.emails.accounting',
    purposeEmails: 'customers.emails.purposeTitle',
    dunningOverrides: 'customers.dunning.title',
    active: 'customers.history.fields.active',
  },
  address: {
    kind: 'customers.addresses.kind',
    isHeadOffice: 'customers.addresses.headOffice',
  },
  contact: {
    name: 'contacts.fields.name',
    function: 'contacts.fields.function',
    roles: 'contacts.fields.roles',
    keywords: 'contacts.fields.keywords',
    channels: 'contacts.fields.channels',
    active: 'customers.history.fields.active',
  },
  invoice: {
    number: 'invoices.fields.number',
    customer: 'invoices.fields.customer',
    issueDate: 'invoices.fields.issueDate',
    dueDate: 'invoices.fields.dueDate',
    currency: 'invoices.fields.currency',
    amountCents: 'invoices.fields.amount',
    openCents: 'invoices.fields.open',
    paymentReference: 'invoices.fields.paymentReference',
  },
};

/** Lines about a whole record: created or deleted, or a payment reversed; a deletion or reversal carries its reason. */
const wholeFields = ['created', 'deleted', 'reversed'];

/** The newest record of who or what each entity was, so changes to since-deleted contacts still say whose they were. */
function entityNames(card: CustomerCard): Map<string, string> {
  const names = new Map<string, string>();
  // Oldest first, so later names (renames, deletions) win; current records win over all.
  for (const e of [...card.history].sort((a, b) => a.at.localeCompare(b.at))) {
    if (e.field === 'created' && e.newValue) names.set(e.entityId, e.newValue);
    else if (e.field === 'deleted' && e.oldValue) names.set(e.entityId, e.oldValue);
    else if (e.field === 'name' && e.newValue) names.set(e.entityId, e.newValue);
  }
  for (const c of card.contacts) names.set(c.id, c.name);
  for (const a of card.addresses) names.set(a.id, [a.street, [a.postcode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', '));
  names.set(card.customer.id, card.customer.name);
  return names;
}

/** Audit values are text; booleans, amounts, dates and codes read better in words. */
function useValueText() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const lists = useListLabels();
  const roles = useRoleLabels();
  // Lists are stored comma-separated (shared/domain/customer/audit.ts).
  const each = (value: string, word: (s: string) => string) => value.split(', ').map(word).join(', ');
  const known = (key: string): string | null => (i18n.exists(key) ? String(t(key as never)) : null);
  return (entity: Entity, field: string, value: string): string => {
    if (value === '') return t('common.none');
    if (value === 'true') return t('common.yes');
    if (value === 'false') return t('common.no');
    if (field.endsWith('Cents') && /^-?\d+$/.test(value)) return fmt.money(Number(value));
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return fmt.date(value);
    if (field === 'country' && /^[A-Z]{2}$/.test(value)) return fmt.country(value);
    if (entity === 'customer' && field === 'language') return known(`common.languages.${value}`) ?? value;
    if (entity === 'customer' && field === 'kind') return known(`customers.kinds.${value}`) ?? value;
    if (entity === 'address' && field === 'kind') return known(`customers.addresses.kinds.${value}`) ?? value;
    if (entity === 'customer' && field === 'profile') return lists.profile(value);
    if (entity === 'customer' && field === 'segments') return each(value, lists.segment);
    if (entity === 'contact' && field === 'roles') return each(value, roles.label);
    return value;
  };
}

function fieldLabel(t: TFunction, exists: (key: string) => boolean, entity: Entity, field: string): string {
  const key = fieldKeys[entity]?.[field] ?? `customers.fields.${field}`;
  return exists(key) ? String(t(key as never)) : field;
}

/** A line about a whole record: invoices are only ever deleted here, payments only reversed. */
function wholeText(t: TFunction, e: AuditEntry, name: string): string {
  if (e.entity === 'payment') return t('customers.history.reversed', { name, reason: e.newValue });
  if (e.entity === 'invoice') return t('customers.history.deleted.invoice', { name });
  return t(`customers.history.${e.field === 'created' ? 'created' : 'deleted'}.${e.entity}`, { name });
}

/** Who changed what on the customer, its addresses and contacts, which invoices were corrected or deleted and which payments reversed, newest first. */
export function HistorySection({ card }: { card: CustomerCard }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const valueText = useValueText();
  const names = entityNames(card);
  const exists = (key: string) => i18n.exists(key);
  const rows = [...card.history].sort((a, b) => b.at.localeCompare(a.at));

  const whose = (e: AuditEntry): string => {
    const entity = t(`customers.history.entities.${e.entity}`);
    const name = names.get(e.entityId);
    return name ? t('customers.history.entityNamed', { entity, name }) : entity;
  };

  return (
    <Paper withBorder p="md">
      <Title order={5} mb="sm">
        {t('customers.history.title')}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('customers.history.empty')}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={480} type="auto">
          <Table fz="xs" verticalSpacing={4} horizontalSpacing="xs" highlightOnHover stickyHeader data-testid="history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('customers.history.columns.at')}</Table.Th>
                <Table.Th>{t('customers.history.columns.by')}</Table.Th>
                <Table.Th>{t('customers.history.columns.what')}</Table.Th>
                <Table.Th>{t('customers.history.columns.change')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((e) => {
                const whole = wholeFields.includes(e.field);
                return (
                  <Table.Tr key={e.id} data-testid="history-row" data-entity={e.entity} data-field={e.field}>
                    <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{fmt.instant(e.at)}</Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>{e.by}</Table.Td>
                    {whole ? (
                      <Table.Td colSpan={2} style={{ verticalAlign: 'top' }}>
                        {wholeText(t, e, e.field === 'created' ? e.newValue || names.get(e.entityId) || t('common.none') : valueText(e.entity, e.field, e.oldValue || names.get(e.entityId) || ''))}
                        {e.field === 'deleted' && e.entity === 'invoice' && e.newValue && (
                          <Text inherit c="dimmed">
                            {t('customers.history.reason', { reason: e.newValue })}
                          </Text>
                        )}
                      </Table.Td>
                    ) : (
                      <>
                        <Table.Td style={{ verticalAlign: 'top' }}>
                          <Text inherit fw={500}>
                            {fieldLabel(t, exists, e.entity, e.field)}
                          </Text>
                          {e.entity !== 'customer' && (
                            <Text inherit c="dimmed">
                              {whose(e)}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td style={{ verticalAlign: 'top', overflowWrap: 'anywhere' }}>
                          {t('customers.history.fromTo', {
                            from: valueText(e.entity, e.field, e.oldValue),
                            to: valueText(e.entity, e.field, e.newValue),
                          })}
                        </Table.Td>
                      </>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
      {rows.length >= 200 && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('customers.history.limited', { count: rows.length })}
        </Text>
      )}
    </Paper>
  );
}
