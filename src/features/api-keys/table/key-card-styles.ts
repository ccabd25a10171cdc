import type { Theme } from '@mui/material/styles';
import type { SystemStyleObject } from '@mui/system';

/**
 * The phone cards (key-card.tsx), on top of the table's own styles (key-table-styles.ts) that give
 * the shared pieces (name, status chip, expiry, checkbox, actions button) their look. Class names on
 * plain elements, as for the rows: a page of 100 cards builds no styled component per card.
 */
export function keyCardSx(theme: Theme): SystemStyleObject<Theme> {
  const palette = (theme.vars ?? theme).palette;
  const selected = theme.alpha(palette.primary.main, palette.action.selectedOpacity);
  return {
    '& .key-cards-select-page': {
      ...theme.typography.body2,
      display: 'flex',
      alignItems: 'center',
      gap: theme.spacing(1),
      // In line with the cards' checkboxes (the card's border and padding).
      padding: theme.spacing(0.5, 0, 1, 1.5),
      marginLeft: '1px',
      cursor: 'pointer',
    },
    '& .key-cards': { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: theme.spacing(1) },
    '& .key-card': {
      ...theme.typography.body2,
      minWidth: 0,
      padding: theme.spacing(1.5),
      border: `1px solid ${palette.divider}`,
      borderRadius: `${theme.shape.borderRadius}px`,
      backgroundColor: palette.background.paper,
    },
    '& .key-card.selected': { backgroundColor: selected },
    '& .key-card-head': { display: 'flex', alignItems: 'flex-start', gap: theme.spacing(1) },
    '& .key-card-head .select-checkbox': { marginTop: '2px' },
    // The button's padding, outside the text's line: its icon lines up with the card's content.
    '& .key-card-head .row-actions-button': { margin: '-6px -6px 0 0' },
    '& .key-card-name': { flex: 1, minWidth: 0 },
    '& .key-card-fields': {
      display: 'grid',
      gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
      gap: theme.spacing(1, 2),
      margin: theme.spacing(1.5, 0, 0),
    },
    '& .key-card-fields dt': { ...theme.typography.caption, color: palette.text.secondary },
    '& .key-card-fields dd': { margin: 0, overflowWrap: 'anywhere' },
  };
}
