/**
 * Case-insensitive name comparison used for the per-owner uniqueness rule. Apart from the schemas
 * (which bring zod) so that the key pages can compare names without loading it.
 */
export function sameKeyName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');
}
