import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import type { Resolver } from 'react-hook-form';
import { useSession } from '../../../lib/session';
import type { TenantUser } from '../../../lib/users';
import { emptyKeyForm, keyFormSchema, toDraft, type KeyFormValues } from '../model/key-form';
import { ExpiryField } from './expiry-field';
import { KeyFormFrame } from './key-form-frame';
import { OwnerField } from './owner-field';
import { useKeyForm } from './use-key-form';
import { applyServerError } from '../model/server-errors';
import type { CreateOutcome, CreateRequest } from '../api/use-create-key';

/** What the secret view needs to know about the key just made. */
export interface CreatedKeyInfo {
  secret: string;
  keyName: string;
  /** The owner's name when the key was made for someone else; null for the signed-in user's own key. */
  sharedWith: string | null;
}

export interface CreateKeyFormProps {
  ownerChoice: boolean;
  create: (request: CreateRequest) => Promise<CreateOutcome>;
  busy: boolean;
  checking: boolean;
  onCreated: (created: CreatedKeyInfo) => void;
  onCancel: () => void;
}

// The schema is rebuilt at each validation so that "tomorrow" and "one year ahead" count from the
// moment of the submit, not from when the dialog opened.
const resolver: Resolver<KeyFormValues> = (values, context, options) =>
  zodResolver(keyFormSchema({ now: Date.now() }))(values, context, options);

/** The fields of "Add New API Key" and its submit; the dialog around it lives in CreateKeyDialog. */
export function CreateKeyForm({
  ownerChoice,
  create,
  busy,
  checking,
  onCreated,
  onCancel,
}: CreateKeyFormProps) {
  const session = useSession();
  const [openedAt] = useState(() => Date.now());
  const [owner, setOwner] = useState<TenantUser>(() => ({
    uid: session.userUid,
    name: session.name,
    email: session.email,
    isActive: true,
  }));
  // A double click can start a second submit before the disabled button renders, or after a fast
  // first create has already finished: only one submit runs, and none after a success.
  const phase = useRef<'idle' | 'running' | 'created'>('idle');
  const { form, problem, setProblem } = useKeyForm({
    defaultValues: emptyKeyForm(session.userUid, openedAt),
    resolver,
  });
  const { control, setError } = form;

  const onValid = async (values: KeyFormValues) => {
    const ownerUid = ownerChoice ? values.ownerUid : session.userUid;
    const request = { ...toDraft(values, Date.now()), ownerUid };
    if (phase.current !== 'idle') return;
    phase.current = 'running';
    setProblem(null);
    const outcome = await create(request);
    phase.current = outcome.kind === 'created' ? 'created' : 'idle';
    switch (outcome.kind) {
      case 'created':
        onCreated({
          secret: outcome.secret,
          keyName: request.name,
          sharedWith: ownerUid === session.userUid ? null : owner.name,
        });
        return;
      case 'refused':
        setProblem(applyServerError(outcome.error, values, setError, { ownerShown: ownerChoice }));
        return;
      case 'no-answer':
        setProblem(outcome.problem);
        return;
    }
  };

  return (
    <KeyFormFrame
      form={form}
      onValid={onValid}
      problem={problem}
      busy={busy}
      submitLabel={(pending) => (checking ? 'Checking…' : pending ? 'Generating…' : 'Generate')}
      onCancel={onCancel}
    >
      {ownerChoice && <OwnerField control={control} selected={owner} onSelectedChange={setOwner} />}
      <ExpiryField control={control} now={openedAt} />
    </KeyFormFrame>
  );
}
