import { Paper, SimpleGrid, Text, ThemeIcon, Group } from '@mantine/core';
import type { CustomerSummary } from '@shared/api/customerPage';
import { IconAlertTriangle, IconCalendarEvent, IconCoin, IconMoodSmile, IconPhoneCall, IconReceipt, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useActivityFormat } from '../../interactions/activityFormat';

function Stat({ icon: I, color, label, value, note, testId }: { icon: Icon; color: string; label: string; value: string; note?: string; testId: string }) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" color={color} size="lg" radius="md">
          <I size={20} stroke={1.6} />
        </ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} lh={1.3}>
            {label}
          </Text>
          <Text fw={700} size="lg" lh={1.3} style={{ overflowWrap: 'anywhere' }} data-testid={`${testId}-value`}>
            {value}
          </Text>
          {note && (
            <Text size="xs" c="dimmed" lineClamp={1} title={note}>
              {note}
            </Text>
          )}
        </div>
      </Group>
    </Paper>
  );
}

/** The customer's figures at a glance (issue 3 item 6). */
export function SummaryFigures({ summary, currency }: { summary: CustomerSummary; currency: string }) {
  const { t } = useTranslation('interactions');
  const f = useActivityFormat();
  const sat = summary.lastSatisfaction;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, xl: 6 }} spacing="sm" data-testid="summary-figures">
      <Stat icon={IconCalendarEvent} color="teal" label={t('summary.editionsAttended')} value={f.number(summary.editionsAttended)} testId="stat-attended" />
      <Stat icon={IconCoin} color="green" label={t('summary.totalRevenue')} value={f.amount(summary.totalRevenue, currency)} testId="stat-revenue" />
      <Stat
        icon={IconMoodSmile}
        color="yellow"
        label={t('summary.lastSatisfaction')}
        value={sat ? t('summary.outOf', { score: sat.score }) : t('summary.none')}
        note={sat ? t('summary.lastSatisfactionOf', { edition: sat.editionName }) : undefined}
        testId="stat-satisfaction"
      />
      <Stat
        icon={IconPhoneCall}
        color="blue"
        label={t('summary.lastContact')}
        value={summary.lastContactAt ? f.day(summary.lastContactAt) : t('summary.never')}
        testId="stat-last-contact"
      />
      <Stat
        icon={IconAlertTriangle}
        color={summary.openComplaints > 0 ? 'red' : 'gray'}
        label={t('summary.openComplaints')}
        value={f.number(summary.openComplaints)}
        testId="stat-complaints"
      />
      <Stat icon={IconReceipt} color="grape" label={t('summary.interactionCost')} value={f.amount(summary.interactionCost, currency)} testId="stat-cost" />
    </SimpleGrid>
  );
}
