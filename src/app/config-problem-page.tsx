import SettingsSuggestOutlinedIcon from '@mui/icons-material/SettingsSuggestOutlined';
import { Box, Button, CssBaseline, Stack, Typography } from '@mui/material';
import { ThemeProvider } from '@mui/material/styles';
import { useEffect, useState } from 'react';
import { theme } from './theme';

export interface ConfigProblemPageProps {
  /** What is wrong with `config.json`, in words that whoever deploys the console can act on. */
  problem: string;
  /** Reads `config.json` again; resolves once the attempt is over (the page stays if it failed again). */
  onRetry: () => Promise<void>;
}

/**
 * Shown instead of the console when `config.json` cannot be read or understood: a production build
 * never guesses its backend (a guess of "mock" would show fake data as if it were the tenant's).
 * Nothing else starts behind it: no API client, no mock, no service worker.
 */
export function ConfigProblemPage({ problem, onRetry }: ConfigProblemPageProps) {
  const [retrying, setRetrying] = useState(false);

  useEffect(() => {
    document.title = 'The console cannot start · Palette';
  }, []);

  const retry = () => {
    setRetrying(true);
    void onRetry().finally(() => setRetrying(false));
  };

  return (
    <ThemeProvider theme={theme} defaultMode="system">
      <CssBaseline enableColorScheme />
      <Box
        component="main"
        aria-labelledby="config-problem-title"
        sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 3 }}
      >
        <Stack spacing={2} sx={{ alignItems: 'center', textAlign: 'center', maxWidth: 560 }}>
          <Box sx={{ color: 'text.secondary', '& svg': { fontSize: 56 } }} aria-hidden>
            <SettingsSuggestOutlinedIcon />
          </Box>
          <Typography variant="h1" id="config-problem-title">
            The console cannot start
          </Typography>
          <Typography role="alert" sx={{ overflowWrap: 'anywhere' }}>
            {problem}
          </Typography>
          <Typography color="text.secondary">
            The runtime configuration, config.json beside index.html, says which backend this console talks
            to. Ask whoever deployed it to fix the file, then try again.
          </Typography>
          <Button variant="contained" onClick={retry} loading={retrying}>
            Retry
          </Button>
        </Stack>
      </Box>
    </ThemeProvider>
  );
}
