import type { Language } from '@shared/i18n/errors';
import { translateError } from '@shared/i18n/errors';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  emptyContact,
  shiftContactErrors,
  validateAll,
  validatePath,
  type ContactDraft,
  type ContactTextField,
  type FieldErrors,
  type FormValues,
} from './customerFormModel';

/**
 * Controlled state of the customer editor. Errors appear when a field is left (blur) or on
 * save, and once shown they follow every keystroke, so a fixed field turns clean at once.
 * Errors are kept as shared error keys ("err.email") when found here, or as the backend's
 * ready sentence, and translated when shown, so switching language re-words them.
 */
export function useCustomerForm(initial: FormValues) {
  const { i18n } = useTranslation();
  const lang: Language = i18n.language.startsWith('zh') ? 'zh' : 'en';
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const initialJson = useRef(JSON.stringify(stripKeys(initial)));
  // Read by callbacks that must see the newest values without re-creating themselves.
  const valuesRef = useRef(values);
  valuesRef.current = values;

  const recheck = useCallback((next: FormValues, path: string) => {
    setErrors((prev) => {
      if (!(path in prev)) return prev;
      const e = validatePath(next, path);
      const out = { ...prev };
      if (e) out[path] = e;
      else delete out[path];
      return out;
    });
  }, []);

  const set = useCallback(
    <K extends keyof FormValues>(field: K, value: FormValues[K]) => {
      const next = { ...valuesRef.current, [field]: value };
      valuesRef.current = next;
      setValues(next);
      recheck(next, field);
    },
    [recheck],
  );

  const setContact = useCallback(
    (index: number, field: ContactTextField, value: string) => {
      const contacts = valuesRef.current.contacts.map((c, i) => (i === index ? { ...c, [field]: value } : c));
      const next = { ...valuesRef.current, contacts };
      valuesRef.current = next;
      setValues(next);
      recheck(next, `contacts.${index}.${field}`);
    },
    [recheck],
  );

  /** Validates a field when the user leaves it. */
  const blur = useCallback((path: string) => {
    const e = validatePath(valuesRef.current, path);
    setErrors((prev) => {
      if (!e && !(path in prev)) return prev;
      const out = { ...prev };
      if (e) out[path] = e;
      else delete out[path];
      return out;
    });
  }, []);

  const addContact = useCallback(() => {
    const next = { ...valuesRef.current, contacts: [...valuesRef.current.contacts, emptyContact()] };
    valuesRef.current = next;
    setValues(next);
  }, []);

  const removeContact = useCallback((index: number) => {
    const next = { ...valuesRef.current, contacts: valuesRef.current.contacts.filter((_, i) => i !== index) };
    valuesRef.current = next;
    setValues(next);
    setErrors((prev) => shiftContactErrors(prev, index));
  }, []);

  /** On save: every rule; returns true when the form may be sent. */
  const validate = useCallback((): FieldErrors => {
    const found = validateAll(valuesRef.current);
    setErrors(found);
    return found;
  }, []);

  const dirty = useMemo(() => JSON.stringify(stripKeys(values)) !== initialJson.current, [values]);

  const errorOf = useCallback(
    (path: string): string | undefined => {
      const e = errors[path];
      return e === undefined ? undefined : e.startsWith('err.') ? translateError(e, lang) : e;
    },
    [errors, lang],
  );

  return { values, errors, set, setContact, blur, addContact, removeContact, validate, setErrors, errorOf, dirty };
}

export type CustomerFormState = ReturnType<typeof useCustomerForm>;

/** Contact keys are React bookkeeping, not edits. */
function stripKeys(v: FormValues): Omit<FormValues, 'contacts'> & { contacts: Omit<ContactDraft, 'key'>[] } {
  return { ...v, contacts: v.contacts.map(({ key: _key, ...rest }) => rest) };
}
