import { describe, expect, it } from 'vitest';
import { rowContext, rowValues, withoutControls } from './rowValues';

describe('import row values', () => {
  it('drops control characters a spreadsheet carries and keeps its in-cell line breaks', () => {
    expect(withoutControls('Acme\u0000 Lighting\u001b Ltd')).toBe('Acme Lighting Ltd');
    expect(withoutControls('Room 5\u000bBuilding C')).toBe('Room 5\nBuilding C');
    expect(withoutControls('tab\tand\r\nbreaks stay')).toBe('tab\tand\r\nbreaks stay');
    expect(withoutControls(null)).toBeNull();
  });

  it('a name with control characters imports cleaned instead of being rejected', () => {
    const r = rowValues(['Harbour\u0007 Lights Co.', 'Ningbo\u000bZhejiang'], rowContext(['companyName', 'address'], null, 'dmy'));
    expect(r.issues).toEqual([]);
    expect(r.customer).toMatchObject({ companyName: 'Harbour Lights Co.', address: 'Ningbo\nZhejiang' });
  });

  it('an area may carry its unit; a price may not hide a status the file lacks', () => {
    const edition = { id: '00000000-0000-4000-8000-0000000000e1', status: 'open' };
    const ctx = rowContext(['companyName', 'standArea'], edition, 'dmy');
    for (const [text, area] of [['18 m²', 18], ['18平米', 18], ['36 sqm', 36], ['9㎡', 9], ['12.5 平方米', 12.5], ['24 square metres', 24]] as const) {
      expect([text, rowValues(['Harbour Lights', text], ctx).participation?.standArea]).toEqual([text, area]);
    }
    expect(rowValues(['Harbour Lights', '18 acres'], ctx).issues).toEqual([{ field: 'standArea', key: 'err.number' }]);
    // No status column: the default status, marked as not from the file.
    expect(rowValues(['Harbour Lights', '18'], ctx).participation).toMatchObject({ status: 'enquiry', statusGiven: false });
    const withStatus = rowContext(['companyName', 'status'], edition, 'dmy');
    // In one import: a blank status cell, then the same status written (not the remembered default).
    expect(rowValues(['Delta Fixtures', null], withStatus).participation).toMatchObject({ status: 'enquiry', statusGiven: false });
    expect(rowValues(['Harbour Lights', 'Enquiry'], withStatus).participation).toMatchObject({ status: 'enquiry', statusGiven: true });
  });

  it('a participation seen before in the import gives the same result, problems included, in a row of its own', () => {
    const edition = { id: '00000000-0000-4000-8000-0000000000e1', status: 'open' };
    const ctx = rowContext(['companyName', 'status', 'cancelReason', 'hall'], edition, 'dmy');
    const rows = [
      ['Harbour Lights', 'cancelled', null, 'Hall 2'],
      ['Ningbo Lamps', 'cancelled', 'Budget cut', 'Hall 2'],
      ['Delta Fixtures', 'cancelled', null, 'Hall 2'],
      ['Ningbo Lamps 2', 'cancelled', 'Budget cut', 'Hall 2'],
      ['Ningbo Lamps 3', 'cancelled', 'Budget cut', 'Hall 3'],
    ].map((cells) => rowValues(cells, ctx));
    // A cancellation needs its reason: refused on every row that lacks it, not just the first.
    for (const i of [0, 2]) {
      expect(rows[i]!.customer).toBeNull();
      expect(rows[i]!.issues).toEqual([{ field: 'cancelReason', key: 'err.cancelReason' }]);
    }
    expect(rows[1]!.participation).toMatchObject({ status: 'cancelled', cancelReason: 'Budget cut', hall: 'Hall 2', editionId: edition.id });
    expect(rows[3]!.participation).toEqual(rows[1]!.participation);
    expect(rows[4]!.participation).toMatchObject({ hall: 'Hall 3' });
    // Each row has its own object: changing one changes no other.
    expect(rows[3]!.participation).not.toBe(rows[1]!.participation);
    // Three distinct inputs, each validated once.
    expect(ctx.participations.size).toBe(3);
  });
});
