import BlockOutlinedIcon from '@mui/icons-material/BlockOutlined';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import { ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import { useId, useState, type ReactElement } from 'react';
import { denialReason } from '../../../lib/authz';
import { useSession, type Session } from '../../../lib/session';
import type { DerivedStatus } from '../model/status';
import { keyRef, type ApiKey } from '../model/types';
import { replaceDenialReason } from '../replace/replace-denial';
import { PlainIcon } from './plain-icon';

/** What the table's row menu can do; the page wires these to dialogs and mutations. */
export interface RowActions {
  /** Opens the edit dialog; the item is shown (and enabled per the matrix) even before one is wired. */
  onEdit?: ((key: ApiKey) => void) | undefined;
  /** Opens the replace flow: a successor for the key, then the old key revoked now or later. */
  onReplace?: ((key: ApiKey) => void) | undefined;
  onRevoke: (key: ApiKey) => void;
  onReactivate: (key: ApiKey) => void;
  onDelete: (key: ApiKey) => void;
  /** Opens the key's own page (the row menu's "View details"); absent on that page itself. */
  onView?: ((key: ApiKey) => void) | undefined;
  /** The address of the key's own page, for the link on its name; absent on that page itself. */
  detailsHref?: ((key: ApiKey) => string) | undefined;
}

/** One action on a key, as the row menu and the key's own page list it. */
export interface Item {
  label: string;
  icon: ReactElement;
  /** Why the item is disabled; undefined when it is enabled. */
  reason: string | undefined;
  run: ((key: ApiKey) => void) | undefined;
}

export const EXTEND_FIRST_REASON = 'Extend the expiration date first';

/**
 * The actions on a key, in order, each with why it is disabled: the one list behind the row menu
 * and the buttons of the key's own page, so that an action added here shows in both.
 */
export function menuItems(
  session: Session,
  key: ApiKey,
  derived: DerivedStatus,
  actions: RowActions,
): Item[] {
  // The owner for the matrix, and Palette's own list for the key, which has the last word.
  const ref = keyRef(key);
  const stateReason = denialReason(session, 'apiKey.changeState', ref);
  // An expired key that is still marked active can be revoked, so that extending it later does not
  // bring it back; an expired, revoked key must be extended (Edit) before it can be re-activated.
  const stateItem: Item = key.isActive
    ? { label: 'Revoke', icon: <BlockOutlinedIcon />, reason: stateReason, run: actions.onRevoke }
    : {
        label: 'Re-activate',
        icon: <RestartAltIcon />,
        reason: stateReason ?? (derived.status === 'expired' ? EXTEND_FIRST_REASON : undefined),
        run: actions.onReactivate,
      };
  const view: Item[] = actions.onView
    ? [{ label: 'View details', icon: <InfoOutlinedIcon />, reason: undefined, run: actions.onView }]
    : [];
  return [
    ...view,
    {
      label: 'Edit',
      icon: <EditOutlinedIcon />,
      reason: denialReason(session, 'apiKey.update', ref),
      run: actions.onEdit,
    },
    {
      label: 'Replace…',
      icon: <AutorenewIcon />,
      reason: replaceDenialReason(session, key, derived),
      run: actions.onReplace,
    },
    stateItem,
    {
      label: 'Delete',
      icon: <DeleteOutlinedIcon />,
      reason: denialReason(session, 'apiKey.delete', ref),
      run: actions.onDelete,
    },
  ];
}

interface MenuState {
  uid: string;
  anchor: HTMLElement | null;
  /** The menu has been opened for this key: it stays mounted. */
  used: boolean;
}

const CLOSED = { anchor: null, used: false } as const;

export interface RowActionsMenuProps {
  apiKey: ApiKey;
  derived: DerivedStatus;
  actions: RowActions;
}

/**
 * The kebab menu of a row. An action the matrix (or Palette, for this key) refuses stays listed, disabled, with the reason as
 * its second line: a disabled MenuItem takes no pointer events, so a tooltip would never show.
 * Disabled items stay focusable so that keyboard and screen-reader users hear the reason too.
 */
export function RowActionsMenu({ apiKey, derived, actions }: RowActionsMenuProps) {
  const session = useSession();
  // The Menu (a Popover with its Modal and transitions) is mounted on first use only: a page of
  // 100 rows would otherwise build 100 closed menus. Once opened it stays, so it can animate out.
  // The state belongs to one key: a row that shows another key (a new page, sort or search) keeps
  // its button and starts afresh, rather than being built again for every keystroke.
  const [state, setState] = useState<MenuState>({ uid: apiKey.uid, anchor: null, used: false });
  const { anchor, used } = state.uid === apiKey.uid ? state : CLOSED;
  const setAnchor = (next: HTMLElement | null) =>
    setState({ uid: apiKey.uid, anchor: next, used: used || next !== null });
  const menuId = useId();
  const buttonId = useId();
  const open = anchor !== null;
  const label = `Actions for ${apiKey.name}`;

  return (
    <>
      {/* A plain button styled like a small IconButton (key-table-styles.ts): one per row. */}
      <button
        type="button"
        className="row-actions-button"
        id={buttonId}
        aria-label={label}
        aria-haspopup="menu"
        aria-controls={open ? menuId : undefined}
        aria-expanded={open ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <PlainIcon kind="more" />
      </button>
      {used && (
        <Menu
          id={menuId}
          anchorEl={anchor}
          open={open}
          onClose={() => setAnchor(null)}
          anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
          transformOrigin={{ vertical: 'top', horizontal: 'right' }}
          slotProps={{ list: { 'aria-labelledby': buttonId, disabledItemsFocusable: true, dense: true } }}
        >
          {menuItems(session, apiKey, derived, actions).map((item) => (
            <MenuItem
              key={item.label}
              disabled={item.reason !== undefined}
              onClick={() => {
                setAnchor(null);
                item.run?.(apiKey);
              }}
              sx={{
                maxWidth: 320,
                whiteSpace: 'normal',
                // Keep the reason legible: MUI dims a disabled item to 38% opacity as a whole.
                '&.Mui-disabled': { opacity: 1 },
                '&.Mui-disabled .MuiListItemText-primary, &.Mui-disabled .MuiListItemIcon-root': {
                  color: 'text.disabled',
                },
              }}
            >
              <ListItemIcon>{item.icon}</ListItemIcon>
              <ListItemText primary={item.label} secondary={item.reason} />
            </MenuItem>
          ))}
        </Menu>
      )}
    </>
  );
}
