import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import 'dayjs/locale/de';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/fr';
import 'dayjs/locale/nl';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readDate } from '../../shared/domain/date-input';
import type { Language } from '../../shared/domain/customer/customer';
import { useBusinessDate } from '../api';
import { useFormat } from '../i18n/format';

const notation: Record<Language, { separator: string; dayjs: string }> = {
  nl: { separator: '-', dayjs: 'nl' },
  de: { separator: '.', dayjs: 'de' },
  fr: { separator: '/', dayjs: 'fr' },
  en: { separator: '/', dayjs: 'en-gb' },
};

/** 2026-11-02 as the language writes it: 02-11-2026, 02.11.2026, 02/11/2026. */
const shown = (date: string, language: Language) => date.split('-').reverse().join(notation[language].separator);

type Props = Omit<TextInputProps, 'value' | 'onChange'> & {
  /** A business date (YYYY-MM-DD), '' when empty, or the text as typed while it names no day. */
  value?: string;
  onChange?(value: string): void;
};

/**
 * A date in the app's language, day first (dd-mm-jjjj, TT.MM.JJJJ, jj/mm/aaaa), typed or picked: a native date
 * input follows the browser's locale instead, and on a US system turned 2 November into 11 February. Typing
 * "02112026" or "2-11-26" works too (shared/domain/date-input.ts). The calendar opens from its button only, so it
 * never covers the fields below while the user types.
 */
export function DateField({ value = '', onChange, onBlur, ...rest }: Props) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [text, setText] = useState(() => (readDate(value) ? shown(value, language) : value));
  const [calendar, setCalendar] = useState(false);
  // With no date yet, the calendar opens on the business month (main's clock), not the machine's.
  const today = useBusinessDate();

  // A value set from outside (a prefill, the calendar, a reset) replaces the text; the user's typing never does.
  useEffect(() => {
    if (readDate(text) !== (readDate(value) ?? '') || !value) setText(readDate(value) ? shown(value, language) : value);
    // Only when the value or the language changes.
  }, [value, language]);

  const change = (next: string) => {
    setText(next);
    onChange?.(readDate(next) ?? next);
  };
  const pick = (date: string | null) => {
    onChange?.(date ?? '');
    setCalendar(false);
  };
  return (
    <Popover opened={calendar} onChange={setCalendar} position="bottom-end" shadow="md" trapFocus>
      <Popover.Target>
        <TextInput
          placeholder={t('common.datePlaceholder')}
          value={text}
          onChange={(e) => change(e.currentTarget.value)}
          onBlur={(e) => {
            const date = readDate(text);
            if (date) setText(shown(date, language));
            onBlur?.(e);
          }}
          rightSection={
            <ActionIcon variant="subtle" color="gray" aria-label={t('common.openCalendar')} onClick={() => setCalendar((o) => !o)}>
              <IconCalendar size={16} />
            </ActionIcon>
          }
          {...rest}
        />
      </Popover.Target>
      <Popover.Dropdown>
        <DatePicker locale={notation[language].dayjs} firstDayOfWeek={1} value={readDate(value)} defaultDate={readDate(value) ?? today} onChange={pick} />
      </Popover.Dropdown>
    </Popover>
  );
}
