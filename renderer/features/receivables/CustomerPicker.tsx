import { Select } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChannel } from '../../api';

type Option = { value: string; label: string };

/**
 * Picks a customer by name or number, searched in the store as the user types (the same accent-blind search as
 * the customer list), so it works with 10,000 customers; only the 20 best matches are offered.
 */
export function CustomerPicker({
  value,
  onChange,
  label,
  error,
  required,
  w,
  initial,
}: {
  /** The customer already chosen when the picker opens (an invoice being edited), shown by name. */
  initial?: Option;
  value: string | null;
  onChange(id: string | null): void;
  label?: string;
  error?: string;
  required?: boolean;
  w?: number;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Option | null>(initial ?? null);
  const deferred = useDeferredValue(search);
  // Once chosen, the search box shows the chosen label; searching for it would find nothing new.
  const term = chosen && deferred === chosen.label ? '' : deferred;
  const list = useChannel('customers.list', { search: term, showInactive: false, sort: 'name', direction: 'asc', offset: 0, limit: 20 });
  const options: Option[] = (list.data?.rows ?? []).map((r) => ({ value: r.id, label: `${r.name} (${r.number})` }));
  if (chosen && value === chosen.value && !options.some((o) => o.value === chosen.value)) options.unshift(chosen);
  return (
    <Select
      label={label}
      placeholder={t('receivables.filters.customerPlaceholder')}
      aria-label={label ?? t('receivables.filters.customer')}
      searchable
      clearable
      required={required}
      error={error}
      w={w}
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={t('receivables.filters.noCustomer')}
      onChange={(id, option) => {
        setChosen(id ? option : null);
        onChange(id);
      }}
    />
  );
}
