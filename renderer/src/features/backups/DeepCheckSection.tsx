import { Alert, Button, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { WorkspaceCheckResult } from '@shared/api/app';
import { IconAlertTriangle, IconCircleCheck, IconStethoscope } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks';
import { jobErrorText } from '../jobs/jobErrorText';
import { useJob } from '../jobs/useJobs';

/**
 * The thorough check of the open workspace: the full integrity check and every foreign key
 * (opening runs only the quick check). It reads every page, so it runs as a job; on damage
 * the way out is the newest good backup above.
 */
export function DeepCheckSection() {
  const { t, i18n } = useTranslation('backups');
  const start = useApiMutation('workspace.check');
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const running = start.isPending || job?.status === 'running';
  const result = job?.status === 'done' ? (job.result as WorkspaceCheckResult) : null;

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={4}>{t('check.title')}</Title>
            <Text size="sm" c="dimmed" maw={700}>
              {t('check.hint')}
            </Text>
          </Stack>
          <Button
            variant="light"
            leftSection={<IconStethoscope size={16} />}
            loading={running}
            onClick={() => start.mutate({}, { onSuccess: (r) => setJobId(r.jobId) })}
            data-testid="deep-check"
          >
            {t('check.run')}
          </Button>
        </Group>
        {running ? (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('check.running')}</Text>
          </Group>
        ) : null}
        {result?.ok ? (
          <Alert color="teal" icon={<IconCircleCheck />} data-testid="deep-check-result">
            {t('check.ok', { count: result.customers ?? 0 })}
          </Alert>
        ) : null}
        {result && !result.ok ? (
          <Alert color="red" icon={<IconAlertTriangle />} title={t('check.damagedTitle')} data-testid="deep-check-result">
            <Text size="sm">{t('check.damagedHint')}</Text>
            <List size="xs" mt="xs">
              {result.integrity.filter((line) => line !== 'ok').map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        {job?.status === 'failed' ? <Text size="sm" c="red">{jobErrorText(job.error, i18n.language)}</Text> : null}
        {start.error ? <Text size="sm" c="red">{start.error.message}</Text> : null}
      </Stack>
    </Paper>
  );
}
