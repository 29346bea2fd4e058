import type { z } from 'zod';
import type { CaptureSaveInput, CaptureSaveResult } from '../../../shared/api/capture';
import { CustomerCreateInput } from '../../../shared/api/customers';
import { ApiFailure } from '../../../shared/api/result';
import type { LeadTemperature } from '../../../shared/domain/interaction';
import { emailKey, foldText, phoneKey } from '../../../shared/domain/normalize';
import type { Language } from '../../../shared/i18n/errors';
import type { Context } from '../context';
import { contactFromDb } from '../customers/customerRows';
import { getContactRows, getCustomerRow } from '../customers/customerRepository';
import { createCustomer, updateCustomerProfile } from '../customers/customerService';
import { todayCount } from './captureQueries';

type SaveInput = z.output<typeof CaptureSaveInput>;

// The interaction's summary is stored text a colleague reads later, written in the language
// of the staff member who captured it.
const WORDS: Record<Language, { lead: string; temp: Record<LeadTemperature, string>; categories: string }> = {
  en: { lead: 'Lead captured on site', temp: { hot: 'hot', warm: 'warm', cold: 'cold' }, categories: 'Categories' },
  zh: { lead: '现场采集线索', temp: { hot: '热', warm: '温', cold: '冷' }, categories: '品类' },
};

export function captureSummary(input: Pick<SaveInput, 'interest' | 'categories' | 'temperature'>, lang: Language): string {
  const w = WORDS[lang];
  const zh = lang === 'zh';
  const parts = [zh ? `${w.lead}（${w.temp[input.temperature]}）` : `${w.lead} (${w.temp[input.temperature]})`];
  if (input.interest) parts.push(input.interest);
  if (input.categories.length) parts.push(`${w.categories}${zh ? '：' : ': '}${input.categories.join(zh ? '、' : ', ')}`);
  return parts.join(zh ? '；' : ' — ').slice(0, 2000);
}

/** A new customer: the company, with the person met as its contact (or the phone/email on the firm). */
function createLeadCustomer(ctx: Context, input: SaveInput): string {
  const contact = input.person
    ? [{ name: input.person, title: input.title, phone: input.phone, email: input.email }]
    : [];
  const created = createCustomer(
    ctx,
    CustomerCreateInput.parse({
      companyName: input.company,
      kinds: [input.kind],
      source: 'on_site',
      phone: input.person ? null : input.phone,
      email: input.person ? null : input.email,
      contacts: contact,
    }),
  );
  return created.id;
}

const same = (a: string | null, b: string | null, key: (s: string) => string | null) =>
  !!a && !!b && key(a) !== null && key(a) === key(b);

/**
 * An existing customer the user chose: the person becomes a new contact unless one with the
 * same name, email or phone is there (then only its empty fields are filled); without a
 * person, the firm's empty phone / email are filled. Nothing known is overwritten.
 */
function enrichCustomer(ctx: Context, customerId: string, input: SaveInput): void {
  const row = getCustomerRow(ctx.db, customerId);
  if (!row || row.deleted_at) {
    throw new ApiFailure('not_found', 'err.notFound', { customerId: 'err.customerMissing' });
  }
  const contacts = getContactRows(ctx.db, customerId).map(contactFromDb);
  if (input.person) {
    const i = contacts.findIndex(
      (c) =>
        foldText(c.name).trim() === foldText(input.person!).trim() ||
        same(c.email, input.email, emailKey) ||
        same(c.phone, input.phone, phoneKey),
    );
    const next = contacts.map((c) => ({ ...c }));
    if (i < 0) {
      next.push({ id: ctx.newId(), name: input.person, title: input.title, phone: input.phone, email: input.email, messaging: null, notes: null });
    } else {
      const c = next[i]!;
      c.title ??= input.title;
      c.phone ??= input.phone;
      c.email ??= input.email;
    }
    const changed = i < 0 || JSON.stringify(next[i]) !== JSON.stringify(contacts[i]);
    if (changed) updateCustomerProfile(ctx, { id: customerId, version: row.version, patch: {}, contacts: next });
  } else {
    const patch: { phone?: string; email?: string } = {};
    if (!row.phone && input.phone) patch.phone = input.phone;
    if (!row.email && input.email) patch.email = input.email;
    if (Object.keys(patch).length) updateCustomerProfile(ctx, { id: customerId, version: row.version, patch });
  }
}

/**
 * Records one lead in one transaction: the customer (created or the chosen one), a "visit"
 * interaction in the edition, and the lead_captures row. Any failure writes nothing.
 */
export function saveCapture(ctx: Context, input: SaveInput, lang: Language): CaptureSaveResult {
  // Customer writes announce their change once, after the commit, not from inside it.
  const quiet: Context = { ...ctx, changed: () => {} };
  const now = ctx.now();
  const interactionId = ctx.newId();
  const captureId = ctx.newId();
  const result = ctx.db.transaction(() => {
    if (input.editionId && !ctx.db.prepare('SELECT 1 FROM editions WHERE id = ?').get(input.editionId)) {
      throw new ApiFailure('invalid_input', 'err.invalidInput', { editionId: 'err.editionMissing' });
    }
    let customerId: string;
    if (input.customerId) {
      enrichCustomer(quiet, input.customerId, input);
      customerId = input.customerId;
    } else {
      customerId = createLeadCustomer(quiet, input);
    }
    ctx.db
      .prepare(
        `INSERT INTO interactions (id, customer_id, at, type, direction, staff, edition_id, summary, outcome, cost,
                                   follow_up_on, complaint_state, resolved_at, version, created_at, updated_at)
         VALUES (?, ?, ?, 'visit', 'inbound', ?, ?, ?, ?, 0, NULL, NULL, NULL, 1, ?, ?)`,
      )
      .run(interactionId, customerId, now, input.capturedBy, input.editionId, captureSummary(input, lang), input.note, now, now);
    ctx.db
      .prepare(
        `INSERT INTO lead_captures (id, customer_id, interaction_id, edition_id, person, title, phone, email, interest,
                                    categories, temperature, note, captured_by, captured_at, created_customer)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        captureId, customerId, interactionId, input.editionId, input.person, input.title, input.phone, input.email,
        input.interest, JSON.stringify(input.categories), input.temperature, input.note, input.capturedBy, now,
        input.customerId ? 0 : 1,
      );
    return { customerId, created: !input.customerId };
  })();
  ctx.changed('customers');
  ctx.changed('interactions');
  ctx.changed('capture');
  return { ...result, interactionId, captureId, todayCount: todayCount(ctx, input.capturedBy) };
}
