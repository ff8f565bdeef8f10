import { ActionIcon, Button, FileButton, Group, Paper, Stack, Text, TextInput, ThemeIcon, Title, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconExternalLink, IconFile, IconLink, IconPaperclip, IconTrash } from '@tabler/icons-react';
import { type ComponentProps, type DragEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerCard } from '../../../../shared/contract';
import type { Language } from '../../../../shared/domain/customer/customer';
import { type Attachment, linkInputSchema, MAX_ATTACHMENT_BYTES } from '../../../../shared/domain/customer/attachment';
import { AppFailure, type FieldIssue, zodIssues } from '../../../../shared/result';
import { api, unwrap, useStoreMutation } from '../../../api';
import { useErrorText } from '../../../app/errors';
import { intlLocale } from '../../../i18n';
import { useFormat } from '../../../i18n/format';
import { FormActions } from '../../../app/FormActions';
import { toBase64 } from '../../../app/base64';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { FormModal } from '../../../app/discard';

/** A file size in the UI language: kilobytes below one megabyte, megabytes above. */
function formatSize(bytes: number, language: Language): string {
  const mb = 1024 * 1024;
  const [unit, value] = bytes < mb ? (['kilobyte', bytes / 1024] as const) : (['megabyte', bytes / mb] as const);
  return new Intl.NumberFormat(intlLocale[language], {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

/** The picker's hidden input, findable by tests that set files on it directly. */
const pickerInputProps = { 'data-testid': 'attachment-input' } as ComponentProps<'input'>;

type LinkValues = { name: string; url: string };

function LinkFormModal({ card, onClose }: { card: CustomerCard; onClose(): void }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const customerId = card.customer.id;
  const toOnForm = (issues: FieldIssue[]): Record<string, string> =>
    Object.fromEntries(issues.filter((i) => i.field === 'name' || i.field === 'url').map((i) => [i.field, errors.word(i)]));

  const form = useForm<LinkValues>({
    mode: 'controlled',
    initialValues: { name: '', url: '' },
    validate: (values) => {
      const parsed = linkInputSchema.safeParse({ customerId, ...values });
      return parsed.success ? {} : toOnForm(zodIssues(parsed.error));
    },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      const a = await unwrap(api().attachments.addLink({ customerId, ...values }));
      notifications.show({ color: 'teal', message: t('attachments.linkAdded', { name: a.name }) });
      onClose();
    } catch (e) {
      const onForm = toOnForm(e instanceof AppFailure ? e.issues : []);
      form.setErrors(onForm);
      if (Object.keys(onForm).length === 0) notifications.show({ color: 'red', title: t('errors.title'), message: errors.message(e) });
    }
  });

  return (
    <FormModal dirty={form.isDirty()} onClose={onClose} title={t('attachments.addLinkTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            type="url"
            label={t('attachments.fields.url')}
            placeholder="https://"
            required
            data-autofocus
            {...form.getInputProps('url')}
          />
          <TextInput
            label={t('attachments.fields.name')}
            description={t('attachments.hints.name')}
            {...form.getInputProps('name')}
          />
          <FormActions onCancel={onClose} submitting={form.submitting} />
        </Stack>
      </form>
    </FormModal>
  );
}

/** Files and links attached to the customer: listed, opened with the operating system, attached by picking or dropping. */
export function AttachmentsSection({ card }: { card: CustomerCard }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errors = useErrorText();
  const customerId = card.customer.id;
  const [uploading, setUploading] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [addingLink, setAddingLink] = useState(false);
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const resetPicker = useRef<() => void>(null);
  const open = useStoreMutation(api().attachments.open);
  const remove = useStoreMutation(api().attachments.remove);
  const attachments = [...card.attachments].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  const fail = (title: string, e: unknown) => notifications.show({ color: 'red', title, message: errors.message(e) });

  async function attachOne(file: File): Promise<void> {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      notifications.show({
        color: 'red',
        title: t('attachments.attachFailed', { name: file.name }),
        message: t('attachments.tooLarge', { size: formatSize(file.size, fmt.language), max: formatSize(MAX_ATTACHMENT_BYTES, fmt.language) }),
      });
      return;
    }
    try {
      const contentBase64 = await toBase64(file);
      const a = await unwrap(api().attachments.addFile({ customerId, name: file.name, contentBase64 }));
      notifications.show({ color: 'teal', message: t('attachments.attached', { name: a.name }) });
    } catch (e) {
      fail(t('attachments.attachFailed', { name: file.name }), e);
    }
  }

  async function attach(files: File[]): Promise<void> {
    if (files.length === 0 || uploading) return;
    setUploading(true);
    try {
      // One after the other: each file is its own write, with its own message.
      for (const file of files) await attachOne(file);
    } finally {
      setUploading(false);
      resetPicker.current?.();
    }
  }

  const dropProps = {
    onDragOver: (e: DragEvent<HTMLDivElement>) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      if (!dragging) setDragging(true);
    },
    onDragLeave: (e: DragEvent<HTMLDivElement>) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
    },
    onDrop: (e: DragEvent<HTMLDivElement>) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      void attach(Array.from(e.dataTransfer.files));
    },
  };

  const onOpen = (a: Attachment) => open.mutate({ id: a.id }, { onError: (e) => fail(t('attachments.openFailed', { name: a.name }), e) });

  const confirmRemove = (a: Attachment) =>
    remove.mutate(
      { id: a.id },
      {
        onSuccess: () => {
          setRemoving(null);
          notifications.show({ color: 'teal', message: t('attachments.removed', { name: a.name }) });
        },
        onError: (e) => fail(t('errors.title'), e),
      },
    );

  return (
    <Paper
      withBorder
      p="md"
      data-testid="attachments"
      data-dragging={dragging ? 'true' : 'false'}
      style={dragging ? { borderColor: 'var(--mantine-color-blue-6)', borderStyle: 'dashed', background: 'var(--mantine-color-blue-light)' } : undefined}
      {...dropProps}
    >
      <Group justify="space-between" mb="sm">
        <Title order={5}>{t('attachments.title')}</Title>
        <Group gap="xs">
          <FileButton
            multiple
            onChange={(files) => void attach(files)}
            resetRef={resetPicker}
            disabled={uploading}
            inputProps={pickerInputProps}
          >
            {(props) => (
              <Button size="xs" variant="light" leftSection={<IconPaperclip size={14} />} loading={uploading} {...props}>
                {t('attachments.attachFile')}
              </Button>
            )}
          </FileButton>
          <Button size="xs" variant="light" leftSection={<IconLink size={14} />} onClick={() => setAddingLink(true)}>
            {t('attachments.addLink')}
          </Button>
        </Group>
      </Group>
      {attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('attachments.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          {attachments.map((a) => (
            <Group key={a.id} justify="space-between" wrap="nowrap" align="flex-start" data-testid="attachment-row" data-kind={a.kind}>
              <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
                <ThemeIcon variant="light" color={a.kind === 'file' ? 'gray' : 'blue'} size={24} mt={2}>
                  {a.kind === 'file' ? (
                    <IconFile size={14} role="img" aria-label={t('attachments.kinds.file')} />
                  ) : (
                    <IconLink size={14} role="img" aria-label={t('attachments.kinds.link')} />
                  )}
                </ThemeIcon>
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
                    <Text size="sm" fw={500} truncate="end">
                      {a.name}
                    </Text>
                    {a.kind === 'file' && a.sizeBytes !== null && (
                      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="attachment-size">
                        {formatSize(a.sizeBytes, fmt.language)}
                      </Text>
                    )}
                  </Group>
                  {a.kind === 'link' && (
                    <Text size="xs" c="dimmed" truncate="end" title={a.target}>
                      {a.target}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {t('attachments.addedBy', { when: fmt.instant(a.createdAt), who: a.createdBy })}
                  </Text>
                </Stack>
              </Group>
              <Group gap={4} wrap="nowrap">
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconExternalLink size={14} />}
                  loading={open.isPending && open.variables?.id === a.id}
                  onClick={() => onOpen(a)}
                  aria-label={t('attachments.openNamed', { name: a.name })}
                >
                  {t('attachments.open')}
                </Button>
                <Tooltip label={t('attachments.remove')}>
                  <ActionIcon variant="subtle" color="red" onClick={() => setRemoving(a)} aria-label={t('attachments.removeNamed', { name: a.name })}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
      <Text size="xs" c={dragging ? 'blue.7' : 'dimmed'} mt="sm">
        {dragging ? t('attachments.dropNow') : t('attachments.dropHint', { max: formatSize(MAX_ATTACHMENT_BYTES, fmt.language) })}
      </Text>
      {addingLink && <LinkFormModal card={card} onClose={() => setAddingLink(false)} />}
      {removing && (
        <ConfirmModal
          title={t('attachments.removeTitle', { name: removing.name })}
          confirmLabel={t('attachments.remove')}
          busy={remove.isPending}
          onConfirm={() => confirmRemove(removing)}
          onClose={() => setRemoving(null)}
        >
          {t(removing.kind === 'file' ? 'attachments.removeFileBody' : 'attachments.removeLinkBody')}
        </ConfirmModal>
      )}
    </Paper>
  );
}
