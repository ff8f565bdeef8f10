import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../../shared/domain/invoice/invoice';
import { useFormat } from '../../i18n/format';

/** What the row colour means, in words: paid or credited, disputed (with the reason), reminded (level and times), promised (with the date). */
export function InvoiceBadges({ invoice: i, today }: { invoice: Invoice; today: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <>
      {i.status !== 'open' && (
        <Badge size="xs" variant="light" color={i.status === 'paid' ? 'teal' : 'gray'}>
          {t(`invoices.status.${i.status}`)}
        </Badge>
      )}
      {i.disputed && (
        <Badge size="xs" color="grape" title={i.disputeReason}>
          {t('customers.financial.disputed')}
        </Badge>
      )}
      {i.status === 'open' && i.dunningLevel > 0 && (
        <Badge size="xs" color="orange" variant="light" title={i.lastRemindedOn ? t('dunning.invoice.badgeTitle', { date: fmt.date(i.lastRemindedOn) }) : undefined} data-testid="dunning-level">
          {t('dunning.invoice.badge', { level: i.dunningLevel, times: i.timesReminded })}
        </Badge>
      )}
      {i.status === 'open' && i.promisedDate && i.promisedDate >= today && (
        <Badge size="xs" color="blue" title={i.promiseNote}>
          {t('customers.financial.promised', { date: fmt.date(i.promisedDate) })}
        </Badge>
      )}
    </>
  );
}
