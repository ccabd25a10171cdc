import MenuIcon from '@mui/icons-material/Menu';
import ScienceOutlinedIcon from '@mui/icons-material/ScienceOutlined';
import {
  AppBar,
  Box,
  Chip,
  Drawer,
  IconButton,
  Stack,
  Toolbar,
  Tooltip,
  Typography,
  useMediaQuery,
} from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Outlet } from 'react-router';
import { accessLabel } from '../../lib/authz';
import { SessionProvider, sessionQueries, type Session } from '../../lib/session';
import { ErrorPanel } from '../../components/error-panel';
import { LoadingPage } from '../../components/loading-page';
import { useRuntimeConfig } from '../runtime-config';
import { AccountMenu } from './account-menu';
import { SideNav } from './side-nav';
import { ThemeSwitch } from './theme-switch';

const DRAWER_WIDTH = 240;

function UserBadge({ session }: { session: Session }) {
  return (
    <Box
      role="group"
      aria-label={`Signed in as ${session.name}`}
      sx={{ textAlign: 'right', lineHeight: 1.2, display: { xs: 'none', sm: 'block' } }}
    >
      <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="signed-in-user">
        {session.name}
      </Typography>
      <Typography variant="caption" sx={{ opacity: 0.85 }}>
        {[accessLabel(session.access), session.orgName].filter(Boolean).join(' · ')}
      </Typography>
    </Box>
  );
}

/** The frame around every page: app bar, side navigation, and the signed-in user's session. */
export function AppShell() {
  const config = useRuntimeConfig();
  const session = useQuery(sessionQueries.current());
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'));
  const [drawerOpen, setDrawerOpen] = useState(false);

  if (session.isPending) return <LoadingPage label="Signing in" />;
  // A failed refetch keeps the account it had (a 401 while a secret is on screen must not unmount it).
  if (session.data === undefined)
    return (
      <Box sx={{ p: 3 }}>
        <ErrorPanel
          title="Could not load your account"
          error={session.error}
          onRetry={() => session.refetch()}
        />
      </Box>
    );

  const nav = <SideNav onNavigate={() => setDrawerOpen(false)} />;
  return (
    <SessionProvider session={session.data}>
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
            <UserBadge session={session.data} />
            <ThemeSwitch />
            {config.backend === 'palette' && <AccountMenu session={session.data} />}
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
