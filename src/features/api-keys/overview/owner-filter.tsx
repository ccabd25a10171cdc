import { Autocomplete, Box, TextField, Typography } from '@mui/material';
import { useMemo } from 'react';
import type { TenantUser } from '../../../lib/users';
import type { KeyRow } from '../model/key-rows';

/** Enough to pick from; a tenant of a thousand users narrows by typing. */
const MAX_OPTIONS = 50;

interface OwnerOption {
  uid: string;
  name: string;
  email: string;
  /** Why the owner's keys are orphaned, if they are. */
  note: '' | 'deactivated' | 'no longer in the tenant';
}

export interface OwnerFilterProps {
  /** The `owner` filter: a user uid, '' for anyone. */
  value: string;
  onChange: (uid: string) => void;
  /** The tenant's users; undefined while loading. */
  users: readonly TenantUser[] | undefined;
  /** Every key: owners who left the tenant are offered too, named as the keys name them. */
  rows: readonly KeyRow[];
}

function ownerOptions(users: readonly TenantUser[] | undefined, rows: readonly KeyRow[]): OwnerOption[] {
  const options = new Map<string, OwnerOption>();
  for (const user of users ?? [])
    options.set(user.uid, { ...user, note: user.isActive ? '' : 'deactivated' });
  for (const { key } of rows)
    if (!options.has(key.owner.uid))
      options.set(key.owner.uid, {
        uid: key.owner.uid,
        name: key.owner.name,
        email: '',
        note: users ? 'no longer in the tenant' : '',
      });
  return [...options.values()];
}

function matching(options: readonly OwnerOption[], text: string): OwnerOption[] {
  const needle = text.trim().toLocaleLowerCase();
  const found: OwnerOption[] = [];
  for (const option of options) {
    if (found.length === MAX_OPTIONS) break;
    if (!needle || `${option.name}\n${option.email}`.toLocaleLowerCase().includes(needle)) found.push(option);
  }
  return found;
}

/** "User": filters the tenant table to one owner, picked by name or email. */
export function OwnerFilter({ value, onChange, users, rows }: OwnerFilterProps) {
  const options = useMemo(() => ownerOptions(users, rows), [users, rows]);
  const selected = options.find((option) => option.uid === value) ?? null;

  return (
    <Autocomplete
      size="small"
      options={options}
      value={selected}
      onChange={(_event, option) => onChange(option?.uid ?? '')}
      filterOptions={(list, state) => matching(list, state.inputValue)}
      getOptionLabel={(option) => option.name}
      getOptionKey={(option) => option.uid}
      isOptionEqualToValue={(option, current) => option.uid === current.uid}
      loading={!users}
      clearOnEscape
      loadingText="Loading users…"
      noOptionsText="No users match"
      sx={{ minWidth: 240 }}
      renderOption={({ key, ...props }, option) => (
        <Box component="li" key={key} {...props}>
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="body2" dir="auto" sx={{ overflowWrap: 'anywhere' }}>
              {option.name}
              {option.note && ` (${option.note})`}
            </Typography>
            {option.email && (
              <Typography variant="caption" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                {option.email}
              </Typography>
            )}
          </Box>
        </Box>
      )}
      renderInput={(params) => <TextField {...params} label="User" placeholder="Name or email" />}
    />
  );
}
