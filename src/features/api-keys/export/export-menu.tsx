import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import { Box, Button, ListItemText, Menu, MenuItem, Tooltip } from '@mui/material';
import { useId, useState } from 'react';
import { useNotify } from '../../../components/notifications/notify-context';
import { useSession } from '../../../lib/session';
import type { KeyRow } from '../model/key-rows';
import type { ExportFormat, ExportScope } from './export-file';
import type { ExportOwner } from './export-records';

/** What the export needs beside the rows: which page it is, and the owners' emails and states. */
export interface ExportSource {
  scope: ExportScope;
  /** The owners by uid; undefined while they load. */
  owners: ReadonlyMap<string, ExportOwner> | undefined;
  /** The owners could not be loaded: the export would lack their emails and states. */
  ownersFailed?: boolean;
}

export interface ExportMenuProps {
  /** The rows of the view: search, filters and sort applied, every page. */
  rows: readonly KeyRow[];
  source: ExportSource;
}

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'csv', label: 'CSV', hint: 'For spreadsheets' },
  { format: 'json', label: 'JSON', hint: 'For scripts' },
];

function refusal(rows: readonly KeyRow[], source: ExportSource): string | undefined {
  if (rows.length === 0) return 'No keys match the filters: there is nothing to export';
  if (source.ownersFailed) return "The owners' details could not be loaded; reload the page to export";
  if (!source.owners) return "Loading the owners' details for the export…";
  return undefined;
}

/**
 * "Export" in the table's toolbar: the view's rows as a CSV or JSON file. The file's builder is
 * loaded on the first export, not with the page. While there is nothing to export, or the owners
 * are still loading, the button is refused with the reason (as Add New API Key is).
 */
export function ExportMenu({ rows, source }: ExportMenuProps) {
  const session = useSession();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const reasonId = useId();
  const reason = refusal(rows, source);
  const { owners, scope } = source;

  const run = (format: ExportFormat) => {
    setAnchor(null);
    if (!owners) return;
    const now = new Date();
    import('./export-file')
      .then(({ downloadExport }) =>
        downloadExport({ format, scope, rows, owners, orgName: session.orgName, now }),
      )
      .catch(() => notify({ message: 'Could not export the keys. Try again.', severity: 'error' }));
  };

  return (
    <>
      <Tooltip title={reason ?? ''} describeChild>
        <Button
          variant="outlined"
          startIcon={<FileDownloadOutlinedIcon />}
          endIcon={<ArrowDropDownIcon />}
          aria-haspopup="menu"
          aria-controls={anchor ? menuId : undefined}
          aria-expanded={anchor ? 'true' : undefined}
          aria-disabled={reason ? 'true' : undefined}
          aria-describedby={reason ? reasonId : undefined}
          onClick={reason ? undefined : (event) => setAnchor(event.currentTarget)}
          sx={[
            { whiteSpace: 'nowrap', flexShrink: 0 },
            reason !== undefined && {
              cursor: 'not-allowed',
              color: 'action.disabled',
              borderColor: 'action.disabledBackground',
              '&:hover': { borderColor: 'action.disabledBackground', bgcolor: 'transparent' },
            },
          ]}
        >
          Export
        </Button>
      </Tooltip>
      {reason && (
        <Box id={reasonId} hidden>
          {reason}
        </Box>
      )}
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        {FORMATS.map(({ format, label, hint }) => (
          <MenuItem key={format} onClick={() => run(format)}>
            <ListItemText
              primary={label}
              secondary={`${hint} · ${rows.length === 1 ? '1 key' : `${rows.length.toLocaleString()} keys`}`}
            />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
