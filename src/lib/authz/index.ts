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
}

/** The key an action would touch; only its owner matters to the matrix. */
export interface KeyRef {
  ownerUid: string;
}

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

/**
 * Whether `subject` may use `capability`; with `key`, on that key. Without a key, an `own` grant
 * answers true (the subject may do it to some key: their own).
 */
export function can(subject: Subject, capability: Capability, key?: KeyRef): boolean {
  const grant = MATRIX[capability][subject.access];
  if (grant === 'yes') return true;
  if (grant === 'no') return false;
  return key === undefined || key.ownerUid === subject.userUid;
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
