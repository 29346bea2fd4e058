import { Button, Center, DataList, Group, Loader, Paper, Select, Stack, Text, Title } from '@mantine/core';
import type { Language } from '@shared/i18n/errors';
import { useQueryClient } from '@tanstack/react-query';
import { IconDatabaseCog } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { changeLanguage } from '../../i18n';
import { HistoryPanel } from '../audit/HistoryPanel';
import { TrashRetentionSection } from '../audit/TrashRetentionSection';
import { PathValue } from '../workspace/PathValue';
import { LifecycleThresholdsSection } from './LifecycleThresholdsSection';
import { ValuationSettingsSection } from './ValuationSettingsSection';
import { WorkspaceSettingsForm } from './WorkspaceSettingsForm';

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-label={title}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={4}>{title}</Title>
          {hint && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * The language as a select rather than a second segmented control: the same preference as the
 * header's switch, without two identical radio groups on one page.
 */
function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const lang: Language = i18n.language.startsWith('zh') ? 'zh' : 'en';
  return (
    <Select
      maw={280}
      label={t('language.label')}
      data={[
        { value: 'en', label: t('language.en') },
        { value: 'zh', label: t('language.zh') },
      ]}
      value={lang}
      allowDeselect={false}
      onChange={(v) => {
        if (!v) return;
        void changeLanguage(v as Language);
        void call('prefs.update', { language: v as Language }).then(() => qc.invalidateQueries({ queryKey: ['prefs.get'] }));
      }}
    />
  );
}

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const info = useApi('app.info', {});
  const settings = useApi('settings.get', {});

  if (info.isPending || settings.isPending) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }
  if (info.isError) return <ErrorState error={info.error} onRetry={() => void info.refetch()} />;
  if (settings.isError) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  const ws = info.data.workspace;

  return (
    <Stack gap="lg" maw={900} pb="xl">
      <Title order={2}>{t('title')}</Title>

      <Section title={t('workspace.title')} hint={ws ? t('workspace.hint', { name: ws.name }) : undefined}>
        {/* Re-mounted when the stored settings change (saved here, or in another window). */}
        <WorkspaceSettingsForm key={JSON.stringify(settings.data)} initial={settings.data} readOnly={Boolean(ws?.readOnly)} />
      </Section>

      <Section title={t('lifecycle.title')} hint={t('lifecycle.hint')}>
        <LifecycleThresholdsSection readOnly={Boolean(ws?.readOnly)} />
      </Section>

      <Section title={t('valuationSettings:title')} hint={t('valuationSettings:hint')}>
        <ValuationSettingsSection readOnly={Boolean(ws?.readOnly)} />
      </Section>

      <Section title={t('audit:trash.title')} hint={t('audit:trash.hint')}>
        <TrashRetentionSection readOnly={Boolean(ws?.readOnly)} />
      </Section>

      <Section title={t('language.title')} hint={t('language.hint')}>
        <LanguageSelect />
      </Section>

      <Section title={t('data.title')} hint={t('data.hint')}>
        <DataList labelWidth={220} data-testid="data-location">
          {ws && (
            <DataList.Item>
              <DataList.ItemLabel>{t('data.workspaceFile')}</DataList.ItemLabel>
              <DataList.ItemValue>
                <PathValue path={ws.path} showInFolder />
              </DataList.ItemValue>
            </DataList.Item>
          )}
          <DataList.Item>
            <DataList.ItemLabel>{t('data.dataDir')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <Stack gap={2}>
                <PathValue path={info.data.dataDir} showInFolder />
                <Text size="xs" c="dimmed">
                  {t('data.dataDirHint')}
                </Text>
              </Stack>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('data.workspacesDir')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <PathValue path={info.data.workspacesDir} />
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
        <Group>
          <Button component={Link} to="/workspaces" variant="light" leftSection={<IconDatabaseCog size={18} />}>
            {t('data.manage')}
          </Button>
        </Group>
      </Section>

      <Section title={t('about.title')}>
        <DataList labelWidth={220}>
          <DataList.Item>
            <DataList.ItemLabel>{t('about.version')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="app-version">{info.data.version}</DataList.ItemValue>
          </DataList.Item>
          {ws && (
            <DataList.Item>
              <DataList.ItemLabel>{t('about.schema')}</DataList.ItemLabel>
              <DataList.ItemValue>{ws.schemaVersion}</DataList.ItemValue>
            </DataList.Item>
          )}
        </DataList>
      </Section>
      {ws && <HistoryPanel customerId="settings" readOnly={ws.readOnly} />}
    </Stack>
  );
}
