import { Box, TextField, type TextFieldProps } from '@mui/material';
import type { ReactNode } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

export type RhfTextFieldProps<T extends FieldValues> = Omit<
  TextFieldProps,
  'name' | 'value' | 'onChange' | 'onBlur' | 'error' | 'inputRef' | 'defaultValue'
> & {
  control: Control<T>;
  name: FieldPath<T>;
  /** Shows "n/max" under the field: the limit is known before the user hits it. */
  maxLength?: number;
};

/**
 * The one wiring of an MUI TextField to react-hook-form: value, change, blur, the field's ref (so
 * `setError(..., { shouldFocus })` and failed validation move focus here), and the error message in
 * place of the helper text. Every form in the console uses it rather than re-wiring MUI.
 */
export function RhfTextField<T extends FieldValues>({
  control,
  name,
  maxLength,
  helperText,
  ...props
}: RhfTextFieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const value = typeof field.value === 'string' ? field.value : '';
        const message: ReactNode = fieldState.error?.message ?? helperText;
        const counter =
          maxLength === undefined ? null : (
            // Past the limit the counter is not cut off: the user sees how much to remove.
            <Box component="span" sx={{ ml: 'auto', pl: 1, whiteSpace: 'nowrap' }}>
              {value.length}/{maxLength}
            </Box>
          );
        return (
          <TextField
            {...props}
            name={field.name}
            value={value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={fieldState.invalid}
            helperText={
              counter ? (
                <Box component="span" sx={{ display: 'flex' }}>
                  <span>{message}</span>
                  {counter}
                </Box>
              ) : (
                message
              )
            }
          />
        );
      }}
    />
  );
}
