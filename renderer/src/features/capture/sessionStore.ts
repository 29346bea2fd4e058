import type { LeadTemperature } from '@shared/domain/interaction';
import { useSyncExternalStore } from 'react';
import type { LeadDraft } from './captureModel';

// What quick capture keeps while the app runs: the leads saved in this session (shown as a
// short list) and a half-typed lead, so leaving with Esc and coming back loses nothing.

export interface SessionLead {
  captureId: string;
  customerId: string;
  company: string;
  person: string;
  temperature: LeadTemperature;
  created: boolean;
  at: string;
}

const MAX_RECENT = 8;
let recent: SessionLead[] = [];
let draft: LeadDraft | null = null;
const listeners = new Set<() => void>();

export function addSessionLead(lead: SessionLead): void {
  recent = [lead, ...recent].slice(0, MAX_RECENT);
  for (const l of listeners) l();
}

export function useSessionLeads(): SessionLead[] {
  return useSyncExternalStore(
    (l) => (listeners.add(l), () => listeners.delete(l)),
    () => recent,
  );
}

export function keepDraft(d: LeadDraft | null): void {
  draft = d;
}

export function takeDraft(): LeadDraft | null {
  const d = draft;
  draft = null;
  return d;
}
