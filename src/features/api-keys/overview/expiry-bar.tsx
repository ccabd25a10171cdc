import { Box, ButtonBase, Typography } from '@mui/material';
import { memo } from 'react';
import { visuallyHidden } from '@mui/utils';

export interface ExpiryBarProps {
  /** The week's Monday, `2026-11-30`: what `onToggle` is called with. */
  weekKey: string;
  count: number;
  /** 0 to 1: the bar's height relative to the busiest week. */
  share: number;
  /** "Nov 30", under the bar. */
  startLabel: string;
  /** "Dec 6", for the accessible name only. */
  endLabel: string;
  pressed: boolean;
  onToggle: (weekKey: string) => void;
}

/**
 * One week of the expiry chart, as a toggle button. Its name is read in order as "41 keys expire in
 * the week of Nov 30 to Dec 6": the visible count and date, joined by visually hidden words.
 */
export const ExpiryBar = memo(function ExpiryBar({
  weekKey,
  count,
  share,
  startLabel,
  endLabel,
  pressed,
  onToggle,
}: ExpiryBarProps) {
  return (
    <ButtonBase
      focusRipple
      aria-pressed={pressed}
      onClick={() => onToggle(weekKey)}
      sx={{
        flexDirection: 'column',
        alignItems: 'stretch',
        // From the top, so the bars line up whether or not the chart shows this week's date.
        justifyContent: 'flex-start',
        px: 0.5,
        py: 0.5,
        borderRadius: 1,
        border: 2,
        borderColor: pressed ? 'primary.main' : 'transparent',
        bgcolor: pressed ? 'action.selected' : 'transparent',
        '&:hover': { bgcolor: 'action.hover' },
        '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 1 },
      }}
    >
      <Typography variant="caption" sx={{ fontWeight: pressed ? 700 : 400 }}>
        {count.toLocaleString()}
      </Typography>
      <Box component="span" sx={visuallyHidden}>
        {count === 1 ? ' key expires in the week of ' : ' keys expire in the week of '}
      </Box>
      <Box aria-hidden sx={{ height: 72, display: 'flex', alignItems: 'flex-end', justifyContent: 'center' }}>
        <Box
          sx={{
            width: '70%',
            maxWidth: 40,
            height: `${Math.round(share * 100)}%`,
            minHeight: count > 0 ? 2 : 0,
            borderRadius: '3px 3px 0 0',
            bgcolor: pressed ? 'primary.dark' : 'primary.main',
          }}
        />
      </Box>
      <Typography
        variant="caption"
        // The chart hides some of these when narrow (expiry-chart.tsx); the name keeps every date.
        className="week-label"
        sx={{
          alignSelf: 'center',
          whiteSpace: 'nowrap',
          fontWeight: pressed ? 700 : 400,
          textDecoration: pressed ? 'underline' : 'none',
        }}
      >
        {startLabel}
      </Typography>
      <Box component="span" sx={visuallyHidden}>
        {` to ${endLabel}`}
      </Box>
    </ButtonBase>
  );
});
