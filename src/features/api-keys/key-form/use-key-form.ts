import { useEffect, useState } from 'react';
import { useForm, type UseFormProps } from 'react-hook-form';
import type { KeyFormValues } from '../model/key-form';
import type { FormProblem } from '../model/server-errors';

/**
 * The create and edit forms' common state: react-hook-form over the key form's values, the
 * problem shown above the fields after a failed submit, and the focus on the name when it opens.
 */
export function useKeyForm(options: UseFormProps<KeyFormValues>) {
  const form = useForm<KeyFormValues>(options);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const { setFocus } = form;
  useEffect(() => setFocus('name'), [setFocus]);
  return { form, problem, setProblem };
}
