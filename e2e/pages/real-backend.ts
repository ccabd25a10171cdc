import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * The real-backend end-to-end setting (playwright.real.config.ts): Debian's nginx with the shipped
 * configuration (deploy/nginx) serves dist/ and proxies /v1 to the contract server (npm run mock:server).
 */
export const REAL_BACKEND = {
  nginxPort: Number(process.env.REAL_E2E_NGINX_PORT) || 14180,
  mockPort: Number(process.env.REAL_E2E_MOCK_PORT) || 18787,
  /**
   * The contract server's token lifetime: short, so that every signed-in test lives through token
   * refreshes, and an expired session takes seconds rather than Palette's 15 minutes.
   */
  tokenTtlSeconds: 12,
} as const;

export const NGINX_URL = `http://127.0.0.1:${REAL_BACKEND.nginxPort}`;

/** The seeded tenant of the contract server (src/mocks/personas.ts, seed.ts). */
export const TENANT = {
  org: 'Acme Robotics',
  password: 'Palette-mock-2026!',
  admin: { email: 'ava.admin@acme.example', name: 'Ava Admin' },
  user: { email: 'uma.user@acme.example', name: 'Uma User' },
  viewer: { email: 'vic.viewer@acme.example', name: 'Vic Viewer' },
} as const;

/** A plain fetch to the API through nginx, outside the browser: what a script or curl would do. */
export async function callThroughNginx(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${NGINX_URL}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

/** `GET /v1/users/info` with `secret` as the `ApiKey` header, as a script would: 200 while the key works. */
export const whoAmIWithKey = (secret: string) =>
  callThroughNginx('GET', '/v1/users/info', { ApiKey: secret });

/** A session token for `email`, as `POST /v1/auth/authenticate` gives it. */
export async function tokenFor(email: string): Promise<string> {
  const answer = await callThroughNginx(
    'POST',
    '/v1/auth/authenticate',
    {},
    {
      emailId: email,
      org: TENANT.org,
      password: TENANT.password,
    },
  );
  expect(answer.status).toBe(200);
  return (answer.body as { Authorization: string }).Authorization;
}

/** A key made through the API (as its owner), and its secret. */
export async function keyMadeThroughApi(
  email: string,
  name: string,
  { description = 'made by the real-backend e2e' } = {},
): Promise<{ uid: string; secret: string }> {
  const token = await tokenFor(email);
  const info = await callThroughNginx('GET', '/v1/users/info', { Authorization: token });
  const answer = await callThroughNginx(
    'POST',
    '/v1/apiKeys',
    { Authorization: token },
    {
      metadata: { name, annotations: { description } },
      spec: {
        expiry: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        userUid: (info.body as { userUid: string }).userUid,
      },
    },
  );
  expect(answer.status).toBe(201);
  const created = answer.body as { uid: string; apiKey: string };
  return { uid: created.uid, secret: created.apiKey };
}

/** A name no other test of the run uses: the tests share the contract server's tenant. */
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}`;

interface RealBackendFixtures {
  /** Every CSP violation the browser reports (event or console), for the whole test; must stay empty. */
  cspViolations: string[];
}

/** The real-backend specs' `test`: every CSP violation the browser reports fails the test. */
export const test = base.extend<RealBackendFixtures>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeFunction('__e2eCspViolation', (line: string) => violations.push(line));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __e2eCspViolation: (line: string) => void })
            .__e2eCspViolation;
          void report(
            `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile}:${event.lineNumber}`,
          );
        });
      });
      page.on('console', (message) => {
        if (/Content[- ]Security[- ]Policy/i.test(message.text()))
          violations.push(`console: ${message.text()}`);
      });
      await use(violations);
      expect(violations, 'CSP violations reported by the browser').toEqual([]);
    },
    { auto: true },
  ],
});

/** The sign-in page (`/sign-in`), found by role and accessible name. */
export class SignInPage {
  readonly heading: Locator;
  readonly apiKeyTab: Locator;
  readonly passwordTab: Locator;
  readonly apiKey: Locator;
  readonly email: Locator;
  readonly org: Locator;
  readonly password: Locator;
  readonly keepSignedIn: Locator;
  readonly submit: Locator;
  readonly problem: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Sign in' });
    this.apiKeyTab = page.getByRole('tab', { name: 'API key' });
    this.passwordTab = page.getByRole('tab', { name: 'Email and password' });
    const form = page.locator('form');
    this.apiKey = form.getByRole('textbox', { name: 'API key', exact: true });
    this.email = form.getByRole('textbox', { name: 'Email', exact: true });
    this.org = form.getByRole('textbox', { name: 'Organisation', exact: true });
    this.password = form.getByRole('textbox', { name: 'Password', exact: true });
    this.keepSignedIn = page.getByRole('checkbox', { name: 'Keep me signed in in this tab' });
    this.submit = page.getByRole('button', { name: 'Sign in' });
    this.problem = page.getByRole('alert');
  }

  async withPassword(
    email: string,
    {
      password = TENANT.password,
      org = TENANT.org,
      keep = false,
    }: { password?: string; org?: string; keep?: boolean } = {},
  ) {
    await expect(this.heading).toBeVisible();
    await this.passwordTab.click();
    await this.email.fill(email);
    await this.org.fill(org);
    await this.password.fill(password);
    if (keep) await this.keepSignedIn.check();
    await this.submit.click();
  }

  async withApiKey(key: string, { keep = false } = {}) {
    await expect(this.heading).toBeVisible();
    await this.apiKeyTab.click();
    await this.apiKey.fill(key);
    if (keep) await this.keepSignedIn.check();
    await this.submit.click();
  }
}
