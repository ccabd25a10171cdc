import { Box, Breadcrumbs, Link, Stack, Typography } from '@mui/material';
import { useEffect, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

export interface Crumb {
  label: string;
  /** Omitted for a crumb that is a section heading, not a page. */
  to?: string;
}

export interface PageFrameProps {
  title: string;
  breadcrumbs?: Crumb[];
  /** Buttons at the right of the title, such as "Add New API Key". */
  actions?: ReactNode;
  /** A line under the title. */
  subtitle?: ReactNode;
  children: ReactNode;
}

/** The frame of every page: breadcrumbs, the page's one h1, its actions, and the document title. */
export function PageFrame({ title, breadcrumbs = [], actions, subtitle, children }: PageFrameProps) {
  useEffect(() => {
    document.title = `${title} · Palette`;
  }, [title]);

  return (
    <Box component="section" aria-labelledby="page-title" sx={{ p: { xs: 2, md: 3 }, maxWidth: 1400 }}>
      {breadcrumbs.length > 0 && (
        <Breadcrumbs aria-label="Breadcrumb" sx={{ mb: 1 }}>
          {breadcrumbs.map((crumb) =>
            crumb.to ? (
              <Link key={crumb.label} component={RouterLink} to={crumb.to} underline="hover" color="inherit">
                {crumb.label}
              </Link>
            ) : (
              <Typography key={crumb.label} color="text.secondary">
                {crumb.label}
              </Typography>
            ),
          )}
          <Typography color="text.primary" aria-current="page">
            {title}
          </Typography>
        </Breadcrumbs>
      )}
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ mb: 2, alignItems: { xs: 'flex-start', sm: 'center' }, justifyContent: 'space-between' }}
      >
        <Box>
          <Typography variant="h1" id="page-title">
            {title}
          </Typography>
          {subtitle && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {subtitle}
            </Typography>
          )}
        </Box>
        {actions && (
          <Stack direction="row" spacing={1}>
            {actions}
          </Stack>
        )}
      </Stack>
      {children}
    </Box>
  );
}
