import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './export-csv';
import type { ExportRecord } from './export-records';

const record: ExportRecord = {
  name: 'ci-deploy',
  description: 'Deploys, "nightly"',
  ownerName: 'Ava Admin',
  ownerEmail: 'ava@acme.example',
  ownerState: 'deactivated',
  status: 'expiring',
  expiresAt: '2026-12-09T00:00:00.000Z',
  createdAt: null,
  uid: 'k-1',
};

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('ci-deploy')).toBe('ci-deploy');
    expect(csvCell('')).toBe('');
  });

  it('quotes a cell with a comma, a quote or a line break, doubling the quotes (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('line 1\r\nline 2')).toBe('"line 1\r\nline 2"');
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])(
    'escapes a cell starting with %j, which a spreadsheet would run as a formula',
    (start) => {
      const text = `${start}HYPERLINK("http://evil.example")`;
      const cell = csvCell(text);
      // Unquoted, the cell's first character is the escape; quoted, the one after the quote.
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
      expect(unquoted).toBe(`'${text}`);
    },
  );

  it('does not escape a formula character that is not the first', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('user@acme.example')).toBe('user@acme.example');
  });
});

describe('toCsv', () => {
  it('has a header row, one row per record, CRLF line ends, and a byte order mark for Excel', () => {
    const csv = toCsv([record, { ...record, uid: 'k-2' }]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[0]).toBe('Name,Description,Owner name,Owner email,Owner state,Status,Expires,Created,UID');
  });

  it('names states and statuses as the console does, dates in UTC, an empty cell for no date', () => {
    const [, row] = toCsv([record]).slice(1).split('\r\n');
    expect(row).toBe(
      'ci-deploy,"Deploys, ""nightly""",Ava Admin,ava@acme.example,Deactivated,Expiring soon,2026-12-09T00:00:00.000Z,,k-1',
    );
  });

  it('escapes formula-looking text in every column a user can type into', () => {
    const [, row] = toCsv([{ ...record, name: '=cmd', description: '@SUM(A1)', ownerName: '+Eve' }])
      .slice(1)
      .split('\r\n');
    expect(row!.split(',').slice(0, 3)).toEqual(["'=cmd", "'@SUM(A1)", "'+Eve"]);
  });

  it('is only the header for no records', () => {
    expect(toCsv([]).slice(1).split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});
