import BlockOutlinedIcon from '@mui/icons-material/BlockOutlined';
import ExploreOffOutlinedIcon from '@mui/icons-material/ExploreOffOutlined';
import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';
import { Box, Button, Stack, Typography } from '@mui/material';
import { useEffect, type ReactNode } from 'react';
import { Link as RouterLink, useRouteError } from 'react-router';
import { redact } from '../lib/api/redact';
import { HOME_PATH } from './routes';

function FullMessage({
  icon,
  title,
  children,
  action,
}: {
  icon: ReactNode;
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  useEffect(() => {
    document.title = `${title} · Palette`;
  }, [title]);
  return (
    <Box
      component="section"
      aria-labelledby="page-title"
      sx={{ p: { xs: 3, md: 6 }, display: 'grid', placeItems: 'center' }}
    >
      <Stack spacing={2} sx={{ alignItems: 'center', textAlign: 'center', maxWidth: 520 }}>
        <Box sx={{ color: 'text.secondary', '& svg': { fontSize: 56 } }} aria-hidden>
          {icon}
        </Box>
        <Typography variant="h1" id="page-title">
          {title}
        </Typography>
        <Typography color="text.secondary">{children}</Typography>
        {action ?? (
          <Button variant="contained" component={RouterLink} to={HOME_PATH}>
            Go to My API Keys
          </Button>
        )}
      </Stack>
    </Box>
  );
}

export function AccessDeniedPage({ reason }: { reason?: string | undefined }) {
  return (
    <FullMessage icon={<BlockOutlinedIcon />} title="You don't have access">
      {reason ?? 'Your role does not allow you to open this page.'} Ask a tenant admin if you need it.
    </FullMessage>
  );
}

export function NotFoundPage() {
  return (
    <FullMessage icon={<ExploreOffOutlinedIcon />} title="Page not found">
      There is nothing at this address. It may have moved, or the link may be mistyped.
    </FullMessage>
  );
}

/** Last line of defence for a render error: says what happened without leaking a credential. */
export function RouteErrorPage() {
  const error = useRouteError();
  const message = error instanceof Error ? redact(error.message) : 'An unexpected error occurred.';
  return (
    <FullMessage
      icon={<ReportProblemOutlinedIcon />}
      title="Something went wrong"
      action={
        <Button variant="contained" onClick={() => window.location.reload()}>
          Reload the page
        </Button>
      }
    >
      {message}
    </FullMessage>
  );
}
