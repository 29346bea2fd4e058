import { Badge, NavLink } from '@mantine/core';
import { IconBulb, IconLayoutKanban } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useApi } from '../../api/hooks';
import { useFormat } from '../../i18n/format';

/** "Lifecycle" (the board) and "Suggestions" with the current exhibition's pending count. */
export function LifecycleNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation('lifecycle');
  const fmt = useFormat();
  const location = useLocation();
  const current = useApi('exhibitions.current', {});
  const exhibitionId = current.data?.id ?? '';
  const pending = useApi('lifecycle.suggestions', { exhibitionId, offset: 0, limit: 1 }, { enabled: !!exhibitionId });
  const count = pending.data?.total ?? 0;
  return (
    <>
      <NavLink
        component={Link}
        to="/lifecycle"
        label={t('nav.board')}
        leftSection={<IconLayoutKanban size={18} stroke={1.6} />}
        active={location.pathname === '/lifecycle'}
        onClick={onNavigate}
      />
      <NavLink
        component={Link}
        to="/lifecycle/suggestions"
        label={t('nav.suggestions')}
        leftSection={<IconBulb size={18} stroke={1.6} />}
        active={location.pathname === '/lifecycle/suggestions'}
        onClick={onNavigate}
        data-testid="nav-suggestions"
        rightSection={
          count > 0 ? (
            <Badge size="sm" variant="filled" color="yellow" data-testid="suggestions-badge">
              {fmt.number(count)}
            </Badge>
          ) : null
        }
      />
    </>
  );
}
