import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import type { Playbook } from '@shared/api/tasks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client';

/** Edits a stage's focus text; saving the built-in text unchanged keeps it translated (null). */
export function FocusModal({ book, onClose, onSaved }: { book: Playbook | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('playbooks');
  return (
    <Modal opened={book !== null} onClose={onClose} title={book ? t('focusModal.title', { stage: t(`tasks:stages.${book.stage}`) }) : ''} size="lg">
      {book && <FocusForm book={book} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function FocusForm({ book, onClose, onSaved }: { book: Playbook; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('playbooks');
  const builtIn = t(`focusText.${book.stage}`);
  const [text, setText] = useState(book.focus ?? builtIn);
  const [error, setError] = useState<string | undefined>();
  async function save(focus: string | null, e?: FormEvent) {
    e?.preventDefault();
    try {
      await call('playbooks.updateFocus', { stage: book.stage, focus: focus !== null && focus.trim() === builtIn ? null : focus });
      onSaved();
      onClose();
    } catch (err) {
      setError(err instanceof ApiCallError ? (err.fields.focus ?? err.message) : String(err));
    }
  }
  return (
    <form onSubmit={(e) => void save(text, e)}>
      <Stack gap="sm">
        <Textarea label={t('focusModal.label')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={4} error={error} autoFocus data-testid="focus-text" />
        <Group justify="space-between">
          <Button variant="subtle" onClick={() => void save(null)}>
            {t('builtInFocus')}
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" data-testid="focus-save">
              {t('focusModal.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
