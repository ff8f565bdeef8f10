import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from './errors';
import { FormModal } from './discard';

/**
 * Confirms a correction that stays on record (deleting an invoice, reversing a payment, crediting what a customer
 * owes): says what will happen, asks why, and shows the store's refusal in place. `onConfirm` throws on refusal.
 */
export function ReasonModal({
  title,
  children,
  reasonLabel,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  title: string;
  children: ReactNode;
  reasonLabel: string;
  confirmLabel: string;
  onConfirm(reason: string): Promise<void>;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setError(t('errors.required'));
    setSaving(true);
    try {
      await onConfirm(reason.trim());
    } catch (err) {
      const byField = errors.fieldErrors(err);
      setError(byField.reason ?? byField['creditOpen.reason'] ?? errors.message(err));
      setSaving(false);
    }
  };

  return (
    <FormModal dirty={reason.trim() !== ''} onClose={onClose} title={title}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Text size="sm" component="div">
            {children}
          </Text>
          <Textarea label={reasonLabel} required autosize minRows={2} data-autofocus value={reason} error={error} onChange={(e) => setReason(e.currentTarget.value)} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={saving}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
