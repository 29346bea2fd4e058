import { Alert, Button, Center, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import type { ImportKeptRecord, ImportUndoPreview, ImportUndoResult } from '@shared/api/imports';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { useFormat } from '../../i18n/format';
import { JobProgress } from '../jobs/JobProgress';
import { useJob } from '../jobs/useJobs';

export interface UndoTarget {
  batchId: string;
  fileName: string;
}

function KeptList({ kept, more }: { kept: ImportKeptRecord[]; more: number }) {
  const { t } = useTranslation('imports');
  const fmt = useFormat();
  return (
    <List size="sm" data-testid="undo-kept">
      {kept.map((k) => (
        <List.Item key={`${k.kind}-${k.id}`}>
          {t(`undo.keptKind.${k.kind}`)}: {k.name} — {t(`undo.keptReason.${k.reason}`)}
        </List.Item>
      ))}
      {more > 0 && <List.Item>{t('undo.keptMore', { count: more, n: fmt.number(more) })}</List.Item>}
    </List>
  );
}

const KINDS = ['customer', 'participation', 'relationship'] as const;

/** Before confirming: what the undo will remove, put back and keep (imports.undoPreview). */
function UndoPlanView({ preview }: { preview: ImportUndoPreview }) {
  const { t } = useTranslation('imports');
  const fmt = useFormat();
  const lines = KINDS.flatMap((k) =>
    (['removed', 'restored'] as const)
      .filter((what) => preview.byKind[k][what] > 0)
      .map((what) => ({ key: `${k}-${what}`, what, text: t(`undo.plan.${what}.${k}`, { count: preview.byKind[k][what], n: fmt.number(preview.byKind[k][what]) }) })),
  );
  return (
    <Stack gap="xs" data-testid="undo-preview">
      {lines.length > 0 ? (
        <List size="sm" spacing={2}>
          {lines.map((l) => (
            <List.Item key={l.key} data-what={l.what}>
              {l.text}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{t('undo.nothing')}</Text>
      )}
      {preview.keptTotal > 0 ? (
        <Alert color="yellow" title={t('undo.willKeep', { count: preview.keptTotal, n: fmt.number(preview.keptTotal) })}>
          <KeptList kept={preview.kept} more={preview.keptTotal - preview.kept.length} />
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {t('undo.noneKept')}
        </Text>
      )}
    </Stack>
  );
}

/**
 * Asks before undoing a batch, showing what will be removed, put back and kept (the records
 * edited or used since the import, by name); undoes it in one step (a job: progress bar and
 * cancel — a big batch takes a while) and then lists what was kept. Closing the dialog while it
 * runs leaves the undo running (the header's job indicator shows it). Controlled, so it can live
 * above a list whose row changes once the batch is undone.
 */
export function UndoModal({ target, onClose, onDone }: { target: UndoTarget | null; onClose: () => void; onDone?: (r: ImportUndoResult) => void }) {
  const { t } = useTranslation('imports');
  const fmt = useFormat();
  const [jobId, setJobId] = useState<string | null>(null);
  /** The batch the job undoes: the dialog opened for another batch starts afresh. */
  const [jobBatch, setJobBatch] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Opened for another batch: its own plan, not the last batch's job (whose end this dialog then
  // no longer follows; the History page, the one place with several batches, does not need it).
  const ownJobId = target && jobBatch !== target.batchId ? null : jobId;
  const job = useJob(ownJobId);
  const result = job?.status === 'done' ? (job.result as ImportUndoResult) : null;
  const running = ownJobId !== null && (job === null || job.status === 'running');
  // Fresh each time the dialog opens (records may have been edited meanwhile); not during or after the undo.
  const preview = useApi('imports.undoPreview', { batchId: target?.batchId ?? '' }, { enabled: !!target && !ownJobId, gcTime: 0, staleTime: 0 });
  const told = useRef<string | null>(null);
  useEffect(() => {
    if (result && job && told.current !== job.id) {
      told.current = job.id;
      onDone?.(result);
    }
  }, [result, job, onDone]);
  const undo = async () => {
    if (!target) return;
    setStarting(true);
    setError(null);
    try {
      setJobId((await call('imports.undo', { batchId: target.batchId })).id);
      setJobBatch(target.batchId);
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : String(e));
    } finally {
      setStarting(false);
    }
  };
  // While the undo runs the job is kept: closed, the dialog still hears its end (onDone), and
  // opened again shows its progress.
  const close = () => {
    if (!running) {
      setJobId(null);
      setJobBatch(null);
    }
    setError(null);
    onClose();
  };
  return (
    <Modal opened={target !== null} onClose={close} title={result ? t('undo.done') : t('undo.title', { file: target?.fileName ?? '' })} size="lg">
      {result ? (
        <Stack gap="sm" data-testid="undo-result">
          <Text>{t('undo.result', { removed: fmt.number(result.removed), restored: fmt.number(result.restored) })}</Text>
          {result.kept.length > 0 && (
            <Alert color="yellow" title={t('undo.kept', { n: fmt.number(result.kept.length) })}>
              <KeptList kept={result.kept} more={0} />
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={close} data-autofocus>
              {t('undo.close')}
            </Button>
          </Group>
        </Stack>
      ) : ownJobId ? (
        <Stack gap="sm" data-testid="undo-running">
          {job ? <JobProgress job={job} /> : <Loader size="sm" />}
          {running && (
            <Text size="xs" c="dimmed">
              {t('undo.background')}
            </Text>
          )}
          {job?.status === 'cancelled' && <Text size="sm">{t('undo.cancelled')}</Text>}
          <Group justify="flex-end">
            {!running && (
              <Button variant="default" onClick={() => setJobId(null)}>
                {t('undo.back')}
              </Button>
            )}
            <Button variant={running ? 'default' : 'filled'} onClick={close}>
              {t('undo.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm">{t('undo.body')}</Text>
          {preview.isPending ? (
            <Center p="md">
              <Loader size="sm" />
            </Center>
          ) : preview.isError ? (
            <Alert color="red">{preview.error.message}</Alert>
          ) : (
            <UndoPlanView preview={preview.data} />
          )}
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('undo.cancel')}
            </Button>
            <Button color="orange" loading={starting} disabled={!preview.isSuccess} onClick={() => void undo()} data-autofocus>
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
