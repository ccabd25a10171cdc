/**
 * The two sign-in forms and their rules, in plain TypeScript. The sign-in page is the first thing a
 * real-Palette deployment downloads; four required fields and an email check do not need Zod there
 * (22 KB gzip of the first visit). The key feature's forms, validated by the mock too, keep theirs.
 */

/** The API key form: the key is pasted, so stray whitespace around it is dropped. */
export interface ApiKeyForm {
  apiKey: string;
}

/** The email form: Palette's `v1AuthLogin` is email, organisation name and password. */
export interface PasswordForm {
  emailId: string;
  org: string;
  password: string;
}

/** A message for each field that cannot be sent as it is. */
export type FormErrors<F> = Partial<Record<keyof F, string>>;

/** A form checked before it is sent: its values as sent (trimmed where spaces mean nothing), or why not. */
export type CheckedForm<F> = { ok: true; values: F } | { ok: false; errors: FormErrors<F> };

/** Zod's "practical" email pattern, which this form used before: the same addresses pass. */
const EMAIL =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

function checked<F>(values: F, errors: FormErrors<F>): CheckedForm<F> {
  return Object.keys(errors).length === 0 ? { ok: true, values } : { ok: false, errors };
}

export function checkApiKeyForm(form: ApiKeyForm): CheckedForm<ApiKeyForm> {
  const apiKey = form.apiKey.trim();
  return checked({ apiKey }, apiKey ? {} : { apiKey: 'Paste your API key' });
}

export function checkPasswordForm(form: PasswordForm): CheckedForm<PasswordForm> {
  const emailId = form.emailId.trim();
  const org = form.org.trim();
  const errors: FormErrors<PasswordForm> = {};
  if (!emailId) errors.emailId = 'Enter your email';
  else if (!EMAIL.test(emailId)) errors.emailId = 'Enter an email address like name@example.com';
  if (!org) errors.org = 'Enter your organisation';
  // Passwords are taken as typed: spaces may be part of them.
  if (!form.password) errors.password = 'Enter your password';
  return checked({ emailId, org, password: form.password }, errors);
}
