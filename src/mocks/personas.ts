/** The people a designer can sign in as with `?as=`. Fixed uids keep links and tests stable. */
export const PERSONAS = {
  admin: { uid: '6540a1f0c0ffee0000000001', label: 'Ava Admin (Tenant Admin)' },
  user: { uid: '6540a1f0c0ffee0000000002', label: 'Uma User (no tenant role)' },
  viewer: { uid: '6540a1f0c0ffee0000000003', label: 'Vic Viewer (Tenant Viewer)' },
} as const;

export type PersonaId = keyof typeof PERSONAS;
export const PERSONA_IDS = Object.keys(PERSONAS) as PersonaId[];

export function isPersonaId(value: unknown): value is PersonaId {
  // `in` would take inherited names (`toString`, `__proto__`) for personas.
  return typeof value === 'string' && Object.hasOwn(PERSONAS, value);
}

export const TENANT_UID = '6540a1f0c0ffee00000000aa';
export const ORG_NAME = 'Acme Robotics';
/** Every seeded user signs in to the contract server with this password. */
export const SEED_PASSWORD = 'Palette-mock-2026!';
