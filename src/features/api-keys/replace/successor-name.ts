import { NAME_MAX, NAME_PATTERN, sameKeyName } from '../model/schemas';

/** A suffix this proposal writes itself (`-2` … `-999`): replacing `ci-deploy-2` proposes `ci-deploy-3`. */
const OWN_SUFFIX = /^(.*\S)-([2-9]|[1-9]\d{1,2})$/u;
/** Characters a new name may not hold; they become spaces, and runs of spaces one. */
const NOT_ALLOWED = /[^\p{L}\p{N} ._-]+/gu;
const FALLBACK_BASE = 'api-key';

/**
 * A name that a new key may carry, made from any name: keys created elsewhere may hold characters
 * the console's rules refuse (`🚀 release-bot`, markup), so those become spaces and the name starts at
 * its first letter or digit.
 */
function allowedBase(name: string): string {
  const cleaned = name
    .trim()
    .replace(NOT_ALLOWED, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[\s._-]+$/u, '');
  return cleaned || FALLBACK_BASE;
}

/** `base-n`, with the base cut so that the whole stays within the length limit. */
function withSuffix(base: string, n: number): string {
  const suffix = `-${n}`;
  const room = NAME_MAX - suffix.length;
  const cut = base.length > room ? base.slice(0, room).replace(/[\s._-]+$/u, '') : base;
  return `${cut || FALLBACK_BASE.slice(0, room)}${suffix}`;
}

/**
 * The name proposed for the successor of a key named `name`: `<name>-2`, or the next number free
 * among `taken` (the owner's key names, compared as the server does: trimmed, case-insensitive).
 * A name that ends in such a number already counts on from it. The result always passes the rules
 * for a new name.
 */
export function proposeSuccessorName(name: string, taken: Iterable<string>): string {
  const takenNames = [...taken];
  const isTaken = (candidate: string) => takenNames.some((t) => sameKeyName(t, candidate));
  const base = allowedBase(name);
  const own = OWN_SUFFIX.exec(base);
  const stem = own ? own[1]! : base;
  let n = own ? Number(own[2]) + 1 : 2;
  let candidate = withSuffix(stem, n);
  while (isTaken(candidate) || !NAME_PATTERN.test(candidate)) candidate = withSuffix(stem, ++n);
  return candidate;
}
