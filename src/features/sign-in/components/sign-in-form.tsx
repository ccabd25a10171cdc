import { Button, Stack, TextField, type TextFieldProps } from '@mui/material';
import type { Credentials } from '../../../lib/session';
import { KeepSignedInCheckbox } from './keep-signed-in-checkbox';
import { SignInProblem } from './sign-in-problem';
import { useSignInForm, type SignInFormOptions, type TextForm } from './use-sign-in-form';

/** What the sign-in page gives either form. */
export interface SignInFormProps {
  keepSignedIn: boolean;
  onKeepSignedInChange: (checked: boolean) => void;
  onSignedIn: (credentials: Credentials) => void;
  /**
   * Focus the first field when the form appears: on arrival at the page, not after a tab switch
   * (the focus then stays on the tab, as the tabs pattern has it).
   */
  focusOnMount: boolean;
}

/** One required text field of a sign-in form. */
export type SignInField<F> = { name: keyof F & string; label: string } & Pick<
  TextFieldProps,
  'type' | 'autoComplete' | 'helperText' | 'slotProps'
>;

/** What makes one way of signing in: its fields, their check, and the call to Palette. */
export interface SignInFormSpec<F extends TextForm<F>> extends Omit<
  SignInFormOptions<F>,
  'onSignedIn' | 'focusOnMount'
> {
  /** The form's accessible name. */
  label: string;
  fields: readonly SignInField<F>[];
}

/**
 * A sign-in form: its fields (each error in place of the field's hint), "Keep me signed in", why the
 * last attempt failed, and Sign in. The two ways to sign in differ only in their fields and their call.
 */
export function SignInForm<F extends TextForm<F>>({
  label,
  fields,
  keepSignedIn,
  onKeepSignedInChange,
  ...options
}: SignInFormProps & SignInFormSpec<F>) {
  const form = useSignInForm(options);
  return (
    <Stack
      component="form"
      noValidate
      spacing={2}
      onSubmit={(event) => void form.submit(event)}
      aria-label={label}
    >
      {fields.map(({ name, helperText, ...props }) => {
        const field = form.field(name);
        return (
          <TextField
            key={name}
            {...props}
            name={field.name}
            value={field.value}
            onChange={(event) => field.onChange(event.target.value)}
            inputRef={field.inputRef}
            error={Boolean(field.error)}
            helperText={field.error ?? helperText}
            required
            fullWidth
          />
        );
      })}
      <KeepSignedInCheckbox checked={keepSignedIn} onChange={onKeepSignedInChange} />
      <SignInProblem message={form.problem} />
      <Button type="submit" variant="contained" size="large" loading={form.submitting}>
        Sign in
      </Button>
    </Stack>
  );
}
