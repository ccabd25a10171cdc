import KeyOutlinedIcon from '@mui/icons-material/KeyOutlined';
import VpnKeyOutlinedIcon from '@mui/icons-material/VpnKeyOutlined';
import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType, ReactElement } from 'react';
import type { Capability } from '../lib/authz';
import { apiKeyQueries } from '../features/api-keys/api/queries';
import { KeyDetailsRoute } from '../features/api-keys/routes/key-details-route';
import { KeyTableSkeleton } from '../features/api-keys/table/key-table-skeleton';
import { MyApiKeysPage } from '../features/api-keys/routes/my-api-keys-page';
import { TenantApiKeysPage } from '../features/api-keys/routes/tenant-api-keys-page';

/**
 * Every page of the console, declared once: the path, the capability it needs and its place in the
 * navigation. The route guard and the side navigation both read this list.
 */
export interface PageDeclaration {
  path: string;
  capability: Capability;
  nav: { section: string; label: string; icon: ReactElement };
  Component: ComponentType;
  /**
   * What the page shows first. The shell asks for it in the same round as "who am I", not once the
   * session has answered: on a slow network every round trip before the first rows shows.
   */
  prefetch?: (client: QueryClient) => Promise<void>;
  /**
   * What the shell shows while the session is still answering: the page's own loading state, since
   * its data is already on the way (an empty wait-for-the-session spinner without it).
   */
  Placeholder?: ComponentType;
  /**
   * The page can show once who-am-I and its data are here, before the roles answer, with the access
   * its data proves (see use-shell-session.ts); what that refuses waits, "checking your permissions".
   */
  showsBeforeRoles?: boolean;
  /**
   * The page of one item of this page's list, at `<path>/:uid`, under the same capability and out of
   * the navigation; told which list it belongs to, for its breadcrumbs and its way back.
   */
  ItemPage?: ComponentType<{ listPath: string; listLabel: string; section: string }>;
}

/** Both key pages start from the caller's list (My API Keys narrows it to the user's own keys). */
const prefetchKeyList = (client: QueryClient) => client.prefetchQuery(apiKeyQueries.list());

export const HOME_PATH = '/profile/api-keys';

export const PAGES: PageDeclaration[] = [
  {
    path: '/profile/api-keys',
    capability: 'apiKey.listOwn',
    nav: { section: 'Profile', label: 'My API Keys', icon: <KeyOutlinedIcon /> },
    Component: MyApiKeysPage,
    prefetch: prefetchKeyList,
    Placeholder: KeyTableSkeleton,
    showsBeforeRoles: true,
    ItemPage: KeyDetailsRoute,
  },
  {
    path: '/tenant-settings/api-keys',
    capability: 'apiKey.listAll',
    nav: { section: 'Tenant Settings', label: 'API Keys', icon: <VpnKeyOutlinedIcon /> },
    Component: TenantApiKeysPage,
    prefetch: prefetchKeyList,
    Placeholder: KeyTableSkeleton,
    showsBeforeRoles: true,
    ItemPage: KeyDetailsRoute,
  },
];
