import type { Persona, Theme } from '../fixtures';

/** Every flow of the gallery and its states, in the order the gallery shows them. */
export interface StateEntry {
  id: string;
  caption: string;
  /** The personas the state exists for; every persona when absent. */
  personas?: readonly Persona[];
}

export interface FlowEntry {
  id: string;
  title: string;
  summary: string;
  states: readonly StateEntry[];
}

export const PERSONAS: readonly Persona[] = ['admin', 'user', 'viewer'];
export const THEMES: readonly Theme[] = ['light', 'dark'];

export const PERSONA_NAMES: Record<Persona, string> = {
  admin: 'Ava Admin (Tenant Admin)',
  user: 'Uma User (no tenant role)',
  viewer: 'Vic Viewer (Tenant Viewer)',
};

const ADMIN_AND_VIEWER = ['admin', 'viewer'] as const;

export const FLOWS = [
  {
    id: 'lists',
    title: 'Key lists',
    summary: 'My API Keys and Tenant Settings › API Keys, on each dataset.',
    states: [
      { id: 'my-keys', caption: 'My API Keys on the typical dataset: the signed-in user’s own keys' },
      {
        id: 'tenant-keys',
        caption: 'Tenant Settings › API Keys: every key of the tenant, with its owner',
        personas: ADMIN_AND_VIEWER,
      },
      { id: 'no-match', caption: 'A search that matches nothing' },
      { id: 'empty', caption: 'No keys yet (dataset “empty”): the empty state and its call to action' },
      { id: 'at-limit', caption: 'At the key limit (dataset “at-limit”): Add is refused, and says why' },
      {
        id: 'large',
        caption: '20,000 keys of 1,000 users (dataset “large”): the first page',
        personas: ADMIN_AND_VIEWER,
      },
      { id: 'loading', caption: 'Loading on a slow network (latency 3 s): the table’s placeholder' },
    ],
  },
  {
    id: 'create',
    title: 'Create a key',
    summary: '“Add New API Key”: the form, each validation error, the server’s refusal, the secret shown once.',
    states: [
      { id: 'form', caption: 'The form as it opens' },
      { id: 'name-missing', caption: 'Generate with no name' },
      { id: 'name-characters', caption: 'A name with characters that are not allowed' },
      { id: 'name-too-long', caption: 'A name over 64 characters' },
      { id: 'description-too-long', caption: 'A description over 256 characters' },
      { id: 'custom-date-past', caption: 'A custom expiration date in the past' },
      { id: 'duplicate-name', caption: 'A name the user already has: the server refuses (409), on the field' },
      { id: 'secret', caption: 'The secret, shown once, with copy buttons' },
      { id: 'created', caption: 'Back on the list, with the new key' },
      {
        id: 'for-another-user',
        caption: 'An admin creates a key for another user (Tenant Settings › API Keys)',
        personas: ['admin'],
      },
    ],
  },
  {
    id: 'lifecycle',
    title: 'Edit, revoke, re-activate, delete',
    summary: 'The row menu and what follows each of its items.',
    states: [
      { id: 'row-menu', caption: 'The row menu of one’s own key' },
      {
        id: 'row-menu-denied',
        caption: 'The row menu of someone else’s key: every item disabled, with the reason',
        personas: ['viewer'],
      },
      { id: 'edit', caption: 'Edit: name, description and expiration' },
      { id: 'revoke-confirm', caption: 'Revoke asks first' },
      { id: 'revoked', caption: 'Revoked, with Undo' },
      { id: 'reactivated', caption: 'A revoked key re-activated', personas: ['admin', 'user'] },
      { id: 'delete-confirm', caption: 'Delete asks first, and warns that the key is still active' },
    ],
  },
  {
    id: 'replace',
    title: 'Replace a key',
    summary:
      'Replace… in the row menu: a successor with the same owner and description, its secret shown once, then the old key revoked now or kept; each step failing on its own.',
    states: [
      { id: 'menu', caption: 'The row menu of one’s own key, with Replace…' },
      { id: 'form', caption: 'The proposed name, the owner, the description and the fresh expiry' },
      { id: 'name-taken', caption: 'The name is taken (409): on the field; nothing was made' },
      { id: 'create-failed', caption: 'Create fails (500): nothing was made, the old key still works' },
      {
        id: 'create-unreached',
        caption: 'The create never reaches the server: the list was checked, nothing was made',
      },
      {
        id: 'offline',
        caption: 'Offline: neither the create nor the list answered; what to check before trying again',
      },
      {
        id: 'create-lost',
        caption: 'The create was made but its answer lost: the key exists without a secret; no second create',
      },
      { id: 'at-limit', caption: 'At the key limit (dataset “at-limit”): nothing can be made, and why' },
      { id: 'secret', caption: 'The new key’s secret, shown once, the same view as create' },
      { id: 'retire', caption: 'Once the secret was seen: revoke the old key now, or keep it for now' },
      { id: 'revoke-failed', caption: 'The revoke fails: both keys exist, and the dialog says so' },
      { id: 'revoked', caption: 'Revoked: the old key is revoked, the new one listed' },
      { id: 'kept', caption: 'Kept: the old key’s row says “Replaced by …”, with a link to the new key' },
      {
        id: 'other-form',
        caption: 'An admin replaces another user’s key (Tenant Settings › API Keys): made for that user',
        personas: ['admin'],
      },
      {
        id: 'other-secret',
        caption: 'The secret of a key made for another user: share it through a secure channel',
        personas: ['admin'],
      },
      {
        id: 'denied',
        caption: 'Another user’s key on the tenant page: Replace disabled, with the reason',
        personas: ['viewer'],
      },
      ],
    },
    {
    id: 'details',
    title: 'A key’s own page',
    summary: 'Opened from the key’s name or “View details”: every field, the owner, the row’s actions, the history.',
    states: [
      {
        id: 'page',
        caption:
          'A key’s page: fields, owner and their state, what the user may do (Uma: her own key, and no audit.list)',
      },
      { id: 'history', caption: 'Its history, newest first: who did what, and when', personas: ADMIN_AND_VIEWER },
      {
        id: 'history-forbidden',
        caption: 'Without audit.list (403): the history says so in a sentence',
        personas: ['user'],
      },
      {
        id: 'history-empty',
        caption: 'A key Palette recorded nothing for (dataset “at-limit”)',
        personas: ADMIN_AND_VIEWER,
      },
      {
        id: 'history-failed',
        caption: 'History fails (500): Retry there, the rest of the page stands',
        personas: ADMIN_AND_VIEWER,
      },
      {
        id: 'former-owner',
        caption: 'A key whose owner left the tenant: “Former user”, with the uid',
        personas: ADMIN_AND_VIEWER,
      },
      {
        id: 'former-owner-column',
        caption: 'The User column names an owner who left “Former user”, the uid in the tooltip',
        personas: ADMIN_AND_VIEWER,
      },
      { id: 'not-found', caption: 'A key that does not exist: not found, with the way back' },
    ],
  },
  {
    id: 'bulk',
    title: 'Bulk actions',
    summary: 'Several keys at once, on the tenant page.',
    states: [
      { id: 'selected', caption: 'Keys selected', personas: ['admin'] },
      { id: 'progress', caption: 'A bulk revoke under way', personas: ['admin'] },
    ],
  },
  {
    id: 'export',
    title: 'Export',
    summary: 'Export in the table’s toolbar: the view’s rows, filters applied, as CSV or JSON.',
    states: [
      { id: 'menu-my-keys', caption: 'My API Keys: the Export menu, with the count of the view' },
      {
        id: 'menu-tenant',
        caption: 'Tenant Settings › API Keys, filtered to Active: the Export menu',
        personas: ADMIN_AND_VIEWER,
      },
      { id: 'refused', caption: 'Nothing matches the filters: Export is refused, and says why' },
      { id: 'phone', caption: 'On a phone (390 px): Export stays in the toolbar' },
    ],
  },
  {
    id: 'failures',
    title: 'Injected failures',
    summary: 'What a user sees when Palette fails, set from the scenario panel (the fail parameter of the URL).',
    states: [
      { id: 'list', caption: 'List fails (500): the table’s error, with Retry' },
      { id: 'rate-limit', caption: 'Rate limited (429): the table says so, with Retry' },
      { id: 'create', caption: 'Create fails (500): the dialog keeps the form and says why' },
      { id: 'create-conflict', caption: 'Create conflicts on the name (409): on the name field' },
      { id: 'session-expired', caption: 'Session expired (401): the prompt to sign in again' },
      { id: 'offline-form', caption: 'Offline while creating: the banner; the form stays filled' },
      { id: 'offline-load', caption: 'Offline when the page loads: the banner and the failed load' },
    ],
  },
  {
    id: 'access',
    title: 'Access and errors',
    summary: 'Pages the user may not see, and addresses that do not exist.',
    states: [
      {
        id: 'forbidden',
        caption: '403: a user without a tenant role opens Tenant Settings › API Keys',
        personas: ['user'],
      },
      { id: 'not-found', caption: '404: an address that does not exist' },
    ],
  },
  {
    id: 'phone',
    title: 'On a phone',
    summary: 'Every page and dialog at 390×844: cards instead of the table, the chart’s dates thinned, dialogs full-screen.',
    states: [
      { id: 'my-keys', caption: 'My API Keys as cards, with Sort by' },
      { id: 'row-menu', caption: 'A card’s actions menu: the same as the row’s' },
      { id: 'tenant-overview', caption: 'Tenant Settings › API Keys: tiles and the chart', personas: ADMIN_AND_VIEWER },
      {
        id: 'tenant-cards',
        caption: 'The tenant’s cards, with the owner (and, for the admin, one selected for bulk actions)',
        personas: ADMIN_AND_VIEWER,
      },
      { id: 'page-end', caption: 'The end of the page: the pagination above the Scenario button' },
      { id: 'create', caption: 'Add New API Key, full-screen' },
      { id: 'secret', caption: 'The secret view, with Copy as curl' },
      { id: 'edit', caption: 'Edit API Key, full-screen' },
      { id: 'revoke-confirm', caption: 'Revoke asks first: a confirmation that fits' },
      { id: 'revoked', caption: 'Revoked, with Undo: the notice above the Scenario button' },
      { id: 'bulk-confirm', caption: 'Bulk delete of a page of keys asks first', personas: ['admin'] },
    ],
  },
  {
    id: 'designer',
    title: 'Designer mode',
    summary: 'The scenario panel itself (mock only).',
    states: [{ id: 'panel', caption: 'The scenario panel, open' }],
  },
] as const satisfies readonly FlowEntry[];

export type FlowId = (typeof FLOWS)[number]['id'];
export type StateId<F extends FlowId> = Extract<(typeof FLOWS)[number], { id: F }>['states'][number]['id'];
