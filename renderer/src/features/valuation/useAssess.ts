import { notifications } from '@mantine/notifications';
import type { JobInfo } from '@shared/api/jobs';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type ApiCallError } from '../../api/client';
import { jobErrorText } from '../jobs/jobErrorText';
import { useJob } from '../jobs/useJobs';

/**
 * "Assess now": starts the valuation.assess job of the exhibition and follows its progress
 * events (like the demo job). A job already running for it (started elsewhere, or by a
 * settings change) is followed too, so the bar shows whoever started it.
 */
export function useAssess(exhibitionId: string, running: JobInfo | null | undefined) {
  const { t, i18n } = useTranslation('valuation');
  const qc = useQueryClient();
  const [started, setStarted] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const jobId = started ?? running?.id ?? null;
  const job = useJob(jobId);
  const announced = useRef<string | null>(null);

  useEffect(() => {
    if (!job || job.status === 'running' || announced.current === job.id) return;
    announced.current = job.id;
    void qc.invalidateQueries({ queryKey: ['valuation.status'] });
    if (job.id !== started) return; // only the one started here is announced here
    if (job.status === 'done') {
      const r = (job.result ?? {}) as { relationships?: number; ms?: number };
      notifications.show({ color: 'teal', message: t('assess.done', { n: (r.relationships ?? 0).toLocaleString(), ms: Math.round(r.ms ?? 0) }) });
    } else if (job.status === 'failed') {
      notifications.show({ color: 'red', message: t('assess.failed', { error: jobErrorText(job.error, i18n.language) }) });
    }
  }, [job, started, qc, t, i18n.language]);

  const assess = useCallback(async () => {
    if (!exhibitionId || starting || job?.status === 'running') return;
    setStarting(true);
    try {
      const j = await call('valuation.assess', { exhibitionId });
      setStarted(j.id);
      void qc.invalidateQueries({ queryKey: ['valuation.status'] });
    } catch (e) {
      notifications.show({ color: 'red', message: (e as ApiCallError).message });
    } finally {
      setStarting(false);
    }
  }, [exhibitionId, starting, job?.status, qc]);

  // Until the live state arrives, the status's view of the running job stands in for it.
  const live = job ? (job.status === 'running' ? job : null) : (running ?? null);
  return { assess, job: live, busy: starting || live !== null };
}
