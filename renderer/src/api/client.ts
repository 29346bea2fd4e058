import type { ApiError, InputOf, MethodName, OutputOf } from '@shared/api';
import type { Language } from '@shared/i18n/errors';
import { detectTransport, type Transport } from './transport';

/** A failed call, carrying the backend's structured error (already in the user's language). */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
  get fields(): Record<string, string> {
    return this.error.fields ?? {};
  }
}

export const transport: Transport = detectTransport();

let currentLang: Language = 'en';
/** The language the backend answers in; follows the UI language. */
export function setApiLanguage(lang: Language): void {
  currentLang = lang;
}

/** Calls a backend method; resolves with its data or rejects with ApiCallError. */
export async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const r = await transport.call(method, input, currentLang);
  if (!r.ok) throw new ApiCallError(r.error);
  return r.data as OutputOf<M>;
}
