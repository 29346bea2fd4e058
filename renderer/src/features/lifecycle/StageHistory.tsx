import { Group, Text, Timeline } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDayFormat } from '../exhibitions/format';
import { STAGE_COLORS, STAGE_ICONS, StageBadge } from './stageMeta';
import type { Transition } from './types';
import { useReasonText } from './useReasonText';

/** A relationship's full, immutable stage history, newest first: from → to, when, who, why, evidence. */
export function StageHistory({ history }: { history: Transition[] }) {
  const { t } = useTranslation('lifecycle');
  const f = useDayFormat();
  const reason = useReasonText();
  if (!history.length) {
    return (
      <Text size="sm" c="dimmed">
        {t('history.noHistory')}
      </Text>
    );
  }
  const newestFirst = [...history].reverse();
  return (
    <Timeline active={newestFirst.length} bulletSize={22} lineWidth={2} data-testid="stage-history">
      {newestFirst.map((x) => {
        const Icon = STAGE_ICONS[x.to];
        return (
          <Timeline.Item
            key={x.id}
            color={STAGE_COLORS[x.to]}
            bullet={<Icon size={12} />}
            data-testid="stage-transition"
            title={
              <Group gap={4} wrap="wrap">
                {x.from ? (
                  <>
                    <StageBadge stage={x.from} size="sm" />
                    <IconArrowRight size={12} />
                    <StageBadge stage={x.to} size="sm" />
                  </>
                ) : (
                  <Text size="sm" fw={600}>
                    {t('history.first', { stage: t(`stage.${x.to}`) })}
                  </Text>
                )}
              </Group>
            }
          >
            <Text size="xs" c="dimmed">
              {f.day(x.at)}
              {x.changedBy ? ` · ${t('history.by', { name: x.changedBy })}` : ''}
            </Text>
            {x.reason && <Text size="sm">{x.reason}</Text>}
            {x.signal && (
              <Text size="xs" c="dimmed">
                {t('history.evidence')}: {reason(x.signal, x.evidence)}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
