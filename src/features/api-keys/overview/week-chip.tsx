import DateRangeOutlinedIcon from '@mui/icons-material/DateRangeOutlined';
import { Chip } from '@mui/material';
import type { ExpiryWeek } from '../model/expiry-weeks';

const format = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

/** The `week` filter, shown in the toolbar with a way to remove it (the chart may not show that week). */
export function WeekChip({ week, onRemove }: { week: ExpiryWeek; onRemove: () => void }) {
  const label = `Expires ${format.format(week.start)} – ${format.format(week.end - 1)}`;
  return (
    <Chip
      icon={<DateRangeOutlinedIcon />}
      label={label}
      onDelete={onRemove}
      variant="outlined"
      slotProps={{ root: { 'aria-label': `Filter: ${label}. Press Delete or Backspace to remove it.` } }}
    />
  );
}
