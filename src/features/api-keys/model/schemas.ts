import { z } from '../../../lib/zod';
import { DAY_MS } from './status';

/**
 * The rules of a key's fields, shared by the console's forms and the mock Palette's request
 * validation, so both refuse the same input with the same words.
 */
export const NAME_MAX = 64;
export const DESCRIPTION_MAX = 256;
/** The furthest expiry allowed: one year ahead, plus the rest of that last day in any time zone. */
export const EXPIRY_MAX_MS = 366 * DAY_MS;

export const NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u;

export const keyNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name for the key')
  .max(NAME_MAX, `Use at most ${NAME_MAX} characters`)
  .refine((v) => NAME_PATTERN.test(v), {
    message: 'Use letters, digits, spaces, "-", "_" and "."; start with a letter or digit',
  });

/**
 * The name rule of an edit. Keys made elsewhere (Palette's own console, Terraform, the SDK) may carry
 * names our rules would refuse for a new key (`My key (prod) #1`, emoji): an edit that keeps the name
 * sends it exactly as it is and never fails on it; a changed name must pass the rules of a new one.
 */
export function editedKeyNameSchema(currentName: string) {
  return z.string().transform((value, ctx) => {
    if (value === currentName) return value;
    const result = keyNameSchema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
    return z.NEVER;
  });
}

export const descriptionSchema = z.string().max(DESCRIPTION_MAX, `Use at most ${DESCRIPTION_MAX} characters`);

/** An expiry as sent on the wire (RFC 3339), checked against `now`. */
export function expirySchema(now: number) {
  return z
    .string()
    .refine((v) => !Number.isNaN(Date.parse(v)), { message: 'Enter a valid expiration date' })
    .refine((v) => Date.parse(v) > now, { message: 'The expiration date must be in the future' })
    .refine((v) => Date.parse(v) <= now + EXPIRY_MAX_MS, {
      message: 'The expiration date can be at most one year ahead',
    });
}

/** Case-insensitive name comparison used for the per-owner uniqueness rule. */
export function sameKeyName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');
}

export const DUPLICATE_NAME_MESSAGE = 'This user already has a key with this name';
