import { Button, Group } from '@mantine/core';
import type { CustomerFilter } from '@shared/api/customers';
import { CUSTOMER_KINDS, SCREENING_STATUSES } from '@shared/domain/customer';
import { IconFilterOff } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/hooks';
import { FilterButton, type FilterOption } from './FilterButton';
import type { TextFilterKey } from './listParams';

interface Props {
  filter: CustomerFilter;
  filterCount: number;
  setFilter: <K extends keyof CustomerFilter>(key: K, value: CustomerFilter[K]) => void;
  clearFilters: () => void;
}

const asOptions = (values: string[] | undefined): FilterOption[] => (values ?? []).map((v) => ({ value: v, label: v }));

/** Kind, screening, industry, country, region and tag filters; options come from the data. */
export const FilterBar = memo(function FilterBar({ filter, filterCount, setFilter, clearFilters }: Props) {
  const { t } = useTranslation('customerList');
  const facets = useApi('customers.facets', {});
  const f = facets.data;

  const text = (key: TextFilterKey, options: string[] | undefined, label: string) => {
    const current = filter[key];
    const opts = asOptions(options);
    // A value from the address that no longer exists in the data still shows (and clears).
    if (current && !opts.some((o) => o.value === current)) opts.unshift({ value: current, label: current });
    return (
      <FilterButton
        label={label}
        options={opts}
        value={current ? [current] : []}
        onChange={(v) => setFilter(key, v[0])}
        searchable={opts.length > 8}
      />
    );
  };

  return (
    <Group gap="xs" wrap="wrap" role="group" aria-label={t('filters.label')}>
      <FilterButton
        label={t('filters.kind')}
        multiple
        options={CUSTOMER_KINDS.map((k) => ({ value: k, label: t(`common:kinds.${k}`) }))}
        value={filter.kinds ?? []}
        onChange={(v) => setFilter('kinds', v as CustomerFilter['kinds'])}
      />
      <FilterButton
        label={t('filters.screening')}
        multiple
        options={SCREENING_STATUSES.map((s) => ({ value: s, label: t(`common:screening.${s}`) }))}
        value={filter.screening ?? []}
        onChange={(v) => setFilter('screening', v as CustomerFilter['screening'])}
      />
      {text('industry', f?.industries, t('filters.industry'))}
      {text('country', f?.countries, t('filters.country'))}
      {text('region', f?.regions, t('filters.region'))}
      {text('tag', f?.tags, t('filters.tag'))}
      {filterCount > 0 && (
        <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} stroke={1.6} />} onClick={clearFilters}>
          {t('filters.clear')}
        </Button>
      )}
    </Group>
  );
});
