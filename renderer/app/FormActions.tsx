import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The footer of every form dialog: Cancel, then the submit button (busy while saving), "Save" unless named. */
export function FormActions({
  onCancel,
  submitting,
  label,
  disabled,
  color,
}: {
  onCancel(): void;
  submitting: boolean;
  label?: string;
  disabled?: boolean;
  color?: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt="sm">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={submitting} disabled={disabled} color={color}>
        {label ?? t('common.save')}
      </Button>
    </Group>
  );
}
