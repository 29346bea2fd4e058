import type { CustomerCreateInput, CustomerDetail, CustomerUpdateInput } from '@shared/api/customers';
import type { CustomerKind, CustomerSource, PartnerType, SizeBand } from '@shared/domain/customer';
import { EMAIL_RE, isPhone, isWebsite } from '@shared/domain/validation';

// The editor's model: every text field is a string (empty = not recorded), so inputs stay
// controlled; conversion to the API shape happens once, in toCreateInput/toUpdateInput.

export interface ContactDraft {
  /** Stable React key; `id` is the stored contact's id (absent for new ones). */
  key: string;
  id?: string;
  name: string;
  title: string;
  phone: string;
  email: string;
  messaging: string;
  notes: string;
}

export interface FormValues {
  companyName: string;
  legalName: string;
  kinds: CustomerKind[];
  partnerType: PartnerType | null;
  industry: string;
  mainBusiness: string;
  products: string;
  sizeBand: SizeBand | null;
  scaleNotes: string;
  country: string;
  region: string;
  city: string;
  address: string;
  website: string;
  phone: string;
  email: string;
  source: CustomerSource | null;
  tags: string[];
  notes: string;
  contacts: ContactDraft[];
}

export type TextField = {
  [K in keyof FormValues]: FormValues[K] extends string ? K : never;
}[keyof FormValues];
export type ContactTextField = Exclude<keyof ContactDraft, 'key' | 'id'>;

/** Field path → error message; paths are the backend's ("email", "contacts.0.email"). */
export type FieldErrors = Record<string, string>;

let keySeq = 0;
export const newContactKey = () => `c${++keySeq}`;

export function emptyContact(): ContactDraft {
  return { key: newContactKey(), name: '', title: '', phone: '', email: '', messaging: '', notes: '' };
}

export function emptyValues(): FormValues {
  return {
    companyName: '', legalName: '', kinds: [], partnerType: null, industry: '', mainBusiness: '',
    products: '', sizeBand: null, scaleNotes: '', country: '', region: '', city: '', address: '',
    website: '', phone: '', email: '', source: null, tags: [], notes: '', contacts: [],
  };
}

export function valuesFromCustomer(c: CustomerDetail): FormValues {
  const s = (v: string | null) => v ?? '';
  return {
    companyName: c.companyName,
    legalName: s(c.legalName),
    kinds: [...c.kinds],
    partnerType: c.partnerType,
    industry: s(c.industry),
    mainBusiness: s(c.mainBusiness),
    products: s(c.products),
    sizeBand: c.sizeBand,
    scaleNotes: s(c.scaleNotes),
    country: s(c.country),
    region: s(c.region),
    city: s(c.city),
    address: s(c.address),
    website: s(c.website),
    phone: s(c.phone),
    email: s(c.email),
    source: c.source,
    tags: [...c.tags],
    notes: s(c.notes),
    contacts: c.contacts.map((k) => ({
      key: newContactKey(),
      id: k.id,
      name: k.name,
      title: s(k.title),
      phone: s(k.phone),
      email: s(k.email),
      messaging: s(k.messaging),
      notes: s(k.notes),
    })),
  };
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

function profileOf(v: FormValues) {
  return {
    companyName: v.companyName.trim(),
    legalName: orNull(v.legalName),
    kinds: v.kinds,
    partnerType: v.kinds.includes('partner') ? v.partnerType : null,
    industry: orNull(v.industry),
    mainBusiness: orNull(v.mainBusiness),
    products: orNull(v.products),
    sizeBand: v.sizeBand,
    scaleNotes: orNull(v.scaleNotes),
    country: orNull(v.country),
    region: orNull(v.region),
    city: orNull(v.city),
    address: orNull(v.address),
    website: orNull(v.website),
    phone: orNull(v.phone),
    email: orNull(v.email),
    source: v.source,
    tags: v.tags,
    notes: orNull(v.notes),
  };
}

function contactsOf(v: FormValues) {
  return v.contacts.map((c) => ({
    ...(c.id ? { id: c.id } : {}),
    name: c.name.trim(),
    title: orNull(c.title),
    phone: orNull(c.phone),
    email: orNull(c.email),
    messaging: orNull(c.messaging),
    notes: orNull(c.notes),
  }));
}

export function toCreateInput(v: FormValues): CustomerCreateInput {
  return { ...profileOf(v), contacts: contactsOf(v) };
}

export function toUpdateInput(v: FormValues, id: string, version: number): CustomerUpdateInput {
  return { id, version, patch: profileOf(v), contacts: contactsOf(v) };
}

/** Backend paths of an update are under "patch."; the form names them without it. */
export function formPath(backendPath: string): string {
  return backendPath.startsWith('patch.') ? backendPath.slice(6) : backendPath;
}

// ---- Validation: the same rules and limits as shared/api (fields.ts, customers.ts) ----

/** An error key from shared/i18n/errors.ts ("err.email", "err.tooLong:200"), or null. */
type Rule = (value: string) => string | null;

const max = (n: number): Rule => (v) => (v.trim().length > n ? `err.tooLong:${n}` : null);
const required = (n: number): Rule => (v) => (v.trim() ? max(n)(v) : 'err.required');
const format = (n: number, test: (s: string) => boolean, key: string): Rule => (v) => {
  const t = v.trim();
  if (!t) return null;
  return t.length > n ? `err.tooLong:${n}` : test(t) ? null : key;
};
const emailRule = format(254, (s) => EMAIL_RE.test(s), 'err.email');
const phoneRule = format(40, isPhone, 'err.phone');

const FIELD_RULES: Partial<Record<TextField, Rule>> = {
  companyName: required(200),
  legalName: max(200),
  industry: max(100),
  mainBusiness: max(1000),
  products: max(2000),
  scaleNotes: max(1000),
  country: max(100),
  region: max(100),
  city: max(100),
  address: max(300),
  website: format(300, isWebsite, 'err.url'),
  phone: phoneRule,
  email: emailRule,
  notes: max(10_000),
};

const CONTACT_RULES: Record<ContactTextField, Rule> = {
  name: required(100),
  title: max(100),
  phone: phoneRule,
  email: emailRule,
  messaging: max(100),
  notes: max(2000),
};

/** Checks one field by its path; returns an error key or null. */
export function validatePath(values: FormValues, path: string): string | null {
  const m = /^contacts\.(\d+)\.(\w+)$/.exec(path);
  if (m) {
    const contact = values.contacts[Number(m[1])];
    const field = m[2] as ContactTextField;
    return contact && CONTACT_RULES[field] ? CONTACT_RULES[field](contact[field]) : null;
  }
  const rule = FIELD_RULES[path as TextField];
  return rule ? rule(values[path as TextField]) : null;
}

/** Every rule at once (on save); error keys by path, in the order the form shows them. */
export function validateAll(values: FormValues): FieldErrors {
  const out: FieldErrors = {};
  for (const path of Object.keys(FIELD_RULES)) {
    const e = validatePath(values, path);
    if (e) out[path] = e;
  }
  values.contacts.forEach((_, i) => {
    for (const f of Object.keys(CONTACT_RULES)) {
      const e = validatePath(values, `contacts.${i}.${f}`);
      if (e) out[`contacts.${i}.${f}`] = e;
    }
  });
  return out;
}

/** Error paths after contact `index` is removed: later contacts move up by one. */
export function shiftContactErrors(errors: FieldErrors, index: number): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, msg] of Object.entries(errors)) {
    const m = /^contacts\.(\d+)\.(.+)$/.exec(path);
    if (!m) out[path] = msg;
    else {
      const i = Number(m[1]);
      if (i < index) out[path] = msg;
      else if (i > index) out[`contacts.${i - 1}.${m[2]}`] = msg;
    }
  }
  return out;
}
