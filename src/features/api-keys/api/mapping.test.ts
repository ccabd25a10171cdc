import { describe, expect, it } from 'vitest';
import type { V1ApiKey } from '../../../lib/api/palette';
import documentedList from '../../../test/fixtures/api-keys-list.json';
import { toApiKey, toApiKeys, toCreateBody, ZERO_TIME } from './mapping';

const full: V1ApiKey = {
  metadata: {
    uid: 'k1',
    name: 'ci-deploy',
    annotations: { description: 'Deploys from CI', permissions: 'apiKey.get,apiKey.update' },
    creationTimestamp: '2026-01-02T03:04:05Z',
    lastModifiedTimestamp: '2026-01-05T06:07:08Z',
  },
  spec: { expiry: '2026-12-31T23:59:59Z', user: { uid: 'u1', firstName: 'Ava', lastName: 'Admin' } },
  status: { isActive: true },
};

describe('toApiKey', () => {
  it('maps a complete key', () => {
    expect(toApiKey(full)).toEqual({
      uid: 'k1',
      name: 'ci-deploy',
      description: 'Deploys from CI',
      owner: { uid: 'u1', name: 'Ava Admin' },
      expiresAt: Date.UTC(2026, 11, 31, 23, 59, 59),
      createdAt: Date.UTC(2026, 0, 2, 3, 4, 5),
      modifiedAt: Date.UTC(2026, 0, 5, 6, 7, 8),
      isActive: true,
      // The caller's permissions on the key, as Palette listed them: update, but not delete.
      allowed: { update: true, changeState: true, delete: false },
    });
  });

  it("leaves the server's permissions out when Palette sent none, so the matrix alone decides", () => {
    const key = toApiKey({ ...full, metadata: { uid: 'k1', annotations: { description: 'd' } } });
    expect(key.allowed).toBeUndefined();
    expect(toApiKey({ ...full, metadata: { uid: 'k1', annotations: { permissions: '' } } }).allowed).toEqual({
      update: false,
      changeState: false,
      delete: false,
    });
  });

  it('reads a key without status as inactive', () => {
    expect(toApiKey({ ...full, status: undefined }).isActive).toBe(false);
    expect(toApiKey({ ...full, status: {} }).isActive).toBe(false);
  });

  it('reads a missing description as empty', () => {
    expect(toApiKey({ ...full, metadata: { uid: 'k1', name: 'n' } }).description).toBe('');
  });

  it('reads zero-time and malformed timestamps as none', () => {
    const key = toApiKey({
      ...full,
      metadata: { ...full.metadata, creationTimestamp: ZERO_TIME },
      spec: { ...full.spec, expiry: 'not a date' },
    });
    expect(key.createdAt).toBeNull();
    expect(key.expiresAt).toBeNull();
  });

  it('ignores unknown fields', () => {
    const wire = { ...full, extra: { nested: true }, spec: { ...full.spec, key: 'deprecated', newField: 1 } };
    expect(toApiKey(wire as V1ApiKey)).toEqual(toApiKey(full));
  });

  it('survives an owner without names, and a nearly empty key', () => {
    expect(toApiKey({ ...full, spec: { user: { uid: 'u9' } } }).owner).toEqual({ uid: 'u9', name: 'u9' });
    expect(toApiKey({ metadata: { uid: 'k2' } })).toEqual({
      uid: 'k2',
      name: '',
      description: '',
      owner: { uid: '', name: 'Unknown user' },
      expiresAt: null,
      createdAt: null,
      modifiedAt: null,
      isActive: false,
    });
  });

  it('drops keys without a uid from a list, and reads a missing list as empty', () => {
    expect(toApiKeys([full, { metadata: { name: 'ghost' } }]).map((k) => k.uid)).toEqual(['k1']);
    expect(toApiKeys(undefined)).toEqual([]);
  });
});

describe('toCreateBody', () => {
  it('puts the description in an annotation and the owner in spec.userUid', () => {
    expect(
      toCreateBody({ name: 'n', description: 'd', expiry: '2026-12-01T00:00:00.000Z', ownerUid: 'u1' }),
    ).toEqual({
      metadata: { name: 'n', annotations: { description: 'd' } },
      spec: { expiry: '2026-12-01T00:00:00.000Z', userUid: 'u1' },
    });
  });
});

describe('the list answer Palette documents', () => {
  it('maps shared/palette-api/examples/api-keys-list.json, fed verbatim, to the domain key', () => {
    expect(toApiKeys(documentedList.items as V1ApiKey[])).toEqual([
      {
        uid: '66e844c44bab2337f20c7471',
        name: 'remove-me-test',
        description: '',
        owner: { uid: '66e8400a4bab2337f20c7400', name: 'example example' },
        expiresAt: Date.UTC(2024, 8, 23, 14, 46, 28, 164),
        createdAt: Date.UTC(2024, 8, 16, 14, 46, 28, 677),
        modifiedAt: Date.UTC(2024, 8, 16, 14, 46, 29, 79),
        isActive: true,
        // From `apiKey.create,apiKey.delete,apiKey.get,apiKey.list,apiKey.update,tag.update`.
        allowed: { update: true, changeState: true, delete: true },
      },
    ]);
  });
});
