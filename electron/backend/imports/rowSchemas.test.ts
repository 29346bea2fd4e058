import { describe, expect, it } from 'vitest';
import { CustomerCreateInput } from '../../../shared/api/customers';
import { ParticipationCreateInput } from '../../../shared/api/participations';
import { CustomerRow, ParticipationRow } from './rowSchemas';

// The import validates rows with the create schemas compiled (rowSchemas.ts). A row must get
// exactly what the schema itself answers — the same stored values when valid, the same issues
// (fields and error keys the user reads) when not — or an imported row would obey other rules
// than one typed in by hand. A zod upgrade that broke this fails here.

function answer(r: { success: boolean; data?: unknown; error?: { issues: unknown[] } }) {
  return r.success ? { data: r.data } : { issues: r.error!.issues };
}

const CUSTOMER = {
  companyName: '  深圳市光明电子有限公司 ', legalName: '', kinds: ['exhibitor', 'trade_buyer', 'exhibitor'], industry: 'LED Lighting',
  country: 'China', region: '广东', city: '深圳', website: 'www.gm-led.cn', phone: '0755 2345 6789', email: 'info@gm-led.cn',
  tags: ['VIP', 'vip', '老客户'], notes: '  2023年参展  ',
  contacts: [{ name: '王伟', title: '销售经理', phone: '13800001234', email: 'wang@gm-led.cn', messaging: 'wxid_abc' }],
};

const CUSTOMERS: [string, unknown][] = [
  ['a full row', CUSTOMER],
  ['only a name', { companyName: 'Acme' }],
  ['no name', { ...CUSTOMER, companyName: '   ' }],
  ['a bad email, phone and website', { ...CUSTOMER, email: 'info@', phone: '12', website: 'not a site' }],
  ['a name too long', { ...CUSTOMER, companyName: 'x'.repeat(201) }],
  ['control characters', { ...CUSTOMER, notes: 'a\u0007b', city: 'x\u0000' }],
  ['a partner type without the partner kind', { ...CUSTOMER, kinds: ['trade_buyer'], partnerType: 'association' }],
  ['an unknown enum value', { ...CUSTOMER, sizeBand: 'huge', source: 'radio' }],
  ['a contact without a name', { ...CUSTOMER, contacts: [{ name: '', email: 'bad' }] }],
  ['31 tags', { ...CUSTOMER, tags: Array.from({ length: 31 }, (_, i) => `t${i}`) }],
  ['an unknown key', { ...CUSTOMER, fax: '123' }],
  ['wrong types', { companyName: 42, contacts: 'Wang', tags: null }],
];

const PARTICIPATION = {
  customerId: '00000000-0000-4000-8000-000000000000', editionId: '0190a6e4-0000-7000-8000-000000000001',
  role: 'exhibitor', standNumber: ' A-12 ', hall: '1', standArea: 18, standType: 'shell_scheme', listPrice: 12000, priceCharged: 10800.5,
  status: 'contracted', statusAt: '2026-03-01', satisfaction: 8, leads: 12,
};

const PARTICIPATIONS: [string, unknown][] = [
  ['a full booking', PARTICIPATION],
  ['the default status', { ...PARTICIPATION, status: undefined, statusAt: undefined }],
  ['cancelled without a reason', { ...PARTICIPATION, status: 'cancelled' }],
  ['cancelled with one', { ...PARTICIPATION, status: 'cancelled', cancelReason: ' budget ' }],
  ['bad numbers', { ...PARTICIPATION, standArea: -3, satisfaction: 11, leads: 1.5, listPrice: Number.NaN }],
  ['a bad date and role', { ...PARTICIPATION, statusAt: '2026-02-30', role: 'sponsor' }],
];

describe('the import\'s compiled row schemas', () => {
  it.each(CUSTOMERS)('answer a customer as the schema does: %s', (_, input) => {
    expect(answer(CustomerRow.safeParse(input))).toEqual(answer(CustomerCreateInput.safeParse(input)));
  });

  it.each(PARTICIPATIONS)('answer a participation as the schema does: %s', (_, input) => {
    expect(answer(ParticipationRow.safeParse(input))).toEqual(answer(ParticipationCreateInput.safeParse(input)));
  });

  it('are compiled: a valid row is answered by generated code, not the schema\'s parser', () => {
    // zod hands back the schema itself when it cannot compile it; then the import is slow again.
    expect(CustomerRow).not.toBe(CustomerCreateInput);
    expect(ParticipationRow).not.toBe(ParticipationCreateInput);
    expect(answer(CustomerRow.safeParse(CUSTOMER))).toMatchObject({ data: { companyName: '深圳市光明电子有限公司', kinds: ['exhibitor', 'trade_buyer'], tags: ['VIP', '老客户'], legalName: null } });
    expect(answer(ParticipationRow.safeParse(PARTICIPATION))).toMatchObject({ data: { standNumber: 'A-12', standType: 'shell_scheme', priceCharged: 10800.5 } });
  });
});
