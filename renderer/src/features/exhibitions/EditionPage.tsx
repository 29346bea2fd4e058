import { Anchor, Button, Center, Group, Kbd, Loader, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconArrowLeft, IconMailForward, IconPencil, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { editionLabel } from '@shared/domain/exhibition';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { keyLabel } from '../../app/keys';
import { useApi } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { ParticipationModal } from '../participations/ParticipationModal';
import { EditionModal } from './EditionModal';
import { EditionStatusBadge } from './EditionStatusBadge';
import { useDayFormat } from './format';
import { ParticipantsTable } from './ParticipantsTable';
import { RebookDialog } from './RebookDialog';
import { TotalsBar } from './TotalsBar';
import { useDeleteAsking } from './useDeleteAsking';

/** One edition: its figures and its participants; add, edit, and invite last edition's participants. */
export function EditionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('exhibitions');
  const navigate = useNavigate();
  const f = useDayFormat();
  const edition = useApi('editions.get', { id });
  const [editOpen, setEditOpen] = useState(false);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | undefined>();
  const [rebookOpen, setRebookOpen] = useState(false);
  const deleteAsking = useDeleteAsking();
  // Keyboard: Alt+N adds a participant (Ctrl+N is "new customer" everywhere).
  // Physical key: on a Mac, Alt+N types a dead key ("˜") and would never match "n".
  useHotkeys([['alt+N', () => setAdding(true), { usePhysicalKeys: true }]]);

  if (edition.isPending) return <Center py="xl"><Loader /></Center>;
  if (edition.isError) {
    const gone = edition.error.error.code === 'not_found';
    return <ErrorState error={gone ? new Error(t('edition.notFound')) : edition.error} onRetry={gone ? undefined : () => void edition.refetch()} />;
  }
  const e = edition.data;
  const actions = (
    <Group gap="xs">
      <Tooltip label={<Kbd size="xs">{keyLabel('alt+N')}</Kbd>} withArrow openDelay={300}>
        <Button leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)}>
          {t('edition.addParticipation')}
        </Button>
      </Tooltip>
      {e.previousEdition && (
        <Button variant="light" leftSection={<IconMailForward size={16} />} onClick={() => setRebookOpen(true)}>
          {t('edition.invite')}
        </Button>
      )}
    </Group>
  );

  return (
    <Stack gap="md" pb="xl">
      <Anchor component={Link} to={`/exhibitions/${e.exhibitionId}`} size="sm" c="dimmed">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('edition.back', { name: e.exhibitionName })}
        </Group>
      </Anchor>
      <Paper withBorder p="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={2} data-testid="edition-name">
                {e.exhibitionName} · {e.name}
              </Title>
              <EditionStatusBadge status={e.status} />
            </Group>
            <Text size="sm">{[f.range(e.startDate, e.endDate), e.venue].filter(Boolean).join(' · ')}</Text>
            {e.notes && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                {e.notes}
              </Text>
            )}
          </Stack>
          <Group gap="xs">
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditOpen(true)}>
              {t('common:actions.edit')}
            </Button>
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() => deleteAsking('editions.delete', e.id, () => navigate(`/exhibitions/${e.exhibitionId}`))}
            >
              {t('common:actions.delete')}
            </Button>
          </Group>
        </Group>
      </Paper>
      <TotalsBar totals={e.totals} rebooking={e.rebooking} />
      <Group justify="space-between">
        <Title order={3}>{t('table.label')}</Title>
        {actions}
      </Group>
      <ParticipantsTable editionId={e.id} label={editionLabel(e.name, e.exhibitionName)} onEdit={setEditing} />

      <EditionModal opened={editOpen} onClose={() => setEditOpen(false)} exhibitionId={e.exhibitionId} edition={e} />
      <ParticipationModal opened={adding} onClose={() => setAdding(false)} editionId={e.id} />
      <ParticipationModal opened={Boolean(editing)} onClose={() => setEditing(undefined)} participationId={editing} />
      <RebookDialog opened={rebookOpen} onClose={() => setRebookOpen(false)} edition={e} />
    </Stack>
  );
}
