import { describe, expect, it } from 'vitest';
import { emptyValues, fromLocalInput, toCreateInput, toLocalInput, toUpdateInput, valuesOf } from './interactionFormModel';

describe('interaction form model', () => {
  it('round-trips a local wall-clock moment', () => {
    const d = new Date(2026, 10, 22, 9, 5);
    expect(toLocalInput(d)).toBe('2026-11-22T09:05');
    expect(fromLocalInput('2026-11-22T09:05')).toBe(d.toISOString());
    expect(fromLocalInput('2026-11-22')).toBeNull();
    expect(fromLocalInput('')).toBeNull();
  });

  it('sends empty optional fields as null and keeps a bad moment for the backend to name', () => {
    const v = { ...emptyValues({ customerId: 'c1', staff: 'Li Na', now: new Date(2026, 0, 2, 3, 4) }), summary: 'Call', cost: '' };
    expect(toCreateInput(v)).toEqual({
      customerId: 'c1', at: new Date(2026, 0, 2, 3, 4).toISOString(), type: 'call', direction: null, staff: 'Li Na',
      summary: 'Call', outcome: null, cost: 0, followUpOn: null,
    });
    expect(toCreateInput({ ...v, at: 'bad', staff: '  ' })).toMatchObject({ at: 'bad', staff: null });
  });

  it('edits an interaction as it was saved', () => {
    const i = {
      id: 'i1', customerId: 'c1', customerName: 'X', at: '2026-03-01T10:00:00.000Z', type: 'complaint' as const, direction: 'inbound' as const,
      staff: null, editionId: null, editionName: null, summary: 'Wet stand', outcome: 'Refund', cost: 12.5, followUpOn: '2026-03-05',
      complaintState: 'open' as const, resolvedAt: null, version: 3, createdAt: '', updatedAt: '',
    };
    const v = valuesOf(i);
    expect(v).toMatchObject({ type: 'complaint', direction: 'inbound', staff: '', outcome: 'Refund', cost: 12.5, followUpOn: '2026-03-05' });
    expect(toUpdateInput(i, v)).toEqual({
      id: 'i1', version: 3,
      patch: { at: '2026-03-01T10:00:00.000Z', type: 'complaint', direction: 'inbound', staff: null, summary: 'Wet stand', outcome: 'Refund', cost: 12.5, followUpOn: '2026-03-05' },
    });
  });
});
