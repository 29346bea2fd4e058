// The customer entity as the whole app sees it (DOMAIN.md §1: static information).
// Row shapes of the database live in electron/backend; this is the domain view.

export const CUSTOMER_KINDS = [
  'exhibitor',
  'trade_buyer',
  'professional_visitor',
  'general_visitor',
  'partner',
] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

// Partners are associations, media and sponsors (DOMAIN §1); the subtype matters for
// valuation later (little money, great value), so it is recorded when kind = partner.
export const PARTNER_TYPES = ['association', 'media', 'sponsor'] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export const SIZE_BANDS = ['1-9', '10-49', '50-249', '250-999', '1000+'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const SCREENING_STATUSES = ['unverified', 'verified', 'rejected'] as const;
export type ScreeningStatus = (typeof SCREENING_STATUSES)[number];

export const CUSTOMER_SOURCES = [
  'own_records',
  'previous_edition',
  'on_site',
  'referral',
  'association_list',
  'purchased_list',
  'website',
  'import',
  'other',
] as const;
export type CustomerSource = (typeof CUSTOMER_SOURCES)[number];

/** Kinds are stored as a bit set so a list filter on several kinds is one integer test. */
export function kindsToMask(kinds: readonly CustomerKind[]): number {
  let mask = 0;
  for (const k of kinds) mask |= 1 << CUSTOMER_KINDS.indexOf(k);
  return mask;
}

export function maskToKinds(mask: number): CustomerKind[] {
  return CUSTOMER_KINDS.filter((_, i) => (mask & (1 << i)) !== 0);
}

export interface Contact {
  id: string;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  messaging: string | null;
  notes: string | null;
}

export interface CustomerProfile {
  companyName: string;
  legalName: string | null;
  kinds: CustomerKind[];
  partnerType: PartnerType | null;
  industry: string | null;
  mainBusiness: string | null;
  products: string | null;
  sizeBand: SizeBand | null;
  scaleNotes: string | null;
  country: string | null;
  region: string | null;
  city: string | null;
  address: string | null;
  website: string | null;
  phone: string | null;
  email: string | null;
  source: CustomerSource | null;
  tags: string[];
  notes: string | null;
}

export interface Screening {
  status: ScreeningStatus;
  note: string | null;
  by: string | null;
  at: string | null;
}

export interface Customer extends CustomerProfile {
  id: string;
  contacts: Contact[];
  screening: Screening;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** One row of the customer list: what the table shows, no sub-lists. */
export interface CustomerListRow {
  id: string;
  companyName: string;
  kinds: CustomerKind[];
  industry: string | null;
  country: string | null;
  region: string | null;
  city: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  sizeBand: SizeBand | null;
  source: CustomerSource | null;
  screeningStatus: ScreeningStatus;
  tags: string[];
  primaryContact: string | null;
  contactCount: number;
  completeness: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}
