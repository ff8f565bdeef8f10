import { Text, TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readAmount } from '../../shared/domain/money/amount-input';
import { unitsToCents } from '../../shared/domain/money/money';
import { formatAmount, useFormat } from '../i18n/format';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'prefix'> & {
  /** Euros (units) as the forms keep them, or '' when empty; NaN while the text is no amount. */
  value?: number | string;
  onChange?(value: number | ''): void;
  /** The currency shown before the amount, e.g. "€ " or "USD ". */
  prefix?: string;
  currency?: string;
};

const unitsOf = (value: number | string | undefined): number | null => (value === '' || value === undefined || Number.isNaN(Number(value)) ? null : unitsToCents(Number(value)));

/**
 * An amount typed the user's way: "5.000", "5 000", "1.250,00", "12,5" and "12.50" all read as a person means them
 * (shared/domain/money/amount-input.ts). A text that could mean something else is shown back under the field, as
 * it was read, in warning colours, and kept as typed; any other text takes the language's own notation on leaving
 * the field, so nothing is changed silently.
 */
export function MoneyInput({ value, onChange, prefix = '€ ', currency = 'EUR', description, error, onBlur, ...rest }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const mark = fmt.decimalSeparator === '.' ? '.' : ',';
  const plain = (cents: number) => formatAmount(cents, fmt.language);
  const [text, setText] = useState(() => {
    const cents = unitsOf(value);
    return cents === null ? '' : plain(cents);
  });
  const reading = readAmount(text, mark);

  // A value set from outside (a prefill, a reset) replaces the text; the user's own typing never does.
  useEffect(() => {
    const cents = unitsOf(value);
    const shown = reading.ok ? reading.cents : null;
    if (value === '' && reading.ok) setText('');
    else if (cents !== null && cents !== shown) setText(plain(cents));
    // Only when the value changes; the text is the user's while they type.
  }, [value]);

  const change = (next: string) => {
    setText(next);
    const r = readAmount(next, mark);
    onChange?.(r.ok ? r.cents / 100 : r.reason === 'empty' ? '' : Number.NaN);
  };
  // Only a reading that could fool the user is shown back: a line that came and went with every keystroke would
  // move the buttons below the field under the user's pointer.
  const shownBack = reading.ok && reading.ambiguous && (
    <Text size="sm" fw={600} c="orange.8" data-testid="amount-read-as">
      {t('common.amountAmbiguous', { amount: fmt.money(reading.cents, currency) })}
    </Text>
  );
  const ownError = !reading.ok && reading.reason !== 'empty' ? t(reading.reason === 'too_many_decimals' ? 'errors.amountTooManyDecimals' : 'errors.amount') : null;
  return (
    <TextInput
      inputMode="decimal"
      leftSection={<Text size="sm" c="dimmed">{prefix.trim()}</Text>}
      leftSectionWidth={prefix.trim().length > 1 ? 48 : 28}
      value={text}
      onChange={(e) => change(e.currentTarget.value)}
      onBlur={(e) => {
        if (reading.ok && !reading.ambiguous) setText(plain(reading.cents));
        onBlur?.(e);
      }}
      description={shownBack || description}
      error={ownError ?? error}
      {...rest}
    />
  );
}
