import { Box, LinearProgress, Typography } from '@mui/material';
import { useSecondsLeft } from '../../../components/use-seconds-left';
import type { QueueProgress } from '../../../lib/api/rate-limited-queue';
import type { BulkVerb } from '../model/types';
import { VERB } from '../model/bulk-wording';

/**
 * A bulk action under way: a progress bar and "37 of 200", announced politely as it advances, and
 * a word when Palette asked to slow down (those calls were retried; nothing is lost), and how long
 * the queue waits when Palette asked it to.
 */
export function BulkProgress({ verb, progress }: { verb: BulkVerb; progress: QueueProgress }) {
  const finished = progress.done + progress.failed;
  const percent = progress.total === 0 ? 0 : (finished / progress.total) * 100;
  const waiting = useSecondsLeft(progress.resumesAt);
  return (
    <Box>
      <LinearProgress
        variant="determinate"
        value={percent}
        aria-label={`${VERB[verb].doing} keys`}
        aria-valuetext={`${finished} of ${progress.total}`}
        sx={{ height: 8, borderRadius: 1, my: 1 }}
      />
      <Typography role="status" aria-live="polite" variant="body2">
        {finished.toLocaleString()} of {progress.total.toLocaleString()}
        {progress.failed > 0 && ` (${progress.failed.toLocaleString()} failed)`}
      </Typography>
      {progress.throttled > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          Palette asked to slow down {progress.throttled === 1 ? 'once' : `${progress.throttled} times`}; the
          calls it refused are being retried.
        </Typography>
      )}
      {progress.resumesAt !== undefined && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {waiting > 0 ? `Palette asked to wait: sending again in ${waiting} s.` : 'Sending again…'}
        </Typography>
      )}
    </Box>
  );
}
