import type { ReactNode } from 'react';
import type { Capability } from '../../lib/authz';
import { useCan } from '../../lib/session';
import { AccessDeniedPage } from '../error-pages';

/** Shows the page only when the matrix grants its capability; otherwise the access page. */
export function RequireCapability({ capability, children }: { capability: Capability; children: ReactNode }) {
  const { allowed, reason } = useCan(capability);
  return allowed ? children : <AccessDeniedPage reason={reason} />;
}
