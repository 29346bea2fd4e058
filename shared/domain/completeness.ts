import type { CustomerProfile, Contact } from './customer';

// The key facts an organiser needs before screening (DOMAIN §2 "Screen": scale, products,
// main business, strength, and a way to reach someone). Order is the order shown to users.
export const KEY_FIELDS = [
  'industry',
  'mainBusiness',
  'products',
  'sizeBand',
  'country',
  'city',
  'phoneOrEmail',
  'website',
  'contact',
] as const;
export type KeyField = (typeof KEY_FIELDS)[number];

export interface Completeness {
  /** 0–100, share of key fields present. */
  percent: number;
  missing: KeyField[];
}

type CompletenessInput = Pick<
  CustomerProfile,
  'industry' | 'mainBusiness' | 'products' | 'sizeBand' | 'country' | 'city' | 'phone' | 'email' | 'website'
> & { contacts: Pick<Contact, 'name'>[] | number };

const present = (v: string | null | undefined): boolean => v != null && v.trim() !== '';

export function completeness(c: CompletenessInput): Completeness {
  const contactCount = typeof c.contacts === 'number' ? c.contacts : c.contacts.length;
  const has: Record<KeyField, boolean> = {
    industry: present(c.industry),
    mainBusiness: present(c.mainBusiness),
    products: present(c.products),
    sizeBand: present(c.sizeBand),
    country: present(c.country),
    city: present(c.city),
    phoneOrEmail: present(c.phone) || present(c.email),
    website: present(c.website),
    contact: contactCount > 0,
  };
  const missing = KEY_FIELDS.filter((f) => !has[f]);
  return {
    percent: Math.round(((KEY_FIELDS.length - missing.length) / KEY_FIELDS.length) * 100),
    missing,
  };
}
