import type { Theme } from '@mui/material/styles';
import type { SystemStyleObject } from '@mui/system';

/**
 * The key table's body, styled once here rather than through a styled component per cell: rows are
 * plain elements with class names, which keeps rendering a page of 100 keys cheap. The values follow
 * MUI's small TableCell, TableRow (hover, selected) and outlined small Chip.
 *
 * The table's hand-made fast pieces live in this folder and are held to the bench (`npm run bench`):
 * these styles, `plain-icon.tsx` (SVG instead of one SvgIcon per cell), `select-checkbox.tsx` (a native
 * checkbox instead of one ButtonBase per row) and `use-table-tooltip.tsx` (one Popper for the table
 * instead of one Tooltip per cell). They answer to its rows "Page change → updated rows", "Sort toggle"
 * and "Select all matching" (budget 100 ms each; 49.4, 53.8 and 42.8 ms median at the start of this
 * session's work, on 20,000 keys and 25 rows a page). Replace one with MUI's own only with those rows
 * measured before and after.
 */
export function keyTableSx(theme: Theme): SystemStyleObject<Theme> {
  const border = `1px solid ${theme.vars?.palette.TableCell.border ?? theme.palette.divider}`;
  const selected = theme.alpha(
    (theme.vars ?? theme).palette.primary.main,
    (theme.vars ?? theme).palette.action.selectedOpacity,
  );
  return {
    '& tbody > tr > td, & tbody > tr > th': {
      ...theme.typography.body2,
      color: (theme.vars ?? theme).palette.text.primary,
      borderBottom: border,
      textAlign: 'left',
      verticalAlign: 'middle',
      padding: '6px 16px',
    },
    '& tbody > tr:hover': { backgroundColor: (theme.vars ?? theme).palette.action.hover },
    '& tbody > tr.selected': { backgroundColor: selected },
    '& .cell-checkbox': { width: 24, padding: '0 12px 0 16px' },
    '& .select-checkbox': {
      display: 'block',
      width: 18,
      height: 18,
      margin: 0,
      cursor: 'pointer',
      accentColor: (theme.vars ?? theme).palette.primary.main,
    },
    '& td.cell-actions': { width: 48, padding: '0 8px 0 4px', textAlign: 'right' },
    '& .nowrap': { whiteSpace: 'nowrap' },
    '& .row-actions-button': {
      display: 'inline-flex',
      padding: '5px',
      border: 0,
      borderRadius: '50%',
      background: 'none',
      color: (theme.vars ?? theme).palette.action.active,
      cursor: 'pointer',
      '& svg': { width: 24, height: 24 },
      '&:hover': { backgroundColor: (theme.vars ?? theme).palette.action.hover },
      '&:focus-visible': {
        outline: `2px solid ${(theme.vars ?? theme).palette.primary.main}`,
        outlineOffset: 1,
      },
    },
    '& th.cell-name': { minWidth: 180, maxWidth: 360, fontWeight: 'inherit' },
    '& .key-name': { display: 'block', fontWeight: 500, overflowWrap: 'anywhere' },
    '& .key-description': {
      display: 'block',
      // Width 0 growing to the cell's: a long description is cut with an ellipsis at whatever width
      // the column gets, instead of widening the column (and the table past 1280px with checkboxes).
      width: 0,
      minWidth: '100%',
      color: (theme.vars ?? theme).palette.text.secondary,
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      whiteSpace: 'nowrap',
    },
    '& .key-note': {
      display: 'flex',
      alignItems: 'center',
      gap: 0.5,
      marginTop: 0.5,
      ...theme.typography.caption,
      '& svg': {
        width: '1em',
        height: '1em',
        color: (theme.vars ?? theme).palette.error.main,
        flexShrink: 0,
      },
    },
    '& td.cell-owner': { maxWidth: 220, overflowWrap: 'anywhere' },
    '& .expiry': { display: 'inline-block', borderRadius: 0.5 },
    '& .expiry-date': { display: 'block', whiteSpace: 'nowrap' },
    '& .expiry-relative': {
      display: 'block',
      ...theme.typography.caption,
      color: (theme.vars ?? theme).palette.text.secondary,
    },
    '& .status-chips': { display: 'flex', flexWrap: 'wrap', gap: 0.5 },
    '& .status-chip': {
      display: 'inline-flex',
      alignItems: 'center',
      height: 24,
      padding: '0 7px 0 4px',
      gap: 0.5,
      borderRadius: '16px',
      border: '1px solid',
      fontSize: theme.typography.pxToRem(13),
      whiteSpace: 'nowrap',
      '& svg': { width: 18, height: 18 },
    },
    '& .status-active': {
      borderColor: (theme.vars ?? theme).palette.success.main,
      '& svg': { color: (theme.vars ?? theme).palette.success.main },
    },
    '& .status-expired': {
      borderColor: (theme.vars ?? theme).palette.error.main,
      '& svg': { color: (theme.vars ?? theme).palette.error.main },
    },
    '& .status-revoked': {
      borderColor: (theme.vars ?? theme).palette.text.secondary,
      '& svg': { color: (theme.vars ?? theme).palette.text.secondary },
    },
    '& .status-warning': {
      borderColor: (theme.vars ?? theme).palette.warning.main,
      '& svg': { color: (theme.vars ?? theme).palette.warning.main },
    },
  };
}
