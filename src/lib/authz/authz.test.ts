import { describe, expect, it } from 'vitest';
import {
  accessFromPermissions,
  accessFromRoles,
  isKnownRoleName,
  grantsFromPermissions,
  SERVER_REFUSED_REASON,
  ACCESS_PENDING_REASON,
  can,
  canOnAnyKey,
  CAPABILITIES,
  denialReason,
  type AccessLevel,
  type Capability,
} from '.';

const me = 'user-me';
const other = 'user-other';
const subject = (access: AccessLevel) => ({ userUid: me, access });

// Spec section 2, written out independently of MATRIX: [capability, admin, viewer, member] for
// [own key, other user's key]. `true`/`false` is the expected answer of can().
const expected: [Capability, [boolean, boolean], [boolean, boolean], [boolean, boolean]][] = [
  ['apiKey.listAll', [true, true], [true, true], [false, false]],
  ['apiKey.listOwn', [true, true], [true, true], [true, true]],
  ['apiKey.createOwn', [true, true], [true, true], [true, true]],
  ['apiKey.createForOthers', [true, true], [false, false], [false, false]],
  ['apiKey.update', [true, true], [true, false], [true, false]],
  ['apiKey.changeState', [true, true], [true, false], [true, false]],
  ['apiKey.delete', [true, true], [true, false], [true, false]],
  ['apiKey.reassign', [false, false], [false, false], [false, false]],
  ['apiKey.viewSecret', [false, false], [false, false], [false, false]],
];

describe('permission matrix', () => {
  it('covers every capability', () => {
    expect(expected.map(([c]) => c).sort()).toEqual([...CAPABILITIES].sort());
  });

  const levels: AccessLevel[] = ['tenant-admin', 'tenant-viewer', 'member'];
  for (const [capability, ...rows] of expected) {
    levels.forEach((level, i) => {
      const [own, others] = rows[i]!;
      it(`${level} ${own ? 'may' : 'may not'} ${capability} on an own key`, () => {
        expect(can(subject(level), capability, { ownerUid: me })).toBe(own);
        expect(denialReason(subject(level), capability, { ownerUid: me }) === undefined).toBe(own);
      });
      it(`${level} ${others ? 'may' : 'may not'} ${capability} on another user's key`, () => {
        expect(can(subject(level), capability, { ownerUid: other })).toBe(others);
        expect(denialReason(subject(level), capability, { ownerUid: other }) === undefined).toBe(others);
      });
    });
  }

  it('answers "on every key" only where the grant does not depend on the owner', () => {
    for (const [capability, ...rows] of expected)
      levels.forEach((level, i) => {
        const [own, others] = rows[i]!;
        expect(canOnAnyKey(subject(level), capability), `${level} ${capability}`).toBe(own && others);
      });
  });

  it('answers for "some key" when no key is given', () => {
    expect(can(subject('member'), 'apiKey.update')).toBe(true);
    expect(can(subject('member'), 'apiKey.listAll')).toBe(false);
  });
});

describe('accessFromRoles', () => {
  it.each([
    [['Tenant Admin'], 'tenant-admin'],
    [['Tenant User Admin'], 'tenant-admin'],
    [['Tenant Viewer'], 'tenant-viewer'],
    [['Tenant Viewer', 'Tenant Admin'], 'tenant-admin'],
    [['Project Editor'], 'member'],
    [[], 'member'],
  ] as const)('%j gives %s', (roles, level) => {
    expect(accessFromRoles(roles)).toBe(level);
  });
});

describe("Palette's per-key permissions", () => {
  const admin = subject('tenant-admin');
  const onOthers = (permissions: string | undefined) => ({
    ownerUid: other,
    allowed: grantsFromPermissions(permissions),
  });

  it('reads the comma-separated list; revoke and re-activate need apiKey.update', () => {
    expect(grantsFromPermissions('apiKey.get, apiKey.delete')).toEqual({
      update: false,
      changeState: false,
      delete: true,
    });
    expect(grantsFromPermissions(undefined)).toBeNull();
  });

  it('refuses what the list lacks, even where the matrix allows it, and says that Palette refuses', () => {
    const key = onOthers('apiKey.get,apiKey.list');
    for (const capability of ['apiKey.update', 'apiKey.changeState', 'apiKey.delete'] as const) {
      expect(can(admin, capability, key)).toBe(false);
      expect(denialReason(admin, capability, key)).toBe(SERVER_REFUSED_REASON);
    }
  });

  it('never grants what the matrix refuses, and lets the matrix alone decide without a list', () => {
    const viewer = subject('tenant-viewer');
    const key = onOthers('apiKey.get,apiKey.update,apiKey.delete');
    expect(can(viewer, 'apiKey.delete', key)).toBe(false);
    expect(denialReason(viewer, 'apiKey.delete', key)).toBe(
      "Only tenant admins can delete other users' keys",
    );
    expect(can(admin, 'apiKey.delete', onOthers(undefined))).toBe(true);
  });
});

describe('accessFromPermissions (roles no name decides)', () => {
  it('reads apiKey.list as reading every key of the tenant, and nothing else as more than a member', () => {
    expect(accessFromPermissions(['apiKey.get', 'apiKey.list'])).toBe('tenant-viewer');
    expect(accessFromPermissions(['apiKey.get', 'apiKey.update', 'cluster.list'])).toBe('member');
    expect(accessFromPermissions([])).toBe('member');
  });

  it('knows the role names the matrix decides by', () => {
    expect(isKnownRoleName('Tenant Admin')).toBe(true);
    expect(isKnownRoleName('Tenant Viewer')).toBe(true);
    expect(isKnownRoleName('API Key Auditor')).toBe(false);
  });
});

describe('a provisional access, while the roles are on their way', () => {
  const viewer = { userUid: 'u-ava', access: 'tenant-viewer' as const, accessPending: true };
  const othersKey = { ownerUid: 'u-uma' };

  it('refuses "for now" what only the roles could grant', () => {
    expect(denialReason(viewer, 'apiKey.update', othersKey)).toBe(ACCESS_PENDING_REASON);
    expect(denialReason(viewer, 'apiKey.createForOthers')).toBe(ACCESS_PENDING_REASON);
  });

  it("allows what the list already proves, and keeps the server's own refusal", () => {
    expect(denialReason(viewer, 'apiKey.listAll')).toBeUndefined();
    expect(denialReason(viewer, 'apiKey.update', { ownerUid: 'u-ava' })).toBeUndefined();
    const locked = { ownerUid: 'u-ava', allowed: { update: false, changeState: false, delete: false } };
    expect(denialReason(viewer, 'apiKey.update', locked)).toBe(SERVER_REFUSED_REASON);
  });
});

describe('grantsFromPermissions over a large list', () => {
  it('reads each distinct list once: equal lists share one frozen answer', () => {
    const a = grantsFromPermissions('apiKey.get,apiKey.update');
    const b = grantsFromPermissions(['apiKey.get', 'apiKey.update'].join(','));
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
    expect(grantsFromPermissions('apiKey.get,apiKey.delete')).toEqual({
      update: false,
      changeState: false,
      delete: true,
    });
  });
});
