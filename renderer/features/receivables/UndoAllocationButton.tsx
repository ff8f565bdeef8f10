import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api';
import { useErrorText } from '../../app/errors';

/** Takes one allocation back: the invoice reopens by its amount and the credit gets it back. */
export function UndoAllocationButton({ allocationId, label }: { allocationId: string; label?: string }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const undo = async () => {
    try {
      await unwrap(api().payments.undo({ id: allocationId }));
      notifications.show({ color: 'teal', message: t('payments.undone') });
    } catch (e) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errors.message(e) });
    }
  };
  return (
    <Button size="compact-xs" variant="subtle" color="red" aria-label={label} onClick={() => void undo()}>
      {t('payments.undo')}
    </Button>
  );
}
