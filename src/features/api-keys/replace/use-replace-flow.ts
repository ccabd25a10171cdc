import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { isApiError } from '../../../lib/api/errors';
import { useSession } from '../../../lib/session';
import { useSetApiKeyState } from '../api/mutations';
import { apiKeyQueries } from '../api/queries';
import { useCreateKey, type CreateRequest } from '../api/use-create-key';
import { DEFAULT_PRESET, expiryFromForm } from '../model/key-form';
import { DUPLICATE_NAME_MESSAGE } from '../model/schemas';
import type { FormProblem } from '../model/server-errors';
import type { ApiKey } from '../model/types';
import { clearMark, markReplaced } from './replaced-marks';
import {
  limitProblem,
  noAnswerProblem,
  refusedProblem,
  revokeFailed,
  type ReplaceNames,
} from './replace-wording';
import { proposeSuccessorName } from './successor-name';

interface Successor {
  uid: string;
  name: string;
}

/** Where a replace stands. The secret lives only in the `secret` step, and goes with it. */
export type ReplaceStep =
  | { kind: 'name'; problem: FormProblem | null }
  | { kind: 'secret'; secret: string; successor: Successor }
  | { kind: 'retire'; successor: Successor; problem: FormProblem | null; revoking: boolean }
  | { kind: 'stuck'; problem: FormProblem };

/**
 * The replace of `oldKey`, step by step: create the successor (the create path of "Add New API
 * Key", so a create without an answer is checked, never retried), show its secret, then revoke the
 * old key or keep it, flagged as replaced. The old key is touched only by that last choice.
 * `onDone` gets the sentence for the snackbar.
 */
export function useReplaceFlow(oldKey: ApiKey, onDone: (message: string) => void) {
  const session = useSession();
  const list = useQuery(apiKeyQueries.list());
  const limit = useQuery(apiKeyQueries.limit(session.tenantUid));
  const { create, busy, checking } = useCreateKey();
  const { mutateAsync: changeState } = useSetApiKeyState();
  const [step, setStep] = useState<ReplaceStep>({ kind: 'name', problem: null });
  // One create at a time, and none once a key has been made (whether or not its secret came).
  const phase = useRef<'idle' | 'running' | 'made'>('idle');

  const ownerUid = oldKey.owner.uid;
  const owner = ownerUid === session.userUid ? null : oldKey.owner.name;
  const ownersKeys = useMemo(
    () => (list.data ?? []).filter((k) => k.owner.uid === ownerUid),
    [list.data, ownerUid],
  );
  const takenNames = useMemo(() => ownersKeys.map((k) => k.name), [ownersKeys]);
  // Proposed once, as the dialog opens: the list changing under the form must not rewrite it.
  const [proposedName] = useState(() => proposeSuccessorName(oldKey.name, takenNames));
  const [expiresFrom] = useState(() => Date.now());
  const atLimit = limit.data !== undefined && ownersKeys.length >= limit.data;
  const blocked =
    step.kind === 'name' && atLimit
      ? limitProblem({ old: oldKey.name, successor: proposedName, owner }, limit.data)
      : null;

  const names = (successor: string): ReplaceNames => ({ old: oldKey.name, successor, owner });

  const submit = async (name: string, setNameError: (message: string) => void) => {
    if (phase.current !== 'idle') return;
    phase.current = 'running';
    setStep({ kind: 'name', problem: null });
    const now = Date.now();
    const request: CreateRequest = {
      name: name.trim(),
      description: oldKey.description,
      expiry: expiryFromForm({ expiryPreset: DEFAULT_PRESET, customDate: '' }, now),
      ownerUid,
    };
    const outcome = await create(request);
    phase.current = outcome.kind === 'created' ? 'made' : 'idle';
    switch (outcome.kind) {
      case 'created':
        setStep({
          kind: 'secret',
          secret: outcome.secret,
          successor: { uid: outcome.uid, name: request.name },
        });
        return;
      case 'refused': {
        const error = outcome.error;
        const onName =
          isApiError(error) &&
          (error.fieldErrors.name ??
            (error.code === 'ApiKeyNameConflict' ? DUPLICATE_NAME_MESSAGE : undefined));
        if (onName) setNameError(onName);
        setStep({ kind: 'name', problem: refusedProblem(names(request.name), error, limit.data) });
        return;
      }
      case 'no-answer':
        if (outcome.found === 'created') {
          phase.current = 'made';
          setStep({ kind: 'stuck', problem: noAnswerProblem(names(request.name), 'created') });
        } else setStep({ kind: 'name', problem: noAnswerProblem(names(request.name), outcome.found) });
        return;
    }
  };

  /** Done on the secret view: the secret leaves state here, before anything else is offered. */
  const secretSeen = () => {
    if (step.kind === 'secret')
      setStep({ kind: 'retire', successor: step.successor, problem: null, revoking: false });
  };

  const revoke = async () => {
    if (step.kind !== 'retire' || step.revoking) return;
    const { successor } = step;
    setStep({ ...step, revoking: true, problem: null });
    try {
      await changeState({ uid: oldKey.uid, isActive: false });
      clearMark(session.tenantUid, oldKey.uid);
      onDone(`Replaced ${oldKey.name} with ${successor.name}; ${oldKey.name} is revoked`);
    } catch (error) {
      if (isApiError(error) && error.status === 404) {
        onDone(`${successor.name} is ready; ${oldKey.name} had already been deleted`);
        return;
      }
      setStep({
        kind: 'retire',
        successor,
        revoking: false,
        problem: revokeFailed(names(successor.name), error),
      });
    }
  };

  const keep = () => {
    if (step.kind !== 'retire' || step.revoking) return;
    const { successor } = step;
    markReplaced(session.tenantUid, {
      oldUid: oldKey.uid,
      successorUid: successor.uid,
      successorName: successor.name,
      ownerUid,
      markedAt: Date.now(),
    });
    onDone(`${successor.name} is ready; ${oldKey.name} stays active, marked as replaced`);
  };

  return {
    step,
    owner,
    names,
    proposedName,
    takenNames,
    expiresAt: expiresFrom + Number(DEFAULT_PRESET) * 24 * 60 * 60 * 1000,
    blocked,
    busy,
    checking,
    submit,
    secretSeen,
    revoke,
    keep,
  };
}
