import { afterEach, describe, expect, it } from 'vitest';
import { guessMapping } from '../../../shared/domain/import/columnMapping';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { analyse, rederive } from './importAnalysis';

// Choosing another edition validates only the participations again (rederive): the result is
// the analysis made from scratch for that edition — validity, duplicates and summary included.

let t: ReturnType<typeof tempBackend>;
afterEach(() => t?.cleanup());

const ROWS = [
  ['Company', 'Email', 'Status', 'Cancel reason', 'Stand'],
  // Valid without an edition; with one, a cancellation needs its reason: rejected.
  ['Harbour Lights', 'a@harbour.cn', 'cancelled', null, 'A1'],
  // The same firm again: its duplicate in the file is the row above, or (with an edition,
  // the row above rejected) none.
  ['Harbour Lights', 'b@harbour.cn', 'attended', null, 'A2'],
  ['Ningbo Lamps', 'x@ningbo.cn', 'cancelled', 'Budget', 'B1'],
  // Matches the workspace's customer.
  ['Delta Fixtures', 'sales@delta.com', null, null, 'C1'],
  ['Ningbo Lamps', 'y@ningbo.cn', 'booked', null, 'B2'],
];

describe('another edition, the customers kept', () => {
  it('gives the analysis made from scratch for that edition, and back', async () => {
    t = tempBackend();
    await t.call('customers.create', { companyName: 'Delta Fixtures Ltd', email: 'sales@delta.com' });
    const x = await t.call('exhibitions.create', { name: 'Expo' });
    const e = await t.call('editions.create', { exhibitionId: x.id, name: 'Expo 2026', startDate: '2026-05-01', endDate: '2026-05-03' });
    const edition = { id: e.id, status: 'open' };
    const db = t.db();
    const input = { rows: ROWS, headerRow: 0, mapping: guessMapping(ROWS[0]!) };
    expect(input.mapping).toEqual(['companyName', 'email', 'status', 'cancelReason', 'standNumber']);

    const none = analyse(db, { ...input, edition: null });
    const withEdition = analyse(db, { ...input, edition });
    expect(none.summary).toEqual({ rows: 5, valid: 5, rejected: 0, duplicates: 3, duplicatesInFile: 2, duplicatesInWorkspace: 1 });
    expect(withEdition.summary).toEqual({ rows: 5, valid: 4, rejected: 1, duplicates: 2, duplicatesInFile: 1, duplicatesInWorkspace: 1 });
    expect(withEdition.rows[0]!.values.issues).toEqual([{ field: 'cancelReason', key: 'err.cancelReason' }]);
    expect(withEdition.rows[1]!.fileDup).toBeNull();

    const derived = rederive(db, none, { ...input, edition });
    expect(derived).toEqual(withEdition);
    // The customers were not validated again: the same objects.
    derived.rows.forEach((r, i) => expect(r.base).toBe(none.rows[i]!.base));
    expect(rederive(db, derived, { ...input, edition: null })).toEqual(none);
    // Nothing to do for the same edition.
    expect(rederive(db, derived, { ...input, edition })).toBe(derived);
  });
});

describe('the file\'s conventions, told from whole columns', () => {
  it('reads "€4.500" as 4,500 when another price shows the decimal comma; refuses it when nothing tells; skips a totals row', async () => {
    t = tempBackend();
    const x = await t.call('exhibitions.create', { name: 'Expo' });
    const e = await t.call('editions.create', { exhibitionId: x.id, name: 'Expo 2026', startDate: '2026-05-01', endDate: '2026-05-03' });
    const edition = { id: e.id, status: 'open' };
    const price = (a: ReturnType<typeof analyse>, i: number) => a.rows[i]!.values.participation?.priceCharged;
    const head = ['Company', 'Price'];
    const european = analyse(t.db(), { rows: [head, ['Nordlicht GmbH', '€4.500'], ['Lumière SA', '€12.500,50'], ['Total', '€17.000,50']], headerRow: 0, mapping: guessMapping(head), edition });
    expect(price(european, 0)).toBe(4500);
    expect(price(european, 1)).toBe(12500.5);
    // The summary line under the list is not a customer.
    expect(european.rows[2]!.values.issues).toEqual([{ field: 'companyName', key: 'err.import.totalsRow' }]);
    expect(european.summary).toMatchObject({ valid: 2, rejected: 1 });
    const english = analyse(t.db(), { rows: [head, ['Harbour Lights', '4.500'], ['Delta', '1,200.5']], headerRow: 0, mapping: guessMapping(head), edition });
    expect(price(english, 0)).toBe(4.5);
    // Nothing tells: a euro amount is refused with the value named, nothing guessed.
    const unclear = analyse(t.db(), { rows: [head, ['Harbour Lights', '€4.500'], ['Delta', '8,800']], headerRow: 0, mapping: guessMapping(head), edition });
    expect(unclear.rows[0]!.values.issues).toEqual([{ field: 'priceCharged', key: 'err.import.ambiguousNumber:€4.500' }]);
    expect(price(unclear, 1)).toBe(8800);
    // A workbook's number cell as Excel shows it ("0.000"): read as it is, not refused.
    const areaHead = ['Company', 'Area'];
    const area = analyse(t.db(), { rows: [areaHead, ['Ningbo Lamps', '10.125']], headerRow: 0, mapping: guessMapping(areaHead), edition });
    expect(area.rows[0]!.values.participation?.standArea).toBe(10.125);
    // Number cells shown "#,##0" ("4,500") beside a typed decimal-comma amount: still 4,500.
    const mixed = analyse(t.db(), { rows: [head, ['Harbour Lights', '4,500'], ['Delta', '12,000'], ['Lumière SA', '€12.500,50']], headerRow: 0, mapping: guessMapping(head), edition });
    expect([price(mixed, 0), price(mixed, 1), price(mixed, 2)]).toEqual([4500, 12000, 12500.5]);
  });

  it('a dated row without a status takes the one its date column names; a bad date names itself', async () => {
    t = tempBackend();
    const x = await t.call('exhibitions.create', { name: 'Expo' });
    const open = await t.call('editions.create', { exhibitionId: x.id, name: 'Expo 2027', startDate: '2027-05-01', endDate: '2027-05-03' });
    const edition = { id: open.id, status: 'open' };
    const run = (head: string[], ...rows: (string | null)[][]) => analyse(t.db(), { rows: [head, ...rows], headerRow: 0, mapping: guessMapping(head), edition });
    const contract = run(['Company', 'Contract date'], ['Harbour Lights', '2026-10-01'], ['Delta', null], ['Ningbo Lamps', '31/02/2025']);
    expect(contract.rows[0]!.values.participation).toMatchObject({ status: 'contracted', statusAt: '2026-10-01', statusGiven: false });
    // No date in the row: nothing signed; the usual default.
    expect(contract.rows[1]!.values.participation).toMatchObject({ status: 'enquiry' });
    expect(contract.rows[2]!.values.issues).toEqual([{ field: 'statusAt', key: 'err.import.date:31/02/2025' }]);
    expect(run(['Company', '预订日期'], ['海天电子', '2026/9/1']).rows[0]!.values.participation).toMatchObject({ status: 'reserved' });
    expect(run(['Company', 'Status date'], ['Harbour Lights', '2026-10-01']).rows[0]!.values.participation).toMatchObject({ status: 'enquiry' });
    // A status in the file wins.
    expect(run(['Company', 'Contract date', 'Status'], ['Harbour Lights', '2026-10-01', 'Paid']).rows[0]!.values.participation).toMatchObject({ status: 'paid' });
  });
});
