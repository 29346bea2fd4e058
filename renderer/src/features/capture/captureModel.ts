import type { CaptureSaveInput } from '@shared/api/capture';
import type { ContactCard, ParsedCard } from '@shared/domain/contactCard';
import type { LeadTemperature } from '@shared/domain/interaction';
import { EMAIL_RE, isPhone } from '@shared/domain/validation';

// The quick-capture form as plain data: what a lead is while being typed, and the pure steps
// between it and the API (filling from a pasted card, checking, building the save input).

export interface LeadDraft {
  company: string;
  person: string;
  title: string;
  phone: string;
  email: string;
  interest: string;
  categories: string[];
  temperature: LeadTemperature;
  note: string;
}

export const CARD_FIELDS = ['company', 'person', 'title', 'phone', 'email'] as const satisfies readonly (keyof ContactCard)[];

/** Warm is the honest default: most people who stop to talk are neither hot nor cold. */
export const emptyDraft = (): LeadDraft => ({
  company: '', person: '', title: '', phone: '', email: '', interest: '', categories: [], temperature: 'warm', note: '',
});

export function isBlank(d: LeadDraft): boolean {
  return CARD_FIELDS.every((f) => !d[f].trim()) && !d.interest.trim() && !d.note.trim() && d.categories.length === 0;
}

/** A pasted card overwrites the fields it has and leaves the others as typed. */
export function applyCard(d: LeadDraft, card: ParsedCard): { draft: LeadDraft; filled: (keyof ContactCard)[] } {
  const filled = CARD_FIELDS.filter((f) => card[f] !== '');
  const draft = { ...d };
  for (const f of filled) draft[f] = card[f];
  return { draft, filled };
}

export type DraftErrors = Partial<Record<keyof LeadDraft | 'capturedBy', string>>;

/** Checks that need no server, as message keys of the 'capture' namespace. */
export function checkDraft(d: LeadDraft, capturedBy: string, hasCustomer: boolean): DraftErrors {
  const e: DraftErrors = {};
  if (!d.company.trim() && !hasCustomer) e.company = 'errors.companyRequired';
  if (d.email.trim() && !EMAIL_RE.test(d.email.trim())) e.email = 'errors.email';
  if (d.phone.trim() && !isPhone(d.phone.trim())) e.phone = 'errors.phone';
  if (!capturedBy.trim()) e.capturedBy = 'errors.capturedByRequired';
  return e;
}

export function toSaveInput(
  d: LeadDraft,
  s: { capturedBy: string; editionId: string | null; customerId: string | null },
): CaptureSaveInput {
  return {
    company: d.company.trim() || null,
    person: d.person,
    title: d.title,
    phone: d.phone,
    email: d.email,
    interest: d.interest,
    categories: d.categories,
    temperature: d.temperature,
    note: d.note,
    capturedBy: s.capturedBy,
    editionId: s.editionId,
    customerId: s.customerId,
  };
}

/** What to look up existing customers by; null when there is nothing worth a look-up yet. */
export function matchQuery(d: LeadDraft): { company?: string; email?: string; phone?: string } | null {
  const q: { company?: string; email?: string; phone?: string } = {};
  if (d.company.trim().length >= 2) q.company = d.company.trim().slice(0, 200);
  if (EMAIL_RE.test(d.email.trim())) q.email = d.email.trim().slice(0, 254);
  if (d.phone.replace(/\D/g, '').length >= 6) q.phone = d.phone.trim().slice(0, 40);
  return Object.keys(q).length ? q : null;
}
