import type { SpreadsheetErrorCode } from './spreadsheetTypes';

/**
 * Why a spreadsheet could not be read. `key` is the user message (shared/i18n/errors.ts,
 * 'err.import.<code>'); `detail` is for the log (the parser's own words, never shown).
 */
export class SpreadsheetError extends Error {
  readonly key: string;

  constructor(
    readonly code: SpreadsheetErrorCode,
    readonly detail = '',
  ) {
    super(`err.import.${code}`);
    // Defined, not assigned: in the reading thread Error.prototype is frozen, and assigning a
    // property it already has ("name") throws there.
    Object.defineProperty(this, 'name', { value: 'SpreadsheetError', configurable: true, writable: true });
    this.key = `err.import.${code}`;
  }
}
