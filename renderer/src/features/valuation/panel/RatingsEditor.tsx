import { ActionIcon, Alert, Badge, Button, Group, Rating, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import type { RelationshipValue } from '@shared/api/valuation';
import { DEFAULT_VALUATION_SETTINGS } from '@shared/domain/valuation/settings';
import { useQueryClient } from '@tanstack/react-query';
import { IconCheck, IconRefresh, IconX } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../api/client';
import { apiKey, useApiMutation } from '../../../api/hooks';

type RatingKey = 'demonstrationRating' | 'capabilityRating';

/**
 * The organiser's two 0–5 ratings, each with its guidance and the objective hints beside it.
 * A click saves at once (with the relationship's version); the figures keep the old rating until
 * the next assessment, which the panel says and offers to run.
 */
export function RatingsEditor({ value, readOnly, onAssess, assessing }: { value: RelationshipValue; readOnly: boolean; onAssess: () => void; assessing: boolean }) {
  const { t } = useTranslation('valuePanel');
  const { t: tf } = useTranslation('valueFormulas');
  const qc = useQueryClient();
  const save = useApiMutation('valuation.setRatings');
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState(false);
  const key = apiKey('valuation.ofRelationship', { customerId: value.customerId, exhibitionId: value.exhibitionId });
  const row = value.current;

  const rate = (field: RatingKey, rating: number | null) => {
    setSaved(false);
    setConflict(false);
    save.mutate(
      { customerId: value.customerId, exhibitionId: value.exhibitionId, version: value.version, [field]: rating },
      {
        onSuccess: (next) => {
          qc.setQueryData(key, next);
          setSaved(true);
        },
        onError: (e) => {
          // Someone else saved first: show the stored ratings, and say so.
          if (e instanceof ApiCallError && e.error.code === 'conflict') setConflict(true);
          void qc.invalidateQueries({ queryKey: key });
        },
      },
    );
  };

  // The figures use the rating as it was at the latest assessment.
  const pending = (['demonstrationRating', 'capabilityRating'] as const).filter((k) => row && row[k] !== value[k]);
  const hints = {
    demonstrationRating: [
      row?.areaRank != null && row.areaRankOf != null ? tf('guidance.demonstration.hint', { rank: row.areaRank, of: row.areaRankOf }) : tf('guidance.demonstration.noHint'),
      value.brandTags.length ? (
        <Group gap={4} key="tags">
          <Text size="xs" c="dimmed">
            {t('ratings.brandTags')}
          </Text>
          {value.brandTags.map((tag) => (
            <Badge key={tag} size="xs" variant="light" color="grape" tt="none">
              {tag}
            </Badge>
          ))}
        </Group>
      ) : (
        t('ratings.noBrandTags')
      ),
    ],
    capabilityRating: [t('ratings.advice', { n: row?.advice ?? 0 }), tf('guidance.capability.advice', { points: (value.snapshot?.settings ?? DEFAULT_VALUATION_SETTINGS).advicePoints })],
  } satisfies Record<RatingKey, ReactNode[]>;

  return (
    <Stack gap="xs" data-testid="value-ratings">
      <Title order={6}>{t('ratings.title')}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {(['demonstrationRating', 'capabilityRating'] as const).map((k) => {
          const short = k === 'demonstrationRating' ? 'demonstration' : 'capability';
          const v = value[k];
          return (
            <Stack key={k} gap={4} data-testid={`rating-${short}`}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" fw={600}>
                  {t(`ratings.${short}`)}
                </Text>
                <Rating
                  value={v ?? 0}
                  count={5}
                  readOnly={readOnly || save.isPending}
                  onChange={(n) => rate(k, n)}
                  getSymbolLabel={(n) => `${t(`ratings.${short}`)}: ${n}`}
                  data-testid={`rating-${short}-stars`}
                />
                {v !== null && !readOnly && (
                  <Tooltip label={t('ratings.clear')} withArrow>
                    <ActionIcon size="sm" variant="subtle" color="gray" aria-label={t('ratings.clear')} onClick={() => rate(k, null)} disabled={save.isPending} data-testid={`rating-${short}-clear`}>
                      <IconX size={14} />
                    </ActionIcon>
                  </Tooltip>
                )}
                {v === null && (
                  <Text size="xs" c="dimmed">
                    {t('ratings.notRated')}
                  </Text>
                )}
              </Group>
              <Text size="xs">{tf(`guidance.${short}.text`)}</Text>
              <Stack gap={0} pl="xs" style={{ borderLeft: '2px solid var(--mantine-color-default-border)' }}>
                <Text size="xs" c="dimmed" fw={600}>
                  {t('ratings.hintTitle')}
                </Text>
                {hints[k].map((h, i) =>
                  typeof h === 'string' ? (
                    <Text key={i} size="xs" c="dimmed">
                      {h}
                    </Text>
                  ) : (
                    h
                  ),
                )}
              </Stack>
            </Stack>
          );
        })}
      </SimpleGrid>
      {conflict && (
        <Alert color="orange" variant="light" p="xs" data-testid="ratings-conflict">
          {t('ratings.conflict')}
        </Alert>
      )}
      {save.error && !conflict && (
        <Alert color="red" variant="light" p="xs">
          {save.error.message}
        </Alert>
      )}
      {(saved || pending.length > 0) && (
        <Alert color="blue" variant="light" p="xs" icon={saved ? <IconCheck size={16} /> : undefined} data-testid="ratings-pending">
          <Group justify="space-between" gap="xs">
            <Stack gap={0}>
              {saved && <Text size="sm">{t('ratings.saved')}</Text>}
              {pending.map((k) => (
                <Text key={k} size="xs" c="dimmed">
                  {t(`ratings.${k === 'demonstrationRating' ? 'demonstration' : 'capability'}`)}:{' '}
                  {t('ratings.pending', { now: value[k] ?? t('ratings.none'), then: row?.[k] ?? t('ratings.none') })}
                </Text>
              ))}
            </Stack>
            {!readOnly && (
              <Button size="xs" variant="light" leftSection={<IconRefresh size={14} />} onClick={onAssess} loading={assessing} data-testid="ratings-assess-now">
                {t('assessNow')}
              </Button>
            )}
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
