import type { Contact, Customer, CustomerListRow } from '../../../shared/domain/customer';
import { maskToKinds } from '../../../shared/domain/customer';

// Database row shapes and their mappers (snake_case rows ↔ camelCase domain objects).

export interface CustomerRow {
  num: number;
  id: string;
  company_name: string;
  name_sort: string;
  legal_name: string | null;
  kinds: number;
  partner_type: string | null;
  industry: string | null;
  main_business: string | null;
  products: string | null;
  size_band: string | null;
  scale_notes: string | null;
  country: string | null;
  region: string | null;
  city: string | null;
  address: string | null;
  website: string | null;
  phone: string | null;
  email: string | null;
  source: string | null;
  notes: string | null;
  screening_status: string;
  screening_note: string | null;
  screened_by: string | null;
  screened_at: string | null;
  completeness: number;
  version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface ContactRow {
  id: string;
  customer_id: string;
  position: number;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  messaging: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export function contactFromDb(r: ContactRow): Contact {
  return { id: r.id, name: r.name, title: r.title, phone: r.phone, email: r.email, messaging: r.messaging, notes: r.notes };
}

export function customerFromDb(r: CustomerRow, contacts: Contact[], tags: string[]): Customer {
  return {
    id: r.id,
    companyName: r.company_name,
    legalName: r.legal_name,
    kinds: maskToKinds(r.kinds),
    partnerType: r.partner_type as Customer['partnerType'],
    industry: r.industry,
    mainBusiness: r.main_business,
    products: r.products,
    sizeBand: r.size_band as Customer['sizeBand'],
    scaleNotes: r.scale_notes,
    country: r.country,
    region: r.region,
    city: r.city,
    address: r.address,
    website: r.website,
    phone: r.phone,
    email: r.email,
    source: r.source as Customer['source'],
    tags,
    notes: r.notes,
    contacts,
    screening: {
      status: r.screening_status as Customer['screening']['status'],
      note: r.screening_note,
      by: r.screened_by,
      at: r.screened_at,
    },
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

/** A list row as selected by customerQueries.listCustomers (tags and contact aggregated). */
export interface CustomerListDbRow {
  id: string;
  company_name: string;
  kinds: number;
  industry: string | null;
  country: string | null;
  region: string | null;
  city: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  size_band: string | null;
  source: string | null;
  screening_status: string;
  completeness: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  tags: string | null; // JSON array
  primary_contact: string | null;
  contact_count: number;
}

export function listRowFromDb(r: CustomerListDbRow): CustomerListRow {
  return {
    id: r.id,
    companyName: r.company_name,
    kinds: maskToKinds(r.kinds),
    industry: r.industry,
    country: r.country,
    region: r.region,
    city: r.city,
    email: r.email,
    phone: r.phone,
    website: r.website,
    sizeBand: r.size_band as CustomerListRow['sizeBand'],
    source: r.source as CustomerListRow['source'],
    screeningStatus: r.screening_status as CustomerListRow['screeningStatus'],
    tags: r.tags ? (JSON.parse(r.tags) as string[]) : [],
    primaryContact: r.primary_contact,
    contactCount: r.contact_count,
    completeness: r.completeness,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}
