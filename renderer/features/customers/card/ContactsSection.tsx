import { ActionIcon, Badge, Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDeviceMobile, IconMail, IconPencil, IconPhone, IconPlus, IconPrinter, IconTrash, IconUserCheck, IconUserOff, IconX } from '@tabler/icons-react';
import { type ComponentType, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerCard } from '../../../../shared/contract';
import { type ChannelMedium, channelMedia, type Contact, type ContactInput, contactInputSchema } from '../../../../shared/domain/customer/contact';
import { normalizeRole } from '../../../../shared/domain/customer/roles';
import { formatPhone } from '../../../../shared/domain/customer/phone';
import { AppFailure, type FieldIssue, zodIssues } from '../../../../shared/result';
import { api, unwrap, useStoreMutation, useChannel } from '../../../api';
import { AuditLine } from './AuditLine';
import { useErrorText } from '../../../app/errors';
import { FormActions } from '../../../app/FormActions';
import { FormModal } from '../../../app/discard';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { useRoleLabels } from '../role-labels';

const mediumIcon: Record<ChannelMedium, ComponentType<{ size?: number; 'aria-label'?: string; role?: string }>> = {
  phone: IconPhone,
  mobile: IconDeviceMobile,
  fax: IconPrinter,
  email: IconMail,
};

type ChannelRow = { rowId: string; medium: ChannelMedium; value: string };
/** `roles` as the user reads them (labels); they are stored as keys. */
type Values = { name: string; function: string; roles: string[]; keywords: string[]; channels: ChannelRow[] };

let rowCounter = 0;
const row = (medium: ChannelMedium, value = ''): ChannelRow => ({ rowId: `channel-${++rowCounter}`, medium, value });

const normalizeTags = (tags: string[]): string[] => [...new Set(tags.map((s) => s.trim().toLowerCase()).filter(Boolean))];

/**
 * The input for main, and for every channel sent the form row it came from: rows left blank are not sent, so
 * an error on `channels.2.value` must be shown on the row the user sees as the third filled one.
 */
function toInput(v: Values): { input: ContactInput; rows: number[] } {
  const rows: number[] = [];
  const channels = v.channels.flatMap((c, i) => {
    if (c.value.trim() === '') return [];
    rows.push(i);
    return [{ medium: c.medium, value: c.value }];
  });
  return { input: { name: v.name, function: v.function, roles: v.roles.map(normalizeRole), keywords: v.keywords, channels }, rows };
}

/** Where an issue belongs on the form: `contact.channels.1.value` → `channels.<row>.value`, `roles.3` → `roles`. */
function formField(field: string, rows: number[]): string {
  const f = field.replace(/^contact\./, '');
  const channel = /^channels\.(\d+)(\..+)?$/.exec(f);
  if (channel) {
    const at = rows[Number(channel[1])];
    return at === undefined ? 'channels' : `channels.${at}${channel[2] ?? ''}`;
  }
  const tag = /^(roles|keywords)\.\d+$/.exec(f);
  return tag ? tag[1]! : f;
}

const isFormField = (f: string): boolean => /^(name|function|roles|keywords|channels)$/.test(f) || /^channels\.\d+\.(medium|value)$/.test(f);

function ContactFormModal({ card, contact, onClose }: { card: CustomerCard; contact?: Contact; onClose(): void }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const roles = useRoleLabels();
  const tags = useChannel('contacts.tags', {});
  const known = (pick: (c: Contact) => string[], fromStore: string[] | undefined) =>
    [...new Set([...(fromStore ?? []), ...card.contacts.flatMap(pick)])].sort((a, b) => a.localeCompare(b));

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: contact
      ? {
          name: contact.name,
          function: contact.function,
          roles: contact.roles.map(roles.label),
          keywords: contact.keywords,
          channels: contact.channels.map((c) => row(c.medium, c.value)),
        }
      : { name: '', function: '', roles: [], keywords: [], channels: [row('phone'), row('email')] },
    validate: (values) => {
      const { input, rows } = toInput(values);
      const parsed = contactInputSchema.safeParse(input);
      return parsed.success ? {} : toErrors(zodIssues(parsed.error), rows).onForm;
    },
  });

  function toErrors(issues: FieldIssue[], rows: number[]): { onForm: Record<string, string>; elsewhere: string[] } {
    const onForm: Record<string, string> = {};
    const elsewhere: string[] = [];
    for (const i of issues) {
      const f = formField(i.field, rows);
      if (isFormField(f)) onForm[f] = errors.word(i);
      else elsewhere.push(errors.word(i));
    }
    return { onForm, elsewhere };
  }

  const submit = form.onSubmit(async (values) => {
    const { input, rows } = toInput(values);
    try {
      const saved = contact
        ? await unwrap(api().contacts.update({ id: contact.id, contact: input }))
        : await unwrap(api().contacts.add({ customerId: card.customer.id, contact: input }));
      notifications.show({ color: 'teal', message: t(contact ? 'contacts.saved' : 'contacts.added', { name: saved.name }) });
      onClose();
    } catch (e) {
      const { onForm, elsewhere } = toErrors(e instanceof AppFailure ? e.issues : [], rows);
      form.setErrors(onForm);
      if (Object.keys(onForm).length === 0 || elsewhere.length > 0) {
        notifications.show({ color: 'red', title: t('errors.title'), message: elsewhere.length > 0 ? elsewhere.join(' · ') : errors.message(e) });
      }
    }
  });

  const tagProps = (key: 'roles' | 'keywords') => {
    // A role is the same role in any language: "Boekhouding" next to "accounting" is a duplicate.
    const same = key === 'roles' ? normalizeRole : (s: string) => s.trim().toLowerCase();
    return {
      ...form.getInputProps(key),
      onChange: (v: string[]) => form.setFieldValue(key, key === 'roles' ? roles.tags(v) : normalizeTags(v)),
      splitChars: [','],
      clearable: true,
      isDuplicate: (v: string, current: string[]) => current.map(same).includes(same(v)),
    };
  };
  const mediumOptions = channelMedia.map((m) => ({ value: m, label: t(`contacts.media.${m}`) }));
  const channelsError = form.errors.channels;

  return (
    <FormModal dirty={form.isDirty()} onClose={onClose} size="xl" title={contact ? t('contacts.editTitle', { name: contact.name }) : t('contacts.addTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('contacts.fields.name')} required data-autofocus {...form.getInputProps('name')} />
            <TextInput label={t('contacts.fields.function')} {...form.getInputProps('function')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TagsInput
              label={t('contacts.fields.roles')}
              description={t('contacts.hints.roles')}
              data={roles.suggestions([...(tags.data?.roles ?? []), ...card.contacts.flatMap((c) => c.roles)])}
              {...tagProps('roles')}
            />
            <TagsInput
              label={t('contacts.fields.keywords')}
              description={t('contacts.hints.keywords')}
              data={known((c) => c.keywords, tags.data?.keywords)}
              {...tagProps('keywords')}
            />
          </SimpleGrid>
          <Stack gap={6} role="group" aria-label={t('contacts.fields.channels')}>
            <Text size="sm" fw={500}>
              {t('contacts.fields.channels')}
            </Text>
            {form.values.channels.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('contacts.noChannels')}
              </Text>
            )}
            {form.values.channels.map((c, i) => (
              <Group key={c.rowId} gap="xs" align="flex-start" wrap="nowrap" data-testid="channel-row">
                <Select
                  w={140}
                  data={mediumOptions}
                  allowDeselect={false}
                  aria-label={t('contacts.channelMedium', { index: i + 1 })}
                  {...form.getInputProps(`channels.${i}.medium`)}
                />
                <TextInput
                  style={{ flex: 1 }}
                  type={c.medium === 'email' ? 'email' : 'tel'}
                  aria-label={t('contacts.channelValue', { index: i + 1 })}
                  placeholder={t(`contacts.placeholders.${c.medium}`)}
                  {...form.getInputProps(`channels.${i}.value`)}
                />
                <Tooltip label={t('contacts.removeChannel', { index: i + 1 })}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('contacts.removeChannel', { index: i + 1 })}
                    onClick={() => form.removeListItem('channels', i)}
                  >
                    <IconX size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            ))}
            {channelsError && (
              <Text size="xs" c="red">
                {channelsError}
              </Text>
            )}
            <Group>
              <Button
                size="xs"
                variant="subtle"
                leftSection={<IconPlus size={14} />}
                onClick={() => form.insertListItem('channels', row('phone'))}
              >
                {t('contacts.addChannel')}
              </Button>
            </Group>
          </Stack>
          <FormActions onCancel={onClose} submitting={form.submitting} />
        </Stack>
      </form>
    </FormModal>
  );
}

function Channels({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const groups = channelMedia
    .map((m) => ({ medium: m, values: contact.channels.filter((c) => c.medium === m).map((c) => (m === 'email' ? c.value : formatPhone(c.value))) }))
    .filter((g) => g.values.length > 0);
  if (groups.length === 0) return null;
  return (
    <Stack gap={2}>
      {groups.map(({ medium, values }) => {
        const Icon = mediumIcon[medium];
        const label = t(`contacts.media.${medium}`);
        return (
          <Group key={medium} gap={6} wrap="nowrap" align="flex-start" data-medium={medium}>
            <Tooltip label={label}>
              <Text span c="dimmed" lh={1} mt={2}>
                <Icon size={14} role="img" aria-label={label} />
              </Text>
            </Tooltip>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {values.join(', ')}
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}

/** The customer's contacts: who they are, what they do, how to reach them; deactivated ones on request. */
export function ContactsSection({ card }: { card: CustomerCard }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const roles = useRoleLabels();
  const [showDeactivated, setShowDeactivated] = useState(false);
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const setActive = useStoreMutation(api().contacts.setActive);
  const remove = useStoreMutation(api().contacts.remove);

  const deactivatedCount = card.contacts.filter((c) => !c.active).length;
  const contacts = card.contacts
    .filter((c) => showDeactivated || c.active)
    .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));

  const fail = (e: unknown) => notifications.show({ color: 'red', message: errors.message(e) });

  const toggle = (c: Contact) =>
    setActive.mutate(
      { id: c.id, active: !c.active },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t(c.active ? 'contacts.deactivated' : 'contacts.activated', { name: c.name }) }),
        onError: fail,
      },
    );

  const confirmDelete = (c: Contact) =>
    remove.mutate(
      { id: c.id },
      {
        onSuccess: () => {
          setDeleting(null);
          notifications.show({ color: 'teal', message: t('contacts.deleted', { name: c.name }) });
        },
        onError: fail,
      },
    );

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={5}>{t('contacts.title')}</Title>
        <Group gap="md">
          <Checkbox
            size="xs"
            label={t('contacts.showDeactivated')}
            checked={showDeactivated}
            onChange={(e) => setShowDeactivated(e.currentTarget.checked)}
          />
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')} aria-label={t('contacts.add')}>
            {t('contacts.add')}
          </Button>
        </Group>
      </Group>
      {contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {card.contacts.length === 0 ? t('contacts.empty') : t('contacts.onlyDeactivated', { count: deactivatedCount })}
        </Text>
      ) : (
        <Stack gap="md">
          {contacts.map((c) => (
            <Group key={c.id} justify="space-between" align="flex-start" wrap="nowrap" data-testid="contact-row" data-active={c.active ? 'true' : 'false'}>
              <Stack gap={4} style={{ minWidth: 0, opacity: c.active ? 1 : 0.55 }}>
                <Group gap={8}>
                  <Text size="sm" fw={600}>
                    {c.name}
                  </Text>
                  {c.function && (
                    <Text size="sm" c="dimmed">
                      {c.function}
                    </Text>
                  )}
                  {!c.active && (
                    <Badge size="sm" color="gray" variant="outline">
                      {t('contacts.deactivatedBadge')}
                    </Badge>
                  )}
                </Group>
                {(c.roles.length > 0 || c.keywords.length > 0) && (
                  <Group gap={4}>
                    {c.roles.map((r) => (
                      <Badge key={`role-${r}`} size="xs" variant="light" color="blue" tt="none" title={t('contacts.fields.roles')}>
                        {roles.label(r)}
                      </Badge>
                    ))}
                    {c.keywords.map((k) => (
                      <Badge key={`keyword-${k}`} size="xs" variant="outline" color="gray" tt="none" title={t('contacts.fields.keywords')}>
                        {k}
                      </Badge>
                    ))}
                  </Group>
                )}
                <Channels contact={c} />
                <AuditLine record={c} />
              </Stack>
              <Group gap={4} wrap="nowrap">
                <Tooltip label={t('common.edit')}>
                  <ActionIcon variant="subtle" onClick={() => setEditing(c)} aria-label={t('contacts.edit', { name: c.name })}>
                    <IconPencil size={16} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={c.active ? t('contacts.deactivateHint') : t('contacts.activateHint')}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    loading={setActive.isPending && setActive.variables?.id === c.id}
                    onClick={() => toggle(c)}
                    aria-label={t(c.active ? 'contacts.deactivate' : 'contacts.activate', { name: c.name })}
                  >
                    {c.active ? <IconUserOff size={16} /> : <IconUserCheck size={16} />}
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('common.delete')}>
                  <ActionIcon variant="subtle" color="red" onClick={() => setDeleting(c)} aria-label={t('contacts.delete', { name: c.name })}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
      {editing && <ContactFormModal card={card} contact={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      {deleting && (
        <ConfirmModal
          title={t('contacts.deleteTitle', { name: deleting.name })}
          confirmLabel={t('common.delete')}
          busy={remove.isPending}
          onConfirm={() => confirmDelete(deleting)}
          onClose={() => setDeleting(null)}
        >
          {t('contacts.deleteBody')}
        </ConfirmModal>
      )}
    </Paper>
  );
}
