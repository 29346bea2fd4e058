import type { ImportOpenResult, ImportPreview } from '@shared/api/imports';
import type { DateOrder } from '@shared/domain/import/cellValues';
import type { ImportField } from '@shared/domain/import/columnMapping';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiCallError, call } from '../../api/client';

export const STEPS = ['file', 'sheet', 'columns', 'edition', 'preview', 'check', 'duplicates', 'import'] as const;
export type StepId = (typeof STEPS)[number];

export interface FlowSettings {
  sheet?: string;
  headerRow?: number;
  mapping?: (ImportField | null)[];
  editionId?: string | null;
  dateOrder?: DateOrder | null;
}

export interface ImportFlow {
  step: number;
  setStep: (n: number) => void;
  path: string;
  opened: ImportOpenResult | null;
  preview: ImportPreview | null;
  /** Bumped on every change of the settings: queries of the session's rows refetch. */
  revision: number;
  busy: boolean;
  error: ApiCallError | null;
  /** Set once the commit finished: the flow cannot go back to change a saved import. */
  committed: boolean;
  setCommitted: (v: boolean) => void;
  /** The commit job is running: the flow stays on its last step (going back or starting again would lose its result). */
  committing: boolean;
  setCommitting: (v: boolean) => void;
  openFile: (path: string) => Promise<void>;
  update: (settings: FlowSettings) => Promise<void>;
  reset: () => void;
}

function asApiError(e: unknown): ApiCallError {
  return e instanceof ApiCallError ? e : new ApiCallError({ code: 'internal', message: String(e) });
}

/**
 * The state of one guided import: the file's session in the backend (its content stays there),
 * the current preview, and the step. Each change of sheet, header row, mapping, edition or date order is
 * sent to the backend, which validates again and answers with a fresh preview; an older answer
 * arriving after a newer request is dropped.
 */
export function useImportFlow(): ImportFlow {
  const [step, setStep] = useState(0);
  const [path, setPath] = useState('');
  const [opened, setOpened] = useState<ImportOpenResult | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [revision, setRevision] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [committed, setCommitted] = useState(false);
  const [committing, setCommitting] = useState(false);
  const latest = useRef(0);
  const session = useRef<string | null>(null);

  const closeSession = useCallback(() => {
    const id = session.current;
    session.current = null;
    if (id) void call('imports.close', { sessionId: id }).catch(() => {});
  }, []);

  // Leaving the page frees the file's content in the backend.
  useEffect(() => closeSession, [closeSession]);

  const openFile = useCallback(
    async (p: string) => {
      const req = ++latest.current;
      setBusy(true);
      setError(null);
      try {
        const o = await call('imports.open', { path: p.trim() });
        closeSession();
        session.current = o.sessionId;
        const pv = await call('imports.preview', { sessionId: o.sessionId });
        if (req !== latest.current) return;
        setPath(p.trim());
        setOpened(o);
        setPreview(pv);
        setRevision((r) => r + 1);
        setCommitted(false);
      } catch (e) {
        if (req === latest.current) setError(asApiError(e));
      } finally {
        if (req === latest.current) setBusy(false);
      }
    },
    [closeSession],
  );

  const update = useCallback(
    async (settings: FlowSettings) => {
      const id = session.current;
      if (!id) return;
      const req = ++latest.current;
      setBusy(true);
      setError(null);
      try {
        const pv = await call('imports.preview', { sessionId: id, ...settings });
        if (req !== latest.current) return;
        setPreview(pv);
        setRevision((r) => r + 1);
      } catch (e) {
        if (req === latest.current) setError(asApiError(e));
      } finally {
        if (req === latest.current) setBusy(false);
      }
    },
    [],
  );

  const reset = useCallback(() => {
    closeSession();
    latest.current++;
    setStep(0);
    setOpened(null);
    setPreview(null);
    setError(null);
    setBusy(false);
    setCommitted(false);
    setCommitting(false);
  }, [closeSession]);

  return { step, setStep, path, opened, preview, revision, busy, error, committed, setCommitted, committing, setCommitting, openFile, update, reset };
}
