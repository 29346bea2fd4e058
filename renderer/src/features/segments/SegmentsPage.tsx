import { Alert, Badge, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { keepPreviousData } from '@tanstack/react-query';
import type { Segment } from '@shared/api/segments';
import { IconAlertTriangle, IconArrowBackUp, IconDeviceFloppy, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { useFilterDebounce } from '../../components/table/pendingFilters';
import { useFormat } from '../../i18n/format';
import { newGroup, problemCount, sameMeaning, toDraft, validDefinition, type DraftGroup } from './draft';
import { GroupEditor } from './GroupEditor';
import { MembersTable } from './MembersTable';
import { NameModal } from './NameModal';

/** #/segments (a new segment) and #/segments/<id> (a saved one): builder, live count, members. */
export function SegmentsPage() {
  const { id } = useParams();
  const { t } = useTranslation('segments');
  const seg = useApi('segments.get', { id: id ?? '' }, { enabled: !!id });
  if (!id) return <SegmentEditor key="new" segment={null} />;
  if (seg.isPending)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  if (seg.isError) {
    if (seg.error.error.code === 'not_found')
      return (
        <Center py="xl">
          <Stack align="center">
            <Text>{t('notFound')}</Text>
            <Button component={Link} to="/segments" variant="light">
              {t('backToSegments')}
            </Button>
          </Stack>
        </Center>
      );
    return <ErrorState error={seg.error} onRetry={() => void seg.refetch()} />;
  }
  // Keyed by id: opening another segment starts a fresh draft; a save or rename keeps the draft
  // and moves the baseline it is compared with.
  return <SegmentEditor key={seg.data.id} segment={seg.data} />;
}

function SegmentEditor({ segment }: { segment: Segment | null }) {
  const { t } = useTranslation('segments');
  const fmt = useFormat();
  const navigate = useNavigate();
  const baseline = useMemo(() => (segment ? toDraft(segment.definition) : newGroup('and')), [segment]);
  const [draft, setDraft] = useState<DraftGroup>(baseline);
  const [naming, setNaming] = useState<'create' | 'rename' | null>(null);
  const [saving, setSaving] = useState(false);

  const definition = useMemo(() => validDefinition(draft), [draft]);
  // Typing into a number field should not fire a count per keystroke (an export applies it at once).
  const debounced = useFilterDebounce(definition, 300);
  const count = useApi('segments.count', { definition: debounced }, { placeholderData: keepPreviousData });
  const problems = problemCount(draft);
  const dirty = segment ? !sameMeaning(draft, baseline) : true;

  const create = async (name: string) => {
    const s = await call('segments.create', { name, definition });
    setNaming(null);
    notifications.show({ message: t('notify.saved'), color: 'teal' });
    navigate(`/segments/${s.id}`);
  };
  const rename = async (name: string) => {
    await call('segments.update', { id: segment!.id, version: segment!.version, name });
    setNaming(null);
    notifications.show({ message: t('notify.renamed'), color: 'teal' });
  };
  const saveChanges = async () => {
    setSaving(true);
    try {
      await call('segments.update', { id: segment!.id, version: segment!.version, definition });
      notifications.show({ message: t('notify.saved'), color: 'teal' });
    } catch (e) {
      notifications.show({ message: (e as Error).message, color: 'red' });
    } finally {
      setSaving(false);
    }
  };
  const confirmDelete = () =>
    modals.openConfirmModal({
      title: t('confirmDelete.title', { name: segment!.name }),
      children: <Text size="sm">{t('confirmDelete.body')}</Text>,
      labels: { confirm: t('actions.delete'), cancel: t('common:actions.cancel') },
      confirmProps: { color: 'red', 'data-testid': 'confirm-delete' } as Record<string, string>,
      onConfirm: async () => {
        try {
          await call('segments.delete', { id: segment!.id });
          notifications.show({ message: t('notify.deleted'), color: 'teal' });
          navigate('/segments');
        } catch (e) {
          notifications.show({ message: (e as Error).message, color: 'red' });
        }
      },
    });

  const countText =
    count.data === undefined
      ? t('counting')
      : t('count', { count: count.data.count, n: fmt.number(count.data.count) });

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="sm" align="baseline" wrap="nowrap">
            <Title order={2} data-testid="segment-title" style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
              {segment ? segment.name : t('newSegment')}
            </Title>
            <Badge size="lg" tt="none" variant="light" color={count.isError ? 'red' : 'teal'} data-testid="segment-count" aria-live="polite">
              {count.isError ? '—' : countText}
            </Badge>
            {count.isFetching && <Loader size="xs" />}
          </Group>
          <Text size="sm" c="dimmed">
            {t('intro')}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          {segment ? (
            <>
              {dirty && (
                <Button variant="subtle" color="gray" leftSection={<IconArrowBackUp size={16} />} onClick={() => setDraft(baseline)}>
                  {t('actions.discard')}
                </Button>
              )}
              <Button
                leftSection={<IconDeviceFloppy size={16} />}
                disabled={!dirty || problems > 0}
                loading={saving}
                onClick={() => void saveChanges()}
              >
                {t('actions.saveChanges')}
              </Button>
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setNaming('rename')}>
                {t('actions.rename')}
              </Button>
              <Button variant="default" color="red" leftSection={<IconTrash size={16} />} onClick={confirmDelete}>
                {t('actions.delete')}
              </Button>
            </>
          ) : (
            <Button leftSection={<IconPlus size={16} />} disabled={problems > 0} onClick={() => setNaming('create')}>
              {t('actions.save')}
            </Button>
          )}
        </Group>
      </Group>

      <Paper withBorder p="md" radius="md">
        <GroupEditor group={draft} depth={1} onChange={setDraft} />
      </Paper>
      {problems > 0 && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} py="xs">
          {t('problems', { count: problems })}
        </Alert>
      )}
      {count.isError && <ErrorState error={count.error} onRetry={() => void count.refetch()} />}

      <Stack gap="xs">
        <Title order={4}>{t('members.title')}</Title>
        <MembersTable definition={debounced} />
      </Stack>

      <NameModal
        opened={naming !== null}
        title={naming === 'rename' ? t('nameModal.renameTitle') : t('nameModal.createTitle')}
        initial={naming === 'rename' ? (segment?.name ?? '') : ''}
        onClose={() => setNaming(null)}
        onSubmit={naming === 'rename' ? rename : create}
      />
    </Stack>
  );
}
