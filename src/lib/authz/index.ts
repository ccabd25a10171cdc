/**
 * The permission matrix of the console: the single place where a role rule is written.
 * The UI, the mock Palette and the tests all read it. Plain TypeScript, no React.
 */

/** How much of the API-key surface a tenant role grants. */
export type AccessLevel = 'tenant-admin' | 'tenant-viewer' | 'member';

export const CAPABILITIES = [
  'apiKey.listAll',
  'apiKey.listOwn',
  'apiKey.createOwn',
  'apiKey.createForOthers',
  'apiKey.update',
  'apiKey.changeState',
  'apiKey.delete',
  'apiKey.reassign',
  'apiKey.viewSecret',
] as const;

export type Capability = (typeof CAPABILITIES)[number];

/** Who is asking: the signed-in user and the access level their tenant roles give. */
export interface Subject {
  userUid: string;
  access: AccessLevel;
  /**
   * True while the roles have not answered yet and `access` is only what the caller's own key list
   * proves (a key of another user: at least a viewer). Such access never exceeds the real one; what it
   * refuses may still be allowed, and is refused "for now" (ACCESS_PENDING_REASON).
   */
  accessPending?: boolean;
}

/** The key an action would touch; only its owner matters to the matrix. */
export interface KeyRef {
  ownerUid: string;
  /**
   * What Palette itself allows the caller on this key (its `annotations.permissions`); null or
   * absent when the server said nothing (older servers): then the matrix alone decides.
   */
  allowed?: Readonly<KeyGrants> | null;
}

/** The per-key actions Palette's permission list can refuse. */
export interface KeyGrants {
  update: boolean;
  changeState: boolean;
  delete: boolean;
}

/** Palette sends a handful of distinct lists for a tenant's keys: each is read once, not once per key. */
const grantsByList = new Map<string, Readonly<KeyGrants>>();
const GRANTS_REMEMBERED = 256;

/**
 * Reads Palette's per-key permission list (`apiKey.get,apiKey.update,...`, comma separated) into
 * the console's per-key actions; null when there is no list. Palette has no separate permission
 * for revoke and re-activate: its state routes are updates of the key. The answer is shared by every
 * key with the same list (a 20,000-key tenant has a few lists), so it is frozen.
 */
export function grantsFromPermissions(permissions: string | undefined | null): Readonly<KeyGrants> | null {
  if (typeof permissions !== 'string') return null;
  const known = grantsByList.get(permissions);
  if (known) return known;
  const listed = new Set(permissions.split(',').map((p) => p.trim()));
  const grants = Object.freeze({
    update: listed.has('apiKey.update'),
    changeState: listed.has('apiKey.update'),
    delete: listed.has('apiKey.delete'),
  });
  if (grantsByList.size >= GRANTS_REMEMBERED) grantsByList.clear();
  grantsByList.set(permissions, grants);
  return grants;
}

const GRANT_OF: Partial<Record<Capability, keyof KeyGrants>> = {
  'apiKey.update': 'update',
  'apiKey.changeState': 'changeState',
  'apiKey.delete': 'delete',
};

/** The reason given when the matrix allows an action but Palette's list for the key lacks it. */
export const SERVER_REFUSED_REASON = 'Palette does not allow this on this key';

/** The reason given while the roles have not answered and the provisional access refuses an action. */
export const ACCESS_PENDING_REASON = 'Checking your permissions…';

/** The permission Palette's tenant roles use for reading every key of the tenant. */
export const LIST_ALL_PERMISSION = 'apiKey.list';

type Grant = 'yes' | 'no' | 'own';

/** Spec section 2, row by row. `own` means: allowed on keys the subject owns. */
export const MATRIX: Record<Capability, Record<AccessLevel, Grant>> = {
  'apiKey.listAll': { 'tenant-admin': 'yes', 'tenant-viewer': 'yes', member: 'no' },
  'apiKey.listOwn': { 'tenant-admin': 'yes', 'tenant-viewer': 'yes', member: 'yes' },
  'apiKey.createOwn': { 'tenant-admin': 'yes', 'tenant-viewer': 'yes', member: 'yes' },
  'apiKey.createForOthers': { 'tenant-admin': 'yes', 'tenant-viewer': 'no', member: 'no' },
  'apiKey.update': { 'tenant-admin': 'yes', 'tenant-viewer': 'own', member: 'own' },
  'apiKey.changeState': { 'tenant-admin': 'yes', 'tenant-viewer': 'own', member: 'own' },
  'apiKey.delete': { 'tenant-admin': 'yes', 'tenant-viewer': 'own', member: 'own' },
  'apiKey.reassign': { 'tenant-admin': 'no', 'tenant-viewer': 'no', member: 'no' },
  'apiKey.viewSecret': { 'tenant-admin': 'no', 'tenant-viewer': 'no', member: 'no' },
};

/** Palette tenant roles that administer every key of the tenant. */
export const ADMIN_ROLES = ['Tenant Admin', 'Tenant User Admin'] as const;
/** Palette tenant roles that carry `apiKey.list` and so may read every key of the tenant. */
export const LIST_ALL_ROLES = ['Tenant Viewer'] as const;

/** Maps the names of a user's own and inherited roles to the access level they grant. */
export function accessFromRoles(roleNames: readonly string[]): AccessLevel {
  if (roleNames.some((r) => (ADMIN_ROLES as readonly string[]).includes(r))) return 'tenant-admin';
  if (roleNames.some((r) => (LIST_ALL_ROLES as readonly string[]).includes(r))) return 'tenant-viewer';
  return 'member';
}

/** Whether a role name is one the matrix knows by name, so that its permissions need not be read. */
export function isKnownRoleName(name: string): boolean {
  return [...ADMIN_ROLES, ...LIST_ALL_ROLES].some((known) => known === name);
}

/**
 * The access level that Palette permissions grant, for roles the matrix does not know by name (a
 * tenant's custom roles): `apiKey.list` reads every key of the tenant, as a Tenant Viewer does.
 */
export function accessFromPermissions(permissions: Iterable<string>): AccessLevel {
  for (const permission of permissions) if (permission === LIST_ALL_PERMISSION) return 'tenant-viewer';
  return 'member';
}

/**
 * Whether `subject` may use `capability`; with `key`, on that key. Without a key, an `own` grant
 * answers true (the subject may do it to some key: their own).
 */
export function can(subject: Subject, capability: Capability, key?: KeyRef): boolean {
  const grant = MATRIX[capability][subject.access];
  if (grant === 'no') return false;
  if (grant === 'own' && key !== undefined && key.ownerUid !== subject.userUid) return false;
  return !serverRefuses(capability, key);
}

/** Whether Palette's own list for `key` lacks what `capability` needs: the server has the last word. */
function serverRefuses(capability: Capability, key: KeyRef | undefined): boolean {
  const grant = GRANT_OF[capability];
  return grant !== undefined && key?.allowed != null && !key.allowed[grant];
}

/**
 * Whether `subject` may use `capability` on every key, whoever owns it: what bulk actions over the
 * tenant's keys need (a viewer may revoke their own keys, but gets no bulk tools).
 */
export function canOnAnyKey(subject: Subject, capability: Capability): boolean {
  return MATRIX[capability][subject.access] === 'yes';
}

const LABEL: Record<AccessLevel, string> = {
  'tenant-admin': 'Tenant admin',
  'tenant-viewer': 'Tenant viewer',
  member: 'User',
};

/** A short human name for the access level, for the app bar. */
export function accessLabel(access: AccessLevel): string {
  return LABEL[access];
}

/** Why a capability is refused, in words for a tooltip or a 403 message; undefined when allowed. */
export function denialReason(subject: Subject, capability: Capability, key?: KeyRef): string | undefined {
  if (can(subject, capability, key)) return undefined;
  // The matrix allows it, so it is Palette's list for this key that refuses.
  if (can(subject, capability, key && { ownerUid: key.ownerUid })) return SERVER_REFUSED_REASON;
  if (subject.accessPending) return ACCESS_PENDING_REASON;
  switch (capability) {
    case 'apiKey.listAll':
      return 'Only tenant admins and viewers can see every key of the tenant';
    case 'apiKey.createForOthers':
      return 'Only tenant admins can create keys for other users';
    case 'apiKey.reassign':
      return 'Keys cannot be reassigned';
    case 'apiKey.viewSecret':
      return 'The secret of a key is shown only once, when it is created';
    case 'apiKey.update':
      return "Only tenant admins can edit other users' keys";
    case 'apiKey.changeState':
      return "Only tenant admins can revoke or re-activate other users' keys";
    case 'apiKey.delete':
      return "Only tenant admins can delete other users' keys";
    default:
      return 'You do not have permission';
  }
}
