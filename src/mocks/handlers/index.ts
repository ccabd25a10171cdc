import { apiKeyHandlers } from './api-keys';
import { auditHandlers } from './audits';
import { authHandlers } from './auth';
import { tenantHandlers } from './tenants';
import { userHandlers } from './users';

/** The mock Palette: one handler set for the browser worker, Vitest and the contract server. */
export const handlers = [
  ...apiKeyHandlers,
  ...userHandlers,
  ...tenantHandlers,
  ...authHandlers,
  ...auditHandlers,
];
