import { Alert, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowsExchange, IconBulb, IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { useDayFormat } from '../exhibitions/format';
import { MoveModal, type MoveTarget } from './MoveModal';
import { StageBadge } from './stageMeta';
import { StageHistory } from './StageHistory';
import type { Relationship } from './types';
import { useReasonText } from './useReasonText';
import { useSuggestionActions } from './useSuggestionActions';

/**
 * The customer page's lifecycle: per exhibition, the current stage and since when, a pending
 * suggestion to accept or dismiss, "Move…", and the full stage history.
 */
export function StageCard({ customerId, companyName, readOnly = false }: { customerId: string; companyName: string; readOnly?: boolean }) {
  const { t } = useTranslation('lifecycle');
  const list = useApi('lifecycle.ofCustomer', { customerId });
  const [moving, setMoving] = useState<MoveTarget | null>(null);
  const rels = list.data ?? [];
  return (
    <Paper withBorder p="md" data-testid="stage-card">
      <Title order={4} mb="sm">
        {rels.length > 1 ? t('history.titleMany') : t('history.title')}
      </Title>
      {list.isError ? (
        <Text size="sm" c="red">
          {list.error.message}
        </Text>
      ) : list.isPending ? (
        <Text size="sm" c="dimmed">
          {t('board.loading')}
        </Text>
      ) : rels.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('history.noneHint')}
        </Text>
      ) : (
        <Stack gap="md">
          {rels.map((r, i) => (
            <div key={r.exhibitionId} data-testid="relationship">
              {i > 0 && <Divider mb="md" />}
              <RelationshipBlock rel={r} showExhibition={rels.length > 1} readOnly={readOnly} onMove={() => setMoving(toTarget(r, companyName))} />
            </div>
          ))}
        </Stack>
      )}
      <MoveModal target={moving} onClose={() => setMoving(null)} />
    </Paper>
  );
}

function toTarget(r: Relationship, companyName: string): MoveTarget {
  return { customerId: r.customerId, exhibitionId: r.exhibitionId, companyName, stage: r.stage, version: r.version, suggestion: r.suggestion };
}

function RelationshipBlock({ rel, showExhibition, readOnly, onMove }: { rel: Relationship; showExhibition: boolean; readOnly: boolean; onMove: () => void }) {
  const { t } = useTranslation('lifecycle');
  const f = useDayFormat();
  const reason = useReasonText();
  const actions = useSuggestionActions();
  const s = rel.suggestion;
  const item = s ? [{ customerId: rel.customerId, exhibitionId: rel.exhibitionId, fingerprint: s.fingerprint }] : [];
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          {showExhibition && (
            <Text size="sm" fw={600} mb={4}>
              {rel.exhibitionName}
            </Text>
          )}
          <Group gap="xs">
            <StageBadge stage={rel.stage} size="lg" data-testid="current-stage" />
            <Text size="sm" c="dimmed">
              {t('card.since', { date: f.day(rel.stageSince) })}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            {t('history.began', { date: f.day(rel.beganOn) })}
          </Text>
        </div>
        {!readOnly && (
          <Button size="xs" variant="light" leftSection={<IconArrowsExchange size={14} />} onClick={onMove}>
            {t('history.move')}
          </Button>
        )}
      </Group>
      {s && (
        <Alert color="yellow" variant="light" icon={<IconBulb size={18} />} title={t('history.pending')} p="sm" data-testid="stage-suggestion">
          <Group gap={6} mb={6}>
            <StageBadge stage={rel.stage} size="sm" />→<StageBadge stage={s.toStage} size="sm" />
          </Group>
          <Text size="sm">{reason(s.signal, s.details)}</Text>
          {!readOnly && (
            <Group gap="xs" mt="xs">
              <Button size="xs" color="teal" leftSection={<IconCheck size={14} />} loading={actions.busy} onClick={() => void actions.accept(item)}>
                {t('suggestions.accept')}
              </Button>
              <Button size="xs" variant="default" leftSection={<IconX size={14} />} loading={actions.busy} onClick={() => void actions.dismiss(item)}>
                {t('suggestions.dismiss')}
              </Button>
            </Group>
          )}
        </Alert>
      )}
      <Text size="sm" fw={600}>
        {t('history.history')}
      </Text>
      <StageHistory history={rel.history} />
    </Stack>
  );
}
