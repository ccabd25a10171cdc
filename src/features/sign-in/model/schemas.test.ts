import { describe, expect, it } from 'vitest';
import { checkApiKeyForm, checkPasswordForm } from './schemas';

describe('checkApiKeyForm', () => {
  it('sends the pasted key without the whitespace around it', () => {
    expect(checkApiKeyForm({ apiKey: '  abc123\n' })).toEqual({ ok: true, values: { apiKey: 'abc123' } });
  });

  it.each(['', '   '])('asks for a key when given %j', (apiKey) => {
    expect(checkApiKeyForm({ apiKey })).toEqual({ ok: false, errors: { apiKey: 'Paste your API key' } });
  });
});

describe('checkPasswordForm', () => {
  it('trims the email and the organisation, and keeps the password as typed', () => {
    expect(
      checkPasswordForm({
        emailId: ' ava.admin@acme.example ',
        org: ' Acme Robotics ',
        password: ' s3cret ',
      }),
    ).toEqual({
      ok: true,
      values: { emailId: 'ava.admin@acme.example', org: 'Acme Robotics', password: ' s3cret ' },
    });
  });

  it('says what each empty field needs', () => {
    expect(checkPasswordForm({ emailId: ' ', org: '', password: '' })).toEqual({
      ok: false,
      errors: {
        emailId: 'Enter your email',
        org: 'Enter your organisation',
        password: 'Enter your password',
      },
    });
  });

  it.each([
    'not-an-email',
    'ava@acme',
    '@acme.example',
    'ava@-acme.example',
    'ava..x@acme.example',
    'a b@acme.example',
  ])('refuses %j as an email', (emailId) => {
    expect(checkPasswordForm({ emailId, org: 'acme', password: 'x' })).toEqual({
      ok: false,
      errors: { emailId: 'Enter an email address like name@example.com' },
    });
  });

  it.each(['ava.admin@acme.example', "o'neil+ci@mail.acme-robotics.co.uk", 'x_y@a1.io'])(
    'accepts %j as an email',
    (emailId) => {
      expect(checkPasswordForm({ emailId, org: 'acme', password: 'x' }).ok).toBe(true);
    },
  );
});
