import { z } from 'zod';
import {
  CUSTOMER_KINDS,
  CUSTOMER_SOURCES,
  PARTNER_TYPES,
  SCREENING_STATUSES,
  SIZE_BANDS,
  type Customer,
  type CustomerListRow,
} from '../domain/customer';
import type { Completeness } from '../domain/completeness';
import { email, optText, phone, requiredText, uuid, website } from './fields';
import { method } from './method';

const kinds = z
  .array(z.enum(CUSTOMER_KINDS))
  .max(CUSTOMER_KINDS.length)
  .transform((k) => [...new Set(k)]);

// Tags differing only in case are one tag (search ignores case too); the first spelling wins.
const tags = z
  .array(requiredText(40))
  .max(30, { error: 'err.tooMany:30' })
  .transform((t) => {
    const seen = new Set<string>();
    return t.filter((tag) => {
      const k = tag.toLocaleLowerCase();
      return seen.has(k) ? false : (seen.add(k), true);
    });
  });

export const ContactInput = z.strictObject({
  id: uuid().optional(),
  name: requiredText(100),
  title: optText(100),
  phone: phone(),
  email: email(),
  messaging: optText(100),
  notes: optText(2000),
});
export type ContactInput = z.input<typeof ContactInput>;

const profileShape = {
  companyName: requiredText(200),
  legalName: optText(200),
  kinds: kinds.default([]),
  partnerType: z.enum(PARTNER_TYPES).nullish().transform((v) => v ?? null),
  industry: optText(100),
  mainBusiness: optText(1000),
  products: optText(2000),
  sizeBand: z.enum(SIZE_BANDS).nullish().transform((v) => v ?? null),
  scaleNotes: optText(1000),
  country: optText(100),
  region: optText(100),
  city: optText(100),
  address: optText(300),
  website: website(),
  phone: phone(),
  email: email(),
  source: z.enum(CUSTOMER_SOURCES).nullish().transform((v) => v ?? null),
  tags: tags.default([]),
  notes: optText(10_000),
};

/** A contact list in which no stored contact appears twice (that would silently drop one). */
const contactList = z
  .array(ContactInput)
  .max(50, { error: 'err.tooMany:50' })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, i) => {
      if (!c.id) return;
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'err.duplicateContact' });
      seen.add(c.id);
    });
  });

/** A partner type only makes sense for a partner (association, media, sponsor). */
function partnerTypeNeedsPartner(v: { kinds?: string[]; partnerType?: string | null }, ctx: z.RefinementCtx): void {
  if (v.partnerType && !(v.kinds ?? []).includes('partner')) {
    ctx.addIssue({ code: 'custom', path: ['partnerType'], message: 'err.partnerTypeNeedsPartner' });
  }
}

export const CustomerCreateInput = z
  .strictObject({
    ...profileShape,
    contacts: contactList.default([]),
  })
  .superRefine(partnerTypeNeedsPartner);
export type CustomerCreateInput = z.input<typeof CustomerCreateInput>;

export const CustomerUpdateInput = z.strictObject({
  id: uuid(),
  /** The version the editor started from; a mismatch means someone else saved meanwhile. */
  version: z.int().min(1),
  // Without the create defaults: zod applies a default inside .partial() too, so a patch
  // naming only the notes would have cleared the kinds and tags.
  patch: z.strictObject({ ...profileShape, kinds: profileShape.kinds.removeDefault(), tags: profileShape.tags.removeDefault() }).partial(),
  /** When given, replaces the contact list (contacts keep their id when sent back). */
  contacts: contactList.optional(),
});
export type CustomerUpdateInput = z.input<typeof CustomerUpdateInput>;

export const CUSTOMER_SORT_FIELDS = [
  'companyName',
  'industry',
  'country',
  'city',
  'screeningStatus',
  'completeness',
  'createdAt',
  'updatedAt',
] as const;
export type CustomerSortField = (typeof CUSTOMER_SORT_FIELDS)[number];

export const CustomerFilter = z.strictObject({
  kinds: z.array(z.enum(CUSTOMER_KINDS)).max(5).optional(),
  industry: z.string().max(100).optional(),
  country: z.string().max(100).optional(),
  region: z.string().max(100).optional(),
  screening: z.array(z.enum(SCREENING_STATUSES)).max(3).optional(),
  tag: z.string().max(40).optional(),
});
export type CustomerFilter = z.infer<typeof CustomerFilter>;

export const CustomerListInput = z.strictObject({
  // Control characters (NUL from a bad paste) mean nothing in a search: they become spaces.
  q: z
    .string()
    .max(200)
    .transform((s) => s.replace(/[\u0000-\u001f\u007f]/g, ' '))
    .optional(),
  filter: CustomerFilter.default({}),
  sort: z
    .strictObject({ field: z.enum(CUSTOMER_SORT_FIELDS), dir: z.enum(['asc', 'desc']) })
    .default({ field: 'companyName', dir: 'asc' }),
  offset: z.int().min(0).max(100_000_000).default(0),
  limit: z.int().min(1).max(500).default(100),
  /** List the Trash instead of live customers. */
  trash: z.boolean().default(false),
});
export type CustomerListInput = z.input<typeof CustomerListInput>;

export interface CustomerListResult {
  rows: CustomerListRow[];
  total: number;
}

export interface CustomerDetail extends Customer {
  completeness: Completeness;
  duplicates: DuplicateCandidate[];
}

export const DuplicateQuery = z.strictObject({
  companyName: z.string().max(200).optional(),
  email: z.string().max(254).optional(),
  website: z.string().max(300).optional(),
  phone: z.string().max(40).optional(),
  contactEmails: z.array(z.string().max(254)).max(50).optional(),
  contactPhones: z.array(z.string().max(40)).max(50).optional(),
  excludeId: uuid().optional(),
});

export type DuplicateReason = 'name' | 'email' | 'domain' | 'phone';
export interface DuplicateCandidate {
  id: string;
  companyName: string;
  city: string | null;
  reasons: DuplicateReason[];
  deleted: boolean;
}

export interface CustomerFacets {
  industries: string[];
  countries: string[];
  regions: string[];
  tags: string[];
}

const ids = z.array(uuid()).min(1).max(10_000);

export const customerMethods = {
  'customers.list': method<CustomerListResult>()(CustomerListInput),
  'customers.get': method<CustomerDetail>()(z.strictObject({ id: uuid() })),
  'customers.create': method<CustomerDetail>()(CustomerCreateInput),
  'customers.update': method<CustomerDetail>()(CustomerUpdateInput),
  'customers.trash': method<{ count: number }>()(z.strictObject({ ids })),
  'customers.restore': method<{ count: number }>()(z.strictObject({ ids })),
  'customers.emptyTrash': method<{ count: number }>()(z.strictObject({ confirm: z.literal(true) })),
  'customers.screen': method<CustomerDetail>()(
    z.strictObject({
      id: uuid(),
      version: z.int().min(1),
      status: z.enum(SCREENING_STATUSES),
      note: optText(2000),
    }),
  ),
  'customers.duplicates': method<DuplicateCandidate[]>()(DuplicateQuery),
  'customers.facets': method<CustomerFacets>()(z.strictObject({})),
};
