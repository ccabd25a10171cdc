import { describe, expect, it } from 'vitest';
import { ownerState } from './owner-state';

describe('ownerState', () => {
  const members = new Map([
    ['u-active', { isActive: true }],
    ['u-off', { isActive: false }],
  ]);

  it('tells an active member, a deactivated one and one who left apart', () => {
    expect(ownerState('u-active', members)).toBe('active');
    expect(ownerState('u-off', members)).toBe('deactivated');
    expect(ownerState('u-gone', members)).toBe('former');
  });

  it('calls nobody a former user while the users are unknown', () => {
    expect(ownerState('u-gone', undefined)).toBeNull();
  });
});
