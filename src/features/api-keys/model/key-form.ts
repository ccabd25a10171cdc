import { z } from '../../../lib/zod';
import type { KeyDraft } from './types';
import type { ApiKey } from './types';
import {
  descriptionSchema,
  editedKeyNameSchema,
  EXPIRY_MAX_MS,
  expirySchema,
  keyNameSchema,
} from './schemas';
import {
  addLocalDays,
  daysInMonth,
  endOfLocalDay,
  formatCivilDate,
  localCivilDate,
  toLocalDate,
} from './local-calendar';
import { DAY_MS } from './status';

/**
 * The create and edit forms' model. The form state mirrors what the user sees (a preset or a
 * calendar date), not the request; `toDraft` maps it to the request in one place.
 */
export const EXPIRY_PRESETS = ['7', '30', '60', '90'] as const;
export type ExpiryPresetDays = (typeof EXPIRY_PRESETS)[number];
/**
 * `current` keeps a key's expiry as it is (edit only): editing a name must not move the expiry,
 * and a key that expires later today could not be kept with a calendar date from tomorrow on.
 */
export type ExpiryPreset = ExpiryPresetDays | 'custom' | 'current';

export interface KeyFormValues {
  name: string;
  description: string;
  /** The owner; the signed-in user unless an admin picks someone else. */
  ownerUid: string;
  expiryPreset: ExpiryPreset;
  /** 'YYYY-MM-DD' in the user's calendar; used when `expiryPreset` is 'custom'. */
  customDate: string;
}

export const DEFAULT_PRESET: ExpiryPresetDays = '30';

/** What the expiry is counted against: the moment of submission and, for edit, the current expiry. */
export interface ExpiryContext {
  now: number;
  /** The key's expiry today (edit); null for a new key or a key without one. */
  currentExpiresAt?: number | null;
}

/** What the form is checked against: the expiry context and, for edit, the key's name today. */
export interface KeyFormContext extends ExpiryContext {
  /** The key's name as the server has it (edit): kept as it is, it is sent unchanged and not checked. */
  currentName?: string;
}

/** The earliest custom date: tomorrow in the user's calendar. */
export function minCustomDate(now: number): string {
  return addLocalDays(now, 1);
}

/**
 * The latest custom date: the same date next year (Feb 29 becomes Feb 28), pulled back while the
 * end of that day would lie beyond what the server accepts (366 days: a leap year or a DST change
 * can otherwise push one calendar year past it).
 */
export function maxCustomDate(now: number): string {
  const today = localCivilDate(now);
  const year = today.year + 1;
  let candidate = formatCivilDate({
    year,
    month: today.month,
    day: Math.min(today.day, daysInMonth(year, today.month)),
  });
  let end = endOfLocalDay(candidate) ?? now;
  while (end > now + EXPIRY_MAX_MS) {
    candidate = addLocalDays(end, -1);
    end = endOfLocalDay(candidate) ?? now;
  }
  return candidate;
}

/** The expiry the form stands for, as epoch milliseconds; null when it stands for none yet. */
export function expiryMsFromForm(
  values: Pick<KeyFormValues, 'expiryPreset' | 'customDate'>,
  { now, currentExpiresAt = null }: ExpiryContext,
): number | null {
  switch (values.expiryPreset) {
    case 'custom':
      return endOfLocalDay(values.customDate);
    case 'current':
      return currentExpiresAt;
    default:
      return now + Number(values.expiryPreset) * DAY_MS;
  }
}

/**
 * The expiry to send, RFC 3339 in UTC: a preset is `now` plus N days; a custom date is the end of
 * that day in the user's time zone. Throws on a form the schema would refuse.
 */
export function expiryFromForm(
  values: Pick<KeyFormValues, 'expiryPreset' | 'customDate'>,
  context: ExpiryContext | number,
): string {
  const ctx = typeof context === 'number' ? { now: context } : context;
  const ms = expiryMsFromForm(values, ctx);
  if (ms === null) throw new Error('The form has no valid expiration date');
  return new Date(ms).toISOString();
}

/** Maps the form to the request body's fields; a kept name goes back exactly as the server sent it. */
export function toDraft(values: KeyFormValues, context: KeyFormContext | number): KeyDraft {
  const currentName = typeof context === 'number' ? undefined : context.currentName;
  return {
    name: values.name === currentName ? currentName : values.name.trim(),
    description: values.description.trim(),
    expiry: expiryFromForm(values, context),
  };
}

export function emptyKeyForm(ownerUid: string, now: number): KeyFormValues {
  return {
    name: '',
    description: '',
    ownerUid,
    expiryPreset: DEFAULT_PRESET,
    customDate: minCustomDate(now),
  };
}

/**
 * The edit form of `key`: its expiry is kept unless the user picks another. A key that has already
 * expired (or has none) must get a new expiry, so it starts on the default preset instead.
 */
export function formFromKey(key: ApiKey, now: number): KeyFormValues {
  const keep = canKeepExpiry(key.expiresAt, now);
  // Custom starts on the key's own date when it is one the user could pick, so switching to Custom
  // and back shows where the key stands; otherwise on the first date allowed.
  const own = key.expiresAt === null ? '' : toLocalDate(key.expiresAt);
  const customDate = own >= minCustomDate(now) && own <= maxCustomDate(now) ? own : minCustomDate(now);
  return {
    name: key.name,
    description: key.description,
    ownerUid: key.owner.uid,
    expiryPreset: keep ? 'current' : DEFAULT_PRESET,
    customDate,
  };
}

/** Whether the edit form may offer "Keep current" for a key. */
export function canKeepExpiry(expiresAt: number | null, now: number): boolean {
  return expiresAt !== null && expiresAt > now;
}

/**
 * The form schema, built from the rules shared with the mock Palette, checked against `now`.
 * Every message lands on the field the user can fix.
 */
export function keyFormSchema(context: KeyFormContext) {
  const { now, currentExpiresAt = null, currentName } = context;
  return z
    .object({
      name: currentName === undefined ? keyNameSchema : editedKeyNameSchema(currentName),
      description: descriptionSchema,
      ownerUid: z.string().min(1, 'Choose a user'),
      expiryPreset: z.enum([...EXPIRY_PRESETS, 'custom', 'current']),
      customDate: z.string(),
    })
    .superRefine((values, ctx) => {
      if (values.expiryPreset === 'custom') {
        const message = customDateProblem(values.customDate, now);
        if (message) {
          ctx.addIssue({ code: 'custom', path: ['customDate'], message });
          return;
        }
      }
      if (values.expiryPreset === 'current' && !canKeepExpiry(currentExpiresAt, now)) {
        ctx.addIssue({
          code: 'custom',
          path: ['expiryPreset'],
          message: 'This key has expired: choose a new expiration date',
        });
        return;
      }
      // The same rule the server applies to what is sent, so the two can never disagree.
      const ms = expiryMsFromForm(values, { now, currentExpiresAt });
      const result = expirySchema(now).safeParse(ms === null ? '' : new Date(ms).toISOString());
      if (!result.success)
        ctx.addIssue({
          code: 'custom',
          path: [values.expiryPreset === 'custom' ? 'customDate' : 'expiryPreset'],
          message: result.error.issues[0]?.message ?? 'Enter a valid expiration date',
        });
    });
}

/** Why a custom date is refused, in words for the field; undefined when it is allowed. */
export function customDateProblem(date: string, now: number): string | undefined {
  if (!date) return 'Choose a date';
  if (endOfLocalDay(date) === null) return 'Enter a valid date';
  // ISO dates compare correctly as strings.
  if (date < minCustomDate(now)) return 'Choose a date from tomorrow on';
  if (date > maxCustomDate(now)) return 'Choose a date at most one year ahead';
  return undefined;
}
