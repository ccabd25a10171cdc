import { Checkbox, FormControlLabel, FormHelperText, Stack } from '@mui/material';
import { useId } from 'react';

export interface KeepSignedInCheckboxProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** "Keep me signed in in this tab": sessionStorage for this tab only, never beyond it. */
export function KeepSignedInCheckbox({ checked, onChange }: KeepSignedInCheckboxProps) {
  const hintId = useId();
  return (
    <Stack>
      <FormControlLabel
        control={
          <Checkbox
            checked={checked}
            onChange={(event) => onChange(event.target.checked)}
            slotProps={{ input: { 'aria-describedby': hintId } }}
          />
        }
        label="Keep me signed in in this tab"
      />
      <FormHelperText id={hintId} sx={{ mt: 0 }}>
        Survives a reload of this tab; forgotten when the tab closes or you sign out.
      </FormHelperText>
    </Stack>
  );
}
