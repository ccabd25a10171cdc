import CloseIcon from '@mui/icons-material/Close';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import {
  Box,
  Button,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormLabel,
  IconButton,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useId, useRef, useState, useSyncExternalStore, type Ref } from 'react';
import { DATASETS, isDatasetId } from '../mocks/data';
import { isPersonaId, PERSONA_IDS } from '../mocks/personas';
import { FAILURES, LATENCIES } from '../mocks/scenario';
import { DATASET_LABELS, FAILURE_LABELS, LATENCY_LABELS, PERSONA_LABELS } from './labels';
import { shareableLink } from './scenario-url';
import { useMockState } from './use-mock-state';
import { useScenarioActions, type AppRouter } from './use-scenario-actions';

export interface ScenarioPanelProps {
  router: AppRouter;
  headingId: string;
  headingRef: Ref<HTMLHeadingElement>;
  onClose: () => void;
}

/** The static demo (`npm run build:demo`) shares links to its folder; see scenarioUrl. */
const DEMO = import.meta.env.VITE_DEMO === 'true';

/**
 * The designer's controls over the mock Palette: who is signed in, which data, how slow the network
 * is, which failures to inject; Reset data; and a link that opens this very state for anyone.
 */
export function ScenarioPanel({ router, headingId, headingRef, onClose }: ScenarioPanelProps) {
  const state = useMockState();
  const actions = useScenarioActions(router);
  const location = useSyncExternalStore(router.subscribe, () => router.state.location);
  // What was copied, and whether the clipboard took it; a later change of the link makes it stale.
  const [copied, setCopied] = useState<{ link: string; ok: boolean } | null>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const latencyId = useId();
  const failuresId = useId();

  const link = shareableLink(
    { origin: window.location.origin, basename: router.basename ?? '/', location },
    state,
    { rootForm: DEMO },
  );

  const copy = () => {
    navigator.clipboard.writeText(link).then(
      () => setCopied({ link, ok: true }),
      () => {
        // No clipboard (an insecure origin, a refused permission): select the link to copy by hand.
        setCopied({ link, ok: false });
        linkRef.current?.select();
      },
    );
  };

  const toggleFailure = (failure: (typeof FAILURES)[number], on: boolean) =>
    actions.setFailures(FAILURES.filter((f) => (f === failure ? on : state.failures.includes(f))));

  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Box>
          <Typography variant="h6" component="h2" id={headingId} ref={headingRef} tabIndex={-1}>
            Scenario
          </Typography>
          <Typography variant="caption" color="text.secondary">
            Mock Palette in this tab
          </Typography>
        </Box>
        <IconButton aria-label="Close the scenario panel" onClick={onClose} edge="end">
          <CloseIcon />
        </IconButton>
      </Stack>

      <TextField
        select
        size="small"
        label="Persona"
        value={state.persona}
        onChange={(event) => {
          if (isPersonaId(event.target.value) && event.target.value !== state.persona)
            actions.setPersona(event.target.value);
        }}
        helperText="Reloads the page as this person"
      >
        {PERSONA_IDS.map((id) => (
          <MenuItem key={id} value={id}>
            {PERSONA_LABELS[id]}
          </MenuItem>
        ))}
      </TextField>

      <TextField
        select
        size="small"
        label="Dataset"
        value={state.dataset}
        onChange={(event) => {
          if (isDatasetId(event.target.value) && event.target.value !== state.dataset)
            actions.setDataset(event.target.value);
        }}
        helperText="Reloads the page on this seed data"
      >
        {DATASETS.map((id) => (
          <MenuItem key={id} value={id}>
            {DATASET_LABELS[id]}
          </MenuItem>
        ))}
      </TextField>

      <FormControl component="fieldset">
        <FormLabel component="legend" id={latencyId}>
          Network latency
        </FormLabel>
        <RadioGroup
          row
          aria-labelledby={latencyId}
          value={String(state.latency)}
          onChange={(_event, value) => actions.setLatency(Number(value))}
        >
          {LATENCIES.map((ms) => (
            <FormControlLabel
              key={ms}
              value={String(ms)}
              control={<Radio size="small" />}
              label={LATENCY_LABELS[ms] ?? `${ms} ms`}
            />
          ))}
        </RadioGroup>
      </FormControl>

      <FormControl component="fieldset">
        <FormLabel component="legend" id={failuresId}>
          Injected failures
        </FormLabel>
        <FormGroup aria-labelledby={failuresId}>
          {FAILURES.map((failure) => (
            <FormControlLabel
              key={failure}
              control={
                <Checkbox
                  size="small"
                  checked={state.failures.includes(failure)}
                  onChange={(_event, checked) => toggleFailure(failure, checked)}
                />
              }
              label={FAILURE_LABELS[failure]}
            />
          ))}
        </FormGroup>
        <Typography variant="caption" color="text.secondary">
          Latency and failures apply from the next request on.
        </Typography>
      </FormControl>

      <Stack spacing={1.5}>
        <Button variant="outlined" startIcon={<RestartAltIcon />} onClick={actions.resetData}>
          Reset data
        </Button>
        <Button variant="contained" startIcon={<ContentCopyIcon />} onClick={copy}>
          Copy link to this state
        </Button>
        <TextField
          size="small"
          label="Link to this state"
          value={link}
          inputRef={linkRef}
          onFocus={(event) => event.target.select()}
          helperText={
            copied?.link !== link
              ? 'Opens this page as this persona, with this data and these failures'
              : copied.ok
                ? 'Copied to the clipboard'
                : 'Could not use the clipboard: copy the selected link'
          }
          slotProps={{
            htmlInput: { readOnly: true, spellCheck: false },
            formHelperText: { role: 'status' },
          }}
        />
      </Stack>
    </Stack>
  );
}
