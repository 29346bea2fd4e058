import { Badge, NavLink } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconChartPie, IconPlus } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { transport } from '../../api/client';
import { useApi } from '../../api/hooks';
import { useFormat } from '../../i18n/format';

/**
 * Segment counts depend on customers, participations and interactions, not only on segments:
 * any data change refetches the segment queries on screen (the nav's counts, the builder's count).
 */
function useSegmentCountsFresh(): void {
  const qc = useQueryClient();
  useEffect(
    () =>
      transport.onEvent((e) => {
        if (e.type === 'data.changed' && e.domain !== 'segments') {
          void qc.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('segments.') });
        }
      }),
    [qc],
  );
}

/** "Segments" in the navigation, with every saved segment and its live count beneath it. */
export function SegmentsNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation('segments');
  const fmt = useFormat();
  const location = useLocation();
  useSegmentCountsFresh();
  const list = useApi('segments.list', {});
  const inSegments = location.pathname.startsWith('/segments');

  return (
    <NavLink
      label={t('nav')}
      leftSection={<IconChartPie size={18} stroke={1.6} />}
      active={location.pathname === '/segments'}
      defaultOpened
      childrenOffset={22}
      data-testid="nav-segments"
      variant={inSegments ? 'subtle' : 'light'}
    >
      <NavLink
        component={Link}
        to="/segments"
        label={t('newSegment')}
        leftSection={<IconPlus size={14} />}
        active={location.pathname === '/segments'}
        onClick={onNavigate}
        fz="sm"
      />
      {(list.data ?? []).map((s) => (
        <NavLink
          key={s.id}
          component={Link}
          to={`/segments/${s.id}`}
          label={s.name}
          active={location.pathname === `/segments/${s.id}`}
          onClick={onNavigate}
          data-testid="nav-segment"
          rightSection={
            <Badge size="sm" variant="light" color="gray">
              {fmt.number(s.count)}
            </Badge>
          }
        />
      ))}
    </NavLink>
  );
}
