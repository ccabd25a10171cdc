import type { ApiKey } from '../model/types';

/**
 * Who owns a key, as the User column and the phone card show it (one piece for both). The
 * surrounding element sets `dir="auto"`: owner names come from users.
 */
export function KeyOwner({ apiKey }: { apiKey: ApiKey }) {
  return <>{apiKey.owner.name}</>;
}
