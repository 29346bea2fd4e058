import { ActionIcon, Anchor, Badge, Button, Center, Group, Loader, Menu, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { EditionSummary } from '@shared/api/exhibitions';
import { IconArrowLeft, IconCalendarPlus, IconDots, IconPencil, IconStar, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { useFormat } from '../../i18n/format';
import { EditionModal } from './EditionModal';
import { EditionStatusBadge } from './EditionStatusBadge';
import { ExhibitionModal } from './ExhibitionModal';
import { useDayFormat } from './format';
import { RebookingRateText } from './RebookingRateText';
import { useDeleteAsking } from './useDeleteAsking';

/** One exhibition: its facts and its editions with their figures and rebooking rates. */
export function ExhibitionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('exhibitions');
  const navigate = useNavigate();
  const x = useApi('exhibitions.get', { id });
  const editions = useApi('editions.list', { exhibitionId: id });
  const [editOpen, setEditOpen] = useState(false);
  const [editionOpen, setEditionOpen] = useState(false);
  const [editing, setEditing] = useState<EditionSummary | undefined>();
  const deleteAsking = useDeleteAsking();

  if (x.isPending) return <Center py="xl"><Loader /></Center>;
  if (x.isError) {
    const gone = x.error.error.code === 'not_found';
    return <ErrorState error={gone ? new Error(t('exhibition.notFound')) : x.error} onRetry={gone ? undefined : () => void x.refetch()} />;
  }
  const ex = x.data;
  const facts = [ex.theme, ex.city, ex.venue, ex.frequency && t(`frequency.${ex.frequency}`)].filter(Boolean).join(' · ');
  const openEdition = (e?: EditionSummary) => {
    setEditing(e);
    setEditionOpen(true);
  };

  return (
    <Stack gap="md" pb="xl">
      <Anchor component={Link} to="/exhibitions" size="sm" c="dimmed">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('exhibition.back')}
        </Group>
      </Anchor>
      <Paper withBorder p="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={6}>
            <Group gap="sm">
              <Title order={2} data-testid="exhibition-name">
                {ex.name}
              </Title>
              {ex.current && (
                <Badge color="teal" variant="filled" leftSection={<IconStar size={11} />}>
                  {t('current')}
                </Badge>
              )}
              <Tooltip label={t(`maturityHint.${ex.maturity}`)}>
                <Badge variant="light" color="indigo">
                  {t(`maturity.${ex.maturity}`)}
                </Badge>
              </Tooltip>
            </Group>
            {facts && <Text size="sm">{facts}</Text>}
            {ex.notes && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                {ex.notes}
              </Text>
            )}
          </Stack>
          <Group gap="xs">
            {!ex.current && (
              <Button
                variant="light"
                leftSection={<IconStar size={16} />}
                onClick={() =>
                  void call('exhibitions.setCurrent', { id: ex.id }).then(() =>
                    notifications.show({ color: 'teal', message: t('madeCurrent', { name: ex.name }) }),
                  )
                }
              >
                {t('setCurrent')}
              </Button>
            )}
            <Button leftSection={<IconPencil size={16} />} onClick={() => setEditOpen(true)}>
              {t('common:actions.edit')}
            </Button>
            <Button variant="default" color="red" leftSection={<IconTrash size={16} />} onClick={() => deleteAsking('exhibitions.delete', ex.id, () => navigate('/exhibitions'))}>
              {t('common:actions.delete')}
            </Button>
          </Group>
        </Group>
      </Paper>

      <Group justify="space-between">
        <Title order={3}>{t('exhibition.editions')}</Title>
        <Button leftSection={<IconCalendarPlus size={16} />} onClick={() => openEdition()}>
          {t('exhibition.newEdition')}
        </Button>
      </Group>
      {editions.isPending ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : editions.isError ? (
        <ErrorState error={editions.error} onRetry={() => void editions.refetch()} />
      ) : editions.data.length === 0 ? (
        <Paper withBorder p="xl">
          <Stack align="center" gap={4}>
            <Text fw={600}>{t('exhibition.noEditions')}</Text>
            <Text size="sm" c="dimmed">
              {t('exhibition.noEditionsHint')}
            </Text>
          </Stack>
        </Paper>
      ) : (
        <EditionsTable
          rows={editions.data}
          onOpen={(e) => navigate(`/exhibitions/editions/${e.id}`)}
          onEdit={openEdition}
          onDelete={(e) => deleteAsking('editions.delete', e.id, () => {})}
        />
      )}

      <ExhibitionModal opened={editOpen} onClose={() => setEditOpen(false)} exhibition={ex} />
      <EditionModal
        opened={editionOpen}
        onClose={() => setEditionOpen(false)}
        exhibitionId={ex.id}
        edition={editing}
        onSaved={(e) => {
          if (!editing) navigate(`/exhibitions/editions/${e.id}`);
        }}
      />
    </Stack>
  );
}

function EditionsTable({
  rows,
  onOpen,
  onEdit,
  onDelete,
}: {
  rows: EditionSummary[];
  onOpen: (e: EditionSummary) => void;
  onEdit: (e: EditionSummary) => void;
  onDelete: (e: EditionSummary) => void;
}) {
  const { t } = useTranslation('exhibitions');
  const fmt = useFormat();
  const f = useDayFormat();
  return (
    <Paper withBorder>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('exhibition.editions')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.editionName')}</Table.Th>
            <Table.Th>{t('fields.status')}</Table.Th>
            <Table.Th>{t('exhibition.dates')}</Table.Th>
            <Table.Th ta="right">{t('exhibition.area')}</Table.Th>
            <Table.Th ta="right">{t('exhibition.participants')}</Table.Th>
            <Table.Th ta="right">{t('exhibition.revenue')}</Table.Th>
            <Table.Th>{t('exhibition.rebooking')}</Table.Th>
            <Table.Th w={48} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((e) => (
            <Table.Tr key={e.id} style={{ cursor: 'pointer' }} onClick={() => onOpen(e)}>
              <Table.Td fw={600}>{e.name}</Table.Td>
              <Table.Td>
                <EditionStatusBadge status={e.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.range(e.startDate, e.endDate)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {fmt.number(e.totals.areaSold)} / {e.sellableArea === null ? '—' : fmt.number(e.sellableArea)} m²
              </Table.Td>
              <Table.Td ta="right">
                <Stack gap={0} align="flex-end">
                  <Text size="sm">{fmt.number(e.totals.participants)}</Text>
                  <Text size="xs" c="dimmed">
                    {t('exhibition.booked', { count: e.totals.booked })}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td ta="right">{fmt.money(e.totals.revenue, e.totals.currency)}</Table.Td>
              <Table.Td>
                <RebookingRateText rebooking={e.rebooking} />
              </Table.Td>
              <Table.Td onClick={(ev) => ev.stopPropagation()}>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray" aria-label={`${t('common:actions.edit')} ${e.name}`}>
                      <IconDots size={18} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => onEdit(e)}>
                      {t('exhibition.editEdition')}
                    </Menu.Item>
                    <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => onDelete(e)}>
                      {t('edition.deleteEdition')}
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
