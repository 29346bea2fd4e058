import { ApiCallError } from '../../../api/client';

/** A customer id the backend does not know (or that is not even an id): show "not found". */
export function isMissing(e: unknown): boolean {
  return e instanceof ApiCallError && (e.error.code === 'not_found' || e.error.code === 'invalid_input');
}
