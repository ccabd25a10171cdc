import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { palette } from '../api/client';
import { isApiError } from '../api/errors';
import type { V1User, V1UsersSummaryList, V1UsersSummarySpec, V1UserSummary } from '../api/palette';

/** A user of the tenant as pickers and filters need it. */
export interface TenantUser {
  uid: string;
  /** "First Last"; falls back to the email, then the uid, when Palette sends no names. */
  name: string;
  /** Empty when Palette sends none. */
  email: string;
  /** False for a deactivated user: their keys live on, but no new key can be made for them. */
  isActive: boolean;
}

/** Maps Palette's user summary once; every field may be missing (the server omits empty fields). */
export function toTenantUser(wire: V1UserSummary): TenantUser {
  const uid = wire.metadata?.uid ?? '';
  const email = wire.spec?.emailId ?? '';
  const name = [wire.spec?.firstName?.trim(), wire.spec?.lastName?.trim()].filter(Boolean).join(' ');
  return {
    uid,
    name: name || wire.metadata?.name || email || uid,
    email,
    isActive: wire.status?.isActive === true,
  };
}

/** A user read on their own (`GET /v1/users/{uid}`): the summary's fields and the last sign-in. */
export interface TenantUserDetails extends TenantUser {
  /** Milliseconds since the epoch; null when Palette sent none (never signed in, or not told). */
  lastSignIn: number | null;
}

function toUserDetails(wire: V1User): TenantUserDetails {
  const signedIn = wire.status?.lastSignIn;
  const at = signedIn && !signedIn.startsWith('0001-01-01') ? Date.parse(signedIn) : NaN;
  // The same fields as a summary's, but for the roles, which the mapping does not read.
  const { metadata, spec, status } = wire;
  const summary: V1UserSummary = {
    ...(metadata ? { metadata } : {}),
    spec: { firstName: spec?.firstName, lastName: spec?.lastName, emailId: spec?.emailId },
    ...(status ? { status } : {}),
  };
  return { ...toTenantUser(summary), lastSignIn: Number.isNaN(at) ? null : at };
}

/** One user of the tenant, or null when there is none by that uid (404: no longer in the tenant). */
export async function fetchTenantUser(uid: string, signal?: AbortSignal): Promise<TenantUserDetails | null> {
  try {
    const { data } = await palette.GET('/v1/users/{uid}', { params: { path: { uid } }, signal });
    return toUserDetails(data ?? {});
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function toTenantUsers(lists: readonly (V1UsersSummaryList | undefined)[]): TenantUser[] {
  const seen = new Map<string, TenantUser>();
  for (const list of lists)
    for (const wire of list?.items ?? []) {
      const user = toTenantUser(wire);
      // A user without a uid cannot be chosen or matched to a key.
      if (user.uid && !seen.has(user.uid)) seen.set(user.uid, user);
    }
  return [...seen.values()].sort((a, b) => byName.compare(a.name, b.name));
}

async function summary(
  spec: V1UsersSummarySpec,
  signal?: AbortSignal,
): Promise<V1UsersSummaryList | undefined> {
  const { data } = await palette.POST('/v1/users/summary', { body: spec, signal });
  return data;
}

/** Every user of the tenant, with their active state (`/v1/users/meta` does not carry it). */
export async function fetchTenantUsers(signal?: AbortSignal): Promise<TenantUser[]> {
  return toTenantUsers([await summary({}, signal)]);
}

/**
 * Users whose name or email contains `text` (case-insensitive). Palette's summary filter takes one
 * field at a time, so the two filters are asked in parallel and the answers merged.
 */
export async function searchTenantUsers(text: string, signal?: AbortSignal): Promise<TenantUser[]> {
  const needle = text.trim();
  if (!needle) return fetchTenantUsers(signal);
  const filter = { contains: needle, ignoreCase: true };
  const lists = await Promise.all([
    summary({ filter: { name: filter } }, signal),
    summary({ filter: { emailId: filter } }, signal),
  ]);
  return toTenantUsers(lists);
}

/** The one place where the users' query keys are written. */
export const userQueries = {
  root: () => ['tenantUsers'] as const,
  all: () =>
    queryOptions({
      queryKey: [...userQueries.root(), 'all'] as const,
      queryFn: ({ signal }) => fetchTenantUsers(signal),
      staleTime: 5 * 60_000,
    }),
  one: (uid: string) =>
    queryOptions({
      queryKey: [...userQueries.root(), 'one', uid] as const,
      queryFn: ({ signal }) => fetchTenantUser(uid, signal),
      staleTime: 5 * 60_000,
    }),
  search: (text: string) =>
    queryOptions({
      queryKey: [...userQueries.root(), 'search', text.trim().toLocaleLowerCase()] as const,
      queryFn: ({ signal }) => searchTenantUsers(text, signal),
      staleTime: 60_000,
      // Keeps the previous matches on screen while the next ones load, so a picker does not flicker.
      placeholderData: keepPreviousData,
    }),
};
