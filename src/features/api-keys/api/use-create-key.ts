import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { isApiError } from '../../../lib/api/errors';
import type { KeyDraft } from '../model/types';
import { useCreateApiKey } from './mutations';
import { apiKeyQueries } from './queries';
import { sameKeyName } from '../model/schemas';
import type { FormProblem } from '../model/server-errors';

export type CreateRequest = KeyDraft & { ownerUid: string };

export type CreateOutcome =
  /** The secret, already out of the mutation cache: the caller is its only holder. */
  | { kind: 'created'; secret: string; uid: string }
  /** The server refused: field errors or a message, for the form to show. */
  | { kind: 'refused'; error: unknown }
  /** No answer came; the list was checked to find out what happened (`found`), as `problem` says. */
  | { kind: 'no-answer'; problem: FormProblem; found: NoAnswerFinding };

/** What the list said after a create without an answer: the key is there, it is not, or no list came. */
export type NoAnswerFinding = 'created' | 'not-created' | 'unknown';

/** Server and client clocks differ; a key this much older than the submit is not ours. */
const CLOCK_SLACK_MS = 10 * 60_000;

const CREATED_WITHOUT_SECRET =
  'The key was created, but its secret could not be shown. Revoke it and create a new one.';
const NOT_CREATED = 'The key was not created. You can try again.';
const UNKNOWN =
  'The server did not answer, and the list of keys could not be checked either. Look for the key in the list before you try again.';

function sameNameUids(client: QueryClient, request: CreateRequest): Set<string> {
  const keys = client.getQueryData(apiKeyQueries.list().queryKey) ?? [];
  return new Set(
    keys
      .filter((k) => k.owner.uid === request.ownerUid && sameKeyName(k.name, request.name))
      .map((k) => k.uid),
  );
}

/**
 * After a create that got no answer, a blind retry could make a second key. Reload the list and
 * look for a key of that name and owner that is new since the submit.
 */
async function reconcile(
  client: QueryClient,
  request: CreateRequest,
  startedAt: number,
  knownBefore: Set<string>,
): Promise<{ problem: FormProblem; found: NoAnswerFinding }> {
  try {
    const keys = await client.fetchQuery({ ...apiKeyQueries.list(), staleTime: 0 });
    const created = keys.some(
      (k) =>
        !knownBefore.has(k.uid) &&
        k.owner.uid === request.ownerUid &&
        sameKeyName(k.name, request.name) &&
        (k.createdAt === null || k.createdAt >= startedAt - CLOCK_SLACK_MS),
    );
    return created
      ? { found: 'created', problem: { severity: 'warning', message: CREATED_WITHOUT_SECRET } }
      : { found: 'not-created', problem: { severity: 'info', message: NOT_CREATED } };
  } catch {
    return { found: 'unknown', problem: { severity: 'error', message: UNKNOWN } };
  }
}

/**
 * Creates a key; a create without an answer is never retried but checked against the list. The
 * mutation is reset as soon as the secret has been taken, so the cache holds no trace of it.
 * (The form guards against double submits: it knows when a create has succeeded for good.)
 */
export function useCreateKey() {
  const client = useQueryClient();
  const mutation = useCreateApiKey();
  const { mutateAsync, reset } = mutation;
  const [checking, setChecking] = useState(false);

  const create = useCallback(
    async (request: CreateRequest): Promise<CreateOutcome> => {
      const startedAt = Date.now();
      const knownBefore = sameNameUids(client, request);
      try {
        const { apiKey, uid } = await mutateAsync(request);
        return { kind: 'created', secret: apiKey, uid };
      } catch (error) {
        if (!isApiError(error) || !error.isNoAnswer) return { kind: 'refused', error };
        setChecking(true);
        try {
          return { kind: 'no-answer', ...(await reconcile(client, request, startedAt, knownBefore)) };
        } finally {
          setChecking(false);
        }
      } finally {
        // Success or failure, the mutation's state goes: its data is the secret, its error is shown
        // by the form, and a dismissed dialog must not find an old outcome.
        reset();
      }
    },
    [client, mutateAsync, reset],
  );

  return { create, busy: mutation.isPending || checking, checking };
}
