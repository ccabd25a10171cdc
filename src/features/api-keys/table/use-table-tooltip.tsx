import { Box, Popper } from '@mui/material';
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';

export interface TableTooltip {
  /** Spread on the element that holds the `[data-tooltip]` elements (the table body). */
  handlers: {
    onMouseOver: (event: MouseEvent) => void;
    onMouseOut: (event: MouseEvent) => void;
    onFocus: (event: FocusEvent) => void;
    onBlur: (event: FocusEvent) => void;
    onKeyDown: (event: KeyboardEvent) => void;
  };
  tooltip: ReactNode;
}

const SHOW_DELAY_MS = 100;
const HIDE_DELAY_MS = 100;

const target = (node: EventTarget | null) =>
  node instanceof Element ? node.closest<HTMLElement>('[data-tooltip]') : null;

/**
 * One tooltip for every `[data-tooltip]` element of a table, by event delegation: a page of 100 rows
 * would otherwise build 100 Tooltip components. It opens on hover (after a short delay) and on
 * keyboard focus, stays while the pointer moves onto it, closes with Escape (WCAG 1.4.13), and
 * describes the focused element (aria-describedby) while open, as MUI's Tooltip does.
 */
export function useTableTooltip(): TableTooltip {
  const id = useId();
  // Only the element: the table renders rows by position, so the text is read from it when drawn.
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const later = useCallback((ms: number, next: () => void) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(next, ms);
  }, []);
  const open = useCallback((element: HTMLElement) => {
    window.clearTimeout(timer.current);
    setAnchor(element);
  }, []);
  const close = useCallback(() => {
    window.clearTimeout(timer.current);
    setAnchor(null);
  }, []);

  useEffect(() => () => window.clearTimeout(timer.current), []);
  useEffect(() => {
    if (!anchor) return undefined;
    anchor.setAttribute('aria-describedby', id);
    return () => anchor.removeAttribute('aria-describedby');
  }, [anchor, id]);

  const handlers: TableTooltip['handlers'] = {
    onMouseOver: (event) => {
      const over = target(event.target);
      if (over && over !== anchor) later(SHOW_DELAY_MS, () => open(over));
      else if (over) window.clearTimeout(timer.current);
    },
    onMouseOut: (event) => {
      const out = target(event.target);
      if (out && !out.contains(event.relatedTarget as Node | null)) later(HIDE_DELAY_MS, close);
    },
    onFocus: (event) => {
      const focused = target(event.target);
      if (focused && focused === event.target) open(focused);
    },
    onBlur: (event) => {
      if (anchor && target(event.target) === anchor) close();
    },
    onKeyDown: (event) => {
      if (event.key === 'Escape' && anchor) close();
    },
  };

  const tooltip = (
    // MUI's Popper is itself the element with role="tooltip".
    <Popper
      id={id}
      open={anchor !== null}
      anchorEl={anchor}
      placement="bottom"
      modifiers={[{ name: 'offset', options: { offset: [0, 6] } }]}
      sx={{ zIndex: 'tooltip' }}
    >
      <Box
        onMouseEnter={() => window.clearTimeout(timer.current)}
        onMouseLeave={() => later(HIDE_DELAY_MS, close)}
        sx={{
          bgcolor: 'var(--mui-palette-Tooltip-bg)',
          color: 'common.white',
          borderRadius: 1,
          px: 1,
          py: 0.5,
          typography: 'caption',
          fontWeight: 500,
        }}
      >
        {anchor?.dataset.tooltip}
      </Box>
    </Popper>
  );

  return { handlers, tooltip };
}
