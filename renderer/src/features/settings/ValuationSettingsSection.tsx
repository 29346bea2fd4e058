import { Alert, Button, Center, Group, Loader, NumberInput, SimpleGrid, Stack, TagsInput, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { JobInfo } from '@shared/api/jobs';
import { SCORE_COMPONENTS, type ValuationSettings } from '@shared/domain/valuation/settings';
import { DEFAULT_VALUATION_SETTINGS } from '@shared/domain/valuation/settings';
import { translateError, type Language } from '@shared/i18n/errors';
import { useQueryClient } from '@tanstack/react-query';
import { IconAlertTriangle, IconCheck, IconRestore } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiKey, useApi, useApiMutation } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { JobProgress } from '../jobs/JobProgress';
import { useJob } from '../jobs/useJobs';
import {
  fieldSpec,
  formErrors,
  fromFlat,
  sameAs,
  toFlat,
  weightPath,
  weightShares,
  type FlatValues,
  type NumericPath,
  type NumValue,
} from './valuationSettingsModel';

// Settings → Customer value (issue 5 §5): window, score weights (with each one's live share of
// the score), tier cut-offs, quadrant thresholds and the smaller knobs. The API validates (bounds,
// weights not all zero, cut-offs ordered) and refuses the whole save, so a bad value changes
// nothing; its field errors land on the inputs. Saving re-assesses the current exhibition as a
// job whose progress shows here.

interface Saved {
  settings: ValuationSettings;
  job: JobInfo | null;
}

/** Loads the stored settings and the current exhibition; keeps the re-assessment job across form re-mounts. */
export function ValuationSettingsSection({ readOnly }: { readOnly: boolean }) {
  const q = useApi('valuation.settings', {});
  const exhibitions = useApi('exhibitions.list', {});
  const [jobId, setJobId] = useState<string | null>(null);
  // Held here, not in the form: a save refetches the settings and re-mounts the form, and an
  // error (e.g. the re-assessment could not start) must survive that.
  const save = useApiMutation('valuation.setSettings');
  const reset = useApiMutation('valuation.resetSettings');
  if (q.isPending || exhibitions.isPending) {
    return (
      <Center p="md">
        <Loader size="sm" />
      </Center>
    );
  }
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  if (exhibitions.isError) return <ErrorState error={exhibitions.error} onRetry={() => void exhibitions.refetch()} />;
  const current = exhibitions.data.find((x) => x.current) ?? null;
  return (
    <Stack gap="md" data-testid="valuation-settings">
      <ValuationSettingsForm
        key={JSON.stringify(q.data)}
        initial={q.data}
        exhibitionId={current?.id}
        readOnly={readOnly}
        save={save}
        reset={reset}
        onSaved={(saved) => setJobId(saved.job?.id ?? null)}
      />
      {jobId && current && <ReassessProgress jobId={jobId} exhibitionName={current.name} />}
    </Stack>
  );
}

function ReassessProgress({ jobId, exhibitionName }: { jobId: string; exhibitionName: string }) {
  const { t } = useTranslation('valuationSettings');
  const job = useJob(jobId);
  return (
    <Alert color={job?.status === 'failed' ? 'red' : 'blue'} variant="light" data-testid="valuation-reassess">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('reassessing', { name: exhibitionName })}
        </Text>
        {job && <JobProgress job={job} />}
        {job?.status === 'done' && (
          <Text size="sm" c="teal" data-testid="valuation-reassess-done">
            {t('reassessDone')}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

interface FormProps {
  save: ReturnType<typeof useApiMutation<'valuation.setSettings'>>;
  reset: ReturnType<typeof useApiMutation<'valuation.resetSettings'>>;
  initial: ValuationSettings;
  exhibitionId: string | undefined;
  readOnly: boolean;
  onSaved: (s: Saved) => void;
}

function ValuationSettingsForm({ initial, exhibitionId, readOnly, onSaved, save, reset }: FormProps) {
  const { t, i18n } = useTranslation('valuationSettings');
  const lang: Language = i18n.language.startsWith('zh') ? 'zh' : 'en';
  const qc = useQueryClient();
  const [values, setValues] = useState<FlatValues>(() => toFlat(initial));
  const [tags, setTags] = useState<string[]>(initial.brandTags);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const busy = save.isPending || reset.isPending;

  const dirty = !sameAs(values, tags, initial);
  const atDefaults = sameAs(values, tags, DEFAULT_VALUATION_SETTINGS) && sameAs(toFlat(initial), initial.brandTags, DEFAULT_VALUATION_SETTINGS);
  const shares = weightShares(values);
  const failure = save.error ?? reset.error;
  const formError = failure && Object.keys(failure.fields).length === 0 ? failure.message : null;
  const hasFieldErrors = Object.values(errors).some(Boolean);

  const set = (p: NumericPath, v: NumValue) => {
    setValues((s) => ({ ...s, [p]: v }));
    // A weight change may fix "all weights zero" too; a cut-off change may fix the order of its neighbours.
    setErrors((e) => {
      const next = { ...e, [p]: '' };
      if (p.startsWith('weights.')) next.weights = '';
      if (p.startsWith('tierCutoffs.')) Object.assign(next, { 'tierCutoffs.a': '', 'tierCutoffs.b': '', 'tierCutoffs.c': '' });
      return next;
    });
  };

  const done = (saved: Saved, message: string) => {
    setErrors({});
    qc.setQueryData(apiKey('valuation.settings', {}), saved.settings);
    onSaved(saved);
    notifications.show({ message, color: 'teal', icon: <IconCheck size={18} /> });
  };

  const submit = () => {
    const out = fromFlat(values, tags);
    if ('empty' in out) {
      setErrors(Object.fromEntries(out.empty.map((p) => [p, translateError('err.required', lang)])));
      return;
    }
    save.mutate(
      { settings: out.settings, exhibitionId },
      {
        onSuccess: (saved) => done(saved, t(saved.job ? 'savedAssessing' : 'saved')),
        onError: (err) => setErrors(formErrors(err.fields)),
      },
    );
  };

  const askReset = () =>
    modals.openConfirmModal({
      title: t('resetConfirm.title'),
      children: <Text size="sm">{t('resetConfirm.body')}</Text>,
      labels: { confirm: t('resetConfirm.confirm'), cancel: t('resetConfirm.cancel') },
      confirmProps: { color: 'red', 'data-testid': 'valuation-reset-confirm' } as Record<string, string>,
      onConfirm: () => reset.mutate({ exhibitionId }, { onSuccess: (saved) => done(saved, t('resetDone')) }),
    });

  const num = (p: NumericPath, label: string, help: ReactNode, unit?: string, testId?: string) => {
    const spec = fieldSpec(p);
    const isWeight = p.startsWith('weights.');
    return (
      <NumberInput
        key={p}
        // Weights sit three to a row: their help goes under the input so the inputs line up.
        inputWrapperOrder={isWeight ? ['label', 'input', 'description', 'error'] : undefined}
        hideControls
        data-testid={testId ?? `valuation-${p.replace('.', '-')}`}
        label={label}
        description={help}
        value={values[p]}
        onChange={(v) => set(p, v)}
        min={spec.min}
        max={spec.max}
        step={spec.step}
        decimalScale={spec.decimals}
        allowDecimal={spec.decimals > 0}
        allowNegative={false}
        // Out-of-range values reach the API, which says what is wrong on the field.
        clampBehavior="none"
        rightSection={
          unit ? (
            <Text size="sm" c="dimmed">
              {unit}
            </Text>
          ) : undefined
        }
        rightSectionWidth={unit ? 56 : undefined}
        rightSectionPointerEvents={unit ? 'none' : undefined}
        error={errors[p] || undefined}
        disabled={readOnly || busy}
      />
    );
  };
  const bounds = (p: NumericPath, def: number) => {
    const s = fieldSpec(p);
    return t('bounds', { min: s.min, max: s.max, default: def });
  };
  const withBounds = (text: string, p: NumericPath, def: number) => (
    <>
      {text}
      <Text span size="xs" c="dimmed" display="block">
        {bounds(p, def)}
      </Text>
    </>
  );
  const D = DEFAULT_VALUATION_SETTINGS;
  const pct = (share: number | null) => (share === null ? null : new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(share));
  const shown = (p: NumericPath) => (values[p] === '' ? '…' : String(values[p]));

  return (
    <form
      data-testid="valuation-settings-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="lg">
        <Block title={t('window.title')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {num('windowEditions', t('window.field'), withBounds(t('window.help', { n: shown('windowEditions') }), 'windowEditions', D.windowEditions), t('window.unit'))}
          </SimpleGrid>
        </Block>

        <Block title={t('weights.title')} help={t('weights.help')} error={errors.weights}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" verticalSpacing="md">
            {SCORE_COMPONENTS.map((k) => {
              const share = pct(shares[k]);
              return num(
                weightPath(k),
                t(`component.${k}`),
                <>
                  {t(`componentHelp.${k}`)}
                  <br />
                  <Text span size="xs" fw={600} c="blue" data-testid={`weight-share-${k}`}>
                    {share ? t('weights.share', { share }) : t('weights.shareNone')}
                  </Text>
                  <Text span size="xs" c="dimmed">
                    {' · '}
                    {bounds(weightPath(k), D.weights[k])}
                  </Text>
                </>,
                undefined,
                `weight-${k}`,
              );
            })}
          </SimpleGrid>
        </Block>

        <Block title={t('tiers.title')} help={t('tiers.help', { a: shown('tierCutoffs.a'), b: shown('tierCutoffs.b'), c: shown('tierCutoffs.c') })}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {num('tierCutoffs.a', t('tiers.a'), bounds('tierCutoffs.a', D.tierCutoffs.a), t('tiers.unit'))}
            {num('tierCutoffs.b', t('tiers.b'), bounds('tierCutoffs.b', D.tierCutoffs.b), t('tiers.unit'))}
            {num('tierCutoffs.c', t('tiers.c'), bounds('tierCutoffs.c', D.tierCutoffs.c), t('tiers.unit'))}
          </SimpleGrid>
        </Block>

        <Block title={t('quadrant.title')} help={t('quadrant.help')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {num('economicHigh', t('quadrant.economicHigh'), bounds('economicHigh', D.economicHigh))}
            {num('strategicHigh', t('quadrant.strategicHigh'), bounds('strategicHigh', D.strategicHigh))}
          </SimpleGrid>
        </Block>

        <Block title={t('points.title')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {num('negativeWomPenalty', t('points.negativeWomPenalty'), withBounds(t('points.negativeWomPenaltyHelp'), 'negativeWomPenalty', D.negativeWomPenalty), t('points.unit'))}
            {num('advicePoints', t('points.advicePoints'), withBounds(t('points.advicePointsHelp'), 'advicePoints', D.advicePoints), t('points.unit'))}
          </SimpleGrid>
        </Block>

        <Block title={t('prediction.title')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {num(
              'maxRemainingEditions',
              t('prediction.maxRemainingEditions'),
              withBounds(t('prediction.maxRemainingEditionsHelp'), 'maxRemainingEditions', D.maxRemainingEditions),
              t('window.unit'),
            )}
            {num(
              'callListProbability',
              t('prediction.callListProbability'),
              withBounds(t('prediction.callListProbabilityHelp'), 'callListProbability', D.callListProbability),
            )}
          </SimpleGrid>
        </Block>

        <Block title={t('brand.title')}>
          <TagsInput
            data-testid="valuation-brandTags"
            label={t('brand.field')}
            description={t('brand.help')}
            placeholder={t('brand.placeholder')}
            value={tags}
            onChange={(v) => {
              setTags(v);
              setErrors((e) => ({ ...e, brandTags: '' }));
            }}
            error={Object.entries(errors).find(([p, m]) => p.startsWith('brandTags') && m)?.[1]}
            disabled={readOnly || busy}
            clearable
          />
        </Block>

        {hasFieldErrors && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="valuation-settings-invalid">
            {t('errorsBelow')}
          </Alert>
        )}
        {formError && <Alert color="red">{formError}</Alert>}
        {!exhibitionId && (
          <Text size="sm" c="dimmed">
            {t('noExhibition')}
          </Text>
        )}
        {!readOnly && (
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              leftSection={<IconRestore size={16} />}
              onClick={askReset}
              disabled={atDefaults || busy}
              loading={reset.isPending}
              data-testid="valuation-settings-reset"
            >
              {t('reset')}
            </Button>
            {dirty && (
              <Button
                variant="subtle"
                color="gray"
                onClick={() => {
                  setValues(toFlat(initial));
                  setTags(initial.brandTags);
                  setErrors({});
                  save.reset();
                }}
                disabled={busy}
              >
                {t('undo')}
              </Button>
            )}
            <Button type="submit" loading={save.isPending} disabled={!dirty || reset.isPending} data-testid="valuation-settings-save">
              {t('save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** A titled block of related settings; `error` is a message about the block as a whole (weights all zero). */
function Block({ title, help, error, children }: { title: string; help?: string; error?: string; children: ReactNode }) {
  // Scrolls the whole-block error into view: it sits above inputs the user may have scrolled past.
  const [ref, setRef] = useState<HTMLDivElement | null>(null);
  useEffect(() => {
    if (error && ref) ref.scrollIntoView({ block: 'nearest' });
  }, [error, ref]);
  return (
    <Stack gap="xs" ref={setRef}>
      <Title order={5}>{title}</Title>
      {help && (
        <Text size="sm" c="dimmed">
          {help}
        </Text>
      )}
      {error && (
        <Alert color="red" variant="light" p="xs" data-testid="valuation-group-error">
          {error}
        </Alert>
      )}
      {children}
    </Stack>
  );
}
