import { Alert, Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import type { ValuationStatus } from '@shared/api/valuation';
import { IconAlertTriangle, IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { JobProgress } from '../jobs/JobProgress';

export interface AssessControl {
  assess: () => Promise<void>;
  job: ValuationStatus['running'];
  busy: boolean;
}

/** The "Assess now" button of every value view's header (Alt+A: see ValueShell). */
export function AssessButton({ control, hasSnapshot }: { control: AssessControl; hasSnapshot: boolean }) {
  const { t } = useTranslation('valuation');
  return (
    <Tooltip label={t('assess.shortcut')} openDelay={300}>
      <Button
        leftSection={<IconRefresh size={16} />}
        onClick={() => void control.assess()}
        loading={control.busy}
        data-testid="assess-now"
        aria-keyshortcuts="Alt+A"
      >
        {hasSnapshot ? t('assess.again') : t('assess.button')}
      </Button>
    </Tooltip>
  );
}

/** "Assessed at … · n relationships", "data changed since", and the running job's progress. */
export function AssessStatus({ status, control }: { status: ValuationStatus; control: AssessControl }) {
  const { t } = useTranslation('valuation');
  const fmt = useFormat();
  const latest = status.latest;
  return (
    <Stack gap="xs">
      {control.job && (
        <Paper withBorder p="sm" data-testid="assess-progress">
          <Text size="sm" fw={600} mb={4}>
            {t('assess.running')}
          </Text>
          <JobProgress job={control.job} />
        </Paper>
      )}
      {latest && (
        <Group gap="xs" wrap="wrap" data-testid="assess-status">
          <Text size="sm" c="dimmed">
            {t('assess.assessedAt', { date: fmt.dateTime(latest.takenAt), n: fmt.number(latest.relationships) })}
            {' · '}
            {t(`assess.reason.${latest.reason}`)}
            {' · '}
            {latest.window.length ? t('assess.window', { editions: latest.window.map((e) => e.name).join(', ') }) : t('assess.noWindow')}
          </Text>
          {!status.stale && !control.job && (
            <Badge variant="light" color="teal" leftSection={<IconCircleCheck size={12} />} tt="none">
              {t('assess.upToDate')}
            </Badge>
          )}
        </Group>
      )}
      {latest && status.stale && !control.job && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} p="xs" data-testid="assess-stale">
          {t('assess.stale')}
        </Alert>
      )}
    </Stack>
  );
}
