import { Select } from '@mantine/core';
import { IconBuildingCircus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useApi } from '../../api/hooks';

/** The header's switcher of the current exhibition (every view's default); hidden until there is one. */
export function CurrentExhibitionSelect() {
  const { t } = useTranslation('exhibitions');
  const list = useApi('exhibitions.list', {});
  if (!list.data || list.data.length === 0) return null;
  const current = list.data.find((x) => x.current)?.id ?? null;
  return (
    <Select
      size="xs"
      w={220}
      aria-label={t('switcher.label')}
      leftSection={<IconBuildingCircus size={14} />}
      data={list.data.map((x) => ({ value: x.id, label: x.name }))}
      value={current}
      onChange={(v) => v && v !== current && void call('exhibitions.setCurrent', { id: v })}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
      visibleFrom="sm"
    />
  );
}
