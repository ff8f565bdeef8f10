import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconReceiptRefund, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceDetail } from '../../../shared/domain/invoice/detail';
import { api, unwrap } from '../../api';
import { ReasonModal } from '../../app/ReasonModal';
import { InvoiceFormModal } from './InvoiceFormModal';
import { PaymentFormModal } from './PaymentFormModal';

/**
 * How a mistake on this invoice is put right. While it is still the office's own draft (typed in, nothing settled,
 * nothing reminded) it is edited or deleted; otherwise the view says why not and offers the credit note a
 * bookkeeper would write, prefilled with what is open and allocated to this invoice.
 */
export function InvoiceCorrections({ detail, onDeleted }: { detail: InvoiceDetail; onDeleted(): void }) {
  const { t } = useTranslation();
  const { invoice, customer, today, correctionBlocks } = detail;
  const [dialog, setDialog] = useState<'edit' | 'delete' | 'credit' | null>(null);
  const close = () => setDialog(null);

  const remove = async (reason: string) => {
    await unwrap(api().invoices.delete({ id: invoice.id, reason }));
    notifications.show({ color: 'teal', message: t('invoices.corrections.deleted', { number: invoice.number }) });
    onDeleted();
  };

  const editable = correctionBlocks.length === 0;
  const creditable = invoice.status === 'open' && invoice.openCents > 0;
  if (!editable && !creditable) return null;
  return (
    <>
      <Group gap="xs" mt="sm" data-testid="invoice-corrections">
        {editable ? (
          <>
            <Button size="xs" variant="light" leftSection={<IconEdit size={14} />} onClick={() => setDialog('edit')}>
              {t('invoices.corrections.edit')}
            </Button>
            <Button size="xs" variant="light" color="red" leftSection={<IconTrash size={14} />} onClick={() => setDialog('delete')}>
              {t('invoices.corrections.delete')}
            </Button>
          </>
        ) : (
          <>
            <Button size="xs" variant="light" leftSection={<IconReceiptRefund size={14} />} onClick={() => setDialog('credit')}>
              {t('invoices.corrections.creditNote')}
            </Button>
            <Text size="xs" c="dimmed" data-testid="correction-blocks">
              {correctionBlocks.map((b) => t(`invoices.corrections.why.${b}`)).join(' · ')}
            </Text>
          </>
        )}
      </Group>
      {dialog === 'edit' && <InvoiceFormModal editing={{ invoice, customerLabel: `${customer.name} (${customer.number})` }} today={today} onClose={close} />}
      {dialog === 'credit' && <PaymentFormModal customerId={invoice.customerId} openInvoices={[invoice]} today={today} creditNoteFor={invoice} onClose={close} />}
      {dialog === 'delete' && (
        <ReasonModal
          title={t('invoices.corrections.deleteTitle', { number: invoice.number })}
          reasonLabel={t('invoices.corrections.reason')}
          confirmLabel={t('invoices.corrections.deleteConfirm')}
          onConfirm={remove}
          onClose={close}
        >
          {t('invoices.corrections.deleteBody')}
        </ReasonModal>
      )}
    </>
  );
}
