import { Box } from '@mui/material';
import type { ComponentType, ReactNode } from 'react';
import type { Capability } from '../../lib/authz';
import { useCan, useSession } from '../../lib/session';
import { LoadingPage } from '../../components/loading-page';
import { AccessDeniedPage } from '../error-pages';

interface RequireCapabilityProps {
  capability: Capability;
  /** The page's loading state, shown while the roles may still grant what the provisional access does not. */
  Placeholder?: ComponentType | undefined;
  children: ReactNode;
}

/** Shows the page only when the matrix grants its capability; otherwise the access page. */
export function RequireCapability({ capability, Placeholder, children }: RequireCapabilityProps) {
  const { allowed, reason } = useCan(capability);
  const { accessPending } = useSession();
  if (allowed) return children;
  if (accessPending)
    return Placeholder ? (
      <Box sx={{ p: { xs: 2, md: 3 } }}>
        <Placeholder />
      </Box>
    ) : (
      <LoadingPage label="Checking your permissions" />
    );
  return <AccessDeniedPage reason={reason} />;
}
