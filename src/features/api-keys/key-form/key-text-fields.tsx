import type { Control } from 'react-hook-form';
import { RhfTextField } from '../../../components/rhf-text-field';
import type { KeyFormValues } from '../model/key-form';
import { DESCRIPTION_MAX, NAME_MAX } from '../model/schemas';

/** "API Key Name" and "Description", the same in the create and the edit form. */
export function KeyTextFields({ control }: { control: Control<KeyFormValues> }) {
  return (
    <>
      <RhfTextField
        control={control}
        name="name"
        label="API Key Name"
        required
        fullWidth
        maxLength={NAME_MAX}
        autoComplete="off"
      />
      <RhfTextField
        control={control}
        name="description"
        label="Description"
        fullWidth
        multiline
        minRows={2}
        maxLength={DESCRIPTION_MAX}
      />
    </>
  );
}
