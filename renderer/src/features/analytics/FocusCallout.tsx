import { Alert, Button, Group, Text } from '@mantine/core';
import type { FocusStage } from '@shared/api/lifecycleAnalytics';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { STAGE_COLORS, STAGE_ICONS } from '../lifecycle/stageMeta';

/** The stage that deserves attention given the exhibition's maturity (DOMAIN §3), with how many are in it. */
export function FocusCallout({ focus }: { focus: FocusStage }) {
  const { t } = useTranslation('analytics');
  const first = focus.stages[0]!;
  const Icon = STAGE_ICONS[first];
  const counts = Object.fromEntries(focus.stages.map((s, i) => [s, (focus.counts[i] ?? 0).toLocaleString()]));
  return (
    <Alert
      color={STAGE_COLORS[first]}
      variant="light"
      icon={<Icon size={22} />}
      title={t('focus.title')}
      data-testid="focus-callout"
      data-focus={focus.stages.join(',')}
    >
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="sm" fw={500}>
          {t(`focus.${focus.maturity}`, counts)}
        </Text>
        <Button component={Link} to="/lifecycle" size="xs" variant="white" color={STAGE_COLORS[first]}>
          {t('focus.open')}
        </Button>
      </Group>
    </Alert>
  );
}
