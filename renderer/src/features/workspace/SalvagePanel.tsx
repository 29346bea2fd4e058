import { Button, Progress, Stack, Text } from '@mantine/core';
import { IconLifebuoy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type ApiCallError } from '../../api/client';
import { jobErrorText } from '../jobs/jobErrorText';
import { useJob } from '../jobs/useJobs';

/**
 * The worst case of a damaged workspace (no good backup): copy what is still readable into a
 * new workspace beside the others. The damaged file is left as it is; the new one opens when
 * the salvage is done (the backend opens it and says so; refetching here makes the switch
 * independent of event timing).
 */
export function SalvagePanel({ path }: { path: string }) {
  const { t, i18n } = useTranslation('workspace');
  const qc = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const start = useMutation<{ jobId: string }, ApiCallError, void>({
    mutationFn: () => call('workspace.salvage', { path }),
    onSuccess: (r) => setJobId(r.jobId),
  });
  const status = job?.status;
  useEffect(() => {
    if (status === 'done') void qc.invalidateQueries();
  }, [status, qc]);

  const running = start.isPending || status === 'running';
  return (
    <Stack gap={6} data-testid="salvage">
      <Text size="sm">{t('salvage.hint')}</Text>
      <Button
        size="xs"
        variant="white"
        color="red"
        leftSection={<IconLifebuoy size={16} />}
        loading={running}
        disabled={status === 'done'}
        onClick={() => start.mutate()}
        w="fit-content"
      >
        {t('salvage.action')}
      </Button>
      {running && job && job.total > 0 ? <Progress value={(100 * job.done) / job.total} size="sm" aria-label={t('salvage.action')} /> : null}
      {status === 'done' ? <Text size="sm">{t('salvage.done')}</Text> : null}
      {status === 'failed' ? <Text size="sm" c="red">{t('salvage.failed', { error: jobErrorText(job?.error, i18n.language) })}</Text> : null}
      {start.error ? <Text size="sm" c="red">{start.error.message}</Text> : null}
    </Stack>
  );
}
