/**
 * The roles of the mock tenant, as `GET /v1/roles/{uid}` answers them. Permission names follow
 * Palette's (`apiKey.list`, `audit.list`); the system roles carry what the console's matrix
 * (src/lib/authz) grants them, and one custom role carries `apiKey.list` alone, as a tenant might
 * make for an auditor: the console detects it from the role's permissions, not its name.
 */
export interface MockRole {
  uid: string;
  name: string;
  type: 'system' | 'user';
  scope: 'tenant' | 'project';
  permissions: string[];
}

const API_KEY_ALL = ['apiKey.create', 'apiKey.delete', 'apiKey.get', 'apiKey.list', 'apiKey.update'];
const USER_READ = ['user.get', 'user.list', 'role.get', 'role.list'];

export const CUSTOM_KEY_READER_ROLE = 'API Key Auditor';

export const ROLES: readonly MockRole[] = [
  {
    uid: '6540c0de00000000000000a1',
    name: 'Tenant Admin',
    type: 'system',
    scope: 'tenant',
    permissions: [
      ...API_KEY_ALL,
      'audit.get',
      'audit.list',
      ...USER_READ,
      'user.create',
      'user.update',
      'tag.update',
      'tenant.get',
      'tenant.update',
    ],
  },
  {
    uid: '6540c0de00000000000000a2',
    name: 'Tenant User Admin',
    type: 'system',
    scope: 'tenant',
    permissions: [
      ...API_KEY_ALL,
      'audit.get',
      'audit.list',
      ...USER_READ,
      'user.create',
      'user.update',
      'tag.update',
    ],
  },
  {
    uid: '6540c0de00000000000000a3',
    name: 'Tenant Viewer',
    type: 'system',
    scope: 'tenant',
    permissions: ['apiKey.get', 'apiKey.list', 'audit.get', 'audit.list', ...USER_READ, 'tenant.get'],
  },
  {
    uid: '6540c0de00000000000000a4',
    name: 'Project Editor',
    type: 'system',
    scope: 'project',
    permissions: [
      'cluster.get',
      'cluster.list',
      'cluster.update',
      'clusterProfile.get',
      'clusterProfile.list',
      'project.get',
    ],
  },
  {
    uid: '6540c0de00000000000000b1',
    name: CUSTOM_KEY_READER_ROLE,
    type: 'user',
    scope: 'tenant',
    permissions: ['apiKey.get', 'apiKey.list'],
  },
];

const byName = new Map(ROLES.map((r) => [r.name, r]));
const byUid = new Map(ROLES.map((r) => [r.uid, r]));

export const roleByName = (name: string): MockRole | undefined => byName.get(name);
export const roleByUid = (uid: string): MockRole | undefined => byUid.get(uid);

/** Every permission the named roles carry together. */
export function permissionsOf(roleNames: readonly string[]): Set<string> {
  return new Set(roleNames.flatMap((name) => byName.get(name)?.permissions ?? []));
}
