import { parseContactCard } from '@shared/domain/contactCard';
import { describe, expect, it } from 'vitest';
import { applyCard, checkDraft, emptyDraft, isBlank, matchQuery, toSaveInput } from './captureModel';

describe('quick capture form model', () => {
  it('a pasted card fills the fields it has and keeps what was typed in the others', () => {
    const typed = { ...emptyDraft(), company: 'Typed Co', interest: 'LED' };
    const { draft, filled } = applyCard(typed, parseContactCard('Name: Li Na\nEmail: li@x.example'));
    expect(filled).toEqual(['person', 'email']);
    expect(draft).toMatchObject({ company: 'Typed Co', person: 'Li Na', email: 'li@x.example', interest: 'LED' });
  });

  it('checks company (unless a customer is chosen), formats and who captures', () => {
    expect(checkDraft(emptyDraft(), '', false)).toEqual({ company: 'errors.companyRequired', capturedBy: 'errors.capturedByRequired' });
    expect(checkDraft(emptyDraft(), 'Wang', true)).toEqual({});
    expect(checkDraft({ ...emptyDraft(), company: 'A', email: 'a@', phone: 'abc' }, 'Wang', false)).toEqual({
      email: 'errors.email',
      phone: 'errors.phone',
    });
  });

  it('looks up matches only for something worth looking up', () => {
    expect(matchQuery(emptyDraft())).toBeNull();
    expect(matchQuery({ ...emptyDraft(), company: 'A', email: 'half@', phone: '123' })).toBeNull();
    expect(matchQuery({ ...emptyDraft(), company: ' Acme ', email: 'a@b.example', phone: '138 1234 5678' })).toEqual({
      company: 'Acme',
      email: 'a@b.example',
      phone: '138 1234 5678',
    });
  });

  it('builds the save input; a blank company becomes null for a chosen customer', () => {
    const input = toSaveInput({ ...emptyDraft(), company: '  ' }, { capturedBy: 'Wang', editionId: null, customerId: 'c1' });
    expect(input).toMatchObject({ company: null, capturedBy: 'Wang', customerId: 'c1', temperature: 'warm', categories: [] });
    expect(isBlank(emptyDraft())).toBe(true);
    expect(isBlank({ ...emptyDraft(), note: 'x' })).toBe(false);
  });
});
