import type { JobInfo } from '@shared/api/jobs';
import { useEffect, useState } from 'react';
import { call, transport } from '../../api/client';

/** Live state of one job (progress events), starting from the backend's current view of it. */
export function useJob(jobId: string | null): JobInfo | null {
  const [job, setJob] = useState<JobInfo | null>(null);
  useEffect(() => {
    // A new job id starts from nothing: never show the previous job's state for it.
    setJob(null);
    if (!jobId) return;
    let live = true;
    const off = transport.onEvent((e) => {
      if (e.type === 'job' && e.job.id === jobId) setJob(e.job);
    });
    // An event may have gone by before we subscribed: ask once.
    void call('jobs.get', { id: jobId })
      .then((j) => live && setJob((cur) => (cur?.id === j.id ? cur : j)))
      .catch(() => {});
    return () => {
      live = false;
      off();
    };
  }, [jobId]);
  return job;
}

/** Every job that is running now, for the header indicator. */
export function useRunningJobs(): JobInfo[] {
  const [jobs, setJobs] = useState<Map<string, JobInfo>>(new Map());
  useEffect(() => {
    void call('jobs.list', {})
      .then((list) => setJobs(new Map(list.filter((j) => j.status === 'running').map((j) => [j.id, j]))))
      .catch(() => {});
    return transport.onEvent((e) => {
      if (e.type !== 'job') return;
      setJobs((cur) => {
        const next = new Map(cur);
        if (e.job.status === 'running') next.set(e.job.id, e.job);
        else next.delete(e.job.id);
        return next;
      });
    });
  }, []);
  return [...jobs.values()];
}
