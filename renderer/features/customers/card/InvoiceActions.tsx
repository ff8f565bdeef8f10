import { ActionIcon, Button, Group, Menu, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../../../shared/domain/invoice/invoice';
import { api, unwrap } from '../../../api';
import { useErrorText } from '../../../app/errors';
import { DateField } from '../../../app/DateField';
import { FormModal } from '../../../app/discard';

/** Per-invoice actions: dispute (never dunned), promise to pay (dunning waits), and the day to look at it again. */
export function InvoiceActions({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [dialog, setDialog] = useState<'dispute' | 'promise' | 'nextAction' | null>(null);
  const [reason, setReason] = useState('');
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const run = async (call: () => Promise<unknown>, message: string) => {
    try {
      await call();
      setDialog(null);
      setFieldErrors({});
      notifications.show({ color: 'teal', message });
    } catch (e) {
      setFieldErrors(errors.fieldErrors(e));
      notifications.show({ color: 'red', title: t('errors.title'), message: errors.message(e) });
    }
  };
  const dispute = (disputed: boolean) =>
    run(() => unwrap(api().invoices.setDispute({ id: invoice.id, disputed, reason: disputed ? reason : '' })), t(disputed ? 'invoices.disputed' : 'invoices.undisputed', { number: invoice.number }));
  const promise = (on: boolean) =>
    run(() => unwrap(api().invoices.setPromise({ id: invoice.id, date: on ? date || null : null, note: on ? note : '' })), t(on ? 'invoices.promised' : 'invoices.unpromised', { number: invoice.number }));

  const nextAction = (day: string | null) =>
    run(() => unwrap(api().invoices.setNextAction({ id: invoice.id, date: day })), t(day ? 'invoices.nextActionSet' : 'invoices.nextActionCleared', { number: invoice.number }));
  // Each dialog opens with its fields reset (the next-action day on the current one): a change is a difference from that.
  const changed = { dispute: reason.trim() !== '', promise: date !== '' || note.trim() !== '', nextAction: date !== (invoice.nextActionDate ?? '') };
  const save = () => void (dialog === 'dispute' ? dispute(true) : dialog === 'promise' ? promise(true) : nextAction(date));

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" size="sm" aria-label={t('invoices.menu', { number: invoice.number })}>
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {invoice.disputed ? (
            <Menu.Item onClick={() => void dispute(false)}>{t('invoices.undispute')}</Menu.Item>
          ) : (
            <Menu.Item onClick={() => (setReason(''), setDialog('dispute'))}>{t('invoices.dispute')}</Menu.Item>
          )}
          {invoice.promisedDate ? (
            <Menu.Item onClick={() => void promise(false)}>{t('invoices.unpromise')}</Menu.Item>
          ) : (
            <Menu.Item onClick={() => (setDate(''), setNote(''), setDialog('promise'))}>{t('invoices.promise')}</Menu.Item>
          )}
          <Menu.Item onClick={() => (setDate(invoice.nextActionDate ?? ''), setDialog('nextAction'))}>{t('invoices.nextAction')}</Menu.Item>
          {invoice.nextActionDate && <Menu.Item onClick={() => void nextAction(null)}>{t('invoices.clearNextAction')}</Menu.Item>}
        </Menu.Dropdown>
      </Menu>
      <FormModal
        opened={dialog !== null}
        dirty={dialog !== null && changed[dialog]}
        onClose={() => setDialog(null)}
        title={t(dialog === 'promise' ? 'invoices.promiseTitle' : dialog === 'nextAction' ? 'invoices.nextActionTitle' : 'invoices.disputeTitle', { number: invoice.number })}
      >
        <Stack>
          {dialog === 'dispute' ? (
            <Textarea label={t('invoices.reason')} required autosize minRows={2} value={reason} error={fieldErrors.reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
          ) : dialog === 'nextAction' ? (
            <DateField label={t('invoices.nextActionDate')} required value={date} error={fieldErrors.date} onChange={setDate} data-autofocus />
          ) : (
            <>
              <DateField label={t('invoices.promiseDate')} required value={date} error={fieldErrors.date} onChange={setDate} />
              <Textarea label={t('invoices.note')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={save} disabled={dialog !== 'dispute' && !date}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </FormModal>
    </>
  );
}
