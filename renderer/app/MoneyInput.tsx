import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useFormat } from '../i18n/format';

/** An amount in euros typed with the separators of the user's language (1.234,56 in nl and de). */
export function MoneyInput(props: NumberInputProps) {
  const fmt = useFormat();
  return <NumberInput prefix="€ " decimalScale={2} decimalSeparator={fmt.decimalSeparator} thousandSeparator={fmt.thousandSeparator} {...props} />;
}
