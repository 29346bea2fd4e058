import { Alert, Anchor, Button, Card, Center, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ImportCommitResult, ImportCounts, ImportUndoResult } from '@shared/api/imports';
import { IconArrowBackUp, IconCheck, IconUpload } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiCallError, call } from '../../api/client';
import { ErrorState } from '../../components/ErrorState';
import { useFormat } from '../../i18n/format';
import { jobErrorText } from '../jobs/jobErrorText';
import { JobProgress } from '../jobs/JobProgress';
import { useJob } from '../jobs/useJobs';
import { RejectedDownload } from './RejectedDownload';
import { UndoImport } from './UndoImport';
import type { ImportFlow } from './useImportFlow';

const COUNT_KEYS = ['read', 'created', 'updated', 'skipped', 'rejected', 'participations', 'contacts'] as const;

function CountsGrid({ counts, testId }: { counts: ImportCounts; testId: string }) {
  const { t } = useTranslation('imports');
  const fmt = useFormat();
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="xs" data-testid={testId}>
      {COUNT_KEYS.map((k) => (
        <Card key={k} withBorder padding="sm" data-count={k}>
          <Text size="xs" c="dimmed">
            {t(`commit.${k}`)}
          </Text>
          <Text size="xl" fw={600}>
            {fmt.number(counts[k])}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}

/**
 * The assessment the import started for the edition's exhibition (its own job): said while it
 * runs, then that the value figures are up to date (with the way to them), or why it failed.
 */
function AssessNotice({ jobId }: { jobId: string }) {
  const { t, i18n } = useTranslation('imports');
  const job = useJob(jobId);
  if (job?.status === 'done') {
    return (
      <Text size="sm" data-testid="import-assess" data-status="done">
        {t('commit.assessed')}{' '}
        <Anchor component={Link} to="/value" size="sm">
          {t('commit.viewValue')}
        </Anchor>
      </Text>
    );
  }
  if (job?.status === 'failed' || job?.status === 'cancelled') {
    return (
      <Text size="sm" c="dimmed" data-testid="import-assess" data-status={job.status}>
        {t('commit.assessStopped')}
        {job.error ? `${i18n.language === 'zh' ? '' : ' '}${jobErrorText(job.error, i18n.language)}` : ''}
      </Text>
    );
  }
  return (
    <Group gap={6} data-testid="import-assess" data-status="running">
      <Loader size={12} />
      <Text size="sm">{t('commit.assessing')}</Text>
    </Group>
  );
}

/** Step 8: the dry-run summary, the commit (a job: progress bar, cancel) and its result. */
export function CommitStep({ flow, decisionsVersion, onRestart }: { flow: ImportFlow; decisionsVersion: number; onRestart: () => void }) {
  const { t, i18n } = useTranslation('imports');
  const fmt = useFormat();
  const { opened } = flow;
  const sessionId = opened?.sessionId ?? '';
  const [jobId, setJobId] = useState<string | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  // Undone from this page: the result says so instead of "Import finished".
  const [undone, setUndone] = useState<ImportUndoResult | null>(null);
  const job = useJob(jobId);
  const dry = useQuery({
    queryKey: ['imports.dryRun', sessionId, flow.revision, decisionsVersion],
    queryFn: () => call('imports.dryRun', { sessionId }),
    enabled: !!sessionId && !flow.committed,
  });
  const done = job?.status === 'done';
  const failed = job?.status === 'failed';
  const { setCommitted, setCommitting } = flow;
  useEffect(() => {
    if (done) setCommitted(true);
  }, [done, setCommitted]);
  // From the click (the call checks the rows again first) to the job's end.
  const [starting, setStarting] = useState(false);
  const running = starting || (!!jobId && (!job || job.status === 'running'));
  useEffect(() => setCommitting(running), [running, setCommitting]);
  // A commit that failed may have failed because the workspace changed meanwhile (customers
  // added while it waited for its backup): the counts here and the duplicates step are asked
  // again, matched against the workspace as it is now.
  const qc = useQueryClient();
  useEffect(() => {
    if (failed) void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'imports.dryRun' || q.queryKey[0] === 'imports.validate' });
  }, [failed, qc]);
  if (!opened) return null;

  const start = async () => {
    setStartError(null);
    setStarting(true);
    try {
      setJobId((await call('imports.commit', { sessionId })).id);
    } catch (e) {
      setStartError(e instanceof ApiCallError ? e.message : String(e));
    } finally {
      setStarting(false);
    }
  };

  if (done) {
    const r = job.result as ImportCommitResult;
    return (
      <Stack gap="md" data-testid="import-result">
        {undone ? (
          <Alert color="gray" icon={<IconArrowBackUp />} title={t('undo.done')} data-testid="import-undone">
            {t('undo.result', { removed: fmt.number(undone.removed), restored: fmt.number(undone.restored) })}
          </Alert>
        ) : (
          <Alert color="teal" icon={<IconCheck />} title={t('commit.done')}>
            {t('commit.doneBody', { created: fmt.number(r.created), updated: fmt.number(r.updated), skipped: fmt.number(r.skipped), rejected: fmt.number(r.rejected) })}
            {r.assessJobId && <AssessNotice jobId={r.assessJobId} />}
          </Alert>
        )}
        <CountsGrid counts={r} testId="result-counts" />
        <Group>
          {/* Last changed first: the customers this import created or updated head the list. */}
          <Button component={Link} to="/customers?sort=updatedAt&dir=desc" data-testid="import-view-customers">
            {t('commit.viewCustomers')}
          </Button>
          <UndoImport batchId={r.batchId} fileName={opened.fileName} disabled={undone !== null} onDone={setUndone} />
          <Button variant="default" onClick={onRestart}>
            {t('commit.another')}
          </Button>
        </Group>
        {r.rejected > 0 && <RejectedDownload sessionId={sessionId} source={flow.path} />}
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={980}>
      <Text fw={500}>{t('commit.dryRun')}</Text>
      {dry.isPending ? (
        <Center p="lg">
          <Loader />
        </Center>
      ) : dry.isError ? (
        <ErrorState error={dry.error} onRetry={() => void dry.refetch()} />
      ) : (
        <>
          <CountsGrid counts={dry.data} testId="dry-run-counts" />
          <Text size="sm" c="dimmed">
            {t('commit.atomic')}
          </Text>
          {startError && <Alert color="red">{startError}</Alert>}
          {job && (job.status === 'cancelled' || job.status === 'failed') && (
            <Alert color={job.status === 'failed' ? 'red' : 'gray'}>
              {t(job.status === 'failed' ? 'commit.failed' : 'commit.cancelled')}
                            {/* Chinese sentences follow each other without a space. */}
              {job.error ? `${i18n.language === 'zh' ? '' : ' '}${jobErrorText(job.error, i18n.language)}` : ''}
            </Alert>
          )}
          {running && (job ? <JobProgress job={job} /> : <Loader size="sm" />)}
          {!running && (
            <Group>
              <Button
                size="md"
                leftSection={<IconUpload size={18} />}
                onClick={() => void start()}
                disabled={dry.data.created + dry.data.updated === 0}
                data-testid="commit-import"
              >
                {dry.data.created + dry.data.updated === 0
                  ? t('commit.startNone')
                  : t('commit.start', { count: dry.data.created + dry.data.updated, n: fmt.number(dry.data.created + dry.data.updated) })}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
