import { AppShell, Badge, Burger, Center, Group, Loader, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconAddressBook, IconBook2, IconBuildingCircus, IconBuildingStore, IconChartBar, IconChecklist, IconDiamond, IconFileImport, IconSettings, IconShieldCheck, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useApi, useBackendEvents } from '../api/hooks';
import { ErrorState } from '../components/ErrorState';
import { CaptureButton } from '../features/capture/CaptureButton';
import { CurrentExhibitionSelect } from '../features/exhibitions/CurrentExhibitionSelect';
import { LogInteractionButton } from '../features/interactions/LogInteractionButton';
import { SegmentsNav } from '../features/segments/SegmentsNav';
import { LifecycleNav } from '../features/lifecycle/LifecycleNav';
import { useDueTaskCount } from '../features/tasks/useDueTaskCount';
import { JobIndicator } from '../features/jobs/JobIndicator';
import { useBackupBadge } from '../features/backups/BackupsPage';
import { WelcomeScreen } from '../features/welcome/WelcomeScreen';
import { WorkspaceMenu } from '../features/workspace/WorkspaceMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { ShortcutsHelp } from './ShortcutsHelp';

interface NavItem {
  to: string;
  label: string;
  icon: typeof IconTrash;
  badge?: number;
  /** A word instead of a number (e.g. "Old" on Backups). */
  badgeText?: string;
  badgeColor?: string;
}

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const navigate = useNavigate();
  useBackendEvents();
  const info = useApi('app.info', {});
  const dueTasks = useDueTaskCount(Boolean(info.data?.workspace && !info.data.workspace.fresh));
  const backupBadge = useBackupBadge(Boolean(info.data?.workspace && !info.data.workspace.fresh));

  // Keyboard: Ctrl/⌘+N new customer, Ctrl/⌘+K or / jump to the customer search. Every
  // shortcut of the app is listed in ShortcutsHelp (keep it in step).
  useHotkeys([
    ['mod+N', () => navigate('/customers/new')],
    ['mod+K', () => navigate('/customers?focus=search')],
  ]);

  if (info.isPending) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (info.isError) return <ErrorState error={info.error} onRetry={() => void info.refetch()} />;
  const ws = info.data.workspace;
  if (!ws || ws.fresh) return <WelcomeScreen info={info.data} />;

  // Daily work first, then the records, then analysis; housekeeping at the bottom.
  const navItem = (item: NavItem) => (
    <NavLink
      key={item.to}
      component={Link}
      to={item.to}
      label={item.label}
      leftSection={<item.icon size={18} stroke={1.6} />}
      rightSection={
        item.badge !== undefined || item.badgeText !== undefined ? (
          <Badge size="sm" variant="light" color={item.badgeColor ?? 'gray'}>
            {item.badgeText ?? item.badge?.toLocaleString()}
          </Badge>
        ) : null
      }
      active={location.pathname.startsWith(item.to)}
      onClick={close}
    />
  );
  const work: NavItem[] = [
    { to: '/tasks', label: t('tasks:nav'), icon: IconChecklist, badge: dueTasks?.total || undefined, badgeColor: dueTasks?.overdue ? 'red' : 'gray' },
    { to: '/customers', label: t('nav.customers'), icon: IconAddressBook, badge: ws.customerCount },
    { to: '/exhibitions', label: t('exhibitions:nav'), icon: IconBuildingCircus },
  ];
  const analysis: NavItem[] = [
    { to: '/analytics', label: t('analytics:nav'), icon: IconChartBar },
    { to: '/value', label: t('valuation:nav'), icon: IconDiamond },
    { to: '/playbooks', label: t('playbooks:nav'), icon: IconBook2 },
  ];
  const housekeeping: NavItem[] = [
    { to: '/import', label: t('imports:nav'), icon: IconFileImport },
    { to: '/trash', label: t('nav.trash'), icon: IconTrash },
    { to: '/backups', label: t('backups:nav'), icon: IconShieldCheck, badgeText: backupBadge, badgeColor: 'orange' },
    { to: '/settings', label: t('nav.settings'), icon: IconSettings },
  ];

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="menu" />
            <IconBuildingStore size={26} stroke={1.6} color="var(--mantine-color-teal-7)" />
            <Title order={4} style={{ whiteSpace: 'nowrap' }} visibleFrom="md">
              {t('appName')}
            </Title>
            <WorkspaceMenu workspace={ws} />
            <CurrentExhibitionSelect />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <JobIndicator />
            <LogInteractionButton />
            <CaptureButton />
            <ShortcutsHelp />
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AppShell.Section grow component={ScrollArea}>
          {work.map(navItem)}
          <LifecycleNav onNavigate={close} />
          <SegmentsNav onNavigate={close} />
          {analysis.map(navItem)}
        </AppShell.Section>
        <AppShell.Section>
          {housekeeping.map(navItem)}
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px="sm" pb="xs">
            v{info.data.version}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
