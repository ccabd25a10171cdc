import TuneIcon from '@mui/icons-material/Tune';
import { Drawer, Fab, GlobalStyles, Toolbar, useMediaQuery } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ScenarioPanel } from './scenario-panel';
import { SessionExpiredPrompt } from './session-expired-prompt';
import { useScenarioActions, type AppRouter } from './use-scenario-actions';

const PANEL_WIDTH = 300;
/** The Scenario button's height and its distance from the bottom of the screen. */
const FAB_ROOM = 48 + 16;
const OPEN_KEY = 'palette-designer:panel-open';

/** Open in the static demo unless closed in this tab; closed elsewhere unless opened in this tab. */
function initiallyOpen(): boolean {
  try {
    const stored = sessionStorage.getItem(OPEN_KEY);
    if (stored !== null) return stored === 'true';
  } catch {
    // No storage: fall back to the build's default.
  }
  return import.meta.env.VITE_DEMO === 'true';
}

/**
 * Designer mode on the mock Palette: the "Scenario" button (bottom left), the scenario panel (a column
 * on the right that the page makes room for on wide screens, so it covers none of the page's
 * controls), and the "session expired" prompt. Mounted by src/main.tsx only when the mock is on, from
 * its own chunk: a deployment on a real Palette downloads none of it.
 */
export function DesignerTools({ router }: { router: AppRouter }) {
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'));
  const actions = useScenarioActions(router);
  const [open, setOpen] = useState(initiallyOpen);
  // The panel is built the first time it opens, then kept (so that it can slide out again): a
  // persistent drawer keeps its content mounted while closed, and the page's first render would
  // otherwise build every control of a panel nobody has opened.
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  const panelId = useId();
  const headingId = useId();
  const fabRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Where focus goes after the user opens or closes the panel (not on the first render).
  const focusAfterToggle = useRef<'panel' | 'button' | null>(null);

  useEffect(() => {
    if (focusAfterToggle.current === 'panel') headingRef.current?.focus();
    if (focusAfterToggle.current === 'button') fabRef.current?.focus();
    focusAfterToggle.current = null;
  }, [open]);

  const toggle = (next: boolean) => {
    focusAfterToggle.current = next ? 'panel' : 'button';
    setOpen(next);
    try {
      sessionStorage.setItem(OPEN_KEY, String(next));
    } catch {
      // Not remembered across reloads: harmless.
    }
  };

  return (
    <>
      <GlobalStyles
        styles={{
          // The room the Scenario button takes at the bottom of the screen (16 px below a 48 px
          // button, and 8 px above it): the app's snackbar rises by as much (notifications-provider.tsx).
          ':root': { '--floating-controls-height': `${FAB_ROOM}px` },
          // Room below the page for the Scenario button, and beside it for the open panel.
          body: {
            paddingBottom: FAB_ROOM + 8,
            marginRight: wide && open ? PANEL_WIDTH : 0,
            transition: 'margin-right 225ms',
          },
        }}
      />
      <Fab
        ref={fabRef}
        variant="extended"
        size="medium"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => toggle(!open)}
        sx={{
          position: 'fixed',
          left: 16,
          bottom: 16,
          zIndex: theme.zIndex.drawer + 2,
          textTransform: 'none',
        }}
      >
        <TuneIcon sx={{ mr: 1 }} />
        Scenario
      </Fab>
      <Drawer
        variant={wide ? 'persistent' : 'temporary'}
        anchor="right"
        open={open}
        onClose={() => toggle(false)}
        slotProps={{
          paper: {
            id: panelId,
            component: 'aside',
            'aria-labelledby': headingId,
            sx: { width: PANEL_WIDTH, maxWidth: '100vw', boxSizing: 'border-box' },
            // Escape closes the panel like any drawer (the narrow, modal one closes by itself).
            onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
              if (event.key === 'Escape' && wide) toggle(false);
            },
          },
        }}
      >
        {wide && <Toolbar />}
        {opened && (
          <ScenarioPanel
            router={router}
            headingId={headingId}
            headingRef={headingRef}
            onClose={() => toggle(false)}
          />
        )}
      </Drawer>
      <SessionExpiredPrompt actions={actions} />
    </>
  );
}
