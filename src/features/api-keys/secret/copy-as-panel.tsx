import ContentCopyOutlinedIcon from '@mui/icons-material/ContentCopyOutlined';
import { Box, Button, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useId, useMemo, useRef, useState } from 'react';
import { useRuntimeConfig } from '../../../lib/api/runtime-config-context';
import { useSession } from '../../../lib/session';
import { copyTarget, snippets, type Snippet, type SnippetId } from '../model/copy-as';

export const MONOSPACE = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

export interface CopyAsPanelProps {
  secret: string;
  /** Copies the snippet's text; on failure the caller selects `field` for a copy by hand. */
  onCopy: (snippet: Snippet, field: HTMLTextAreaElement | null) => void;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * "Copy as": the tools Palette users run (environment, Terraform, Palette CLI, curl). The chosen
 * snippet is shown as it will be copied, and its button names it. The API host and the console
 * URL come from the runtime configuration, the organisation from the session.
 */
export function CopyAsPanel({ secret, onCopy }: CopyAsPanelProps) {
  const headingId = useId();
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const config = useRuntimeConfig();
  const { orgName } = useSession();
  const [chosen, setChosen] = useState<SnippetId>('env');
  const list = useMemo(
    () =>
      snippets(
        secret,
        copyTarget({
          apiBaseUrl: config.apiBaseUrl,
          apiHost: config.apiHost,
          consoleUrl: config.consoleUrl,
          origin: window.location.origin,
          orgName,
        }),
      ),
    [secret, config, orgName],
  );
  const snippet = list.find((s) => s.id === chosen) ?? list[0]!;

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} component="h3" variant="subtitle2" sx={{ mb: 1 }}>
        Copy as
      </Typography>
      <Stack spacing={1.5}>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={chosen}
          aria-labelledby={headingId}
          onChange={(_event, next: SnippetId | null) => next && setChosen(next)}
          sx={{ flexWrap: 'wrap' }}
        >
          {list.map((s) => (
            <ToggleButton key={s.id} value={s.id} sx={{ textTransform: 'none' }}>
              {s.tool}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <TextField
          label={capitalised(snippet.what)}
          value={snippet.text}
          multiline
          fullWidth
          inputRef={fieldRef}
          onFocus={(event) => event.target.select()}
          helperText={
            snippet.id === 'env'
              ? 'Holds the key. The other snippets read it from SPECTROCLOUD_APIKEY.'
              : 'Reads the key from SPECTROCLOUD_APIKEY: run the export line first.'
          }
          sx={{ '& textarea': { fontFamily: MONOSPACE, fontSize: '0.8125rem' } }}
          slotProps={{ htmlInput: { readOnly: true, spellCheck: false, autoComplete: 'off' } }}
        />
        <Box>
          <Button
            variant="outlined"
            startIcon={<ContentCopyOutlinedIcon />}
            onClick={() => onCopy(snippet, fieldRef.current)}
          >
            Copy {snippet.what}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
