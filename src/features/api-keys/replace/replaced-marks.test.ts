import { afterEach, describe, expect, it, vi } from 'vitest';
import { DAY_MS } from '../model/status';
import type { ApiKey } from '../model/types';
import {
  clearMark,
  markIsRelevant,
  markReplaced,
  pruneMarks,
  readMarks,
  subscribeMarks,
  type ReplacedMark,
} from './replaced-marks';

const NOW = Date.UTC(2026, 11, 2, 12);
const TENANT = 'tenant-1';

function key(uid: string, name: string, overrides: Partial<ApiKey> = {}): ApiKey {
  return {
    uid,
    name,
    description: '',
    owner: { uid: 'uma', name: 'Uma User' },
    expiresAt: NOW + 30 * DAY_MS,
    createdAt: NOW - DAY_MS,
    isActive: true,
    ...overrides,
  };
}

const mark: ReplacedMark = {
  oldUid: 'old',
  successorUid: 'new',
  successorName: 'ci-deploy-2',
  ownerUid: 'uma',
  markedAt: NOW,
};
const old = key('old', 'ci-deploy');
const successor = key('new', 'ci-deploy-2');

afterEach(() => localStorage.clear());

describe('the replaced marks', () => {
  it('remembers a mark per tenant, with no secret in it', () => {
    markReplaced(TENANT, mark);
    expect(readMarks(TENANT)).toEqual([mark]);
    expect(readMarks('another-tenant')).toEqual([]);
    expect(JSON.parse(localStorage.getItem(`palette-console:replaced:${TENANT}`)!)).toEqual([mark]);
  });

  it('keeps one mark per old key, the latest', () => {
    markReplaced(TENANT, mark);
    markReplaced(TENANT, { ...mark, successorUid: 'newer', successorName: 'ci-deploy-3' });
    expect(readMarks(TENANT).map((m) => m.successorName)).toEqual(['ci-deploy-3']);
  });

  it('gives the same array until the marks change, and tells subscribers when they do', () => {
    markReplaced(TENANT, mark);
    const first = readMarks(TENANT);
    expect(readMarks(TENANT)).toBe(first);
    const listener = vi.fn();
    const stop = subscribeMarks(listener);
    clearMark(TENANT, 'old');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(readMarks(TENANT)).toEqual([]);
    stop();
  });

  it('reads a damaged entry as no marks, and skips entries that are not marks', () => {
    localStorage.setItem(`palette-console:replaced:${TENANT}`, '{not json');
    expect(readMarks(TENANT)).toEqual([]);
    localStorage.setItem(`palette-console:replaced:${TENANT}`, JSON.stringify([mark, { oldUid: 1 }, null]));
    expect(readMarks(TENANT)).toEqual([mark]);
  });

  it('holds while the old key works and its successor is there', () => {
    expect(markIsRelevant(mark, [old, successor], NOW + 1000, NOW)).toBe(true);
  });

  it('lapses once the old key is revoked, expired or deleted', () => {
    expect(markIsRelevant(mark, [{ ...old, isActive: false }, successor], NOW + 1000, NOW)).toBe(false);
    expect(markIsRelevant(mark, [{ ...old, expiresAt: NOW - 1 }, successor], NOW + 1000, NOW)).toBe(false);
    expect(markIsRelevant(mark, [successor], NOW + 1000, NOW)).toBe(false);
  });

  it('lapses once the successor is gone, but not on a list loaded before the mark', () => {
    expect(markIsRelevant(mark, [old], NOW + 1000, NOW)).toBe(false);
    expect(markIsRelevant(mark, [old], NOW - 1000, NOW)).toBe(true);
  });

  it('finds a successor without a uid by its owner and name', () => {
    const byName = { ...mark, successorUid: '' };
    expect(markIsRelevant(byName, [old, key('x', 'CI-Deploy-2')], NOW + 1000, NOW)).toBe(true);
    const otherOwner = key('x', 'ci-deploy-2', { owner: { uid: 'ava', name: 'Ava Admin' } });
    expect(markIsRelevant(byName, [old, otherOwner], NOW + 1000, NOW)).toBe(false);
  });

  it('prunes the marks that lapsed and keeps the others', () => {
    markReplaced(TENANT, mark);
    markReplaced(TENANT, { ...mark, oldUid: 'gone', successorUid: 'new2' });
    pruneMarks(TENANT, [old, successor], NOW + 1000, NOW);
    expect(readMarks(TENANT)).toEqual([mark]);
  });
});
