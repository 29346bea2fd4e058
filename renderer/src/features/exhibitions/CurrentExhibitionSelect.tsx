import { Button, Select, Tooltip } from '@mantine/core';
import { IconBuildingCircus, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';
import { call } from '../../api/client';
import { useApi } from '../../api/hooks';

/**
 * The header's switcher of the current exhibition (every view's default). Until there is
 * one, a quiet pointer to the Exhibitions page stands in its place (not on that page itself).
 */
export function CurrentExhibitionSelect() {
  const { t } = useTranslation('exhibitions');
  const list = useApi('exhibitions.list', {});
  const onExhibitions = useMatch('/exhibitions');
  if (!list.data) return null;
  if (list.data.length === 0) {
    if (onExhibitions) return null;
    return (
      <Tooltip label={t('switcher.setUpHint')} multiline w={280} withArrow openDelay={300}>
        <Button component={Link} to="/exhibitions" variant="subtle" size="xs" leftSection={<IconPlus size={14} />} visibleFrom="sm" data-testid="setup-exhibition">
          {t('switcher.setUp')}
        </Button>
      </Tooltip>
    );
  }
  const current = list.data.find((x) => x.current)?.id ?? null;
  return (
    <Select
      size="xs"
      w={{ base: 170, lg: 240 }}
      aria-label={t('switcher.label')}
      placeholder={t('switcher.label')}
      leftSection={<IconBuildingCircus size={14} />}
      data={list.data.map((x) => ({ value: x.id, label: x.name }))}
      value={current}
      onChange={(v) => v && v !== current && void call('exhibitions.setCurrent', { id: v })}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true, width: 300, position: 'bottom-start' }}
      visibleFrom="sm"
    />
  );
}
