import SearchOffIcon from '@mui/icons-material/SearchOff';
import { Button } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { EmptyState } from '../../../components/empty-state';

/** A key that is not there (deleted, or never one the caller may see): says so, with the way back. */
export function KeyNotFound({ backTo, backLabel }: { backTo: string; backLabel: string }) {
  return (
    <EmptyState
      icon={<SearchOffIcon />}
      title="This API key does not exist"
      text="It may have been deleted, or the link may be mistyped."
      action={
        <Button variant="contained" component={RouterLink} to={backTo}>
          Back to {backLabel}
        </Button>
      }
    />
  );
}
