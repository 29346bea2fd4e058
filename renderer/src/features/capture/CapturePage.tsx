import { Box, Button, Center, Grid, Group, Kbd, Loader, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { CaptureContext } from '@shared/api/capture';
import { IconBolt, IconDoorExit } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useApi, useBackendEvents } from '../../api/hooks';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { ErrorState } from '../../components/ErrorState';
import { KeyHelp } from './KeyHelp';
import { LeadForm } from './LeadForm';
import { MatchPanel } from './MatchPanel';
import { PasteArea } from './PasteArea';
import { RecentLeads } from './RecentLeads';
import { SessionPanel } from './SessionPanel';
import { useCaptureMatches } from './useCaptureMatches';
import { useLeadCapture } from './useLeadCapture';
import { useCaptureKeys } from './useCaptureKeys';

/**
 * Full-screen quick capture (#/capture), outside the app shell so nothing competes with the
 * form. It checks for an open workspace itself, as the shell would.
 */
export function CapturePage() {
  useBackendEvents();
  const info = useApi('app.info', {});
  if (info.isPending) return <FullCenter />;
  if (info.isError) return <ErrorState error={info.error} onRetry={() => void info.refetch()} />;
  const ws = info.data.workspace;
  if (!ws || ws.fresh) return <Navigate to="/" replace />;
  return <CaptureLoaded />;
}

function FullCenter() {
  return (
    <Center h="100vh">
      <Loader />
    </Center>
  );
}

function CaptureLoaded() {
  const context = useApi('capture.context', {});
  if (context.isPending) return <FullCenter />;
  if (context.isError) return <ErrorState error={context.error} onRetry={() => void context.refetch()} />;
  return <CaptureScreen context={context.data} />;
}

function CaptureScreen({ context }: { context: CaptureContext }) {
  const { t } = useTranslation('capture');
  const navigate = useNavigate();
  const location = useLocation();
  const lead = useLeadCapture(context);
  const matches = useCaptureMatches(lead.draft);
  const companyRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const leave = () => {
    // Back to where capture was opened from; straight into capture (a bookmark): the list.
    if (location.key !== 'default') void navigate(-1);
    else void navigate('/customers');
  };
  const saveAndNext = async () => {
    if (await lead.submit()) companyRef.current?.focus();
    // Not saved: straight to the first field that needs fixing, so the keyboard can go on.
    else requestAnimationFrame(() => rootRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };
  useCaptureKeys({ rootRef, companyRef, lead, matches, onSave: saveAndNext, onLeave: leave });

  useEffect(() => {
    companyRef.current?.focus();
  }, []);

  const [by] = useDebouncedValue(lead.capturedBy.trim(), 300);
  const today = useApi('capture.today', { capturedBy: by }, { enabled: by !== '' });
  const count = lead.savedTodayCount ?? today.data?.count ?? (by === context.capturedBy ? context.todayCount : 0);

  return (
    <Box ref={rootRef} mih="100vh" bg="gray.1" data-testid="capture-screen">
      <Group
        h={64}
        px="lg"
        justify="space-between"
        wrap="nowrap"
        bg="teal.8"
        c="white"
        style={{ position: 'sticky', top: 0, zIndex: 10 }}
      >
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <IconBolt size={28} />
          <Title order={3} style={{ whiteSpace: 'nowrap' }}>
            {t('title')}
          </Title>
          {context.exhibition && (
            <Text size="lg" opacity={0.85} truncate>
              · {context.exhibition.name}
            </Text>
          )}
        </Group>
        <Group gap="lg" wrap="nowrap">
          <Text size="lg" fw={600} data-testid="today-counter" style={{ whiteSpace: 'nowrap' }}>
            {lead.capturedBy.trim() ? t('session.counter', { count, name: lead.capturedBy.trim() }) : t('session.counterNoName')}
          </Text>
          <Box bg="white" style={{ borderRadius: 6 }}>
            <LanguageSwitch />
          </Box>
          <Button
            variant="white"
            color="teal"
            leftSection={<IconDoorExit size={18} />}
            rightSection={<Kbd size="xs">{t('exitHint')}</Kbd>}
            onClick={leave}
            tabIndex={-1}
          >
            {t('exit')}
          </Button>
        </Group>
      </Group>
      <Box p="lg" maw={1400} mx="auto">
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
            <LeadForm lead={lead} categories={context.categories} companyRef={companyRef} onSave={() => void saveAndNext()} />
            {lead.errors.message && (
              <Text c="red" mt="sm" data-testid="capture-error">
                {lead.errors.message}
              </Text>
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
            <Stack gap="md">
              <MatchPanel matches={matches} chosen={lead.chosen} onChoose={lead.choose} />
              <SessionPanel lead={lead} context={context} />
              <PasteArea lead={lead} />
              <RecentLeads />
              <KeyHelp />
            </Stack>
          </Grid.Col>
        </Grid>
      </Box>
    </Box>
  );
}
