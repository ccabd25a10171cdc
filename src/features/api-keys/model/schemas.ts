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

/**
 * Control characters (C0, DEL, C1) and the bidirectional embeddings, overrides and isolates
 * (U+202A-U+202E, U+2066-U+2069): a description is shown to other admins, and an override such as
 * U+202E makes the text read differently from what is stored.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const UNSAFE_TEXT_PATTERN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
export const UNSAFE_TEXT_MESSAGE = 'Remove control characters and text-direction overrides';

export const descriptionSchema = z
  .string()
  .max(DESCRIPTION_MAX, `Use at most ${DESCRIPTION_MAX} characters`)
  .refine((v) => !UNSAFE_TEXT_PATTERN.test(v), { message: UNSAFE_TEXT_MESSAGE });

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|([+-])(\d{2}):(\d{2}))$/i;

/**
 * The instant of a strict RFC 3339 date-time (a time and an offset are required), or null.
 * `Date.parse` alone takes `2027-01-01`, `Jan 5 2027` and offset-less local times, and rolls
 * `2027-02-30` over into March: the fields are checked by a round trip through `Date.UTC`.
 */
export function parseRfc3339(value: string): number | null {
  const m = RFC3339.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const utc = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  utc.setUTCFullYear(year);
  const sameFields =
    utc.getUTCFullYear() === year &&
    utc.getUTCMonth() === month - 1 &&
    utc.getUTCDate() === day &&
    utc.getUTCHours() === hour &&
    utc.getUTCMinutes() === minute &&
    utc.getUTCSeconds() === second;
  if (!sameFields) return null;
  const [offsetHours, offsetMinutes] = [Number(m[10] ?? 0), Number(m[11] ?? 0)];
  if (offsetHours > 23 || offsetMinutes > 59) return null;
  const offset = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  const fraction = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
  return utc.getTime() + fraction - offset;
}

/** An expiry as sent on the wire (strict RFC 3339 with an offset), checked against `now`. */
export function expirySchema(now: number) {
  return z
    .string()
    .refine((v) => parseRfc3339(v) !== null, { message: 'Enter a valid expiration date', abort: true })
    .refine((v) => (parseRfc3339(v) ?? 0) > now, { message: 'The expiration date must be in the future' })
    .refine((v) => (parseRfc3339(v) ?? 0) <= now + EXPIRY_MAX_MS, {
      message: 'The expiration date can be at most one year ahead',
    });
}

export { sameKeyName } from './same-key-name';

export const DUPLICATE_NAME_MESSAGE = 'This user already has a key with this name';
