import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { canMove, moveNeedsReason, STAGES, type Signal, type Stage } from '@shared/domain/lifecycle';
import { useQueryClient } from '@tanstack/react-query';
import { IconAlertTriangle, IconArrowRight, IconCheck, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../api/client';
import { todayLocal } from '../exhibitions/format';
import { DateField } from '../interactions/DateFields';
import { lifecycleMove } from './lifecycleApi';
import { StageBadge } from './stageMeta';
import { useReasonText } from './useReasonText';

export interface MoveTarget {
  customerId: string;
  exhibitionId: string;
  companyName: string;
  stage: Stage;
  version: number;
  suggestion: { toStage: Stage; signal: Signal; details: Record<string, unknown> } | null;
}

/**
 * Asks how a relationship moves: the target (disallowed ones are shown but refused), the date
 * (today by default) and the reason. A move from a stale screen is refused by the backend
 * (conflict): the message says so and the board refetches, so the card shows the truth.
 */
export function MoveModal({ target, to: initialTo, onClose }: { target: MoveTarget | null; to?: Stage; onClose: () => void }) {
  const { t } = useTranslation('lifecycle');
  const qc = useQueryClient();
  const reasonText = useReasonText();
  const [to, setTo] = useState<Stage | null>(null);
  const [at, setAt] = useState(todayLocal());
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!target) return;
    setTo(initialTo ?? target.suggestion?.toStage ?? null);
    setAt(todayLocal());
    setReason('');
    setErrors({});
  }, [target, initialTo]);

  if (!target) return <Modal opened={false} onClose={onClose} />;
  const from = target.stage;
  const allowed = to !== null && canMove(from, to);
  const s = target.suggestion && target.suggestion.toStage === to ? target.suggestion : null;
  const reasonRequired = to !== null && moveNeedsReason(from, to, s?.signal);

  const submit = async () => {
    if (!to || !allowed) return;
    setBusy(true);
    setErrors({});
    try {
      await lifecycleMove({
        customerId: target.customerId,
        exhibitionId: target.exhibitionId,
        version: target.version,
        to,
        at,
        reason: reason.trim(),
        ...(s ? { signal: s.signal } : {}),
      });
      notifications.show({ color: 'teal', message: t('move.done', { name: target.companyName, stage: t(`stage.${to}`) }) });
      onClose();
    } catch (e) {
      if (e instanceof ApiCallError && e.error.code === 'conflict') {
        notifications.show({ color: 'orange', autoClose: 10_000, message: t('move.conflict', { name: target.companyName }) });
        onClose();
      } else if (e instanceof ApiCallError && e.error.code === 'invalid_input') {
        setErrors(e.fields);
      } else {
        setErrors({ _: e instanceof Error ? e.message : String(e) });
      }
    } finally {
      setBusy(false);
      // Whatever happened, show what is stored now (a stale card refreshes here).
      void qc.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('lifecycle.') });
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('move.title', { name: target.companyName })} size="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Group gap="xs" align="center">
            <StageBadge stage={from} size="lg" />
            <IconArrowRight size={16} />
            {to ? <StageBadge stage={to} size="lg" /> : <Text c="dimmed">…</Text>}
          </Group>
          <Select
            label={t('move.to')}
            data={STAGES.filter((x) => x !== from).map((x) => ({
              value: x,
              label: canMove(from, x) ? t(`stage.${x}`) : `${t(`stage.${x}`)} — ${t('board.notAllowed', { stage: t(`stage.${from}`) })}`,
              disabled: !canMove(from, x),
            }))}
            value={to}
            onChange={(v) => setTo(v as Stage | null)}
            allowDeselect={false}
            error={errors.to}
            comboboxProps={{ withinPortal: true }}
            data-testid="move-to"
          />
          {to && (
            <Alert
              color={allowed ? 'teal' : 'red'}
              icon={allowed ? <IconCheck size={16} /> : <IconX size={16} />}
              data-testid="move-allowed"
              data-allowed={allowed}
              py={6}
            >
              {allowed ? t('move.allowed') : t('move.disallowed', { from: t(`stage.${from}`), to: t(`stage.${to}`) })}
            </Alert>
          )}
          {s && (
            <Text size="sm" c="dimmed">
              {t('move.suggested', { reason: reasonText(s.signal, s.details) })}
            </Text>
          )}
          <DateField label={t('move.at')} value={at} onChange={setAt} error={errors.at} required />
          <Textarea
            label={t('move.reason')}
            placeholder={t('move.reasonPlaceholder')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            required={reasonRequired}
            autosize
            minRows={2}
            maxRows={6}
            data-autofocus
          />
          {errors._ && (
            <Alert color="red" icon={<IconAlertTriangle size={16} />}>
              {errors._}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={!allowed || !at || (reasonRequired && !reason.trim())}>
              {t('move.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
