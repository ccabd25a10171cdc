import type { ApiKey } from '../model/types';
import { PlainIcon } from './plain-icon';

export interface KeyNameProps {
  apiKey: ApiKey;
  /** Why the last bulk action failed on this key, shown under its name. */
  note?: string | undefined;
}

/**
 * A key's name with its description as a second line, and a bulk action's failure under them: the
 * table row and the phone card both show a key's name through this one piece. Names and descriptions
 * come from users: they are rendered as text (React escapes them), with `dir="auto"` for right-to-left
 * scripts. Plain elements styled by the table (key-table-styles.ts).
 */
export function KeyName({ apiKey, note }: KeyNameProps) {
  return (
    <>
      <span className="key-name" dir="auto">
        {apiKey.name}
      </span>
      {apiKey.description && (
        <span className="key-description" dir="auto">
          {apiKey.description}
        </span>
      )}
      {note && (
        <span className="key-note">
          <PlainIcon kind="error" />
          {note}
        </span>
      )}
    </>
  );
}
