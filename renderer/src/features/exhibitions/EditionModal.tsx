import { Alert, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Edition, EditionDetail } from '@shared/api/exhibitions';
import { EDITION_STATUSES, type EditionStatus } from '@shared/domain/exhibition';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client';
import { fieldError } from './format';

interface Props {
  opened: boolean;
  onClose: () => void;
  exhibitionId: string;
  /** Edit this edition; create a new one when absent. */
  edition?: Edition;
  onSaved?: (e: EditionDetail) => void;
}

/** Create or edit an edition of an exhibition. */
export function EditionModal({ opened, onClose, exhibitionId, edition, onSaved }: Props) {
  const { t } = useTranslation('exhibitions');
  return (
    <Modal opened={opened} onClose={onClose} title={edition ? t('exhibition.editEdition') : t('exhibition.newEdition')} size="lg" centered>
      {opened && <EditionForm exhibitionId={exhibitionId} edition={edition} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

const num = (v: string | number): number | null => (v === '' ? null : Number(v));

function EditionForm({ exhibitionId, edition, onClose, onSaved }: Omit<Props, 'opened'>) {
  const { t } = useTranslation('exhibitions');
  const [name, setName] = useState(edition?.name ?? '');
  const [startDate, setStartDate] = useState(edition?.startDate ?? '');
  const [endDate, setEndDate] = useState(edition?.endDate ?? '');
  const [venue, setVenue] = useState(edition?.venue ?? '');
  const [sellableArea, setSellableArea] = useState<string | number>(edition?.sellableArea ?? '');
  const [status, setStatus] = useState<EditionStatus>(edition?.status ?? 'planned');
  const [notes, setNotes] = useState(edition?.notes ?? '');
  const [error, setError] = useState<ApiCallError | null>(null);
  const [busy, setBusy] = useState(false);
  const err = (f: string) => fieldError(error?.fields, f);

  const submit = async () => {
    setBusy(true);
    const fields = { name, startDate, endDate, venue, sellableArea: num(sellableArea), status, notes };
    try {
      const saved = edition
        ? await call('editions.update', { id: edition.id, version: edition.version, patch: fields })
        : await call('editions.create', { exhibitionId, ...fields });
      notifications.show({ color: 'teal', message: t('saved') });
      onSaved?.(saved);
      onClose();
    } catch (e) {
      setError(e instanceof ApiCallError ? e : new ApiCallError({ code: 'internal', message: String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <TextInput label={t('fields.editionName')} placeholder={t('placeholders.editionName')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={err('name')} withAsterisk data-autofocus />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label={t('fields.startDate')} value={startDate} onChange={(e) => setStartDate(e.currentTarget.value)} error={err('startDate')} withAsterisk />
          <TextInput type="date" label={t('fields.endDate')} value={endDate} onChange={(e) => setEndDate(e.currentTarget.value)} error={err('endDate')} withAsterisk />
          <TextInput label={t('fields.venue')} value={venue} onChange={(e) => setVenue(e.currentTarget.value)} error={err('venue')} />
          <NumberInput label={t('fields.sellableArea')} value={sellableArea} onChange={setSellableArea} min={0} thousandSeparator="," error={err('sellableArea')} />
          <Select
            label={t('fields.status')}
            data={EDITION_STATUSES.map((s) => ({ value: s, label: t(`editionStatus.${s}`) }))}
            value={status}
            onChange={(v) => v && setStatus(v as EditionStatus)}
            allowDeselect={false}
            error={err('status')}
          />
        </SimpleGrid>
        <Textarea label={t('fields.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} autosize minRows={2} maxRows={6} error={err('notes')} />
        {error && Object.keys(error.fields).length === 0 && <Alert color="red">{error.message}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
