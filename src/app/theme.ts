import { createTheme } from '@mui/material/styles';

/** Light and dark palettes; the mode follows the system unless the user picks one in the app bar. */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: {
      palette: {
        // WCAG AA text contrast: MUI picks dark text on any colour where white would fall short.
        contrastThreshold: 4.5,
        primary: { main: '#1a56db' },
        background: { default: '#f6f7f9', paper: '#ffffff' },
      },
    },
    dark: {
      palette: {
        contrastThreshold: 4.5,
        primary: { main: '#8ab4ff' },
        background: { default: '#0f1318', paper: '#171c22' },
      },
    },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    h1: { fontSize: '1.5rem', fontWeight: 600 },
  },
  components: {
    MuiButton: {
      defaultProps: { disableElevation: true },
      styleOverrides: { root: { textTransform: 'none' } },
    },
    MuiTooltip: { defaultProps: { arrow: true } },
  },
});
