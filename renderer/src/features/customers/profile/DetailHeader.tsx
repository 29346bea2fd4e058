import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { CustomerDetail } from '@shared/api/customers';
import { IconArrowLeft, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { KindBadges, ScreeningBadge } from './Badges';
import { CompletenessRing } from './CompletenessRing';

/** Name, roles, screening verdict and completeness at a glance, with the page's actions. */
export function DetailHeader({ c, onTrash, trashing }: { c: CustomerDetail; onTrash: () => void; trashing: boolean }) {
  const { t } = useTranslation('customerProfile');
  const place = [c.city, c.region, c.country].filter(Boolean).join(', ');
  const subtitle = [c.industry, place].filter(Boolean).join(' · ');
  return (
    <Stack gap="xs">
      <Anchor component={Link} to="/customers" size="sm" c="dimmed">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('common:nav.customers')}
        </Group>
      </Anchor>
      <Paper withBorder p="md">
        <Group justify="space-between" align="flex-start" gap="lg">
          <Stack gap={6} style={{ flex: 1, minWidth: 260 }}>
            <Group gap="sm" align="center">
              <Title order={2} style={{ overflowWrap: 'anywhere' }} data-testid="customer-name">
                {c.companyName}
              </Title>
              <ScreeningBadge status={c.screening.status} />
            </Group>
            {c.legalName && c.legalName !== c.companyName && (
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {c.legalName}
              </Text>
            )}
            {subtitle && <Text size="sm">{subtitle}</Text>}
            {c.kinds.length > 0 && <KindBadges kinds={c.kinds} partnerType={c.partnerType} />}
          </Stack>
          <Stack gap="sm" align="flex-end">
            {!c.deletedAt && (
              <Group gap="xs">
                <Button
                  component={Link}
                  to={`/customers/${c.id}/edit`}
                  state={{ fromDetail: true }}
                  leftSection={<IconPencil size={16} />}
                >
                  {t('common:actions.edit')}
                </Button>
                <Button variant="default" color="red" leftSection={<IconTrash size={16} />} loading={trashing} onClick={onTrash}>
                  {t('detail.moveToTrash')}
                </Button>
              </Group>
            )}
            <div style={{ maxWidth: 340 }}>
              <CompletenessRing value={c.completeness} />
            </div>
          </Stack>
        </Group>
      </Paper>
    </Stack>
  );
}
