import { ActionIcon, Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconPencil } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerCard } from '../../../../shared/contract';
import { type DunningContact, type DunningField, type DunningOverrides, type DunningSource, isUnreachable, type PostalAddress } from '../../../../shared/domain/dunning/dunning-contact';
import { dunningOverridesSchema } from '../../../../shared/domain/dunning/dunning-overrides';
import { zodIssues } from '../../../../shared/result';
import { formatPhone } from '../../../../shared/domain/customer/phone';
import { api, unwrap } from '../../../api';
import { useErrorText } from '../../../app/errors';
import { useFormat } from '../../../i18n/format';
import { CustomerDunning } from '../../dunning/CustomerDunning';
import { useUnsavedChanges } from '../../../app/discard';
import { useListLabels } from '../../settings/list-labels';

type Key = keyof DunningContact;
const keys: Key[] = ['contactPerson', 'email', 'phone', 'address'];

const blankAddress = (country: string): PostalAddress => ({ street: '', postcode: '', city: '', country });

function addressLine(a: PostalAddress | null, country: (c: string) => string): string {
  if (!a) return '';
  return `${a.street}, ${[a.postcode, a.city].filter(Boolean).join(' ')}${a.country ? `, ${country(a.country)}` : ''}`;
}

function SourceBadge({ source }: { source: DunningSource }) {
  const { t } = useTranslation();
  if (source === 'none') return null;
  return (
    <Badge size="xs" variant="light" color={source === 'override' ? 'teal' : 'gray'}>
      {t(`customers.dunning.sources.${source}`)}
    </Badge>
  );
}

/**
 * The dunning contact, field by field: what reminders and dunning calls will use, where each value comes from,
 * and an override per field that can be reset so the field follows its default again. Also opened in place from
 * the reminders overview, whose dialog learns of unsaved changes through `onDirtyChange`.
 */
export function DunningContactEditor({ card, onDirtyChange }: { card: CustomerCard; onDirtyChange?(dirty: boolean): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errors = useErrorText();
  const { customer } = card;
  const d = card.dunningContact;
  const [editing, setEditing] = useState<Key | null>(null);
  const [draft, setDraft] = useState<string | PostalAddress>('');
  const [error, setError] = useState<Record<string, string>>({});
  const startValue = (key: Key): string | PostalAddress =>
    key === 'address' ? ((d.address.value as PostalAddress | null) ?? blankAddress(customer.country)) : ((d[key].value as string | null) ?? '');
  const dirty = editing !== null && JSON.stringify(draft) !== JSON.stringify(startValue(editing));
  useUnsavedChanges(dirty);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const save = async (overrides: DunningOverrides) => {
    const parsed = dunningOverridesSchema.safeParse(overrides);
    if (!parsed.success) {
      setError(Object.fromEntries(zodIssues(parsed.error).map((i) => [i.field.split('.').slice(1).join('.') || i.field, errors.word(i)])));
      return;
    }
    try {
      await unwrap(api().customers.setDunningOverrides({ id: customer.id, overrides: parsed.data }));
      setEditing(null);
      setError({});
      notifications.show({ color: 'teal', message: t('common.saved') });
    } catch (e) {
      setError(errors.fieldErrors(e));
      notifications.show({ color: 'red', title: t('errors.title'), message: errors.message(e) });
    }
  };

  const startEdit = (key: Key) => {
    setError({});
    setEditing(key);
    setDraft(startValue(key));
  };

  const reset = (key: Key) => {
    const { [key]: _dropped, ...rest } = customer.dunningOverrides;
    void save(rest);
  };

  const show = (key: Key, field: DunningField<string> | DunningField<PostalAddress>) => {
    const raw = (field.value as string | null) ?? '';
    const text = key === 'address' ? addressLine(field.value as PostalAddress | null, fmt.country) : key === 'phone' && raw ? formatPhone(raw) : raw;
    const label = t(`customers.dunning.${key}`);
    return (
      <Stack gap={4} key={key} data-testid={`dunning-${key}`}>
        <Group justify="space-between" wrap="nowrap">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {label}
          </Text>
          <Group gap={4}>
            {field.overridden && (
              <Tooltip label={t('customers.dunning.reset')}>
                <ActionIcon variant="subtle" size="sm" aria-label={`${t('customers.dunning.reset')}: ${label}`} onClick={() => reset(key)}>
                  <IconArrowBackUp size={14} />
                </ActionIcon>
              </Tooltip>
            )}
            <Tooltip label={t('common.edit')}>
              <ActionIcon variant="subtle" size="sm" aria-label={`${t('common.edit')}: ${label}`} onClick={() => startEdit(key)}>
                <IconPencil size={14} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        {editing === key ? (
          <Stack gap="xs">
            {key === 'address' ? (
              (['street', 'postcode', 'city', 'country'] as const).map((part) => (
                <TextInput
                  key={part}
                  size="xs"
                  label={t(`customers.fields.${part === 'street' ? 'street' : part}`)}
                  value={(draft as PostalAddress)[part]}
                  error={error[part]}
                  onChange={(e) => setDraft({ ...(draft as PostalAddress), [part]: e.currentTarget.value })}
                />
              ))
            ) : (
              <TextInput size="xs" aria-label={label} value={draft as string} error={error[key] ?? error['']} onChange={(e) => setDraft(e.currentTarget.value)} autoFocus />
            )}
            <Group gap="xs">
              <Button size="xs" onClick={() => void save({ ...customer.dunningOverrides, [key]: draft })}>
                {t('common.save')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setEditing(null)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group gap="xs">
            {text ? (
              <Text size="sm">{text}</Text>
            ) : (
              <Text size="sm" c="dimmed" fs="italic">
                {t('customers.dunning.notSet')}
              </Text>
            )}
            <SourceBadge source={field.source} />
          </Group>
        )}
        {field.overridden && editing !== key && (
          <Text size="xs" c="dimmed">
            {t('customers.dunning.defaultWouldBe', {
              value:
                (key === 'address' ? addressLine(field.defaultValue as PostalAddress | null, fmt.country) : (field.defaultValue as string | null)) ||
                t('customers.dunning.notSet'),
            })}
          </Text>
        )}
      </Stack>
    );
  };

  return (
    <Paper withBorder p="md">
        <Title order={5}>{t('customers.dunning.title')}</Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('customers.dunning.intro')}
        </Text>
        {isUnreachable(d) && (
          <Alert color="yellow" mb="md" data-testid="dunning-empty">
            {t('customers.dunning.empty')}
          </Alert>
        )}
        <SimpleGrid cols={2} verticalSpacing="lg" spacing="xl" data-testid="dunning-contact">
          {keys.map((k) => show(k, d[k] as DunningField<string> | DunningField<PostalAddress>))}
        </SimpleGrid>
    </Paper>
  );
}

/** The card's Dunning tab: who reminders go to, whether the customer is dunned, its policy, blocks and reminders. */
export function DunningTab({ card }: { card: CustomerCard }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lists = useListLabels();
  const { customer } = card;
  return (
    <Stack gap="md" maw={1000}>
      <DunningContactEditor card={card} />
      <Paper withBorder p="md">
        <Title order={5} mb="xs">
          {t('customers.dunning.statusTitle')}
        </Title>
        <Group gap="xl">
          <Text size="sm">
            {customer.excludeFromDunning
              ? t('customers.dunning.excluded')
              : customer.dunningPausedUntil && customer.dunningPausedUntil >= card.today
                ? t('customers.dunning.pausedUntil', { date: fmt.date(customer.dunningPausedUntil) })
                : t('customers.dunning.active')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('customers.dunning.profile', { profile: lists.profile(customer.profile) })}
          </Text>
        </Group>
      </Paper>
      <CustomerDunning customerId={customer.id} />
    </Stack>
  );
}
