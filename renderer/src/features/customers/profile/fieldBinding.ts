import type { ChangeEvent } from 'react';
import type { TextField } from './customerFormModel';
import type { CustomerFormState } from './useCustomerForm';

type InputEvent = ChangeEvent<HTMLInputElement | HTMLTextAreaElement>;

/** Props wiring a TextInput/Textarea to a profile text field (value, change, blur check, error). */
export function textProps(form: CustomerFormState, field: TextField) {
  return {
    value: form.values[field],
    onChange: (e: InputEvent) => form.set(field, e.currentTarget.value),
    onBlur: () => form.blur(field),
    error: form.errorOf(field),
    'data-path': field,
  };
}

/** The same for Autocomplete, whose onChange hands over the string itself. */
export function autocompleteProps(form: CustomerFormState, field: TextField) {
  return {
    value: form.values[field],
    onChange: (v: string) => form.set(field, v),
    onBlur: () => form.blur(field),
    error: form.errorOf(field),
    'data-path': field,
  };
}
