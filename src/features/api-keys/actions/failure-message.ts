import { isApiError } from '../../../lib/api/errors';
import type { ApiKey } from '../model/types';

export type KeyVerb = 'revoke' | 're-activate' | 'delete';

/** What the snackbar says when a row action fails. */
export function failureMessage(error: unknown, key: ApiKey, verb: KeyVerb): string {
  if (isApiError(error) && error.status === 403) return `You don't have permission to ${verb} ${key.name}`;
  // The mutation hooks have already dropped the key from the list: say why it vanished.
  if (isApiError(error) && error.status === 404) return `${key.name} was already deleted`;
  const reason = error instanceof Error ? error.message : 'an unexpected error occurred';
  return `Could not ${verb} ${key.name}: ${reason}`;
}
