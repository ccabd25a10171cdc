import {
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
} from '@mui/material';
import { useId } from 'react';
import { Controller, useWatch, type Control } from 'react-hook-form';
import { RhfTextField } from '../../../components/rhf-text-field';
import {
  customDateProblem,
  EXPIRY_PRESETS,
  expiryMsFromForm,
  maxCustomDate,
  minCustomDate,
  type ExpiryPreset,
  type KeyFormValues,
} from '../model/key-form';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export interface ExpiryFieldProps {
  control: Control<KeyFormValues>;
  /** When the dialog opened: presets and the date bounds count from it. */
  now: number;
  /** Edit only: the key's live expiry, offered as "Keep current". */
  currentExpiresAt?: number | null;
  disabled?: boolean;
}

function outcome(preset: ExpiryPreset, ms: number | null, problem: string | undefined): string {
  // A refused date has no outcome to show; the field's own message says what is wrong.
  if (ms === null || problem) return 'Choose a date to see when the key expires';
  if (preset === 'custom') return `Expires on ${dateOnly.format(ms)}, end of day`;
  if (preset === 'current') return `Expires on ${dateTime.format(ms)} (unchanged)`;
  return `Expires on ${dateTime.format(ms)}`;
}

/**
 * "Expiration Date": 7, 30, 60 or 90 days from today, or a calendar date (tomorrow to one year
 * ahead, ending at the end of that day in the user's time zone). The line below says what the
 * choice means as a date, so nobody has to count days.
 */
export function ExpiryField({ control, now, currentExpiresAt = null, disabled = false }: ExpiryFieldProps) {
  const labelId = useId();
  const outcomeId = useId();
  const [preset, customDate] = useWatch({ control, name: ['expiryPreset', 'customDate'] });
  const ms = expiryMsFromForm({ expiryPreset: preset, customDate }, { now, currentExpiresAt });
  const options: { value: ExpiryPreset; label: string }[] = [
    ...(currentExpiresAt !== null ? [{ value: 'current' as const, label: 'Keep current' }] : []),
    ...EXPIRY_PRESETS.map((days) => ({ value: days, label: `${days} days` })),
    { value: 'custom', label: 'Custom' },
  ];

  return (
    <Stack spacing={1.5}>
      <Controller
        control={control}
        name="expiryPreset"
        render={({ field, fieldState }) => (
          <FormControl error={fieldState.invalid} disabled={disabled}>
            <FormLabel id={labelId}>Expiration Date</FormLabel>
            <RadioGroup
              row
              aria-labelledby={labelId}
              aria-describedby={outcomeId}
              name={field.name}
              value={field.value}
              onChange={(_event, value) => field.onChange(value)}
              onBlur={field.onBlur}
            >
              {options.map((option) => (
                <FormControlLabel
                  key={option.value}
                  value={option.value}
                  label={option.label}
                  control={
                    // The checked radio takes the field's ref, so an error on it moves focus there.
                    <Radio
                      slotProps={{ input: { ref: option.value === field.value ? field.ref : undefined } }}
                    />
                  }
                />
              ))}
            </RadioGroup>
            {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
          </FormControl>
        )}
      />
      {preset === 'custom' && (
        <RhfTextField
          control={control}
          name="customDate"
          type="date"
          label="Custom date"
          helperText="From tomorrow to one year ahead"
          disabled={disabled}
          required
          sx={{ maxWidth: 240 }}
          slotProps={{
            inputLabel: { shrink: true },
            htmlInput: { min: minCustomDate(now), max: maxCustomDate(now) },
          }}
        />
      )}
      <FormHelperText id={outcomeId} sx={{ mt: 0 }} aria-live="polite">
        {outcome(preset, ms, preset === 'custom' ? customDateProblem(customDate, now) : undefined)}
      </FormHelperText>
    </Stack>
  );
}
