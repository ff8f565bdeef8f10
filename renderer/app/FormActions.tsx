import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The footer of every form dialog: Cancel, then the submit button (busy while saving). */
export function FormActions({ onCancel, submitting }: { onCancel(): void; submitting: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt="sm">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={submitting}>
        {t('common.save')}
      </Button>
    </Group>
  );
}
