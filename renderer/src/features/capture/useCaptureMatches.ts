import type { CaptureCandidate } from '@shared/api/capture';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useApi } from '../../api/hooks';
import { matchQuery, type LeadDraft } from './captureModel';

/** Existing customers the lead may be, looked up a moment after typing pauses. */
export function useCaptureMatches(draft: LeadDraft): CaptureCandidate[] {
  const q = matchQuery(draft);
  const [key] = useDebouncedValue(q ? JSON.stringify(q) : '', 250);
  const input = key ? (JSON.parse(key) as NonNullable<ReturnType<typeof matchQuery>>) : {};
  const res = useApi('capture.match', input, { enabled: key !== '', placeholderData: keepPreviousData });
  return key && q ? (res.data ?? []) : [];
}
