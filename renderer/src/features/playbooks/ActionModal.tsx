import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import type { PlaybookAction } from '@shared/api/tasks';
import type { InteractionType } from '@shared/domain/interaction';
import type { Stage } from '@shared/domain/lifecycle';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client';
import { typeOptions } from '../tasks/typeOptions';

export type ActionEdit = { stage: Stage; action: PlaybookAction | null };

/** Adds or edits one playbook action. A built-in text left as is stays translated (title null). */
export function ActionModal({ edit, onClose, onSaved }: { edit: ActionEdit | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('playbooks');
  const stage = edit ? t(`tasks:stages.${edit.stage}`) : '';
  return (
    <Modal opened={edit !== null} onClose={onClose} title={t(edit?.action ? 'form.editTitle' : 'form.addTitle', { stage })} data-testid="action-modal">
      {edit && <ActionForm edit={edit} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function ActionForm({ edit, onClose, onSaved }: { edit: ActionEdit; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('playbooks');
  const a = edit.action;
  const builtIn = a?.defaultKey ? t(`tasks:actions.${a.defaultKey}`) : null;
  const [title, setTitle] = useState(a?.title ?? builtIn ?? '');
  const [dueDays, setDueDays] = useState<number | string>(a?.dueDays ?? 7);
  const [type, setType] = useState<InteractionType | null>(a?.interactionType ?? null);
  const [enabled, setEnabled] = useState(a?.enabled ?? true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      await call('playbooks.saveAction', {
        ...(a ? { id: a.id } : {}),
        stage: edit.stage,
        // Unchanged built-in text: keep it translated rather than freezing this language's words.
        title: builtIn !== null && title.trim() === builtIn ? null : title,
        dueDays: typeof dueDays === 'number' ? dueDays : Number.NaN,
        interactionType: type,
        enabled,
      });
      onSaved();
      onClose();
    } catch (err) {
      setErrors(err instanceof ApiCallError ? err.fields : {});
      setFormError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void save(e)}>
      <Stack gap="sm">
        <TextInput
          label={t('form.title')}
          description={builtIn ? t('form.titleHint') : undefined}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
          required={!builtIn}
          autoFocus
          data-testid="action-title"
        />
        <NumberInput
          label={t('form.dueDays')}
          value={dueDays}
          onChange={setDueDays}
          min={0}
          max={365}
          clampBehavior="none"
          allowDecimal={false}
          error={errors.dueDays}
          data-testid="action-due-days"
        />
        <Select label={t('form.type')} data={typeOptions(t)} value={type} onChange={(v) => setType(v as InteractionType | null)} clearable />
        <Switch label={t('enabled')} checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
        {formError && (
          <Alert color="red" title={t('failed')}>
            {formError}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={busy} data-testid="action-save">
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
