import ContentCopyOutlinedIcon from '@mui/icons-material/ContentCopyOutlined';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  DialogActions,
  DialogContent,
  FormControlLabel,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useShowsSecret } from '../../../lib/session';
import type { Snippet } from '../model/copy-as';
import { CopyAsPanel, MONOSPACE } from './copy-as-panel';
import { copyText } from './copy-text';
import { useLeaveGuard } from './use-leave-guard';

export interface SecretViewProps {
  /** The key, as returned once by the create call. '' once the view is done with it. */
  secret: string;
  keyName: string;
  /** The owner's name when the key was made for someone else. */
  sharedWith: string | null;
  /** Called by "Done": the caller clears the secret and closes the dialog. */
  onDone: () => void;
}

const ANNOUNCE_MS = 4000;

const LEAVE_TEXT = {
  title: 'Leave without saving the key?',
  body: 'The key will not be shown again.',
  leaveLabel: 'Leave',
  stayLabel: 'Stay',
};

/**
 * The copy-once view of a new key: the secret, Copy and "Copy as", the warning that it will
 * not be shown again, and Done once the user confirms they saved it. The dialog around it ignores
 * Escape and backdrop clicks; leaving the page asks first. Nothing here logs or stores the secret.
 */
export function SecretView({ secret, keyName, sharedWith, onDone }: SecretViewProps) {
  const fieldRef = useRef<HTMLInputElement>(null);
  const copyRef = useRef<HTMLButtonElement>(null);
  const [saved, setSaved] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const leaveDialog = useLeaveGuard(secret !== '', LEAVE_TEXT);
  // While it shows, a 401 signs in over the page rather than leaving it (src/lib/session).
  useShowsSecret(secret !== '');

  // The form's button that had focus is gone: put focus on the next thing to do.
  useEffect(() => copyRef.current?.focus(), []);

  useEffect(() => {
    if (!announcement) return undefined;
    const timer = setTimeout(() => setAnnouncement(''), ANNOUNCE_MS);
    return () => clearTimeout(timer);
  }, [announcement]);

  /**
   * Copies exactly `text` and says so, or says that it could not and selects `field`, which shows
   * that same text, for a copy by hand. Nothing else is ever copied in its place.
   */
  const copy = async (
    text: string,
    done: string,
    what: string,
    field: HTMLInputElement | HTMLTextAreaElement | null,
  ) => {
    setAnnouncement('');
    if (await copyText(text)) {
      setAnnouncement(done);
      return;
    }
    field?.focus();
    field?.select();
    setAnnouncement(`Copying is blocked here: the ${what} is selected, press Ctrl+C (or ⌘C) to copy it.`);
  };
  const copySnippet = (snippet: Snippet, field: HTMLTextAreaElement | null) =>
    void copy(snippet.text, `Copied ${snippet.what}`, snippet.what, field);

  return (
    <>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Alert severity="warning">
            This key will not be shown again. Copy it now and store it somewhere safe.
            {sharedWith && ` Share it with ${sharedWith} through a secure channel.`}
          </Alert>
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            Key <strong>{keyName}</strong> is ready.
          </Typography>
          <TextField
            label="API key"
            value={secret}
            fullWidth
            inputRef={fieldRef}
            sx={{ '& input': { fontFamily: MONOSPACE } }}
            onFocus={(event) => event.target.select()}
            slotProps={{
              htmlInput: {
                readOnly: true,
                'aria-label': 'API key',
                spellCheck: false,
                autoComplete: 'off',
              },
            }}
          />
          <Box>
            <Button
              ref={copyRef}
              variant="contained"
              startIcon={<ContentCopyOutlinedIcon />}
              onClick={() => void copy(secret, 'Copied', 'key', fieldRef.current)}
            >
              Copy
            </Button>
          </Box>
          <CopyAsPanel secret={secret} onCopy={copySnippet} />
          <Box role="status" aria-live="polite" sx={{ minHeight: '1.5em', typography: 'body2' }}>
            {announcement}
          </Box>
          <FormControlLabel
            control={<Checkbox checked={saved} onChange={(event) => setSaved(event.target.checked)} />}
            label="I have saved this API key"
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" disabled={!saved} onClick={onDone}>
          Done
        </Button>
      </DialogActions>
      {leaveDialog}
    </>
  );
}
