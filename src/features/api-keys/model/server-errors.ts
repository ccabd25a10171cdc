import type { UseFormSetError } from 'react-hook-form';
import { isApiError } from '../../../lib/api/errors';
import { DUPLICATE_NAME_MESSAGE } from './schemas';
import type { KeyFormValues } from './key-form';

/** A problem that belongs to no single field: shown above the form. */
export interface FormProblem {
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** Palette's correlation reference, to quote to support. */
  ref?: string | undefined;
}

type FieldName = 'name' | 'description' | 'ownerUid' | 'expiryPreset' | 'customDate';

/**
 * Puts a refused create or edit back onto the form: Palette's field errors (`details.fields`) and a
 * duplicate name go on the field they concern, focusing the first; anything else comes back as a
 * problem for the alert above the form. Nothing the user typed is touched.
 */
export function applyServerError(
  error: unknown,
  values: KeyFormValues,
  setError: UseFormSetError<KeyFormValues>,
  { ownerShown }: { ownerShown: boolean },
): FormProblem | null {
  if (!isApiError(error)) return { severity: 'error', message: 'An unexpected error occurred. Try again.' };
  const expiryField: FieldName = values.expiryPreset === 'custom' ? 'customDate' : 'expiryPreset';
  const target: Record<string, FieldName | undefined> = {
    name: 'name',
    description: 'description',
    expiry: expiryField,
    userUid: ownerShown ? 'ownerUid' : undefined,
  };
  const onFields: [FieldName, string][] = [];
  const elsewhere: string[] = [];
  for (const [wireField, message] of Object.entries(error.fieldErrors)) {
    const field = target[wireField];
    if (field) onFields.push([field, message]);
    else elsewhere.push(message);
  }
  if (error.code === 'ApiKeyNameConflict' && !onFields.some(([field]) => field === 'name'))
    onFields.push(['name', error.fieldErrors.name ?? DUPLICATE_NAME_MESSAGE]);
  onFields.forEach(([field, message], index) =>
    setError(field, { type: 'server', message }, { shouldFocus: index === 0 }),
  );
  if (onFields.length > 0 && elsewhere.length === 0) return null;
  return {
    severity: 'error',
    message: elsewhere.length > 0 ? `${error.message}: ${elsewhere.join('; ')}` : error.message,
    ref: error.ref,
  };
}
