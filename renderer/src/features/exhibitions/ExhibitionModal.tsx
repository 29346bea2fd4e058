import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ExhibitionDetail } from '@shared/api/exhibitions';
import { EXHIBITION_FREQUENCIES, EXHIBITION_MATURITIES, type ExhibitionFrequency, type ExhibitionMaturity } from '@shared/domain/exhibition';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client';
import { fieldError } from './format';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** Edit this exhibition; create a new one when absent. */
  exhibition?: ExhibitionDetail;
  onSaved?: (x: ExhibitionDetail) => void;
}

/** Create or edit an exhibition (a show series). */
export function ExhibitionModal({ opened, onClose, exhibition, onSaved }: Props) {
  const { t } = useTranslation('exhibitions');
  return (
    <Modal opened={opened} onClose={onClose} title={exhibition ? t('editExhibition') : t('newExhibition')} size="lg" centered>
      {/* Re-mounted for each opening so the form starts from the record as it is now. */}
      {opened && <ExhibitionForm exhibition={exhibition} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function ExhibitionForm({ exhibition, onClose, onSaved }: Omit<Props, 'opened'>) {
  const { t } = useTranslation('exhibitions');
  const [name, setName] = useState(exhibition?.name ?? '');
  const [theme, setTheme] = useState(exhibition?.theme ?? '');
  const [city, setCity] = useState(exhibition?.city ?? '');
  const [venue, setVenue] = useState(exhibition?.venue ?? '');
  const [frequency, setFrequency] = useState<ExhibitionFrequency | null>(exhibition?.frequency ?? null);
  const [maturity, setMaturity] = useState<ExhibitionMaturity>(exhibition?.maturity ?? 'new');
  const [notes, setNotes] = useState(exhibition?.notes ?? '');
  const [error, setError] = useState<ApiCallError | null>(null);
  const [busy, setBusy] = useState(false);
  const err = (f: string) => fieldError(error?.fields, f);

  const submit = async () => {
    setBusy(true);
    const fields = { name, theme, city, venue, frequency, maturity, notes };
    try {
      const saved = exhibition
        ? await call('exhibitions.update', { id: exhibition.id, version: exhibition.version, patch: fields })
        : await call('exhibitions.create', fields);
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
        <TextInput label={t('fields.name')} placeholder={t('placeholders.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={err('name')} withAsterisk data-autofocus />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('fields.theme')} placeholder={t('placeholders.theme')} value={theme} onChange={(e) => setTheme(e.currentTarget.value)} error={err('theme')} />
          <TextInput label={t('fields.city')} value={city} onChange={(e) => setCity(e.currentTarget.value)} error={err('city')} />
          <TextInput label={t('fields.venue')} value={venue} onChange={(e) => setVenue(e.currentTarget.value)} error={err('venue')} />
          <Select
            label={t('fields.frequency')}
            data={EXHIBITION_FREQUENCIES.map((f) => ({ value: f, label: t(`frequency.${f}`) }))}
            value={frequency}
            onChange={(v) => setFrequency(v as ExhibitionFrequency | null)}
            clearable
            error={err('frequency')}
          />
          <Select
            label={t('fields.maturity')}
            description={t(`maturityHint.${maturity}`)}
            data={EXHIBITION_MATURITIES.map((m) => ({ value: m, label: t(`maturity.${m}`) }))}
            value={maturity}
            onChange={(v) => v && setMaturity(v as ExhibitionMaturity)}
            allowDeselect={false}
            error={err('maturity')}
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
