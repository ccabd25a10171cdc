import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Tooltip } from '@mui/material';
import { useId } from 'react';

export interface AddKeyButtonProps {
  /** Opens the create dialog. */
  onClick?: (() => void) | undefined;
  /** Why the user may not add a key now (at the limit, no right); the button is disabled when set. */
  disabledReason?: string | undefined;
}

/**
 * "Add New API Key". When refused it uses `aria-disabled` rather than `disabled`: a disabled button
 * takes neither focus nor hover, so its tooltip with the reason would be unreachable. The reason is
 * also the button's accessible description, so a screen reader says why without the tooltip.
 */
export function AddKeyButton({ onClick, disabledReason }: AddKeyButtonProps) {
  const reasonId = useId();
  const refused = disabledReason !== undefined;
  return (
    <>
      <Tooltip title={disabledReason ?? ''} describeChild>
        <Button
          variant="contained"
          startIcon={<AddIcon />}
          aria-disabled={refused ? 'true' : undefined}
          aria-describedby={refused ? reasonId : undefined}
          onClick={refused ? undefined : onClick}
          sx={
            refused
              ? {
                  cursor: 'not-allowed',
                  color: 'action.disabled',
                  bgcolor: 'action.disabledBackground',
                  '&:hover': { bgcolor: 'action.disabledBackground' },
                }
              : { whiteSpace: 'nowrap' }
          }
        >
          Add New API Key
        </Button>
      </Tooltip>
      {refused && (
        <Box id={reasonId} hidden>
          {disabledReason}
        </Box>
      )}
    </>
  );
}
