import { Alert, Button, Group, Loader, Modal, Radio, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { EditionDetail, EditionSummary, RebookScope } from '@shared/api/exhibitions';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { useFormat } from '../../i18n/format';

type ScopeKind = RebookScope['kind'];

/**
 * "Invite last edition's participants": choose whom (all booked, exhibitors, a segment), see how
 * many will be invited and how many are already here, then create the enquiries in one step.
 */
export function RebookDialog({ opened, onClose, edition }: { opened: boolean; onClose: () => void; edition: EditionDetail }) {
  const { t } = useTranslation('exhibitions');
  return (
    <Modal opened={opened} onClose={onClose} title={t('rebook.title')} size="lg" centered>
      {opened && <RebookBody edition={edition} onClose={onClose} />}
    </Modal>
  );
}

function RebookBody({ edition, onClose }: { edition: EditionDetail; onClose: () => void }) {
  const { t } = useTranslation('exhibitions');
  const fmt = useFormat();
  const siblings = useApi('editions.list', { exhibitionId: edition.exhibitionId });
  const segments = useApi('segments.list', {});
  // Earlier editions of the same exhibition; the one just before is the default source.
  const sources: EditionSummary[] = (siblings.data ?? []).filter((e) => e.id !== edition.id && e.startDate <= edition.startDate);
  const [fromId, setFromId] = useState<string | null>(edition.previousEdition?.id ?? null);
  const [kind, setKind] = useState<ScopeKind>('all');
  const [segmentId, setSegmentId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const scope: RebookScope | null =
    kind === 'segment' ? (segmentId ? { kind, segmentId } : null) : { kind };
  const input = fromId && scope ? { fromEditionId: fromId, toEditionId: edition.id, scope } : null;
  const preview = useApi(
    'editions.rebookPreview',
    input ?? { fromEditionId: edition.id, toEditionId: edition.id, scope: { kind: 'all' } },
    { enabled: Boolean(input) },
  );
  const fromName = sources.find((s) => s.id === fromId)?.name ?? edition.previousEdition?.name ?? '';

  const run = async () => {
    if (!input) return;
    setBusy(true);
    try {
      const r = await call('editions.rebook', input);
      notifications.show({
        color: 'teal',
        icon: <IconCheck size={18} />,
        message: t('rebook.done', { created: r.created, skipped: r.skipped, from: r.fromEditionName }),
      });
      onClose();
    } catch (e) {
      notifications.show({ color: 'red', message: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  if (!edition.previousEdition) return <Alert color="gray">{t('edition.noPrevious')}</Alert>;

  const figure = (label: string, value: number | undefined, testId: string) => (
    <Stack gap={0} align="center">
      <Text fw={700} size="xl" data-testid={testId}>
        {value === undefined ? '…' : fmt.number(value)}
      </Text>
      <Text size="xs" c="dimmed" ta="center">
        {label}
      </Text>
    </Stack>
  );

  return (
    <Stack gap="md">
      <Text size="sm">{t('rebook.intro', { from: fromName, to: edition.name })}</Text>
      {sources.length > 1 && (
        <Select
          label={t('participation.edition')}
          data={sources.map((s) => ({ value: s.id, label: s.name }))}
          value={fromId}
          onChange={setFromId}
          allowDeselect={false}
        />
      )}
      <Radio.Group label={t('rebook.scope')} value={kind} onChange={(v) => setKind(v as ScopeKind)}>
        <Stack gap="xs" mt="xs">
          <Radio value="all" label={t('rebook.all')} />
          <Radio value="exhibitors" label={t('rebook.exhibitors')} />
          <Radio value="segment" label={t('rebook.segment')} disabled={segments.data?.length === 0} />
        </Stack>
      </Radio.Group>
      {kind === 'segment' && (
        <Select
          label={t('rebook.segmentPick')}
          data={(segments.data ?? []).map((s) => ({ value: s.id, label: `${s.name} (${fmt.number(s.count)})` }))}
          value={segmentId}
          onChange={setSegmentId}
          nothingFoundMessage={t('rebook.noSegments')}
          searchable
        />
      )}
      <SimpleGrid cols={3} data-testid="rebook-preview">
        {figure(t('rebook.candidates'), input ? preview.data?.candidates : undefined, 'rebook-candidates')}
        {figure(t('rebook.present'), input ? preview.data?.alreadyPresent : undefined, 'rebook-present')}
        {figure(t('rebook.willCreate'), input ? preview.data?.willCreate : undefined, 'rebook-will-create')}
      </SimpleGrid>
      {preview.isError && <Alert color="red">{preview.error.message}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common:actions.cancel')}
        </Button>
        <Button
          onClick={() => void run()}
          loading={busy}
          disabled={!input || !preview.data || preview.data.willCreate === 0}
          rightSection={preview.isFetching ? <Loader size={12} color="white" /> : undefined}
        >
          {t('rebook.run', { count: preview.data?.willCreate ?? 0 })}
        </Button>
      </Group>
    </Stack>
  );
}
