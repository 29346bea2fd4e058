// The envelope every API call answers with, whatever the transport (IPC, HTTP, CLI).

export const API_ERROR_CODES = [
  'invalid_input', // zod rejected the input; `fields` says which and why
  'unknown_method',
  'not_found',
  'conflict', // the record changed meanwhile, or a uniqueness rule
  'no_workspace', // no workspace is open
  'workspace_missing',
  'workspace_damaged',
  'workspace_too_new',
  'busy', // the database is locked by a long job
  'read_only', // the workspace was opened read-only
  'cancelled',
  'unauthorized',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiError {
  code: ApiErrorCode;
  /** A sentence for the user, already in the caller's language. */
  message: string;
  /** Field path ("contacts.0.email") → message, for invalid_input. */
  fields?: Record<string, string>;
  /** Extra machine-readable facts (e.g. backups to offer for a damaged workspace). */
  details?: Record<string, unknown>;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Thrown by services for expected failures; the dispatcher turns it into an ApiError. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}
