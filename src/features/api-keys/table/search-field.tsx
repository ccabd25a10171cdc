import ClearIcon from '@mui/icons-material/Clear';
import SearchIcon from '@mui/icons-material/Search';
import { IconButton, InputAdornment, TextField } from '@mui/material';
import { memo, useRef } from 'react';

export interface SearchFieldProps {
  text: string;
  /** Called with the new text on every keystroke (and with '' by the clear button). */
  onSearch: (text: string) => void;
}

/** The key table's search box, with its own clear button. Memoised: only typing renders it. */
export const SearchField = memo(function SearchField({ text, onSearch }: SearchFieldProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const clear = () => {
    onSearch('');
    // The clear button disappears with the text; keep focus in the field rather than losing it.
    inputRef.current?.focus();
  };
  return (
    <TextField
      label="Search keys"
      placeholder="Name, description or user"
      type="search"
      size="small"
      value={text}
      inputRef={inputRef}
      onChange={(event) => onSearch(event.target.value)}
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
          // Mounted from the start, and not displayed while there is nothing to clear: adding the
          // button with the first keystroke would add its styles to the page then, and the browser
          // would restyle and repaint the whole page in the middle of that keystroke.
          endAdornment: (
            <InputAdornment position="end" style={text ? undefined : { display: 'none' }}>
              <IconButton aria-label="Clear search" size="small" edge="end" onClick={clear}>
                <ClearIcon fontSize="small" />
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  );
});
