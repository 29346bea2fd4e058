import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { JobInfo } from '@shared/api/jobs';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { jobErrorText } from './jobErrorText';

/** A job's progress bar with its current step, counts and a cancel button. */
export function JobProgress({ job }: { job: JobInfo }) {
  const { t, i18n } = useTranslation();
  const pct = job.total > 0 ? Math.min(100, (job.done / job.total) * 100) : 0;
  const step = i18n.exists(`jobs.steps.${job.step}`) ? t(`jobs.steps.${job.step}`) : t('jobs.running');
  return (
    <Stack gap={6} data-testid="job-progress">
      <Group justify="space-between" gap="xs">
        <Text size="sm">{step}</Text>
        {job.total > 0 && (
          <Text size="xs" c="dimmed">
            {job.done.toLocaleString()} / {job.total.toLocaleString()}
          </Text>
        )}
      </Group>
      {/* A stopped job's bar must not read as a success: red when it failed, grey when cancelled. */}
      <Progress
        value={pct}
        animated={job.status === 'running'}
        striped={job.total === 0}
        color={job.status === 'failed' ? 'red' : job.status === 'cancelled' ? 'gray' : undefined}
        size="lg"
        data-status={job.status}
      />
      {job.status === 'running' && (
        <Group justify="flex-end">
          <Button size="xs" variant="subtle" color="gray" onClick={() => void call('jobs.cancel', { id: job.id })}>
            {t('jobs.cancel')}
          </Button>
        </Group>
      )}
      {job.status === 'failed' && (
        <Text size="sm" c="red">
          {t('jobs.failed', { error: jobErrorText(job.error, i18n.language) })}
        </Text>
      )}
      {job.status === 'cancelled' && (
        <Text size="sm" c="dimmed">
          {t('jobs.cancelled')}
        </Text>
      )}
    </Stack>
  );
}
