import { Box, Button, Container, Group, Loader, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { AppInfo } from '@shared/api/app';
import { IconBuildingStore, IconFolderOpen, IconLock, IconSparkles, IconSquarePlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { JobProgress } from '../jobs/JobProgress';
import { NewWorkspaceForm } from '../workspace/NewWorkspaceForm';
import { OpenWorkspaceSection } from '../workspace/OpenWorkspaceSection';
import { PathValue } from '../workspace/PathValue';
import { useStartWorkspace } from '../workspace/useWorkspaceActions';
import { useDemoJob } from './useDemoJob';

function ChoiceCard({
  icon,
  color,
  title,
  body,
  testId,
  children,
}: {
  icon: ReactNode;
  color: string;
  title: string;
  body: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder shadow="sm" p="xl" radius="lg" h="100%" data-testid={testId} component="section" aria-label={title}>
      <Stack h="100%" justify="space-between" gap="lg">
        <Stack gap="sm">
          <ThemeIcon size={52} radius="md" variant="light" color={color}>
            {icon}
          </ThemeIcon>
          <Title order={3}>{title}</Title>
          <Text c="dimmed">{body}</Text>
        </Stack>
        <Box>{children}</Box>
      </Stack>
    </Paper>
  );
}

/**
 * First run (or a fresh workspace): three ways in — an empty workspace, a demo to explore,
 * or a workspace that already exists.
 */
export function WelcomeScreen({ info }: { info: AppInfo }) {
  const { t } = useTranslation('welcome');
  const { t: tc } = useTranslation();
  const fresh = info.workspace?.fresh ? info.workspace : null;
  const startEmpty = useStartWorkspace();
  const demo = useDemoJob();
  const busy = demo.busy || startEmpty.isPending;

  return (
    <Box
      mih="100vh"
      data-testid="welcome"
      style={{
        background:
          'radial-gradient(1200px 500px at 15% -10%, var(--mantine-color-teal-1), transparent 60%), radial-gradient(900px 500px at 100% 0%, var(--mantine-color-blue-0), transparent 60%), var(--mantine-color-gray-0)',
      }}
    >
      <Container size="lg" py="lg">
        <Group justify="space-between" mb={48}>
          <Group gap="sm">
            <IconBuildingStore size={30} stroke={1.6} color="var(--mantine-color-teal-7)" />
            <Text fw={700} size="lg">
              {tc('appName')}
            </Text>
          </Group>
          <LanguageSwitch />
        </Group>

        <Stack gap="xs" align="center" ta="center" mb={40}>
          <Title order={1} fz={{ base: 30, sm: 40 }} lh={1.2}>
            {t('title')}
          </Title>
          <Text size="lg" c="dimmed" maw={640}>
            {t('promise')}
          </Text>
          <Group gap={6} c="dimmed" mt={4}>
            <IconLock size={14} />
            <Text size="sm">{t('offline')}</Text>
          </Group>
        </Stack>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <ChoiceCard
            testId="choice-empty"
            icon={<IconSquarePlus size={28} />}
            color="teal"
            title={t('empty.title')}
            body={t('empty.body')}
          >
            {fresh ? (
              <Stack gap="sm">
                <Text size="sm">{t('empty.ready', { name: fresh.name })}</Text>
                {startEmpty.error && (
                  <Text size="sm" c="red">
                    {startEmpty.error.message}
                  </Text>
                )}
                <Button size="md" onClick={() => startEmpty.mutate()} loading={startEmpty.isPending} disabled={demo.busy}>
                  {t('empty.start')}
                </Button>
              </Stack>
            ) : (
              <NewWorkspaceForm submitLabel={t('empty.create')} prominent />
            )}
          </ChoiceCard>

          <ChoiceCard
            testId="choice-demo"
            icon={<IconSparkles size={28} />}
            color="grape"
            title={t('demo.title')}
            body={t('demo.body')}
          >
            <Stack gap="sm">
              {demo.job && demo.job.status !== 'done' && <JobProgress job={demo.job} />}
              {demo.job?.status === 'done' ? (
                <Group gap="sm" data-testid="demo-opening">
                  <Loader size="sm" />
                  <Text size="sm">{t('demo.opening')}</Text>
                </Group>
              ) : demo.job?.status === 'running' ? null : (
                <>
                  {demo.startError && (
                    <Text size="sm" c="red">
                      {demo.startError.message}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {t('demo.note')}
                  </Text>
                  <Button
                    size="md"
                    variant="light"
                    color="grape"
                    onClick={demo.start}
                    loading={demo.busy}
                    disabled={startEmpty.isPending}
                  >
                    {demo.job ? t('demo.retry') : t('demo.start')}
                  </Button>
                </>
              )}
            </Stack>
          </ChoiceCard>
        </SimpleGrid>

        <Paper withBorder p="xl" radius="lg" mt="lg" component="section" aria-label={t('open.title')}>
          <Stack gap="md">
            <Group gap="sm">
              <ThemeIcon size={36} radius="md" variant="light" color="gray">
                <IconFolderOpen size={20} />
              </ThemeIcon>
              <Stack gap={0}>
                <Title order={4}>{t('open.title')}</Title>
                <Text size="sm" c="dimmed">
                  {t('open.hint')}
                </Text>
              </Stack>
            </Group>
            <fieldset disabled={busy} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
              <OpenWorkspaceSection
                excludePath={info.workspace?.path}
                emptyText={t('open.noRecent')}
                initialError={info.workspace ? null : info.lastOpenError}
              />
            </fieldset>
          </Stack>
        </Paper>

        <Stack gap={4} align="center" mt={40} c="dimmed">
          <Group gap={6} wrap="nowrap">
            <Text size="xs">{t('footer.dataDir')}</Text>
            <PathValue path={info.dataDir} />
          </Group>
          <Text size="xs">{t('footer.version', { version: info.version })}</Text>
        </Stack>
      </Container>
    </Box>
  );
}
