import { useCallback } from 'react';

export interface SelectCheckboxProps {
  label: string;
  checked: boolean;
  indeterminate?: boolean;
  onChange: (checked: boolean) => void;
}

/**
 * A native checkbox for row selection, styled by the table (key-table-styles.ts): a page of 100 rows
 * would otherwise build 100 MUI Checkboxes (each a ButtonBase with its ripple and icons).
 */
export function SelectCheckbox({ label, checked, indeterminate = false, onChange }: SelectCheckboxProps) {
  // `indeterminate` is a DOM property with no HTML attribute.
  const ref = useCallback(
    (input: HTMLInputElement | null) => {
      if (input) input.indeterminate = indeterminate;
    },
    [indeterminate],
  );
  return (
    <input
      ref={ref}
      type="checkbox"
      className="select-checkbox"
      aria-label={label}
      checked={checked}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}
