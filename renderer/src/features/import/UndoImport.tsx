import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import type { ImportUndoResult } from '@shared/api/imports';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client';

export interface UndoTarget {
  batchId: string;
  fileName: string;
}

/**
 * Asks before undoing a batch (saying what is kept), undoes it in one step and then lists the
 * records kept because they were edited or used since the import. Controlled, so it can live
 * above a list whose row changes once the batch is undone.
 */
export function UndoModal({ target, onClose, onDone }: { target: UndoTarget | null; onClose: () => void; onDone?: (r: ImportUndoResult) => void }) {
  const { t } = useTranslation('imports');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportUndoResult | null>(null);
  const undo = async () => {
    if (!target) return;
    setBusy(true);
    setError(null);
    try {
      const r = await call('imports.undo', { batchId: target.batchId });
      setResult(r);
      onDone?.(r);
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setResult(null);
    setError(null);
    onClose();
  };
  return (
    <Modal opened={target !== null} onClose={close} title={result ? t('undo.done') : t('undo.title', { file: target?.fileName ?? '' })} size="lg">
      {result ? (
        <Stack gap="sm" data-testid="undo-result">
          <Text>{t('undo.result', { removed: result.removed, restored: result.restored })}</Text>
          {result.kept.length > 0 && (
            <Alert color="yellow" title={t('undo.kept', { count: result.kept.length })}>
              <List size="sm">
                {result.kept.map((k) => (
                  <List.Item key={`${k.kind}-${k.id}`}>
                    {t(`undo.keptKind.${k.kind}`)}: {k.name} — {t(`undo.keptReason.${k.reason}`)}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={close} data-autofocus>
              {t('undo.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm">{t('undo.body')}</Text>
          <Text size="sm" c="dimmed">
            {t('undo.keeps')}
          </Text>
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('undo.cancel')}
            </Button>
            <Button color="orange" loading={busy} onClick={() => void undo()} data-autofocus>
              {t('undo.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** "Undo this import" with its own confirmation. */
export function UndoImport({ batchId, fileName, disabled, onDone }: UndoTarget & { disabled?: boolean; onDone?: (r: ImportUndoResult) => void }) {
  const { t } = useTranslation('imports');
  const [target, setTarget] = useState<UndoTarget | null>(null);
  return (
    <>
      <Button variant="light" color="orange" leftSection={<IconArrowBackUp size={16} />} disabled={disabled} onClick={() => setTarget({ batchId, fileName })}>
        {t('commit.undo')}
      </Button>
      <UndoModal target={target} onClose={() => setTarget(null)} onDone={onDone} />
    </>
  );
}
