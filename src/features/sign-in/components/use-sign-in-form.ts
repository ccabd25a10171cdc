import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { Credentials } from '../../../lib/session';
import type { CheckedForm, FormErrors } from '../model/schemas';
import { signInErrorMessage, type SignInMethod } from '../model/sign-in-error';

export type TextForm<F> = { [K in keyof F]: string };

export interface SignInFormOptions<F extends TextForm<F>> {
  method: SignInMethod;
  /** The empty form; its keys in the order of the fields on screen. */
  empty: F;
  check: (form: F) => CheckedForm<F>;
  signIn: (values: F) => Promise<Credentials>;
  /** The field holding the secret: cleared after a refusal, so it does not linger in the page. */
  secret: keyof F;
  onSignedIn: (credentials: Credentials) => void;
  focusOnMount: boolean;
}

/**
 * The submit scaffolding both sign-in forms share: the values, the check before anything is sent (then
 * again on each change, once a submit was tried), the first wrong field focused, the sign-in itself, the
 * problem to show, the secret cleared after a refusal. Plain React state rather than react-hook-form:
 * this page is the first download of a real-Palette deployment, and it has four fields.
 */
export function useSignInForm<F extends TextForm<F>>({
  method,
  empty,
  check,
  signIn,
  secret,
  onSignedIn,
  focusOnMount,
}: SignInFormOptions<F>) {
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FormErrors<F>>({});
  const [tried, setTried] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const inputs = useRef(new Map<keyof F, HTMLInputElement>());
  const names = Object.keys(empty) as (keyof F)[];
  const first = names[0];

  const focus = useCallback((name: keyof F | undefined) => {
    if (name !== undefined) inputs.current.get(name)?.focus();
  }, []);

  // On arrival at the page, not after a tab switch (the focus then stays on the tab).
  useEffect(() => {
    if (focusOnMount) focus(first);
  }, [focusOnMount, focus, first]);

  const change = (name: keyof F, value: string) => {
    const next = { ...values, [name]: value };
    setValues(next);
    if (!tried) return;
    const result = check(next);
    setErrors((current) => ({ ...current, [name]: result.ok ? undefined : result.errors[name] }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    setTried(true);
    const result = check(values);
    if (!result.ok) {
      setErrors(result.errors);
      focus(names.find((name) => result.errors[name]));
      return;
    }
    setErrors({});
    setProblem(null);
    setSubmitting(true);
    try {
      onSignedIn(await signIn(result.values));
    } catch (error) {
      setProblem(signInErrorMessage(error, method));
      // A refused secret does not stay in the page; the user types or pastes it again.
      setValues((current) => ({ ...current, [secret]: empty[secret] }));
      focus(secret);
    } finally {
      setSubmitting(false);
    }
  };

  /** What a field needs: its value, its error, and its input registered for focus. */
  const field = (name: keyof F) => ({
    name: String(name),
    value: values[name],
    error: errors[name],
    onChange: (value: string) => change(name, value),
    inputRef: (input: HTMLInputElement | null) => {
      if (input) inputs.current.set(name, input);
      else inputs.current.delete(name);
    },
  });

  return { field, submit, submitting, problem };
}
