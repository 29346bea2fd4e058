import type { CustomerDetail } from '@shared/api/customers';
import { useQueryClient } from '@tanstack/react-query';
import { ApiCallError } from '../../../api/client';
import { apiKey, useApiMutation } from '../../../api/hooks';
import { formPath, toCreateInput, toUpdateInput, type FieldErrors, type FormValues } from './customerFormModel';

/** Why a save failed, in the terms the form shows it. */
export interface SaveFailure {
  /** Backend field errors by form path ("email", "contacts.0.email"), already worded. */
  fields: FieldErrors;
  /** A sentence for the top of the form (also for field errors no input shows). */
  message: string | null;
  /** Someone saved the customer since this form loaded it. */
  conflict: boolean;
}

export function describeSaveError(e: unknown, place: (path: string) => string | null): SaveFailure {
  if (!(e instanceof ApiCallError)) return { fields: {}, message: String(e), conflict: false };
  if (e.error.code === 'conflict') return { fields: {}, message: e.message, conflict: true };
  const fields: FieldErrors = {};
  const loose: string[] = [];
  for (const [path, msg] of Object.entries(e.fields)) {
    const p = place(formPath(path));
    if (p) fields[p] ??= msg;
    else loose.push(msg);
  }
  const message = loose.length ? loose.join(' ') : Object.keys(fields).length ? null : e.message;
  return { fields, message, conflict: false };
}

/** Creates, or updates from the version the form started with; primes the detail cache. */
export function useSaveCustomer(target: { id: string; version: number } | null) {
  const qc = useQueryClient();
  const create = useApiMutation('customers.create');
  const update = useApiMutation('customers.update');
  const save = async (values: FormValues): Promise<CustomerDetail> => {
    const detail = target
      ? await update.mutateAsync(toUpdateInput(values, target.id, target.version))
      : await create.mutateAsync(toCreateInput(values));
    qc.setQueryData(apiKey('customers.get', { id: detail.id }), detail);
    return detail;
  };
  return { save, saving: create.isPending || update.isPending };
}
