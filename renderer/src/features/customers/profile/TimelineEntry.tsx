import { ActionIcon, Badge, Button, Group, Menu, Stack, Text } from '@mantine/core';
import type { TimelineItem } from '@shared/api/customerPage';
import type { Interaction } from '@shared/api/interactions';
import { IconArrowBackUp, IconCalendarDue, IconCheck, IconDotsVertical, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useActivityFormat } from '../../interactions/activityFormat';

export interface InteractionActions {
  onResolve: (i: Interaction, state: 'open' | 'resolved') => void;
  onEdit: (i: Interaction) => void;
  onDelete: (i: Interaction) => void;
  busyId: string | null;
}

function Meta({ parts }: { parts: (string | null | false | undefined)[] }) {
  return (
    <Text size="xs" c="dimmed">
      {parts.filter(Boolean).join(' · ')}
    </Text>
  );
}

function InteractionBody({ i, currency, actions }: { i: Interaction; currency: string; actions: InteractionActions }) {
  const { t } = useTranslation('interactions');
  const f = useActivityFormat();
  return (
    <Stack gap={4} data-testid="timeline-interaction" data-type={i.type}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="xs">
          <Text fw={600} size="sm">
            {t(`types.${i.type}`)}
          </Text>
          {i.direction && (
            <Text size="xs" c="dimmed">
              {t(`directions.${i.direction}`)}
            </Text>
          )}
          {i.complaintState && (
            <Badge size="sm" color={i.complaintState === 'open' ? 'red' : 'teal'} variant="light" data-testid="complaint-state">
              {t(`complaint.${i.complaintState}`)}
            </Badge>
          )}
          {i.cost > 0 && (
            <Badge size="sm" color="grape" variant="outline" tt="none">
              {t('timeline.cost', { amount: f.amount(i.cost, currency) })}
            </Badge>
          )}
          {i.followUpOn && (
            <Badge size="sm" color="blue" variant="light" tt="none" leftSection={<IconCalendarDue size={12} />}>
              {t('timeline.followUp', { date: f.when(i.followUpOn) })}
            </Badge>
          )}
        </Group>
        <Group gap={4} wrap="nowrap">
          {i.complaintState === 'open' && (
            <Button
              size="compact-xs"
              color="teal"
              variant="light"
              leftSection={<IconCheck size={14} />}
              loading={actions.busyId === i.id}
              onClick={() => actions.onResolve(i, 'resolved')}
            >
              {t('complaint.resolve')}
            </Button>
          )}
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('log.edit')}>
                <IconDotsVertical size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => actions.onEdit(i)}>
                {t('log.edit')}
              </Menu.Item>
              {i.complaintState === 'resolved' && (
                <Menu.Item leftSection={<IconArrowBackUp size={14} />} onClick={() => actions.onResolve(i, 'open')}>
                  {t('complaint.reopen')}
                </Menu.Item>
              )}
              <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => actions.onDelete(i)}>
                {t('log.delete')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {i.summary}
      </Text>
      {i.outcome && (
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('timeline.outcome', { outcome: i.outcome })}
        </Text>
      )}
      <Meta
        parts={[
          f.when(i.at),
          i.staff && t('timeline.by', { name: i.staff }),
          i.editionName && t('timeline.edition', { edition: i.editionName }),
          i.resolvedAt && t('complaint.resolvedOn', { date: f.when(i.resolvedAt) }),
        ]}
      />
    </Stack>
  );
}

/** One entry of the timeline: an interaction, a participation's start, or a status change. */
export function TimelineEntry({ item, currency, actions }: { item: TimelineItem; currency: string; actions: InteractionActions }) {
  const { t } = useTranslation('interactions');
  const f = useActivityFormat();
  if (item.kind === 'interaction') return <InteractionBody i={item.interaction} currency={currency} actions={actions} />;
  const status = t(`participation.status.${item.status}`);
  const edition = `${item.editionName}`;
  if (item.kind === 'participation') {
    return (
      <Stack gap={2} data-testid="timeline-participation">
        <Text fw={600} size="sm">
          {t('timeline.participationStarted', { edition, role: t(`participation.role.${item.role}`), status })}
        </Text>
        <Meta parts={[f.when(item.at), item.exhibitionName]} />
      </Stack>
    );
  }
  return (
    <Stack gap={2} data-testid="timeline-status">
      <Text size="sm">{t('timeline.statusChange', { edition, status })}</Text>
      {item.reason && (
        <Text size="sm" c="dimmed">
          {t('timeline.reason', { reason: item.reason })}
        </Text>
      )}
      <Meta parts={[f.when(item.at), item.changedBy && t('timeline.by', { name: item.changedBy })]} />
    </Stack>
  );
}
