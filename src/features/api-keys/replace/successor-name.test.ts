import { describe, expect, it } from 'vitest';
import { keyNameSchema, NAME_MAX } from '../model/schemas';
import { proposeSuccessorName } from './successor-name';

describe('proposeSuccessorName', () => {
  it('adds -2 to a name', () => {
    expect(proposeSuccessorName('ci-deploy', ['ci-deploy', 'local-dev'])).toBe('ci-deploy-2');
  });

  it('counts on from a number it wrote itself', () => {
    expect(proposeSuccessorName('ci-deploy-2', ['ci-deploy', 'ci-deploy-2'])).toBe('ci-deploy-3');
  });

  it('skips the names the owner already has, whatever their case', () => {
    expect(proposeSuccessorName('ci-deploy', ['ci-deploy', 'CI-Deploy-2', 'ci-deploy-3 '])).toBe(
      'ci-deploy-4',
    );
  });

  it('keeps numbers that are part of the name', () => {
    expect(proposeSuccessorName('automation-01', [])).toBe('automation-01-2');
    expect(proposeSuccessorName('report-2024', [])).toBe('report-2024-2');
  });

  it('stays within 64 characters', () => {
    const long = `${'a'.repeat(15)}-long-name-that-fills-all-sixty-four-characters-x`;
    expect(long).toHaveLength(NAME_MAX);
    const proposed = proposeSuccessorName(long, [long]);
    expect(proposed).toHaveLength(NAME_MAX);
    expect(proposed.endsWith('-2')).toBe(true);
  });

  it('makes a name the rules accept from one created elsewhere', () => {
    for (const name of [
      '🚀 release-bot',
      '<img src=x onerror=alert(1)>',
      'My key (prod) #1',
      '***',
      'مفتاح النشر',
    ]) {
      const proposed = proposeSuccessorName(name, [name]);
      expect(keyNameSchema.safeParse(proposed).success, `${name} → ${proposed}`).toBe(true);
    }
    expect(proposeSuccessorName('🚀 release-bot', [])).toBe('release-bot-2');
    expect(proposeSuccessorName('My key (prod) #1', [])).toBe('My key prod 1-2');
    expect(proposeSuccessorName('***', [])).toBe('api-key-2');
    expect(proposeSuccessorName('مفتاح النشر', [])).toBe('مفتاح النشر-2');
  });
});
