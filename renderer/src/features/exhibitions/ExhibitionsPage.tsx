import { ActionIcon, Badge, Button, Center, EmptyState, Group, Loader, Menu, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ExhibitionDetail, ExhibitionListRow } from '@shared/api/exhibitions';
import { IconBuildingCircus, IconDots, IconPencil, IconPlus, IconStar, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { EditionStatusBadge } from './EditionStatusBadge';
import { ExhibitionModal } from './ExhibitionModal';
import { useDayFormat } from './format';
import { useDeleteAsking } from './useDeleteAsking';

// Short headers and values stay on one line ("发展阶段" broke in two); the theme column gives way.
const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** Every exhibition the organiser runs; the current one (every view's default) is marked. */
export function ExhibitionsPage() {
  const { t } = useTranslation('exhibitions');
  const navigate = useNavigate();
  const list = useApi('exhibitions.list', {});
  const [editing, setEditing] = useState<ExhibitionDetail | undefined>();
  const [modalOpen, setModalOpen] = useState(false);
  const deleteAsking = useDeleteAsking();
  const f = useDayFormat();

  const open = (x?: ExhibitionDetail) => {
    setEditing(x);
    setModalOpen(true);
  };
  const makeCurrent = (x: ExhibitionListRow) =>
    void call('exhibitions.setCurrent', { id: x.id }).then(() =>
      notifications.show({ color: 'teal', message: t('madeCurrent', { name: x.name }) }),
    );

  let body: React.ReactNode;
  if (list.isPending) body = <Center py="xl"><Loader /></Center>;
  else if (list.isError) body = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.length === 0)
    body = (
      <Center py={64}>
        <EmptyState
          maw={520}
          size="lg"
          variant="light"
          icon={<IconBuildingCircus size={30} stroke={1.5} />}
          title={t('empty.title')}
          description={t('empty.description')}
        >
          <EmptyState.Actions>
            <Button leftSection={<IconPlus size={16} />} onClick={() => open()}>
              {t('newExhibition')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Center>
    );
  else
    body = (
      <Paper withBorder>
        <Table highlightOnHover verticalSpacing="sm" aria-label={t('title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.name')}</Table.Th>
              <Table.Th>{t('fields.theme')}</Table.Th>
              <Table.Th>{t('fields.city')}</Table.Th>
              <Table.Th style={NOWRAP}>{t('fields.maturity')}</Table.Th>
              <Table.Th ta="right" style={NOWRAP}>
                {t('list.editions')}
              </Table.Th>
              <Table.Th ta="right" style={NOWRAP}>
                {t('list.participations')}
              </Table.Th>
              <Table.Th>{t('list.latest')}</Table.Th>
              <Table.Th w={48} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((x) => (
              <Table.Tr key={x.id} style={{ cursor: 'pointer' }} onClick={() => navigate(`/exhibitions/${x.id}`)}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Text fw={600}>{x.name}</Text>
                    {x.current && (
                      <Badge size="sm" color="teal" variant="filled" leftSection={<IconStar size={11} />} style={{ flexShrink: 0 }}>
                        {t('current')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{x.theme ?? '—'}</Table.Td>
                <Table.Td>{x.city ?? '—'}</Table.Td>
                <Table.Td style={NOWRAP}>{t(`maturity.${x.maturity}`)}</Table.Td>
                <Table.Td ta="right">{x.editionCount}</Table.Td>
                <Table.Td ta="right">{x.participationCount.toLocaleString()}</Table.Td>
                <Table.Td>
                  {x.latestEdition ? (
                    // Name above, date and status below: side by side they squeezed the badge to "OPEN F…".
                    <div>
                      <Text size="sm">{x.latestEdition.name}</Text>
                      <Group gap="xs" wrap="nowrap" mt={2}>
                        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                          {f.day(x.latestEdition.startDate)}
                        </Text>
                        <EditionStatusBadge status={x.latestEdition.status} />
                      </Group>
                    </div>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('list.none')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td onClick={(e) => e.stopPropagation()}>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={`${t('common:actions.edit')} ${x.name}`}>
                        <IconDots size={18} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      {!x.current && (
                        <Menu.Item leftSection={<IconStar size={16} />} onClick={() => makeCurrent(x)}>
                          {t('setCurrent')}
                        </Menu.Item>
                      )}
                      <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => open(x)}>
                        {t('editExhibition')}
                      </Menu.Item>
                      <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => deleteAsking('exhibitions.delete', x.id, () => {})}>
                        {t('deleteExhibition')}
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

  return (
    <Stack gap="md" pb="xl">
      <Group justify="space-between">
        <Group gap="sm" align="baseline">
          <Title order={2}>{t('title')}</Title>
          {list.data && list.data.length > 0 && (
            <Text c="dimmed" size="sm">
              {t('count', { count: list.data.length })}
            </Text>
          )}
        </Group>
        {list.data && list.data.length > 0 && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => open()}>
            {t('newExhibition')}
          </Button>
        )}
      </Group>
      {body}
      <ExhibitionModal
        opened={modalOpen}
        onClose={() => setModalOpen(false)}
        exhibition={editing}
        onSaved={(x) => {
          if (!editing) navigate(`/exhibitions/${x.id}`);
        }}
      />
    </Stack>
  );
}
