import '@mantine/charts/styles.css';
import { Button, Center, EmptyState, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import type { SnapshotInfo, ValuationStatus } from '@shared/api/valuation';
import { useHotkeys } from '@mantine/hooks';
import { IconBuildingCircus, IconDiamond } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { AssessButton, AssessStatus, type AssessControl } from './AssessBar';
import { useAssess } from './useAssess';
import { useValuationStatus } from './useValuationStatus';

export const VALUE_TABS = { table: '/value', matrix: '/value/matrix', calls: '/value/calls', compare: '/value/compare' } as const;
export type ValueTab = keyof typeof VALUE_TABS;

export interface ValueContext {
  exhibitionId: string;
  exhibitionName: string;
  status: ValuationStatus;
  /** The latest snapshot (the views read it). */
  snapshot: SnapshotInfo;
}

/**
 * The frame of every value view: title, the four views as tabs, "Assess now" with its
 * progress and the "assessed at / data changed since" line, and the states before there is
 * anything to show (no exhibition, not assessed yet). `fill`: the view fills the window
 * (the value table scrolls inside itself).
 */
export function ValueShell({ tab, fill, children }: { tab: ValueTab; fill?: boolean; children: (ctx: ValueContext) => ReactNode }) {
  const { t } = useTranslation('valuation');
  const navigate = useNavigate();
  const { current, exhibitionId, status } = useValuationStatus();
  const control = useAssess(exhibitionId, status.data?.running);
  // Alt+A assesses from any value view (also before the first assessment).
  useHotkeys([['alt+A', () => void control.assess()]]);

  let body: ReactNode;
  if (current.isPending || (exhibitionId && status.isPending)) body = <Center py="xl"><Loader /></Center>;
  else if (current.isError) body = <ErrorState error={current.error} onRetry={() => void current.refetch()} />;
  else if (!current.data) body = <NoExhibition />;
  else if (status.isError) body = <ErrorState error={status.error} onRetry={() => void status.refetch()} />;
  else if (status.data && !status.data.latest) body = control.job ? null : <NotAssessed exhibition={current.data.name} control={control} />;
  else if (status.data?.latest) body = children({ exhibitionId, exhibitionName: current.data.name, status: status.data, snapshot: status.data.latest });

  return (
    <Stack
      gap="sm"
      data-testid={`value-${tab}`}
      style={
        fill
          ? { height: 'calc(100dvh - var(--app-shell-header-offset, 0rem) - 2 * var(--app-shell-padding))', minHeight: 480 }
          : undefined
      }
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Title order={2}>{t('title')}</Title>
          {current.data && (
            <Text size="sm" c="dimmed">
              {t('subtitle', { exhibition: current.data.name })}
            </Text>
          )}
        </div>
        {current.data && status.data?.latest && <AssessButton control={control} hasSnapshot={!!status.data.latest} />}
      </Group>
      <Tabs value={tab} onChange={(v) => v && navigate(VALUE_TABS[v as ValueTab])} keepMounted={false}>
        <Tabs.List>
          {(Object.keys(VALUE_TABS) as ValueTab[]).map((k) => (
            <Tabs.Tab key={k} value={k} data-testid={`value-tab-${k}`}>
              {t(`tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {status.data && <AssessStatus status={status.data} control={control} />}
      {fill ? <div style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>{body}</div> : body}
    </Stack>
  );
}

function NoExhibition() {
  const { t } = useTranslation('valuation');
  return (
    <Center py={64}>
      <EmptyState maw={520} size="lg" variant="light" icon={<IconBuildingCircus size={30} stroke={1.5} />} title={t('noExhibition.title')} description={t('noExhibition.description')} data-testid="value-no-exhibition">
        <EmptyState.Actions>
          <Button component={Link} to="/exhibitions">
            {t('noExhibition.action')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}

/** Before the first assessment: what an assessment does, and the button to run it. */
function NotAssessed({ exhibition, control }: { exhibition: string; control: AssessControl }) {
  const { t } = useTranslation('valuation');
  return (
    <Center py={48}>
      <EmptyState maw={640} size="lg" variant="light" icon={<IconDiamond size={30} stroke={1.5} />} title={t('empty.title')} description={t('empty.description', { exhibition })} data-testid="value-not-assessed">
        <Text size="sm" c="dimmed" ta="center">
          {t('empty.hint')}
        </Text>
        <EmptyState.Actions>
          <Button onClick={() => void control.assess()} loading={control.busy} data-testid="assess-now-empty">
            {t('assess.button')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
