import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';

type Stamped = { createdAt: string; createdBy: string; updatedAt: string; updatedBy: string };

/** Who created a record and who changed it last, and when; shown under every customer, address and contact. */
export function AuditLine({ record, testId }: { record: Stamped; testId?: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const changed = record.updatedAt !== record.createdAt || record.updatedBy !== record.createdBy;
  return (
    <Text size="xs" c="dimmed" data-testid={testId}>
      {t('common.createdBy', { when: fmt.instant(record.createdAt), who: record.createdBy })}
      {changed && ` · ${t('common.updatedBy', { when: fmt.instant(record.updatedAt), who: record.updatedBy })}`}
    </Text>
  );
}
