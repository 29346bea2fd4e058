import type { CaptureCandidate, CaptureContext } from '@shared/api/capture';
import { parseContactCard, type CardFormat, type ContactCard } from '@shared/domain/contactCard';
import { useEffect, useRef, useState } from 'react';
import { ApiCallError } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { applyCard, checkDraft, emptyDraft, isBlank, toSaveInput, type DraftErrors, type LeadDraft } from './captureModel';
import { addSessionLead, keepDraft, takeDraft } from './sessionStore';

export interface PasteNotice {
  format: CardFormat | null;
  fields: (keyof ContactCard)[];
}

/** Server field errors arrive translated; local ones are message keys. Both end up here. */
export interface ShownErrors {
  keys: DraftErrors;
  server: Partial<Record<string, string>>;
  message: string | null;
}

const noErrors: ShownErrors = { keys: {}, server: {}, message: null };

/**
 * The state of quick capture: the lead being typed, the customer chosen from the matches,
 * who captures into which edition, and saving (which clears the form for the next lead).
 */
export function useLeadCapture(context: CaptureContext | undefined) {
  const [draft, setDraft] = useState<LeadDraft>(() => takeDraft() ?? emptyDraft());
  const [chosen, setChosen] = useState<CaptureCandidate | null>(null);
  const [capturedBy, setCapturedBy] = useState('');
  const [editionId, setEditionId] = useState<string | null>(null);
  const [errors, setErrors] = useState<ShownErrors>(noErrors);
  const [paste, setPaste] = useState<PasteNotice | null>(null);
  const [todayCount, setTodayCount] = useState<number | null>(null);
  const save = useApiMutation('capture.save');

  // Who and which edition come from the workspace once; after that they are the user's.
  const initialised = useRef(false);
  useEffect(() => {
    if (!context || initialised.current) return;
    initialised.current = true;
    setCapturedBy(context.capturedBy ?? '');
    setEditionId(context.editionId);
  }, [context]);

  // A half-typed lead survives leaving capture mode (Esc) within this app session.
  const latest = useRef(draft);
  latest.current = draft;
  useEffect(() => () => keepDraft(isBlank(latest.current) ? null : latest.current), []);

  const update = <K extends keyof LeadDraft>(field: K, value: LeadDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => (e.keys[field] || e.server[field] ? { ...e, keys: { ...e.keys, [field]: undefined }, server: { ...e.server, [field]: undefined } } : e));
  };

  /** Reads pasted text; true when it held contact fields (then the paste is consumed). */
  const pasteText = (text: string): boolean => {
    const card = parseContactCard(text);
    if (card.format === null) return false;
    const { draft: next, filled } = applyCard(latest.current, card);
    setDraft(next);
    setPaste({ format: card.format, fields: filled });
    return true;
  };

  const choose = (c: CaptureCandidate | null) => {
    setChosen(c);
    if (c) setDraft((d) => (d.company.trim() ? d : { ...d, company: c.companyName }));
  };

  const clear = () => {
    setDraft(emptyDraft());
    setChosen(null);
    setErrors(noErrors);
    setPaste(null);
  };

  /** Saves the lead; resolves true when saved (the form is then clear for the next one). */
  const submit = async (): Promise<boolean> => {
    if (save.isPending) return false;
    const d = latest.current;
    const local = checkDraft(d, capturedBy, chosen !== null);
    if (Object.keys(local).length) {
      setErrors({ keys: local, server: {}, message: null });
      return false;
    }
    try {
      const r = await save.mutateAsync(toSaveInput(d, { capturedBy: capturedBy.trim(), editionId, customerId: chosen?.id ?? null }));
      addSessionLead({
        captureId: r.captureId,
        customerId: r.customerId,
        company: chosen?.companyName ?? d.company.trim(),
        person: d.person.trim(),
        temperature: d.temperature,
        created: r.created,
        at: new Date().toISOString(),
      });
      setTodayCount(r.todayCount);
      clear();
      return true;
    } catch (e) {
      if (e instanceof ApiCallError) {
        const fields = e.fields;
        setErrors({ keys: {}, server: fields, message: Object.keys(fields).length ? null : e.message });
      } else setErrors({ keys: {}, server: {}, message: String(e) });
      return false;
    }
  };

  return {
    draft,
    update,
    pasteText,
    paste,
    chosen,
    choose,
    capturedBy,
    setCapturedBy: (v: string) => {
      setCapturedBy(v);
      setTodayCount(null);
      setErrors((e) => ({ ...e, keys: { ...e.keys, capturedBy: undefined } }));
    },
    editionId,
    setEditionId,
    errors,
    saving: save.isPending,
    submit,
    clear,
    /** The count the last save reported (fresher than a query until the name changes). */
    savedTodayCount: todayCount,
  };
}

export type LeadCapture = ReturnType<typeof useLeadCapture>;
