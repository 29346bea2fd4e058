import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { ExportFormat, TableExport, ValueWorkbookExport } from '@shared/api/exports';
import type { JobInfo } from '@shared/api/jobs';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call, transport } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { JobProgress } from '../jobs/JobProgress';
import { useJob } from '../jobs/useJobs';
import { SUGGEST_KIND, type ExportTarget } from './exportTarget';
import { SavedFile } from './SavedFile';

/** The file's extension swapped for the format's (the user typed or was proposed the other one). */
function withExt(path: string, format: ExportFormat): string {
  return /\.(xlsx|csv)$/i.test(path) ? path.replace(/\.(xlsx|csv)$/i, `.${format}`) : path;
}

/**
 * Export dialog: file path (desktop: the native save dialog, starting at the proposed dated
 * name; browser preview: an editable path prefilled with it), format, then the job's progress
 * bar with cancel, then where the file went ("Open file" / "Show in folder" on the desktop).
 */
export function ExportDialog({ target, format: initialFormat, onClose }: { target: ExportTarget; format: ExportFormat; onClose: () => void }) {
  const { t, i18n } = useTranslation('exports');
  const fmt = useFormat();
  const lang = i18n.language.startsWith('zh') ? 'zh' : 'en';
  const desktop = transport.desktop;
  const [format, setFormat] = useState<ExportFormat>(initialFormat);
  const [path, setPath] = useState('');
  const [pathError, setPathError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);

  // The proposed dated name, once per dialog (a format change only swaps the extension).
  useEffect(() => {
    let live = true;
    const kind = target.kind === 'workbook' ? 'valueWorkbook' : SUGGEST_KIND[target.table];
    call('exports.suggestPath', { kind, ext: initialFormat, lang, label: target.label })
      .then((s) => live && setPath((cur) => cur || s.path))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
    // Asked once when the dialog opens (the format and language are those it opened with).
  }, []);

  const changeFormat = (f: ExportFormat) => {
    setFormat(f);
    setPath((p) => withExt(p, f));
    setPathError(null);
  };

  const start = async () => {
    setError(null);
    setPathError(null);
    let file = path.trim();
    if (desktop) {
      let chosen: string | null;
      try {
        chosen = await desktop.chooseExportPath(file, format);
      } catch (e) {
        // No proposed path (its suggestion failed): said, instead of a button that does nothing.
        setError(e instanceof Error ? e.message : String(e));
        return;
      }
      if (!chosen) return;
      file = chosen;
      setPath(chosen);
    }
    setStarting(true);
    try {
      const j: JobInfo =
        target.kind === 'workbook'
          ? await call('exports.valueWorkbook', { ...target.input, lang, path: file })
          : await call('exports.table', { table: target.table, query: target.query, columns: target.columns, format, lang, path: file } as Parameters<typeof call<'exports.table'>>[1]);
      setJobId(j.id);
    } catch (e) {
      if (e instanceof ApiCallError && e.fields.path) setPathError(e.fields.path);
      else setError(e instanceof Error ? e.message : String(e));
    } finally {
      setStarting(false);
    }
  };

  const again = () => setJobId(null);

  const title = target.kind === 'workbook' ? t('title.workbook') : t('title.table', { what: t(`what.${target.table}`) });
  const running = job?.status === 'running' || (jobId !== null && !job);
  const done = job?.status === 'done' ? job : null;
  let doneText = '';
  if (done) {
    doneText =
      target.kind === 'workbook'
        ? t('doneWorkbook', { rows: fmt.number((done.result as ValueWorkbookExport).rows.customers) })
        : t('done', { rows: fmt.number((done.result as TableExport).rows) });
  }
  const savedPath = done ? (done.result as { path: string }).path : null;

  return (
    <Modal opened onClose={onClose} title={title} size="lg" closeOnClickOutside={!running} data-testid="export-dialog">
      <Stack gap="md">
        {!jobId && (
          <>
            <Text size="sm" c="dimmed">
              {target.kind === 'workbook' ? t('scopeWorkbook', { language: t(`language.${lang}`) }) : t('scope', { columns: target.columns.length })}
            </Text>
            {target.kind === 'table' && (
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  {t('format')}
                </Text>
                <SegmentedControl
                  value={format}
                  onChange={(v) => changeFormat(v as ExportFormat)}
                  data={[
                    { value: 'xlsx', label: t('xlsx') },
                    { value: 'csv', label: t('csv') },
                  ]}
                  data-testid="export-format"
                />
              </Stack>
            )}
            {desktop ? (
              <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }} c={pathError ? 'red' : undefined}>
                {path}
                {pathError && ` — ${pathError}`}
              </Text>
            ) : (
              <TextInput
                label={t('path')}
                description={t('pathHint')}
                value={path}
                onChange={(e) => {
                  setPath(e.currentTarget.value);
                  setPathError(null);
                }}
                error={pathError}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                data-testid="export-path"
                spellCheck={false}
              />
            )}
            {error && (
              <Alert color="red" variant="light">
                {error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('cancel')}
              </Button>
              <Button onClick={() => void start()} loading={starting} disabled={!path.trim()} data-testid="export-start">
                {desktop ? t('choose') : t('start')}
              </Button>
            </Group>
          </>
        )}
        {jobId && !done && (
          <>
            {running && <Text size="sm">{t('working')}</Text>}
            {job && <JobProgress job={job} />}
            {!running && (
              <Group justify="flex-end">
                <Button variant="default" onClick={again}>
                  {t('again')}
                </Button>
                <Button onClick={onClose}>{t('close')}</Button>
              </Group>
            )}
          </>
        )}
        {done && savedPath && (
          <Stack gap="md" data-testid="export-done">
            <Group gap="xs" wrap="nowrap">
              <IconCircleCheck size={22} color="var(--mantine-color-teal-6)" />
              <Text fw={500}>{doneText}</Text>
            </Group>
            <SavedFile path={savedPath} />
            <Group justify="flex-end">
              <Button onClick={onClose} data-testid="export-close">
                {t('close')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Modal>
  );
}
