import type { MouseEvent } from 'react';
import { ReplacedNote } from '../replace/replaced-note';
import type { ApiKey } from '../model/types';
import { PlainIcon } from './plain-icon';
import type { RowActions } from './row-actions-menu';

export interface KeyNameProps {
  apiKey: ApiKey;
  /** Where the name links to the key's own page (`detailsHref` and `onView`); a plain name without. */
  actions: Pick<RowActions, 'detailsHref' | 'onView'>;
  /** Why the last bulk action failed on this key, shown under its name. */
  note?: string | undefined;
  /** The name of the key that replaced this one, while this one is kept active. */
  replacedBy?: string | undefined;
}

/** Follows the link in the app unless the user asked for a new tab or window (modifier, middle click). */
function openInApp(event: MouseEvent<HTMLAnchorElement>, open: () => void): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  open();
}

/**
 * A key's name, a link to its own page, with its description as a second line, the key that replaced
 * it, and a bulk action's failure under them: the table row and the phone card both show a key's name
 * through this one piece. Names and descriptions come from users: they are rendered as text (React
 * escapes them), with `dir="auto"` for right-to-left scripts. Plain elements styled by the table
 * (key-table-styles.ts).
 */
export function KeyName({ apiKey, actions, note, replacedBy }: KeyNameProps) {
  const href = actions.detailsHref?.(apiKey);
  const { onView } = actions;
  return (
    <>
      {href && onView ? (
        // A plain anchor, not a router Link: a Link reads the location, and would draw every row
        // again on each change of the table's URL state.
        <a
          className="key-name"
          dir="auto"
          href={href}
          onClick={(event) => openInApp(event, () => onView(apiKey))}
        >
          {apiKey.name}
        </a>
      ) : (
        <span className="key-name" dir="auto">
          {apiKey.name}
        </span>
      )}
      {apiKey.description && (
        <span className="key-description" dir="auto">
          {apiKey.description}
        </span>
      )}
      {replacedBy && <ReplacedNote successorName={replacedBy} />}
      {note && (
        <span className="key-note">
          <PlainIcon kind="error" />
          {note}
        </span>
      )}
    </>
  );
}
