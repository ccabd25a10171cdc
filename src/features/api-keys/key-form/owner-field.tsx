import { Autocomplete, Box, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, type Control } from 'react-hook-form';
import { userQueries, type TenantUser } from '../../../lib/users';
import type { KeyFormValues } from '../model/key-form';

/** Enough to pick from; a tenant of a thousand users narrows by typing. */
const MAX_OPTIONS = 50;
const SEARCH_DELAY_MS = 250;

export interface OwnerFieldProps {
  control: Control<KeyFormValues>;
  /** The chosen user, kept by the form so that a failed submit and the secret view know the name. */
  selected: TenantUser;
  onSelectedChange: (user: TenantUser) => void;
  disabled?: boolean;
}

function useDebounced(value: string, delayMs: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/**
 * "User Name": picks the owner of a new key among the tenant's users, by name or email. The search
 * runs on the server (Palette's user summary filter); deactivated users are listed but cannot be
 * chosen, since Palette refuses a key for them.
 */
export function OwnerField({ control, selected, onSelectedChange, disabled = false }: OwnerFieldProps) {
  const [open, setOpen] = useState(false);
  // What the user typed, apart from the label MUI writes into the input after a choice.
  const [searchText, setSearchText] = useState('');
  const debounced = useDebounced(searchText, SEARCH_DELAY_MS);
  const users = useQuery({ ...userQueries.search(debounced), enabled: open });
  const found = users.data ?? [];
  const options = found.some((u) => u.uid === selected.uid) ? found : [selected, ...found];

  return (
    <Controller
      control={control}
      name="ownerUid"
      render={({ field, fieldState }) => (
        <Autocomplete
          options={options}
          value={selected}
          disableClearable
          disabled={disabled}
          open={open}
          onOpen={() => setOpen(true)}
          onClose={() => setOpen(false)}
          onChange={(_event, user) => {
            onSelectedChange(user);
            field.onChange(user.uid);
          }}
          onInputChange={(_event, text, reason) => {
            if (reason === 'input') setSearchText(text);
            else if (reason !== 'blur') setSearchText('');
          }}
          onBlur={field.onBlur}
          // The server has filtered already; only the length is capped here.
          filterOptions={(list) => list.slice(0, MAX_OPTIONS)}
          getOptionLabel={(user) => user.name}
          getOptionKey={(user) => user.uid}
          isOptionEqualToValue={(option, value) => option.uid === value.uid}
          getOptionDisabled={(user) => !user.isActive}
          loading={users.isFetching}
          loadingText="Searching users…"
          noOptionsText={users.isError ? `Could not load users: ${users.error.message}` : 'No users match'}
          renderOption={({ key, ...props }, user) => (
            <Box component="li" key={key} {...props}>
              <Box sx={{ minWidth: 0 }}>
                <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                  {user.name}
                  {!user.isActive && ' (deactivated)'}
                </Typography>
                {user.email && (
                  <Typography variant="caption" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                    {user.email}
                  </Typography>
                )}
              </Box>
            </Box>
          )}
          renderInput={(params) => (
            <TextField
              {...params}
              label="User Name"
              required
              inputRef={field.ref}
              error={fieldState.invalid}
              helperText={fieldState.error?.message ?? 'Search by name or email'}
            />
          )}
        />
      )}
    />
  );
}
