import { Badge } from '@mantine/core';
import type { EditionStatus } from '@shared/domain/exhibition';
import { useTranslation } from 'react-i18next';

const COLORS: Record<EditionStatus, string> = { planned: 'gray', open: 'blue', running: 'teal', closed: 'dark' };

export function EditionStatusBadge({ status }: { status: EditionStatus }) {
  const { t } = useTranslation('exhibitions');
  return (
    <Badge variant="light" color={COLORS[status]} size="sm" style={{ flexShrink: 0, minWidth: 'max-content' }}>
      {t(`editionStatus.${status}`)}
    </Badge>
  );
}
