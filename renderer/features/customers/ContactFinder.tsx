import { Badge, Button, Group, Paper, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../shared/domain/customer/phone';
import { useChannel } from '../../api';
import { useErrorText } from '../../app/errors';
import { useNavigation } from '../../app/navigation';
import { useRoleLabels } from './role-labels';

type Kind = 'role' | 'keyword';


/** Every e-mail address once, in order of appearance; the same mailbox on two contacts is one recipient. */
function uniqueEmails(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.trim().toLowerCase();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Contacts across all customers with a role or keyword, e.g. everyone in accounting for a mailing or a calling round. */
export function ContactFinder() {
  const { t } = useTranslation();
  const errors = useErrorText();
  const { go } = useNavigation();
  const roles = useRoleLabels();
  const [kind, setKind] = useState<Kind>('role');
  const [picked, setPicked] = useState<string | null>(null);

  const tags = useChannel('contacts.tags', {});
  const options = (kind === 'role' ? tags.data?.roles : tags.data?.keywords) ?? [];
  // A tag that is no longer used by any contact is dropped rather than left selected with nothing behind it.
  const tag = picked !== null && options.includes(picked) ? picked : null;
  const shown = (s: string) => (kind === 'role' ? roles.label(s) : s);

  const found = useChannel('contacts.byTag', { kind, tag: tag ?? '' }, {
    enabled: tag !== null,
  });

  // Active contacts first; within each group the store's order (customer, then contact name) is kept.
  const rows = [...(found.data ?? [])].sort((a, b) => Number(b.active) - Number(a.active));
  const emails = uniqueEmails(rows.filter((r) => r.active).flatMap((r) => r.channels.filter((c) => c.medium === 'email').map((c) => c.value)));

  const copyEmails = async () => {
    try {
      await navigator.clipboard.writeText(emails.join('; '));
      notifications.show({ color: 'teal', message: t('contacts.search.copied', { count: emails.length }) });
    } catch (e) {
      notifications.show({ color: 'red', title: t('contacts.search.copyFailed'), message: errors.message(e) });
    }
  };

  const open = (customerId: string) => go({ area: 'customer', id: customerId, tab: 'contact' });

  const body = () => {
    if (tags.isPending) return <Text c="dimmed">{t('common.loading')}</Text>;
    if (tags.isError) return <Text c="red">{errors.message(tags.error)}</Text>;
    if (options.length === 0) return <Text c="dimmed">{t(`contacts.search.noTags.${kind}`)}</Text>;
    if (tag === null) return <Text c="dimmed">{t(`contacts.search.chooseTag.${kind}`)}</Text>;
    if (found.isPending) return <Text c="dimmed">{t('common.loading')}</Text>;
    if (found.isError) return <Text c="red">{errors.message(found.error)}</Text>;
    if (rows.length === 0) return <Text c="dimmed">{t(`contacts.search.noContacts.${kind}`, { tag: shown(tag) })}</Text>;
    return (
      <Table highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contacts.search.columns.customer')}</Table.Th>
            <Table.Th>{t('contacts.search.columns.contact')}</Table.Th>
            <Table.Th>{t('contacts.search.columns.function')}</Table.Th>
            <Table.Th>{t('contacts.search.columns.email')}</Table.Th>
            <Table.Th>{t('contacts.search.columns.phone')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const mails = r.channels.filter((c) => c.medium === 'email');
            const phones = r.channels.filter((c) => c.medium === 'phone' || c.medium === 'mobile');
            return (
              <Table.Tr
                key={r.id}
                data-testid="finder-row"
                data-active={r.active ? 'true' : 'false'}
                tabIndex={0}
                aria-label={t('contacts.search.openCustomer', { name: r.customerName })}
                style={{ cursor: 'pointer', opacity: r.active ? 1 : 0.55 }}
                onClick={() => open(r.customerId)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    open(r.customerId);
                  }
                }}
              >
                <Table.Td>
                  <Text size="sm" c="dimmed" span>
                    {r.customerNumber}
                  </Text>{' '}
                  <Text size="sm" span>
                    {r.customerName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={500}>
                      {r.name}
                    </Text>
                    {!r.active && (
                      <Badge size="sm" color="gray" variant="outline">
                        {t('contacts.search.deactivated')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.function || t('common.none')}</Text>
                </Table.Td>
                <Table.Td>
                  {mails.length === 0 ? (
                    <Text size="sm">{t('common.none')}</Text>
                  ) : (
                    mails.map((c, i) => (
                      <Text key={`${c.value}-${i}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {c.value}
                      </Text>
                    ))
                  )}
                </Table.Td>
                <Table.Td>
                  {phones.length === 0 ? (
                    <Text size="sm">{t('common.none')}</Text>
                  ) : (
                    phones.map((c, i) => (
                      <Text key={`${c.value}-${i}`} size="sm" style={{ whiteSpace: 'nowrap' }} title={t(`contacts.media.${c.medium}`)}>
                        {formatPhone(c.value)}
                      </Text>
                    ))
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    );
  };

  return (
    <Paper withBorder p="md" data-testid="contact-finder">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={4}>{t('contacts.search.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('contacts.search.intro')}
          </Text>
        </Stack>
        <Group align="flex-end" gap="md">
          <SegmentedControl
            aria-label={t('contacts.search.kind')}
            value={kind}
            onChange={(v) => {
              setKind(v as Kind);
              setPicked(null);
            }}
            data={(['role', 'keyword'] as const).map((k) => ({ value: k, label: t(`contacts.search.kinds.${k}`) }))}
          />
          <Select
            w={280}
            label={t(`contacts.search.tagLabel.${kind}`)}
            placeholder={t(`contacts.search.tagPlaceholder.${kind}`)}
            data={options.map((o) => ({ value: o, label: shown(o) }))}
            value={tag}
            onChange={setPicked}
            searchable
            clearable
            nothingFoundMessage={t('contacts.search.nothingFound')}
            disabled={options.length === 0}
          />
          {tag !== null && rows.length > 0 && (
            <Group gap="md" ml="auto" align="center">
              <Text size="sm" c="dimmed" data-testid="finder-count">
                {t('contacts.search.count', { count: rows.length })}
              </Text>
              <Button
                variant="light"
                leftSection={<IconCopy size={16} />}
                disabled={emails.length === 0}
                title={emails.length === 0 ? t('contacts.search.noEmails') : undefined}
                onClick={() => void copyEmails()}
              >
                {t('contacts.search.copyEmails')}
              </Button>
            </Group>
          )}
        </Group>
        {body()}
      </Stack>
    </Paper>
  );
}
