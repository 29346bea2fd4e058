import type { z } from 'zod';
import {
  type CustomerCreateInput,
  type CustomerDetail,
  type CustomerUpdateInput,
  type DuplicateQuery,
} from '../../../shared/api/customers';
import { ApiFailure } from '../../../shared/api/result';
import { completeness } from '../../../shared/domain/completeness';
import { kindsToMask, maskToKinds, type CustomerProfile } from '../../../shared/domain/customer';
import { companyNameKey, domainKey, emailKey, phoneKey } from '../../../shared/domain/normalize';
import { nameSortKey } from '../../../shared/domain/searchDocument';
import type { Context } from '../context';
import { startCustomerRelationship } from '../lifecycle/ensureRelationships';
import { contactFromDb, customerFromDb, type ContactRow } from './customerRows';
import {
  getContactRows,
  getCustomerRow,
  getTags,
  insertCustomer,
  purgeTrash,
  reindexCustomer,
  replaceContacts,
  replaceTags,
  setDeleted,
  updateCustomer,
  type CustomerUpdate,
} from './customerRepository';
import { findDuplicates } from './customerQueries';

type CreateInput = z.output<typeof CustomerCreateInput>;
type UpdateInput = z.output<typeof CustomerUpdateInput>;
type DupQuery = z.output<typeof DuplicateQuery>;
type Profile = Omit<CustomerProfile, 'tags'>;

/** Profile fields → customer columns (tags and contacts live in their own tables). */
function profileColumns(p: Partial<Profile>): CustomerUpdate {
  const out: CustomerUpdate = {};
  const map: [keyof Profile, keyof CustomerUpdate][] = [
    ['legalName', 'legal_name'], ['partnerType', 'partner_type'], ['industry', 'industry'],
    ['mainBusiness', 'main_business'], ['products', 'products'], ['sizeBand', 'size_band'],
    ['scaleNotes', 'scale_notes'], ['country', 'country'], ['region', 'region'], ['city', 'city'],
    ['address', 'address'], ['website', 'website'], ['phone', 'phone'], ['email', 'email'],
    ['source', 'source'], ['notes', 'notes'],
  ];
  for (const [from, to] of map) if (p[from] !== undefined) (out as Record<string, unknown>)[to] = p[from];
  if (p.companyName !== undefined) {
    out.company_name = p.companyName;
    out.name_sort = nameSortKey(p.companyName);
  }
  if (p.kinds !== undefined) out.kinds = kindsToMask(p.kinds);
  return out;
}

const CONTACT_FIELDS = ['name', 'title', 'phone', 'email', 'messaging', 'notes'] as const;

/**
 * The rows a contact list becomes. A contact sent back with its id keeps its id and its
 * timestamps unless a field changed (updated_at must mean "changed", for merging later); an
 * unknown id is treated as a new contact.
 */
function contactRows(ctx: Context, input: CreateInput['contacts'], existing: ContactRow[]): Omit<ContactRow, 'customer_id' | 'position'>[] {
  const known = new Map(existing.map((c) => [c.id, c]));
  return input.map((c) => {
    const prev = c.id ? known.get(c.id) : undefined;
    const changed = !prev || CONTACT_FIELDS.some((f) => prev[f] !== c[f]);
    return {
      id: prev ? prev.id : ctx.newId(),
      name: c.name,
      title: c.title,
      phone: c.phone,
      email: c.email,
      messaging: c.messaging,
      notes: c.notes,
      created_at: prev?.created_at ?? ctx.now(),
      updated_at: changed ? ctx.now() : prev.updated_at,
    };
  });
}

export function getCustomer(ctx: Context, id: string): CustomerDetail {
  const row = getCustomerRow(ctx.db, id);
  if (!row) throw new ApiFailure('not_found', 'err.notFound');
  const contacts = getContactRows(ctx.db, id).map(contactFromDb);
  const customer = customerFromDb(row, contacts, getTags(ctx.db, id));
  return {
    ...customer,
    completeness: completeness(customer),
    duplicates: duplicatesOf(ctx, {
      companyName: customer.companyName,
      email: customer.email ?? undefined,
      website: customer.website ?? undefined,
      phone: customer.phone ?? undefined,
      contactEmails: contacts.flatMap((c) => (c.email ? [c.email] : [])),
      contactPhones: contacts.flatMap((c) => (c.phone ? [c.phone] : [])),
      excludeId: id,
    }),
  };
}

/** The completeness percentage kept on the row so the list can sort and filter by it. */
export function storedCompleteness(ctx: Context, id: string): number {
  const row = getCustomerRow(ctx.db, id)!;
  return completeness({
    industry: row.industry,
    mainBusiness: row.main_business,
    products: row.products,
    sizeBand: row.size_band as Profile['sizeBand'],
    country: row.country,
    city: row.city,
    phone: row.phone,
    email: row.email,
    website: row.website,
    contacts: getContactRows(ctx.db, id).length,
  }).percent;
}

export function createCustomer(ctx: Context, input: CreateInput): CustomerDetail {
  const id = ctx.newId();
  ctx.db.transaction(() => {
    const now = ctx.now();
    const num = insertCustomer(ctx.db, {
      id,
      company_name: input.companyName,
      name_sort: nameSortKey(input.companyName),
      legal_name: null, kinds: 0, partner_type: null, industry: null, main_business: null, products: null,
      size_band: null, scale_notes: null, country: null, region: null, city: null, address: null,
      website: null, phone: null, email: null, source: null, notes: null,
      screening_status: 'unverified', screening_note: null, screened_by: null, screened_at: null,
      completeness: 0,
      created_at: now,
      updated_at: now,
      ...profileColumns(input),
    });
    replaceContacts(ctx.db, id, contactRows(ctx, input.contacts, []));
    replaceTags(ctx.db, id, input.tags, now);
    ctx.db.prepare('UPDATE customers SET completeness = ? WHERE id = ?').run(storedCompleteness(ctx, id), id);
    reindexCustomer(ctx.db, num);
    // Every new customer starts in cultivation for the current exhibition (issue 4).
    startCustomerRelationship(ctx, id);
  })();
  ctx.changed('customers');
  return getCustomer(ctx, id);
}

export function updateCustomerProfile(ctx: Context, input: UpdateInput): CustomerDetail {
  ctx.db.transaction(() => {
    const row = getCustomerRow(ctx.db, input.id);
    if (!row) throw new ApiFailure('not_found', 'err.notFound');
    if (row.version !== input.version) throw new ApiFailure('conflict', 'err.conflict', undefined, { currentVersion: row.version });
    const kinds = input.patch.kinds ?? maskToKinds(row.kinds);
    const partnerType = input.patch.partnerType !== undefined ? input.patch.partnerType : row.partner_type;
    if (partnerType && !kinds.includes('partner')) {
      throw new ApiFailure('invalid_input', 'err.invalidInput', { 'patch.partnerType': 'err.partnerTypeNeedsPartner' });
    }
    const now = ctx.now();
    if (!updateCustomer(ctx.db, input.id, input.version, { ...profileColumns(input.patch), updated_at: now })) {
      throw new ApiFailure('conflict', 'err.conflict');
    }
    if (input.contacts) replaceContacts(ctx.db, input.id, contactRows(ctx, input.contacts, getContactRows(ctx.db, input.id)));
    if (input.patch.tags) replaceTags(ctx.db, input.id, input.patch.tags, now);
    ctx.db.prepare('UPDATE customers SET completeness = ? WHERE id = ?').run(storedCompleteness(ctx, input.id), input.id);
    reindexCustomer(ctx.db, row.num);
  })();
  ctx.changed('customers');
  return getCustomer(ctx, input.id);
}

export function screenCustomer(
  ctx: Context,
  input: { id: string; version: number; status: 'unverified' | 'verified' | 'rejected'; note: string | null },
): CustomerDetail {
  ctx.db.transaction(() => {
    const row = getCustomerRow(ctx.db, input.id);
    if (!row) throw new ApiFailure('not_found', 'err.notFound');
    const now = ctx.now();
    const ok = updateCustomer(ctx.db, input.id, input.version, {
      screening_status: input.status,
      screening_note: input.note,
      screened_by: ctx.staffName(),
      screened_at: now,
      updated_at: now,
    });
    if (!ok) throw new ApiFailure('conflict', 'err.conflict', undefined, { currentVersion: row.version });
  })();
  ctx.changed('customers');
  return getCustomer(ctx, input.id);
}

export function trashCustomers(ctx: Context, ids: string[]): { count: number } {
  const now = ctx.now();
  const count = ctx.db.transaction(() => setDeleted(ctx.db, ids, now, now))();
  ctx.changed('customers');
  return { count };
}

export function restoreCustomers(ctx: Context, ids: string[]): { count: number } {
  const count = ctx.db.transaction(() => setDeleted(ctx.db, ids, null, ctx.now()))();
  ctx.changed('customers');
  return { count };
}

export function emptyTrash(ctx: Context): { count: number } {
  const count = ctx.db.transaction(() => purgeTrash(ctx.db))();
  ctx.changed('customers');
  return { count };
}

export function duplicatesOf(ctx: Context, q: DupQuery) {
  const keys = new Set<string>();
  if (q.companyName) {
    const k = companyNameKey(q.companyName);
    if (k) keys.add(`n:${k}`);
  }
  for (const e of [q.email, ...(q.contactEmails ?? [])]) if (e && e.trim()) keys.add(`e:${emailKey(e)}`);
  if (q.website) {
    const d = domainKey(q.website);
    if (d) keys.add(`d:${d}`);
  }
  for (const p of [q.phone, ...(q.contactPhones ?? [])]) {
    const k = p ? phoneKey(p) : null;
    if (k) keys.add(`p:${k}`);
  }
  return findDuplicates(ctx.db, [...keys], q.excludeId);
}
