import { Dialog, DialogTitle } from '@mui/material';
import { useId, useState } from 'react';
import { SecretView } from '../secret/secret-view';
import type { ApiKey } from '../model/types';
import { ReplaceNameStep } from './replace-name-step';
import { ReplaceRetireStep } from './replace-retire-step';
import { ReplaceStuckStep } from './replace-stuck-step';
import { useReplaceFlow, type ReplaceStep } from './use-replace-flow';

export interface ReplaceKeyDialogProps {
  /** The key to replace; the dialog is open while it is set. */
  apiKey: ApiKey | null;
  /** Cancel, or Close after a failure; the caller sets `apiKey` to null. */
  onClose: () => void;
  /** The replace is over, with a sentence for the snackbar; the caller sets `apiKey` to null. */
  onDone: (message: string) => void;
}

function title(step: ReplaceStep, oldName: string): string {
  switch (step.kind) {
    case 'name':
      return `Replace ${oldName}`;
    case 'secret':
      return 'New API key created';
    case 'retire':
      return `Revoke ${oldName} now?`;
    case 'stuck':
      return 'The new key cannot be used';
  }
}

interface ReplaceFlowDialogProps {
  open: boolean;
  apiKey: ApiKey;
  onClose: () => void;
  onDone: (message: string) => void;
}

function ReplaceFlowDialog({ open, apiKey, onClose, onDone }: ReplaceFlowDialogProps) {
  const titleId = useId();
  const flow = useReplaceFlow(apiKey, onDone);
  const { step } = flow;

  // Escape and the backdrop: leave the form (unless a create runs), never the secret, and after
  // it keep the old key, the choice that stops nothing.
  const dismiss = () => {
    if (step.kind === 'name' && !flow.busy) onClose();
    else if (step.kind === 'retire') flow.keep();
    else if (step.kind === 'stuck') onClose();
  };

  return (
    <Dialog open={open} onClose={dismiss} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
        {title(step, apiKey.name)}
      </DialogTitle>
      {step.kind === 'name' && (
        <ReplaceNameStep
          oldKey={apiKey}
          owner={flow.owner}
          proposedName={flow.proposedName}
          takenNames={flow.takenNames}
          expiresAt={flow.expiresAt}
          problem={step.problem}
          blocked={flow.blocked}
          busy={flow.busy}
          checking={flow.checking}
          onSubmit={(name, setNameError) => void flow.submit(name, setNameError)}
          onCancel={onClose}
        />
      )}
      {step.kind === 'secret' && (
        <SecretView
          secret={step.secret}
          keyName={step.successor.name}
          sharedWith={flow.owner}
          onDone={flow.secretSeen}
        />
      )}
      {step.kind === 'retire' && (
        <ReplaceRetireStep
          names={flow.names(step.successor.name)}
          problem={step.problem}
          revoking={step.revoking}
          onRevoke={() => void flow.revoke()}
          onKeep={flow.keep}
        />
      )}
      {step.kind === 'stuck' && <ReplaceStuckStep problem={step.problem} onClose={onClose} />}
    </Dialog>
  );
}

/**
 * "Replace…": a successor for a key, its secret shown once, then the old key revoked now or kept
 * for now. Each opening starts afresh; the last key stays on screen while the dialog fades out.
 */
export function ReplaceKeyDialog({ apiKey, onClose, onDone }: ReplaceKeyDialogProps) {
  const [shown, setShown] = useState<ApiKey | null>(apiKey);
  // Counted per opening, so that replacing the same key twice starts the second one afresh.
  const [openings, setOpenings] = useState({ count: apiKey ? 1 : 0, open: apiKey !== null });
  if (apiKey && apiKey !== shown) setShown(apiKey);
  if ((apiKey !== null) !== openings.open)
    setOpenings({ count: openings.count + (apiKey ? 1 : 0), open: apiKey !== null });
  if (!shown) return null;
  return (
    <ReplaceFlowDialog
      key={openings.count}
      open={apiKey !== null}
      apiKey={shown}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
