import { Box, Paper, Typography } from '@mui/material';
import { memo, useCallback, useId, useMemo } from 'react';
import { countByWeek, localTimeZone, upcomingWeeks, type ExpiryWeek } from '../model/expiry-weeks';
import type { KeyRow } from '../model/key-rows';
import { ExpiryBar } from './expiry-bar';
import type { TableQueryState } from '../table/use-table-query';

export interface ExpiryChartProps {
  rows: readonly KeyRow[];
  now: number;
  /** The `week` filter (a week's Monday, `2026-11-30`), '' for none. */
  selectedWeek: string;
  setQuery: TableQueryState['setQuery'];
}

const dayLabel = (timeZone: string) =>
  new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone });

function summary(
  weeks: readonly ExpiryWeek[],
  counts: readonly number[],
  format: Intl.DateTimeFormat,
): string {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total === 0) return 'No key expires in the next 12 weeks.';
  const busiest = counts.indexOf(Math.max(...counts));
  return `${total.toLocaleString()} ${total === 1 ? 'key expires' : 'keys expire'} in the next 12 weeks; the most, ${counts[
    busiest
  ]!.toLocaleString()}, in the week of ${format.format(weeks[busiest]!.start)}.`;
}

/** Out of sight but still read, as MUI's visuallyHidden: the bar's name keeps its date. */
const hiddenLabel = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/**
 * Twelve bars in a row. A week's date ("Nov 30") needs about 44 px: where the bars are narrower, only
 * every second, third or fourth date shows, so that no two overlap (a container query on the chart's
 * own width, whatever the page around it).
 */
const weeksSx = {
  display: 'grid',
  gridTemplateColumns: 'repeat(12, minmax(0, 1fr))',
  // No gap on a phone, so that each week's button stays 24 px wide (WCAG 2.5.8) at 360 px; the bars
  // themselves are narrower than their buttons, so they stay apart.
  gap: { xs: 0, sm: 0.5 },
  containerType: 'inline-size',
  '@container (min-width: 290px) and (max-width: 599.98px)': {
    '& > :nth-of-type(2n) .week-label': hiddenLabel,
  },
  '@container (min-width: 200px) and (max-width: 289.98px)': {
    '& > :not(:nth-of-type(3n+1)) .week-label': hiddenLabel,
  },
  '@container (max-width: 199.98px)': { '& > :not(:nth-of-type(4n+1)) .week-label': hiddenLabel },
} as const;

/**
 * Keys expiring per week over the next 12 weeks (weeks start on Monday, in the user's time zone).
 * Each bar is a toggle that filters the table to its week. The figures are in the bars' names and
 * a one-sentence summary describes the whole, so nothing depends on seeing the bars.
 */
export const ExpiryChart = memo(function ExpiryChart({
  rows,
  now,
  selectedWeek,
  setQuery,
}: ExpiryChartProps) {
  const titleId = useId();
  const summaryId = useId();
  const { weeks, counts, format } = useMemo(() => {
    const timeZone = localTimeZone();
    const upcoming = upcomingWeeks(now, timeZone);
    return { weeks: upcoming, counts: countByWeek(rows, upcoming), format: dayLabel(timeZone) };
  }, [rows, now]);
  const max = Math.max(1, ...counts);
  const toggle = useCallback(
    (key: string) => setQuery({ week: selectedWeek === key ? '' : key }),
    [selectedWeek, setQuery],
  );

  return (
    <Paper variant="outlined" component="section" aria-labelledby={titleId} sx={{ p: 2 }}>
      <Typography id={titleId} component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
        Expiring per week
      </Typography>
      <Typography id={summaryId} variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {summary(weeks, counts, format)} Select a week to list its keys.
      </Typography>
      <Box role="group" aria-labelledby={titleId} aria-describedby={summaryId} sx={weeksSx}>
        {weeks.map((week, i) => (
          <ExpiryBar
            key={week.key}
            weekKey={week.key}
            count={counts[i]!}
            share={counts[i]! / max}
            startLabel={format.format(week.start)}
            endLabel={format.format(week.end - 1)}
            pressed={selectedWeek === week.key}
            onToggle={toggle}
          />
        ))}
      </Box>
    </Paper>
  );
});
