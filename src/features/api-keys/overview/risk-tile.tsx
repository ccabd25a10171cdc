import CheckIcon from '@mui/icons-material/Check';
import { Box, ButtonBase, Skeleton, Stack, Typography } from '@mui/material';
import { memo, type ReactNode } from 'react';
import type { Risk } from '../model/risk-summary';
import { visuallyHidden } from '@mui/utils';

export interface RiskTileProps {
  risk: Risk;
  label: string;
  /** Null while unknown (Orphaned waits for the tenant's users). */
  count: number | null;
  icon: ReactNode;
  /** The colour of the icon and of the pressed border: a palette key such as `warning.main`. */
  tone: string;
  pressed: boolean;
  onToggle: (risk: Risk) => void;
}

/**
 * One summary tile: a count that is also a filter. A toggle button (aria-pressed); pressed, it
 * shows a check and a heavier border, so the state never rests on colour alone.
 */
export const RiskTile = memo(function RiskTile({
  risk,
  label,
  count,
  icon,
  tone,
  pressed,
  onToggle,
}: RiskTileProps) {
  return (
    <ButtonBase
      focusRipple
      aria-pressed={pressed}
      onClick={() => onToggle(risk)}
      sx={{
        display: 'block',
        width: '100%',
        textAlign: 'left',
        p: 1.5,
        borderRadius: 1,
        border: 2,
        borderColor: pressed ? tone : 'divider',
        bgcolor: pressed ? 'action.selected' : 'background.paper',
        '&:hover': { bgcolor: 'action.hover' },
        '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
      }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Box aria-hidden sx={{ color: tone, display: 'flex' }}>
          {icon}
        </Box>
        <Typography variant="body2" sx={{ fontWeight: 500, flexGrow: 1 }}>
          {label}
        </Typography>
        {pressed && <CheckIcon fontSize="small" aria-hidden />}
      </Stack>
      <Typography variant="h5" component="p" sx={{ mt: 0.5, fontWeight: 600 }}>
        {count === null ? (
          <>
            <Skeleton width={48} aria-hidden />
            <Box component="span" sx={visuallyHidden}>
              counting
            </Box>
          </>
        ) : (
          count.toLocaleString()
        )}
      </Typography>
    </ButtonBase>
  );
});
