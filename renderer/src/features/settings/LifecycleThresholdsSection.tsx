import { Alert, Button, Center, Group, Loader, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  DEFAULT_THRESHOLDS,
  THRESHOLD_BOUNDS,
  type LifecycleThresholds,
} from '@shared/domain/lifecycle';
import { translateError, type Language } from '@shared/i18n/errors';
import { useQueryClient } from '@tanstack/react-query';
import { IconCheck, IconInfoCircle, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiKey, useApi, useApiMutation } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';

// The signal thresholds (issue 4 §3): one number per rule, with the rule it tunes written out
// with the values being typed, so the effect of a change is readable before saving. Values are
// validated by the API (bounds in THRESHOLD_BOUNDS); its field errors are shown on the inputs.

type Key = keyof LifecycleThresholds;
type Unit = 'editions' | 'points' | 'percent' | 'days' | 'outOf10';
type Values = Record<Key, number | string>;

/** Grouped by the stage the rules suggest, in the order a relationship lives through them. */
const GROUPS: { title: 'toTrust' | 'toWeakening' | 'toLost'; fields: { key: Key; unit: Unit }[] }[] = [
  {
    title: 'toTrust',
    fields: [
      { key: 'trustEditions', unit: 'editions' },
      { key: 'trustSatisfaction', unit: 'outOf10' },
      { key: 'trustEditionsWithoutSatisfaction', unit: 'editions' },
    ],
  },
  {
    title: 'toWeakening',
    fields: [
      { key: 'satisfactionDrop', unit: 'points' },
      { key: 'lowSatisfaction', unit: 'outOf10' },
      { key: 'standAreaDropPercent', unit: 'percent' },
      { key: 'complaintDays', unit: 'days' },
    ],
  },
  { title: 'toLost', fields: [{ key: 'lostSkippedEditions', unit: 'editions' }] },
];

const KEYS = Object.keys(DEFAULT_THRESHOLDS) as Key[];
const same = (a: Values, b: LifecycleThresholds) => KEYS.every((k) => a[k] === b[k]);

/** Loads the stored thresholds; the form re-mounts when they change (saved here or elsewhere). */
export function LifecycleThresholdsSection({ readOnly }: { readOnly: boolean }) {
  const q = useApi('lifecycle.thresholds', {});
  if (q.isPending) {
    return (
      <Center p="md">
        <Loader size="sm" />
      </Center>
    );
  }
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  return <ThresholdsForm key={JSON.stringify(q.data)} initial={q.data} readOnly={readOnly} />;
}

function ThresholdsForm({ initial, readOnly }: { initial: LifecycleThresholds; readOnly: boolean }) {
  const { t, i18n } = useTranslation('settings');
  const lang: Language = i18n.language.startsWith('zh') ? 'zh' : 'en';
  const qc = useQueryClient();
  const save = useApiMutation('lifecycle.setThresholds');
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});

  const dirty = !same(values, initial);
  const atDefaults = same(values, DEFAULT_THRESHOLDS);
  const formError = save.error && Object.keys(save.error.fields).length === 0 ? save.error.message : null;
  // In the rule sentences, an emptied field reads as "…" rather than a misleading number.
  const shown = (k: Key) => (values[k] === '' ? '…' : String(values[k]));

  const set = (k: Key, v: number | string) => {
    setValues((s) => ({ ...s, [k]: v }));
    setErrors((e) => (e[k] ? { ...e, [k]: undefined } : e));
  };
  const replaceAll = (next: LifecycleThresholds) => {
    setValues(next);
    setErrors({});
    save.reset();
  };

  const submit = () => {
    // An empty field is not sent as "unchanged": it is marked, and nothing is saved.
    const empty = KEYS.filter((k) => values[k] === '');
    if (empty.length) {
      setErrors(Object.fromEntries(empty.map((k) => [k, translateError('err.required', lang)])));
      return;
    }
    const patch: Partial<LifecycleThresholds> = Object.fromEntries(KEYS.map((k) => [k, Number(values[k])]));
    save.mutate(
      { patch },
      {
        onSuccess: (saved) => {
          setErrors({});
          qc.setQueryData(apiKey('lifecycle.thresholds', {}), saved);
          notifications.show({ message: t('lifecycle.saved'), color: 'teal', icon: <IconCheck size={18} /> });
        },
        // Paths are "patch.<threshold>"; the API refuses the whole patch, so nothing was saved.
        onError: (err) =>
          setErrors(Object.fromEntries(Object.entries(err.fields).map(([path, msg]) => [path.replace(/^patch\./, ''), msg]))),
      },
    );
  };

  return (
    <form
      data-testid="lifecycle-thresholds"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="lg">
        {GROUPS.map((g) => (
          <Stack key={g.title} gap="xs">
            <Title order={5}>{t(`lifecycle.${g.title}`)}</Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
              {g.fields.map(({ key, unit }) => {
                const [min, max] = THRESHOLD_BOUNDS[key];
                return (
                  <NumberInput
                    key={key}
                    data-testid={`threshold-${key}`}
                    label={t(`lifecycle.field.${key}`)}
                    description={
                      <>
                        {t(`lifecycle.rule.${key}`, { n: shown(key), s: shown('trustSatisfaction') })}
                        <Text span size="xs" c="dimmed" display="block">
                          {t('lifecycle.bounds', { min, max, default: DEFAULT_THRESHOLDS[key] })}
                        </Text>
                      </>
                    }
                    value={values[key]}
                    onChange={(v) => set(key, v)}
                    min={min}
                    max={max}
                    // Out-of-range values reach the API, which says what is wrong on the field.
                    clampBehavior="none"
                    allowDecimal={false}
                    allowNegative={false}
                    hideControls
                    rightSection={
                      <Text size="sm" c="dimmed">
                        {t(`lifecycle.unit.${unit}`)}
                      </Text>
                    }
                    rightSectionWidth={56}
                    rightSectionPointerEvents="none"
                    error={errors[key]}
                    disabled={readOnly}
                  />
                );
              })}
            </SimpleGrid>
          </Stack>
        ))}
        {formError && <Alert color="red">{formError}</Alert>}
        {!readOnly && (
          <Group justify="space-between" gap="sm">
            <Group gap={6} wrap="nowrap">
              <IconInfoCircle size={16} color="var(--mantine-color-dimmed)" />
              <Text size="sm" c="dimmed" data-testid="thresholds-recompute-note">
                {t('lifecycle.recomputeNote')}
              </Text>
            </Group>
            <Group gap="sm">
              <Button
                variant="default"
                leftSection={<IconRestore size={16} />}
                onClick={() => replaceAll(DEFAULT_THRESHOLDS)}
                disabled={atDefaults || save.isPending}
                data-testid="thresholds-defaults"
              >
                {t('lifecycle.resetDefaults')}
              </Button>
              {dirty && (
                <Button variant="subtle" color="gray" onClick={() => replaceAll(initial)} disabled={save.isPending}>
                  {t('lifecycle.undo')}
                </Button>
              )}
              <Button type="submit" loading={save.isPending} disabled={!dirty} data-testid="thresholds-save">
                {t('common:actions.save')}
              </Button>
            </Group>
          </Group>
        )}
      </Stack>
    </form>
  );
}
