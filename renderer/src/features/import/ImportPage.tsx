import { Alert, Button, Group, LoadingOverlay, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { IconHistory, IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CheckStep } from './CheckStep';
import { CommitStep } from './CommitStep';
import { DuplicatesStep, type Decisions } from './DuplicatesStep';
import { EditionStep } from './EditionStep';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { SheetStep } from './SheetStep';
import { STEPS, useImportFlow } from './useImportFlow';

const freshDecisions = (): Decisions => ({ default: 'skip', rows: new Map(), targets: new Map() });

/**
 * The guided import (#/import): file → sheet and header row → columns → edition → preview →
 * check → duplicates → import. Steps after the file are reachable once a file is open; after
 * the commit the flow only goes forward (start again for another file). Alt+→ / Alt+← step.
 */
export function ImportPage() {
  const { t } = useTranslation('imports');
  const flow = useImportFlow();
  const [decisions, setDecisionsState] = useState<Decisions>(freshDecisions);
  const [decisionsVersion, setDecisionsVersion] = useState(0);
  const setDecisions = (d: Decisions) => {
    setDecisionsState(d);
    setDecisionsVersion((v) => v + 1);
  };
  const { step, setStep, opened, preview, committed, committing } = flow;
  const last = STEPS.length - 1;
  // While the commit runs the flow stays put: its step holds the job's progress and result.
  const canGo = (n: number) =>
    !committing && n >= 0 && n <= last && (n === 0 ? !committed : !!opened && !!preview && (!committed || n === last));
  const go = (n: number) => canGo(n) && setStep(n);
  const restart = () => {
    flow.reset();
    setDecisions(freshDecisions());
  };
  // Past the file step of an import not yet made, starting again throws choices away: asked first.
  const askRestart = () => {
    if (committed || step <= 1) return restart();
    modals.openConfirmModal({
      title: <Text fw={600}>{t('restartConfirm.title')}</Text>,
      centered: true,
      children: <Text size="sm">{t('restartConfirm.text')}</Text>,
      labels: { confirm: t('restart'), cancel: t('common:actions.cancel') },
      confirmProps: { color: 'orange' },
      onConfirm: restart,
    });
  };
  // A newly opened file: its own duplicate decisions, and on to the sheet step.
  const sessionId = opened?.sessionId;
  useEffect(() => {
    if (!sessionId) return;
    setDecisionsState(freshDecisions());
    setStep(1);
  }, [sessionId, setStep]);
  useHotkeys([
    ['alt+ArrowRight', () => go(step + 1)],
    ['alt+ArrowLeft', () => go(step - 1)],
  ]);

  const body = () => {
    switch (STEPS[step]) {
      case 'file':
        return <FileStep flow={flow} />;
      case 'sheet':
        return <SheetStep flow={flow} />;
      case 'columns':
        return <MappingStep flow={flow} />;
      case 'edition':
        return <EditionStep flow={flow} />;
      case 'preview':
        return <PreviewStep flow={flow} />;
      case 'check':
        return <CheckStep flow={flow} />;
      case 'duplicates':
        return <DuplicatesStep flow={flow} decisions={decisions} setDecisions={setDecisions} />;
      default:
        return <CommitStep flow={flow} decisionsVersion={decisionsVersion} onRestart={restart} />;
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed" size="sm">
            {t('subtitle')}
          </Text>
        </div>
        <Group gap="xs">
          {opened && (
            <Button
              variant="subtle"
              color="gray"
              leftSection={<IconRefresh size={16} />}
              onClick={askRestart}
              disabled={committing}
              data-testid="import-restart"
            >
              {t('restart')}
            </Button>
          )}
          <Button component={Link} to="/import/history" variant="default" leftSection={<IconHistory size={16} />}>
            {t('historyLink')}
          </Button>
        </Group>
      </Group>
      <Stepper active={step} onStepClick={go} size="sm" iconSize={30} allowNextStepsSelect={false} wrap={false}>
        {STEPS.map((s, i) => (
          <Stepper.Step key={s} label={t(`steps.${s}`)} description={t(`stepHints.${s}`)} allowStepSelect={canGo(i)} />
        ))}
      </Stepper>
      {flow.error && step > 0 && (
        <Alert color="red" data-testid="import-error" withCloseButton={false}>
          {flow.error.message}
        </Alert>
      )}
      <Paper withBorder p="md" pos="relative" data-testid={`import-step-${STEPS[step]}`}>
        <LoadingOverlay visible={flow.busy && step > 0} zIndex={5} overlayProps={{ blur: 1 }} loaderProps={{ size: 'sm' }} />
        {body()}
      </Paper>
      {!committed && (
        <Group justify="space-between">
          <Button variant="default" onClick={() => go(step - 1)} disabled={step === 0 || committing} title="Alt+←">
            {t('back')}
          </Button>
          {step < last && (
            <Button onClick={() => go(step + 1)} disabled={!canGo(step + 1) || flow.busy} title="Alt+→" data-testid="import-next">
              {t('next')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
