import CheckCircleOutlinedIcon from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlineOutlinedIcon from '@mui/icons-material/ErrorOutlineOutlined';
import { Alert, Box, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import type { BulkResult } from '../api/bulk';
import type { BulkVerb } from '../model/types';
import { keyCount, VERB } from '../model/bulk-wording';

/** Long results are cut here; the count says how many more there are. */
const SHOWN = 300;

function ResultList({ results, failed }: { results: readonly BulkResult[]; failed: boolean }) {
  return (
    <List dense disablePadding>
      {results.slice(0, SHOWN).map(({ key, reason }) => (
        <ListItem key={key.uid} disableGutters>
          <ListItemIcon sx={{ minWidth: 32, color: failed ? 'error.main' : 'success.main' }}>
            {failed ? (
              <ErrorOutlineOutlinedIcon fontSize="small" />
            ) : (
              <CheckCircleOutlinedIcon fontSize="small" />
            )}
          </ListItemIcon>
          <ListItemText
            primary={key.name}
            secondary={failed ? reason : `${key.owner.name}`}
            slotProps={{ primary: { dir: 'auto', sx: { overflowWrap: 'anywhere' } } }}
          />
        </ListItem>
      ))}
      {results.length > SHOWN && (
        <ListItem disableGutters>
          <ListItemText secondary={`and ${(results.length - SHOWN).toLocaleString()} more`} />
        </ListItem>
      )}
    </List>
  );
}

/**
 * The end of a bulk action: a summary, then each key's result, failures first with their reasons.
 * Keys that were deleted meanwhile count as failures here, and have left the table.
 */
export function BulkResults({ verb, results }: { verb: BulkVerb; results: readonly BulkResult[] }) {
  const done = results.filter((r) => r.outcome === 'done');
  const notDone = results.filter((r) => r.outcome !== 'done');
  const kept = notDone.filter((r) => r.outcome !== 'gone').length;
  return (
    <Box>
      <Alert severity={notDone.length === 0 ? 'success' : 'warning'} variant="standard" sx={{ mb: 2 }}>
        {VERB[verb].done} {done.length.toLocaleString()} of {keyCount(results.length)}.
        {notDone.length > 0 &&
          ` ${keyCount(notDone.length)} did not change${kept > 0 ? `; ${kept === 1 ? 'it stays' : 'they stay'} selected with the reason` : ''}.`}
      </Alert>
      {notDone.length > 0 && (
        <>
          <Typography component="h3" variant="subtitle2">
            Not {VERB[verb].done.toLowerCase()}
          </Typography>
          <ResultList results={notDone} failed />
        </>
      )}
      {done.length > 0 && (
        <>
          <Typography component="h3" variant="subtitle2" sx={{ mt: notDone.length > 0 ? 2 : 0 }}>
            {VERB[verb].done}
          </Typography>
          <ResultList results={done} failed={false} />
        </>
      )}
    </Box>
  );
}
