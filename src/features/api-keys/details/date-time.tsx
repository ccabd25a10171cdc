import { formatDate, formatRelative, formatUtc } from '../model/format-date';

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * A moment of a key's life in the user's locale and time zone, with its distance from `now`; the
 * exact UTC instant is in the page's shared tooltip (`data-tooltip`), reachable by keyboard too.
 */
export function DateTime({ at, now }: { at: number | null; now: number }) {
  if (at === null) return <>—</>;
  return (
    <time
      dateTime={new Date(at).toISOString()}
      // Not interactive, but its tooltip must be reachable without a mouse.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      data-tooltip={formatUtc(at)}
    >
      {formatDate(at, dateTimeFormat)} ({formatRelative(at, now)})
    </time>
  );
}
