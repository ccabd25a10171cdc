import { isApiError } from '../../../lib/api/errors';
import type { NoAnswerFinding } from '../api/use-create-key';
import type { FormProblem } from '../model/server-errors';

/** The two keys of a replace, by name, and whose they are (null: the signed-in user's own). */
export interface ReplaceNames {
  old: string;
  successor: string;
  /** The owner's name when the key is someone else's. */
  owner: string | null;
}

const oldStands = (old: string) => `The old key ${old} is still active and works.`;

/** The per-user limit stands in the way: nothing is made, and what to do about it. */
export function limitProblem({ old, owner }: ReplaceNames, limit: number | undefined): FormProblem {
  const who = owner ? `${owner} has` : 'You have';
  const most = limit === undefined ? 'the most keys allowed' : `the limit of ${limit} keys`;
  return {
    severity: 'error',
    message: `${who} reached ${most}, so no new key was made. ${oldStands(old)} Delete a key that is no longer needed, then replace ${old} again.`,
  };
}

const LIMIT_CODES = new Set(['ApiKeyLimitExceeded', 'ResourceLimitExceeded', 'LimitExceeded']);

/** Whether Palette refused a create because the owner has as many keys as allowed. */
export function isLimitError(error: unknown): boolean {
  return isApiError(error) && LIMIT_CODES.has(error.code);
}

/**
 * A create that the server refused (it answered): nothing was made, the old key stands. A name
 * already taken goes on the name field too (the form puts it there).
 */
export function refusedProblem(names: ReplaceNames, error: unknown, limit: number | undefined): FormProblem {
  if (isLimitError(error)) return limitProblem(names, limit);
  const nothing = `No new key was made. ${oldStands(names.old)}`;
  if (isApiError(error) && error.code === 'ApiKeyNameConflict')
    return { severity: 'error', message: `${nothing} Choose another name for the new key.` };
  if (isApiError(error) && error.status === 403)
    return {
      severity: 'error',
      message: `Palette refused to create the new key: you don't have permission. ${nothing}`,
      ref: error.ref,
    };
  const reason = error instanceof Error ? error.message : 'an unexpected error occurred';
  return {
    severity: 'error',
    message: `Could not create the new key: ${reason}. ${nothing} You can try again.`,
    ref: isApiError(error) ? error.ref : undefined,
  };
}

/** A create that got no answer, once the list has said what it could. */
export function noAnswerProblem({ old, successor }: ReplaceNames, found: NoAnswerFinding): FormProblem {
  switch (found) {
    case 'not-created':
      return {
        severity: 'info',
        message: `The server did not answer, and the list of keys holds no ${successor}: no new key was made. ${oldStands(old)} You can try again.`,
      };
    case 'unknown':
      return {
        severity: 'warning',
        message: `The server did not answer, and the list of keys could not be checked: ${successor} may or may not have been made. ${oldStands(old)} Look for ${successor} in the list before you try again; if it is there, revoke it, since its secret was never shown.`,
      };
    case 'created':
      return {
        severity: 'warning',
        message: `The new key ${successor} was made, but the server's answer was lost on the way, so its secret was never shown and nothing can use it. ${oldStands(old)} Revoke ${successor} in the list, then replace ${old} again.`,
      };
  }
}

/** What exists once the successor's secret has been seen. */
export function successorWorks({ successor, owner }: ReplaceNames): string {
  return owner
    ? `The new key ${successor} of ${owner} exists and works.`
    : `Your new key ${successor} exists and works.`;
}

/** A revoke of the old key that failed: both keys stand. */
export function revokeFailed(names: ReplaceNames, error: unknown): FormProblem {
  const reason =
    isApiError(error) && error.status === 403
      ? "you don't have permission"
      : error instanceof Error
        ? error.message
        : 'an unexpected error occurred';
  return {
    severity: 'error',
    message: `Could not revoke ${names.old}: ${reason}. ${successorWorks(names)} ${oldStands(names.old)}`,
    ref: isApiError(error) ? error.ref : undefined,
  };
}
