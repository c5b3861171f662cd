import { data } from 'react-router';
import type { FormErrors } from '../../lib/form-errors.ts';

/** What a My page form's submit answers; `intent` says which form it came from. */
export type MeActionResult = {
  intent: string;
  ok: boolean;
  message?: string;
  errors: FormErrors;
  values?: Record<string, string>;
};

/** A refused submit, with the values to put back in the form. */
export function fail(
  intent: string,
  errors: FormErrors,
  values?: Record<string, string>,
  status = 400,
) {
  return data<MeActionResult>(
    { intent, ok: false, errors, ...(values ? { values } : {}) },
    { status },
  );
}
