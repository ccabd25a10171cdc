import BlockOutlinedIcon from '@mui/icons-material/BlockOutlined';
import CheckCircleOutlinedIcon from '@mui/icons-material/CheckCircleOutlined';
import EventBusyOutlinedIcon from '@mui/icons-material/EventBusyOutlined';
import PersonOffOutlinedIcon from '@mui/icons-material/PersonOffOutlined';
import WarningAmberOutlinedIcon from '@mui/icons-material/WarningAmberOutlined';
import { Box } from '@mui/material';
import { memo, useCallback, useLayoutEffect, useRef, type ReactElement } from 'react';
import { RISKS, type Risk, type RiskCounts } from '../model/risk-summary';
import type { StatusFilter } from '../model/table-query';
import { RiskTile } from './risk-tile';
import type { TableQueryState } from '../table/use-table-query';

const TILES: Record<Risk, { label: string; icon: ReactElement; tone: string }> = {
  active: { label: 'Active', icon: <CheckCircleOutlinedIcon />, tone: 'success.main' },
  expiring: { label: 'Expiring within 7 days', icon: <WarningAmberOutlinedIcon />, tone: 'warning.main' },
  expired: { label: 'Expired', icon: <EventBusyOutlinedIcon />, tone: 'error.main' },
  revoked: { label: 'Revoked', icon: <BlockOutlinedIcon />, tone: 'text.secondary' },
  orphaned: { label: 'Orphaned', icon: <PersonOffOutlinedIcon />, tone: 'warning.main' },
};

export interface RiskTilesProps {
  counts: RiskCounts;
  status: StatusFilter;
  orphaned: boolean;
  setQuery: TableQueryState['setQuery'];
}

/**
 * The tenant's keys at a glance, each count a one-click filter: the status tiles set the status
 * filter (one at a time, like its menu), Orphaned adds its own filter on top; a second click clears.
 */
export const RiskTiles = memo(function RiskTiles({ counts, status, orphaned, setQuery }: RiskTilesProps) {
  const pressed = (risk: Risk) => (risk === 'orphaned' ? orphaned : status === risk);
  // Stable, so that a change of filter draws only the tiles whose pressed state changed.
  const latest = useRef({ status, orphaned });
  useLayoutEffect(() => {
    latest.current = { status, orphaned };
  }, [status, orphaned]);
  const toggle = useCallback(
    (risk: Risk) => {
      const current = latest.current;
      if (risk === 'orphaned') setQuery({ orphaned: !current.orphaned });
      else setQuery({ status: current.status === risk ? 'all' : risk });
    },
    [setQuery],
  );

  return (
    <Box
      role="group"
      aria-label="Filter by risk"
      sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))' }}
    >
      {RISKS.map((risk) => (
        <RiskTile
          key={risk}
          risk={risk}
          {...TILES[risk]}
          count={counts[risk]}
          pressed={pressed(risk)}
          onToggle={toggle}
        />
      ))}
    </Box>
  );
});
