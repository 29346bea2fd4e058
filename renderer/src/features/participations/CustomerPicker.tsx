import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';

/** Chooses a customer by typing part of its name (searched by the backend, like the customer list). */
export function CustomerPicker({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}) {
  const { t } = useTranslation('exhibitions');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const [q] = useDebouncedValue(search.trim(), 200);
  const found = useApi('customers.list', { q: q || undefined, limit: 20 }, { placeholderData: (prev) => prev });
  const options = (found.data?.rows ?? []).map((r) => ({ value: r.id, label: r.companyName }));
  // The chosen customer must stay among the options, or the field would go blank on the next search.
  if (chosen && !options.some((o) => o.value === chosen.value)) options.unshift(chosen);
  return (
    <Select
      label={t('participation.customer')}
      placeholder={t('participation.customerSearch')}
      searchable
      // Nothing to show until something is typed; an empty open list would also swallow the
      // first Esc, which should close the dialog.
      openOnFocus={false}
      withAsterisk
      data={options}
      value={value}
      onChange={(v, option) => {
        setChosen(option ? { value: option.value, label: option.label } : null);
        onChange(v);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      // The backend already filtered by the search text; filtering again here would hide folded matches.
      filter={({ options: o }) => o}
      nothingFoundMessage={found.isFetching ? undefined : t('participation.noCustomers')}
      rightSection={found.isFetching ? <Loader size={14} /> : undefined}
      error={error}
      data-autofocus
    />
  );
}
