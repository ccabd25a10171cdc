import { ORG_NAME, PERSONAS, SEED_PASSWORD } from '../mocks/personas';

/**
 * A key of Uma's made through the mock's API (she signs in with her password first), and its secret,
 * which the mock itself keeps only as a hash: for tests that sign in with an API key, or revoke one.
 */
export async function createUmasKey(name: string): Promise<{ uid: string; secret: string }> {
  const login = await fetch('http://localhost/v1/auth/authenticate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ emailId: 'uma.user@acme.example', org: ORG_NAME, password: SEED_PASSWORD }),
  }).then((r) => r.json() as Promise<{ Authorization: string }>);
  const created = await fetch('http://localhost/v1/apiKeys', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: login.Authorization },
    body: JSON.stringify({
      metadata: { name, annotations: { description: '' } },
      spec: { expiry: new Date(Date.now() + 7 * 86_400_000).toISOString(), userUid: PERSONAS.user.uid },
    }),
  }).then((r) => r.json() as Promise<{ apiKey: string; uid: string }>);
  return { uid: created.uid, secret: created.apiKey };
}
