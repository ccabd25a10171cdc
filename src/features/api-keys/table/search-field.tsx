import ClearIcon from '@mui/icons-material/Clear';
import SearchIcon from '@mui/icons-material/Search';
import { IconButton, InputAdornment, TextField } from '@mui/material';
import { memo, useRef } from 'react';
import type { SearchText } from './use-search-text';

/** The key table's search box, with its own clear button. Memoised: only typing renders it. */
export const SearchField = memo(function SearchField({ search }: { search: SearchText }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const clear = () => {
    search.clear();
    // The clear button disappears with the text; keep focus in the field rather than losing it.
    inputRef.current?.focus();
  };
  return (
    <TextField
      label="Search keys"
      placeholder="Name, description or user"
      type="search"
      size="small"
      value={search.text}
      inputRef={inputRef}
      onChange={(event) => search.setText(event.target.value)}
      sx={{
        minWidth: { sm: 300 },
        // The field has its own clear button; the browser's would be a second one.
        '& input::-webkit-search-cancel-button': { display: 'none' },
      }}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon aria-hidden />
            </InputAdornment>
          ),
          endAdornment: search.text ? (
            <InputAdornment position="end">
              <IconButton aria-label="Clear search" size="small" edge="end" onClick={clear}>
                <ClearIcon fontSize="small" />
              </IconButton>
            </InputAdornment>
          ) : undefined,
        },
      }}
    />
  );
});
