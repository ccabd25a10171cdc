import AccountCircleOutlinedIcon from '@mui/icons-material/AccountCircleOutlined';
import LogoutIcon from '@mui/icons-material/Logout';
import { Divider, IconButton, ListItemIcon, ListItemText, Menu, MenuItem, Tooltip } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { signOutOfPalette, type Session } from '../../lib/session';

/**
 * The signed-in user's menu on a real Palette: who is signed in, and Sign out, which ends the
 * session on Palette (a token is revoked), then forgets the credential (memory and the tab's
 * storage) and every cached answer. The sign-in guard then shows the sign-in page.
 */
export function AccountMenu({ session }: { session: Session }) {
  const queryClient = useQueryClient();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);

  const onSignOut = async () => {
    setAnchor(null);
    await signOutOfPalette();
    queryClient.clear();
  };

  return (
    <>
      <Tooltip title="Account">
        <IconButton
          color="inherit"
          aria-label="Account"
          aria-haspopup="menu"
          aria-controls={anchor ? menuId : undefined}
          aria-expanded={anchor ? 'true' : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          <AccountCircleOutlinedIcon />
        </IconButton>
      </Tooltip>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <MenuItem disabled sx={{ '&.Mui-disabled': { opacity: 1 } }}>
          <ListItemText primary={session.name} secondary={session.email || session.orgName} />
        </MenuItem>
        <Divider />
        <MenuItem onClick={() => void onSignOut()}>
          <ListItemIcon>
            <LogoutIcon fontSize="small" />
          </ListItemIcon>
          Sign out
        </MenuItem>
      </Menu>
    </>
  );
}
