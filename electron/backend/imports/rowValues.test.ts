import { describe, expect, it } from 'vitest';
import { rowValues, withoutControls } from './rowValues';

describe('import row values', () => {
  it('drops control characters a spreadsheet carries and keeps its in-cell line breaks', () => {
    expect(withoutControls('Acme\u0000 Lighting\u001b Ltd')).toBe('Acme Lighting Ltd');
    expect(withoutControls('Room 5\u000bBuilding C')).toBe('Room 5\nBuilding C');
    expect(withoutControls('tab\tand\r\nbreaks stay')).toBe('tab\tand\r\nbreaks stay');
    expect(withoutControls(null)).toBeNull();
  });

  it('a name with control characters imports cleaned instead of being rejected', () => {
    const r = rowValues(['Harbour\u0007 Lights Co.', 'Ningbo\u000bZhejiang'], {
      columns: new Map([
        ['companyName', 0],
        ['address', 1],
      ]),
      edition: null,
      dateOrder: 'dmy',
    });
    expect(r.issues).toEqual([]);
    expect(r.customer).toMatchObject({ companyName: 'Harbour Lights Co.', address: 'Ningbo\nZhejiang' });
  });
});
