import { translateError, type Language } from '@shared/i18n/errors';

/**
 * A failed job's error in the UI's language. Jobs end with an error key
 * (electron/backend/jobs/jobError.ts), a detail in the key's parameter where there is one.
 */
export function jobErrorText(error: string | null | undefined, language: string): string {
  return error ? translateError(error, language === 'zh' ? 'zh' : ('en' as Language)) : '';
}
