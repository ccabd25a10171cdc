import { List, ListItem, ListItemButton, ListItemIcon, ListItemText, ListSubheader } from '@mui/material';
import { NavLink } from 'react-router';
import { can } from '../../lib/authz';
import { useSession } from '../../lib/session';
import { PAGES } from '../routes';

/** Navigation derived from the page declarations, showing only what the matrix lets the user open. */
export function SideNav({ onNavigate }: { onNavigate?: () => void }) {
  const session = useSession();
  const pages = PAGES.filter((page) => can(session, page.capability));
  const sections = [...new Set(pages.map((p) => p.nav.section))];
  return (
    <nav aria-label="Main">
      {sections.map((section) => (
        <List
          key={section}
          dense
          subheader={
            <ListSubheader sx={{ bgcolor: 'transparent', lineHeight: '36px' }}>{section}</ListSubheader>
          }
        >
          {pages
            .filter((p) => p.nav.section === section)
            .map((page) => (
              <ListItem key={page.path} disablePadding>
                <ListItemButton
                  component={NavLink}
                  to={page.path}
                  onClick={onNavigate}
                  sx={{
                    mx: 1,
                    borderRadius: 1,
                    '&.active': { bgcolor: 'action.selected', fontWeight: 600 },
                  }}
                >
                  <ListItemIcon sx={{ minWidth: 36 }}>{page.nav.icon}</ListItemIcon>
                  <ListItemText primary={page.nav.label} />
                </ListItemButton>
              </ListItem>
            ))}
        </List>
      ))}
    </nav>
  );
}
