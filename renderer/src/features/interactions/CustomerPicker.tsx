import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';

export interface PickedCustomer {
  id: string;
  name: string;
}

/**
 * Picks a live customer by typing part of its name, phone or email: the search runs in the
 * backend (customers.list), so it works the same on 100,000 customers as on ten.
 */
export function CustomerPicker({
  value,
  onChange,
  label,
  error,
  autoFocus,
  excludeId,
  testId,
}: {
  value: PickedCustomer | null;
  onChange: (c: PickedCustomer | null) => void;
  label: string;
  error?: string;
  autoFocus?: boolean;
  excludeId?: string;
  testId?: string;
}) {
  const { t } = useTranslation('interactions');
  const [search, setSearch] = useState(value?.name ?? '');
  const [q] = useDebouncedValue(search.trim(), 150);
  // While the box shows the chosen name, do not search for it: the choice stays the only option.
  const searching = q !== '' && q !== value?.name;
  const list = useApi('customers.list', { q, limit: 20 }, { enabled: searching, placeholderData: keepPreviousData });
  const data = useMemo(() => {
    const rows = searching ? (list.data?.rows ?? []).filter((r) => r.id !== excludeId) : [];
    const options = rows.map((r) => ({ value: r.id, label: r.companyName, city: r.city }));
    if (value && !options.some((o) => o.value === value.id)) options.unshift({ value: value.id, label: value.name, city: null });
    return options;
  }, [list.data, searching, value, excludeId]);

  return (
    <Select
      label={label}
      placeholder={t('log.customerPlaceholder')}
      searchable
      clearable
      // Nothing to show until something is typed; an empty open list would also swallow the
      // first Esc, which should close the dialog.
      openOnFocus={false}
      // Choosing the customer already chosen keeps it (the × clears); a silent deselect left
      // "Choose the customer first." on save.
      allowDeselect={false}
      data-autofocus={autoFocus || undefined}
      autoFocus={autoFocus}
      data={data}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      // The backend already filtered: show its answer as it is.
      filter={({ options }) => options}
      onChange={(id, option) => onChange(id && option ? { id, name: option.label } : null)}
      nothingFoundMessage={searching && !list.isFetching ? t('log.noCustomers') : undefined}
      rightSection={list.isFetching ? <Loader size={14} /> : undefined}
      error={error}
      data-testid={testId}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
