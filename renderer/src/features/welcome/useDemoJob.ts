import type { JobInfo } from '@shared/api/jobs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { call, type ApiCallError } from '../../api/client';
import { useJob } from '../jobs/useJobs';

const DEMO_JOB = 'demo.generate';

/**
 * The welcome screen's demo workspace job. When it is done the backend has already opened
 * the demo (and said so with workspace.changed); refetching here as well makes the switch to
 * the app independent of event timing.
 */
export function useDemoJob() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [jobId, setJobId] = useState<string | null>(null);

  // After a reload mid-job, pick the running demo job up again instead of offering a second one.
  useEffect(() => {
    void call('jobs.list', {})
      .then((list) => {
        const running = list.find((j) => j.kind === DEMO_JOB && j.status === 'running');
        if (running) setJobId((cur) => cur ?? running.id);
      })
      .catch(() => {});
  }, []);

  const live = useJob(jobId);
  const job: JobInfo | null = live && live.id === jobId ? live : null;

  const start = useMutation<{ jobId: string }, ApiCallError, void>({
    mutationFn: () => call('workspace.createDemo', { customers: 500 }),
    onMutate: () => setJobId(null),
    onSuccess: (r) => {
      setJobId(r.jobId);
      void navigate('/customers');
    },
  });

  const status = job?.status;
  useEffect(() => {
    if (status === 'done') void qc.invalidateQueries();
  }, [status, qc]);

  return {
    job,
    start: () => start.mutate(),
    startError: start.error,
    busy: start.isPending || status === 'running' || status === 'done',
  };
}
