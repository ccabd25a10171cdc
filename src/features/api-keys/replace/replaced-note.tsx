import { Typography } from '@mui/material';
import { Link } from 'react-router';

/**
 * "Replaced by <successor>" under a key's name, for a key kept active after a replace. The link
 * shows the successor: the table searched for its name. A plain router link (MUI's Link is not on
 * the key pages' first download).
 */
export function ReplacedNote({ successorName }: { successorName: string }) {
  return (
    <Typography
      variant="caption"
      component="span"
      sx={{ display: 'block', mt: 0.5, '& a': { color: 'primary.main', textUnderlineOffset: '0.2em' } }}
    >
      Replaced by{' '}
      <Link
        to={{ search: `?${new URLSearchParams({ q: successorName }).toString()}` }}
        dir="auto"
        aria-label={`Replaced by ${successorName}: show it`}
      >
        {successorName}
      </Link>
    </Typography>
  );
}
