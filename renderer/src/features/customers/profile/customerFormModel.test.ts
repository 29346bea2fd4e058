import { describe, expect, it } from 'vitest';
import { CustomerCreateInput } from '@shared/api/customers';
import { emptyContact, emptyValues, shiftContactErrors, toCreateInput, validateAll, type FormValues } from './customerFormModel';

// The form checks fields before sending so the user sees errors at once; the API checks
// them again at the boundary. The two must agree, or the form would block valid input or
// let through input the API then rejects. Each case is checked against both.

function form(patch: Partial<FormValues>, contact?: Partial<FormValues['contacts'][number]>): FormValues {
  return { ...emptyValues(), companyName: 'Acme', ...patch, contacts: contact ? [{ ...emptyContact(), name: 'A', ...contact }] : [] };
}

const cases: [string, FormValues][] = [
  ['minimal', form({})],
  ['blank name', form({ companyName: '   ' })],
  ['long name', form({ companyName: 'x'.repeat(201) })],
  ['name at the limit', form({ companyName: 'x'.repeat(200) })],
  ['good email', form({ email: 'sales@acme.cn' })],
  ['bad email', form({ email: 'sales@acme' })],
  ['good phone', form({ phone: '+86 138-1234-5678' })],
  ['bad phone', form({ phone: '12ab' })],
  ['good website', form({ website: 'acme.com/en' })],
  ['IDN website', form({ website: '例子.中国' })],
  ['bad website', form({ website: 'javascript:alert(1)' })],
  ['long notes', form({ notes: 'n'.repeat(10_001) })],
  ['long city', form({ city: 'c'.repeat(101) })],
  ['contact ok', form({}, { email: 'a@b.cn', phone: '010 1234 5678' })],
  ['contact without name', form({}, { name: ' ' })],
  ['contact bad email', form({}, { email: 'a@' })],
  ['contact long title', form({}, { title: 't'.repeat(101) })],
  ['untrimmed values', form({ companyName: '  Acme  ', email: '  a@b.cn  ' })],
];

describe('form validation agrees with the API schema', () => {
  it.each(cases)('%s', (_label, values) => {
    const formErrors = validateAll(values);
    const api = CustomerCreateInput.safeParse(toCreateInput(values));
    const apiPaths = api.success ? [] : api.error.issues.map((i) => i.path.join('.'));
    expect(Object.keys(formErrors).sort()).toEqual([...new Set(apiPaths)].sort());
  });
});

describe('contact error paths', () => {
  it('move up when an earlier contact is removed', () => {
    expect(shiftContactErrors({ email: 'x', 'contacts.0.name': 'a', 'contacts.2.email': 'b' }, 1)).toEqual({
      email: 'x',
      'contacts.0.name': 'a',
      'contacts.1.email': 'b',
    });
  });
});
