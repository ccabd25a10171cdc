import MenuIcon from '@mui/icons-material/Menu';
import ScienceOutlinedIcon from '@mui/icons-material/ScienceOutlined';
import {
  AppBar,
  Box,
  Chip,
  Drawer,
  IconButton,
  Skeleton,
  Stack,
  Toolbar,
  Tooltip,
  Typography,
  useMediaQuery,
} from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { useState } from 'react';
import { Outlet } from 'react-router';
import { accessLabel } from '../../lib/authz';
import { SessionProvider, type Session } from '../../lib/session';
import { ErrorPanel } from '../../components/error-panel';
import { LoadingPage } from '../../components/loading-page';
import { useRuntimeConfig } from '../runtime-config';
import { AccountMenu } from './account-menu';
import { SideNav } from './side-nav';
import { ThemeSwitch } from './theme-switch';
import { usePagePrefetch } from './use-page-prefetch';
import { useShellSession } from './use-shell-session';

const DRAWER_WIDTH = 240;

function UserBadge({ session, namePending }: { session: Session; namePending: boolean }) {
  return (
    <Box
      role="group"
      aria-label={`Signed in as ${session.name}`}
      sx={{ textAlign: 'right', lineHeight: 1.2, display: { xs: 'none', sm: 'block' } }}
    >
      <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="signed-in-user">
        {namePending ? <Skeleton width={96} sx={{ ml: 'auto', bgcolor: 'action.hover' }} /> : session.name}
      </Typography>
      <Typography variant="caption" sx={{ opacity: 0.85 }}>
        {/* The access is shown once the roles have said it, not while it is only provisional. */}
        {[session.accessPending ? '' : accessLabel(session.access), session.orgName]
          .filter(Boolean)
          .join(' · ')}
      </Typography>
    </Box>
  );
}

/** The frame around every page: app bar, side navigation, and the signed-in user's session. */
export function AppShell() {
  const config = useRuntimeConfig();
  // First: effects run in order, so the page's list is requested first, and who-am-I in the same round.
  const page = usePagePrefetch();
  const { access, session, profilePending } = useShellSession(page);
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'));
  const [drawerOpen, setDrawerOpen] = useState(false);

  // A failed refetch keeps the account it had (a 401 while a secret is on screen must not unmount it).
  if (access.isError && access.data === undefined)
    return (
      <Box sx={{ p: 3 }}>
        <ErrorPanel
          title="Could not load your account"
          error={access.error}
          onRetry={() => access.refetch()}
        />
      </Box>
    );
  if (!session) {
    const Placeholder = page?.Placeholder;
    return Placeholder ? (
      <Box sx={{ p: { xs: 2, md: 3 } }}>
        <Placeholder />
      </Box>
    ) : (
      <LoadingPage label="Signing in" />
    );
  }

  const nav = <SideNav onNavigate={() => setDrawerOpen(false)} />;
  return (
    <SessionProvider session={session}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppBar position="fixed" elevation={0} sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 1 }}>
          {!wide && (
            <IconButton
              color="inherit"
              edge="start"
              aria-label="Open navigation"
              onClick={() => setDrawerOpen(true)}
            >
              <MenuIcon />
            </IconButton>
          )}
          <Typography component="div" variant="h6" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
            Palette
          </Typography>
          {config.backend === 'mock' && (
            <Tooltip title="This console runs on built-in sample data, not on a real Palette tenant">
              <Chip
                icon={<ScienceOutlinedIcon />}
                label="Mock data"
                size="small"
                sx={{
                  bgcolor: 'warning.light',
                  color: 'common.black',
                  fontWeight: 600,
                  '& svg': { color: 'inherit' },
                }}
              />
            </Tooltip>
          )}
          <Box sx={{ flexGrow: 1 }} />
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <UserBadge session={session} namePending={profilePending} />
            <ThemeSwitch />
            {config.backend === 'palette' && <AccountMenu session={session} />}
          </Stack>
        </Toolbar>
      </AppBar>
      <Box sx={{ display: 'flex' }}>
        <Drawer
          variant={wide ? 'permanent' : 'temporary'}
          open={wide || drawerOpen}
          onClose={() => setDrawerOpen(false)}
          sx={{
            width: DRAWER_WIDTH,
            flexShrink: 0,
            '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
          }}
        >
          <Toolbar />
          {nav}
        </Drawer>
        <Box component="main" id="main" tabIndex={-1} sx={{ flexGrow: 1, minWidth: 0, outline: 'none' }}>
          <Toolbar />
          <Outlet />
        </Box>
      </Box>
    </SessionProvider>
  );
}
