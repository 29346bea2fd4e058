import { Button, Group, Modal, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../api/client';

interface Props {
  opened: boolean;
  title: string;
  initial: string;
  onClose: () => void;
  /** Saves; a rejected promise with field errors shows the name's error here. */
  onSubmit: (name: string) => Promise<void>;
}

/** Asks for a segment's name (saving a new one, renaming); shows "name taken" from the backend. */
export function NameModal({ opened, title, initial, onClose, onSubmit }: Props) {
  const { t } = useTranslation('segments');
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (opened) {
      setName(initial);
      setError(null);
    }
  }, [opened, initial]);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(name);
    } catch (e) {
      setError(e instanceof ApiCallError ? (e.fields.name ?? e.message) : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <TextInput
          data-autofocus
          label={t('nameModal.label')}
          placeholder={t('nameModal.placeholder')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={error}
          maxLength={100}
          data-testid="segment-name-input"
        />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
