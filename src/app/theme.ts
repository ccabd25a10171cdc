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
        // Light, as the primary: dark text on it, and on its hover shade (`dark`) too, holds 4.5:1.
        // MUI's default dark-mode red hovers to #d32f2f, where the dark text falls to 3.9:1.
        error: { main: '#ff8a80', light: '#ffbcaf', dark: '#f06a60' },
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
    MuiDialog: {
      styleOverrides: {
        // Below 600 px a form dialog (MUI's sm width and up) takes the whole screen, as fullScreen
        // does; a small one (a confirmation) keeps 16 px around it instead of 32.
        paper: ({ theme }) => ({
          [theme.breakpoints.down('sm')]: {
            margin: theme.spacing(2),
            maxWidth: `calc(100% - ${theme.spacing(4)})`,
            maxHeight: `calc(100% - ${theme.spacing(4)})`,
            '&.MuiDialog-paperFullWidth': { width: `calc(100% - ${theme.spacing(4)})` },
            '&.MuiDialog-paperWidthSm, &.MuiDialog-paperWidthMd, &.MuiDialog-paperWidthLg': {
              margin: 0,
              width: '100%',
              maxWidth: '100%',
              height: '100%',
              maxHeight: 'none',
              borderRadius: 0,
            },
          },
        }),
      },
    },
  },
});
