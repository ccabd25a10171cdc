import { Box, Button, Stack, Typography } from '@mui/material';
import { useSession } from '../../../lib/session';
import type { DerivedStatus } from '../model/status';
import type { ApiKey } from '../model/types';
import { menuItems, type RowActions } from '../table/row-actions-menu';

export interface KeyActionsProps {
  apiKey: ApiKey;
  derived: DerivedStatus;
  /** The row menu's actions (useKeyRowActions), without the way to this page itself. */
  actions: RowActions;
}

/**
 * What the signed-in user may do on the key: the row menu's own items, as buttons. An action the
 * matrix or Palette refuses stays, disabled, with the reason written under it.
 */
export function KeyActions({ apiKey, derived, actions }: KeyActionsProps) {
  const session = useSession();
  const items = menuItems(session, apiKey, derived, { ...actions, onView: undefined });
  return (
    <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
      {items.map((item) => (
        <Box key={item.label} sx={{ maxWidth: 240 }}>
          <Button
            variant="outlined"
            startIcon={item.icon}
            disabled={item.reason !== undefined || !item.run}
            onClick={() => item.run?.(apiKey)}
          >
            {item.label}
          </Button>
          {item.reason && (
            <Typography variant="caption" component="p" sx={{ mt: 0.5, color: 'text.secondary' }}>
              {item.reason}
            </Typography>
          )}
        </Box>
      ))}
    </Stack>
  );
}
