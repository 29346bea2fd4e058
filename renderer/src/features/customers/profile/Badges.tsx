import { Badge, Group } from '@mantine/core';
import type { CustomerKind, PartnerType, ScreeningStatus } from '@shared/domain/customer';
import { IconCircleCheck, IconCircleDashed, IconCircleX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export const SCREENING_COLORS: Record<ScreeningStatus, string> = { unverified: 'gray', verified: 'teal', rejected: 'red' };
const SCREENING_ICONS = { unverified: IconCircleDashed, verified: IconCircleCheck, rejected: IconCircleX };

export function ScreeningBadge({ status, size = 'md' }: { status: ScreeningStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  const Icon = SCREENING_ICONS[status];
  return (
    <Badge size={size} variant="light" color={SCREENING_COLORS[status]} leftSection={<Icon size={14} />} data-testid="screening-badge">
      {t(`screening.${status}`)}
    </Badge>
  );
}

/** The customer's roles; a partner shows its type next to the role. */
export function KindBadges({ kinds, partnerType }: { kinds: CustomerKind[]; partnerType: PartnerType | null }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      {kinds.map((k) => (
        <Badge key={k} variant="outline" color="indigo" size="md">
          {t(`kinds.${k}`)}
          {k === 'partner' && partnerType ? ` · ${t(`partnerTypes.${partnerType}`)}` : ''}
        </Badge>
      ))}
    </Group>
  );
}
