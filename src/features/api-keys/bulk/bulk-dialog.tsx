import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useEffect, useId, useRef, useState } from 'react';
import type { QueueProgress } from '../../../lib/api/rate-limited-queue';
import { useBulkKeyAction, type BulkResult } from '../api/bulk';
import { isKeyWorking } from '../model/status';
import type { ApiKey, BulkVerb } from '../model/types';
import { BulkProgress } from './bulk-progress';
import { BulkResults } from './bulk-results';
import { duration, keyCount, paceInWords, VERB } from '../model/bulk-wording';

/** What a bulk action is about, fixed when the admin asked for it. */
export interface BulkJob {
  verb: BulkVerb;
  keys: readonly ApiKey[];
  /** Selected keys left alone (already revoked, for a revoke). */
  skipped: number;
  /** Selected keys left alone because Palette does not allow the action on them. */
  refused?: number;
}

export interface BulkDialogProps {
  job: BulkJob;
  open: boolean;
  /** With the results once the action has run; without them when it was not started. */
  onClose: (results?: readonly BulkResult[]) => void;
  onExited: () => void;
}

function refusedNote(verb: BulkVerb, refused: number): string {
  if (refused === 0) return '';
  const one = refused === 1;
  return ` Palette does not allow you to ${verb} ${keyCount(refused)} of the selection: ${one ? 'it stays as it is' : 'they stay as they are'}.`;
}

function question({ verb, keys, skipped, refused = 0 }: BulkJob): string {
  const one = keys.length === 1;
  const them = one ? 'it' : 'them';
  const seconds = duration(keys.length);
  const pace = `${refusedNote(verb, refused)}${seconds === 'a moment' ? '' : ` The console sends ${paceInWords()}, so this takes ${seconds}.`}`;
  if (verb === 'revoke') {
    const left =
      skipped > 0
        ? ` ${keyCount(skipped)} of the selection ${skipped === 1 ? 'is' : 'are'} already revoked and ${skipped === 1 ? 'stays' : 'stay'} as ${skipped === 1 ? 'it is' : 'they are'}.`
        : '';
    return `Anything using ${one ? 'this key' : 'these keys'} stops working at once. You can re-activate ${them} later.${left}${pace}`;
  }
  const now = Date.now();
  const working = keys.filter((key) => isKeyWorking(key, now)).length;
  const active =
    working === 0
      ? ''
      : one
        ? 'This key is still active. '
        : working === keys.length
          ? 'All of them are still active. '
          : `${keyCount(working)} of them ${working === 1 ? 'is' : 'are'} still active. `;
  return `${active}Anything using ${them} stops working, and ${one ? 'a deleted key' : 'deleted keys'} cannot be restored.${pace}`;
}

/**
 * One confirmation that states the count, then the calls through the rate-limited queue with their
 * progress (and a way to stop), then every key's result. It cannot be dismissed while running.
 */
export function BulkDialog({ job, open, onClose, onExited }: BulkDialogProps) {
  const titleId = useId();
  const bodyId = useId();
  const run = useBulkKeyAction();
  const [progress, setProgress] = useState<QueueProgress | null>(null);
  const [results, setResults] = useState<readonly BulkResult[] | null>(null);
  const [stopping, setStopping] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const action = useRef<HTMLButtonElement>(null);
  const { label, doing, done } = VERB[job.verb];
  const count = keyCount(job.keys.length);

  // Leaving the page stops sending; what was sent is still written to the list.
  useEffect(() => () => controller.current?.abort(), []);

  const start = () => {
    controller.current = new AbortController();
    setProgress({ done: 0, failed: 0, total: job.keys.length, throttled: 0 });
    void run(job.verb, job.keys, { signal: controller.current.signal, onProgress: setProgress }).then(
      setResults,
    );
  };

  const running = progress !== null && results === null;
  const phase = results ? 'done' : running ? 'running' : 'confirm';
  // The button that had focus goes away with each phase: give focus to the one that replaces it.
  useEffect(() => {
    if (phase !== 'confirm') action.current?.focus();
  }, [phase]);
  const title = results
    ? `${done} ${results.filter((r) => r.outcome === 'done').length.toLocaleString()} of ${count}`
    : running
      ? `${doing} ${count}`
      : `${label} ${count}?`;

  return (
    <Dialog
      open={open}
      onClose={running ? undefined : () => onClose(results ?? undefined)}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      maxWidth="sm"
      fullWidth
      slotProps={{ transition: { onExited } }}
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      {/* The results of many keys scroll (a phone shows a dozen): focusable, so a keyboard scrolls them too. */}
      <DialogContent id={bodyId} tabIndex={results ? 0 : undefined}>
        {results ? (
          <BulkResults verb={job.verb} results={results} />
        ) : running ? (
          <BulkProgress verb={job.verb} progress={progress} />
        ) : (
          <DialogContentText>{question(job)}</DialogContentText>
        )}
      </DialogContent>
      <DialogActions>
        {results ? (
          <Button ref={action} variant="contained" onClick={() => onClose(results)}>
            Close
          </Button>
        ) : running ? (
          <Button
            ref={action}
            disabled={stopping}
            onClick={() => {
              setStopping(true);
              controller.current?.abort();
            }}
          >
            {stopping ? 'Cancelling…' : 'Cancel'}
          </Button>
        ) : (
          <>
            <Button onClick={() => onClose()}>Cancel</Button>
            <Button
              variant="contained"
              color="error"
              onClick={start}
              // The dark palette's error red is too light for white text; its darker shade passes.
              sx={(theme) => theme.applyStyles('dark', { bgcolor: 'error.dark' })}
            >
              {label} {count}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
