import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';

/** Previous / next over a paged list: "51–100 of 240". Nothing when everything fits on one page. */
export function Pager({ offset, limit, total, onChange }: { offset: number; limit: number; total: number; onChange: (offset: number) => void }) {
  const { t } = useTranslation('common');
  const fmt = useFormat();
  if (total <= limit) return null;
  return (
    <Group justify="flex-end" gap="sm" data-testid="pager">
      <Text size="sm" c="dimmed">
        {t('pager.page', { from: fmt.number(offset + 1), to: fmt.number(Math.min(total, offset + limit)), total: fmt.number(total) })}
      </Text>
      <Button size="compact-sm" variant="default" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        {t('pager.prev')}
      </Button>
      <Button size="compact-sm" variant="default" disabled={offset + limit >= total} onClick={() => onChange(offset + limit)}>
        {t('pager.next')}
      </Button>
    </Group>
  );
}
