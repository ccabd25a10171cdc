import type { DatasetId } from '../mocks/data';
import { PERSONAS, type PersonaId } from '../mocks/personas';
import type { FailureId } from '../mocks/scenario';

export const PERSONA_LABELS: Record<PersonaId, string> = {
  admin: PERSONAS.admin.label,
  user: PERSONAS.user.label,
  viewer: PERSONAS.viewer.label,
  auditor: PERSONAS.auditor.label,
};

export const DATASET_LABELS: Record<DatasetId, string> = {
  typical: 'Typical',
  empty: 'Empty (no keys)',
  'at-limit': 'At the key limit',
  large: 'Large (1,000 users, 20,000 keys)',
};

export const LATENCY_LABELS: Record<number, string> = { 0: 'None', 400: '400 ms', 3000: '3 s' };

export const FAILURE_LABELS: Record<FailureId, string> = {
  list: 'List fails (500)',
  create: 'Create fails (500)',
  'create-conflict': 'Create conflicts on the name (409)',
  'create-no-answer': 'Create made, answer lost',
  'create-unreached': 'Create lost on the way (none made)',
  revoke: 'Revoke fails (500)',
  'rate-limit': 'Rate limited (429)',
  'session-expired': 'Session expired (401)',
  offline: 'Offline (no answer)',
  history: 'History fails (500)',
};
