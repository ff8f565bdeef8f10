import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { smsLength } from '../../../shared/domain/outbox/sms-text';

/** How long an SMS text is and how many messages the gateway sends it as (each one paid for). */
export function SmsLengthLine({ text }: { text: string }) {
  const { t } = useTranslation();
  const length = smsLength(text);
  return (
    <Text size="xs" c="dimmed" data-testid="sms-length">
      {t('outbox.sms.length', { characters: length.characters, encoding: t(`outbox.sms.encodings.${length.encoding}`), count: length.segments })}
    </Text>
  );
}
