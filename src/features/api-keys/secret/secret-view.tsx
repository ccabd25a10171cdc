import ContentCopyOutlinedIcon from '@mui/icons-material/ContentCopyOutlined';
import TerminalOutlinedIcon from '@mui/icons-material/TerminalOutlined';
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
 * Copies `text`: the Clipboard API where the page may use it, else the selected text of `field`
 * through the legacy copy command. Returns false when neither worked; the text is then selected,
 * ready for Ctrl+C.
 */
async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied (insecure context, no permission): fall through to the legacy path.
  }
  field?.focus();
  field?.select();
  try {
    return typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * The copy-once view of a new key: the secret, Copy and "Copy as curl", the warning that it will
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

  const copy = async (text: string, done: string) => {
    setAnnouncement('');
    const copied = await copyText(text, fieldRef.current);
    if (copied) {
      setAnnouncement(done);
    } else {
      fieldRef.current?.focus();
      fieldRef.current?.select();
      setAnnouncement('Copying is blocked here: the key is selected, press Ctrl+C (or ⌘C) to copy it.');
    }
  };

  const curl = `curl -H "ApiKey: ${secret}" ${window.location.origin}/v1/users/info`;

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
            sx={{ '& input': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' } }}
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
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
            <Button
              ref={copyRef}
              variant="contained"
              startIcon={<ContentCopyOutlinedIcon />}
              onClick={() => void copy(secret, 'Copied')}
            >
              Copy
            </Button>
            <Button
              variant="outlined"
              startIcon={<TerminalOutlinedIcon />}
              onClick={() => void copy(curl, 'Copied curl command')}
            >
              Copy as curl
            </Button>
          </Stack>
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
