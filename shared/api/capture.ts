import { z } from 'zod';
import { CUSTOMER_KINDS } from '../domain/customer';
import type { EditionStatus } from '../domain/exhibition';
import { LEAD_TEMPERATURES, type LeadTemperature } from '../domain/interaction';
import type { DuplicateReason } from './customers';
import { email, optText, phone, requiredText, uuid } from './fields';
import { method } from './method';

// On-site quick capture (issue 3 §8): a lead recorded at the stand in seconds, offline.

export interface CaptureEdition {
  id: string;
  name: string;
  status: EditionStatus;
  startDate: string;
  endDate: string;
}

export interface CaptureContext {
  exhibition: { id: string; name: string } | null;
  /** Editions of the current exhibition that are open for booking or running. */
  editions: CaptureEdition[];
  /** The edition to preselect: a running one first. */
  editionId: string | null;
  /** Who captured last on this workspace, else the workspace's staff name. */
  capturedBy: string | null;
  /** Leads captured today (local day) by `capturedBy`. */
  todayCount: number;
  /** Interest categories to suggest: used in earlier captures, then the workspace's industries. */
  categories: string[];
}

export interface CaptureCandidate {
  id: string;
  companyName: string;
  city: string | null;
  reasons: DuplicateReason[];
  /** Names of its contacts (first few), to tell two firms of the same name apart. */
  contacts: string[];
}

export interface CaptureSaveResult {
  customerId: string;
  /** True when a new customer was created, false when an existing one was used. */
  created: boolean;
  interactionId: string;
  captureId: string;
  todayCount: number;
}

const categories = z
  .array(requiredText(40))
  .max(20, { error: 'err.tooMany:20' })
  .transform((list) => {
    const seen = new Set<string>();
    return list.filter((c) => {
      const k = c.toLocaleLowerCase();
      return seen.has(k) ? false : (seen.add(k), true);
    });
  });

export const CaptureSaveInput = z
  .strictObject({
    /** Required unless an existing customer is chosen. */
    company: optText(200),
    person: optText(100),
    title: optText(100),
    phone: phone(),
    email: email(),
    interest: optText(1000),
    categories: categories.default([]),
    temperature: z.enum(LEAD_TEMPERATURES, { error: 'err.temperature' }),
    note: optText(2000),
    capturedBy: requiredText(100),
    editionId: uuid().nullish().transform((v) => v ?? null),
    /** An existing customer the user chose from the matches; without it a customer is created. */
    customerId: uuid().nullish().transform((v) => v ?? null),
    /** The kind a new customer gets; someone stopping at the stand is most often an industry visitor. */
    kind: z.enum(CUSTOMER_KINDS).default('professional_visitor'),
  })
  .refine((v) => !!v.company || !!v.customerId, {
    path: ['company'],
    error: 'err.required',
    // Checked even when other fields failed, so every problem is reported in one answer.
    when: (payload) => {
      const v = payload.value as { company?: unknown; customerId?: unknown } | null;
      return typeof v === 'object' && v !== null && (v.company == null || typeof v.company === 'string');
    },
  });
export type CaptureSaveInput = z.input<typeof CaptureSaveInput>;

export const CaptureMatchInput = z.strictObject({
  company: z.string().max(200).optional(),
  email: z.string().max(254).optional(),
  phone: z.string().max(40).optional(),
});

export type { LeadTemperature };

export const captureMethods = {
  'capture.context': method<CaptureContext>()(z.strictObject({})),
  'capture.match': method<CaptureCandidate[]>()(CaptureMatchInput),
  'capture.save': method<CaptureSaveResult>()(CaptureSaveInput),
  'capture.today': method<{ count: number }>()(z.strictObject({ capturedBy: requiredText(100) })),
};
