import { z } from '../../../lib/zod';

/** The API key form: the key is pasted, so stray whitespace around it is dropped. */
export const apiKeyFormSchema = z.object({
  apiKey: z.string().trim().min(1, 'Paste your API key'),
});
export type ApiKeyForm = z.infer<typeof apiKeyFormSchema>;

/** The email form: Palette's `v1AuthLogin` is email, organisation name and password. */
export const passwordFormSchema = z.object({
  emailId: z
    .string()
    .trim()
    .min(1, 'Enter your email')
    .pipe(z.email('Enter an email address like name@example.com')),
  org: z.string().trim().min(1, 'Enter your organisation'),
  // Passwords are taken as typed: spaces may be part of them.
  password: z.string().min(1, 'Enter your password'),
});
export type PasswordForm = z.infer<typeof passwordFormSchema>;
