import { Button, Group } from '@mantine/core';
import { CUSTOMER_KINDS } from '@shared/domain/customer';
import { STAGES } from '@shared/domain/lifecycle';
import { QUADRANTS, TIERS } from '@shared/domain/valuation/figures';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/hooks';
import { FilterButton } from '../../customers/list/FilterButton';
import { SearchBox } from '../../customers/list/SearchBox';
import type { useValueParams, ValueFilter } from './valueParams';

/** Search by name, and filter by segment, stage, tier, quadrant and kind (table and matrix). */
export function ValueFilters({ params }: { params: ReturnType<typeof useValueParams> }) {
  const { t } = useTranslation('valuation');
  const { t: tl } = useTranslation('lifecycle');
  const { t: tc } = useTranslation('common');
  const segments = useApi('segments.list', {});
  const { filter, setFilter, filterCount, clearFilters } = params;
  const multi = <K extends 'stages' | 'tiers' | 'quadrants' | 'kinds'>(key: K, label: string, options: { value: string; label: string }[]) => (
    <FilterButton label={label} multiple options={options} value={filter[key] ?? []} onChange={(v) => setFilter(key, v as ValueFilter[K])} />
  );
  return (
    <Group gap="xs" wrap="wrap" align="center">
      <div style={{ width: 260 }}>
        <SearchBox value={filter.q ?? ''} onSearch={(q) => setFilter('q', q.trim() || undefined)} placeholder={t('table.search')} />
      </div>
      <Group gap="xs" wrap="wrap" role="group" aria-label={t('filters.label')}>
        <FilterButton
          label={t('filters.segment')}
          options={(segments.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={filter.segmentId ? [filter.segmentId] : []}
          onChange={(v) => setFilter('segmentId', v[0])}
          searchable={(segments.data?.length ?? 0) > 8}
        />
        {multi('stages', t('filters.stage'), STAGES.map((s) => ({ value: s, label: tl(`stage.${s}`) })))}
        {multi('tiers', t('filters.tier'), TIERS.map((s) => ({ value: s, label: t(`tier.${s}`) })))}
        {multi('quadrants', t('filters.quadrant'), QUADRANTS.map((s) => ({ value: s, label: t(`quadrant.${s}`) })))}
        {multi('kinds', t('filters.kind'), CUSTOMER_KINDS.map((s) => ({ value: s, label: tc(`kinds.${s}`) })))}
        {filterCount > 0 && (
          <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} stroke={1.6} />} onClick={clearFilters}>
            {t('table.clearFilters')}
          </Button>
        )}
      </Group>
    </Group>
  );
}
