import { ActionIcon, Indicator, Loader, Popover, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { JobProgress } from './JobProgress';
import { useRunningJobs } from './useJobs';

/** A spinner in the header while long jobs run; click for their progress and cancel. */
export function JobIndicator() {
  const { t } = useTranslation();
  const jobs = useRunningJobs();
  if (jobs.length === 0) return null;
  return (
    <Popover width={320} position="bottom-end" shadow="md">
      <Popover.Target>
        <Indicator label={jobs.length} size={16} disabled={jobs.length < 2}>
          <ActionIcon variant="light" aria-label={t('jobs.running')}>
            <Loader size={16} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack>
          {jobs.map((j) => (
            <JobProgress key={j.id} job={j} />
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
