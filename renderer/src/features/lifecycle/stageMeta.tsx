import { Badge, type BadgeProps } from '@mantine/core';
import { STAGES, type Stage } from '@shared/domain/lifecycle';
import { IconHeartHandshake, IconPlant2, IconRosetteDiscountCheck, IconTrendingDown, IconUserX, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

// How each stage looks everywhere (board columns, badges, history): one colour and icon per stage,
// so a stage is recognised at a glance in either language.

export const STAGE_COLORS: Record<Stage, string> = {
  cultivation: 'blue',
  confirmation: 'cyan',
  trust: 'teal',
  weakening: 'orange',
  lost: 'gray',
};

export const STAGE_ICONS: Record<Stage, Icon> = {
  cultivation: IconPlant2,
  confirmation: IconRosetteDiscountCheck,
  trust: IconHeartHandshake,
  weakening: IconTrendingDown,
  lost: IconUserX,
};

export { STAGES };

export function StageBadge({ stage, ...rest }: { stage: Stage } & Omit<BadgeProps, 'color' | 'children'>) {
  const { t } = useTranslation('lifecycle');
  const Icon = STAGE_ICONS[stage];
  return (
    <Badge variant="light" color={STAGE_COLORS[stage]} leftSection={<Icon size={12} />} data-stage={stage} tt="none" style={{ flexShrink: 0, overflow: 'visible' }} {...rest}>
      {t(`stage.${stage}`)}
    </Badge>
  );
}
