import { useEffect, useState } from 'react';

/**
 * Whole seconds left until `deadline` (a `Date.now()` time), re-rendering as they pass; 0 once it
 * is past or when there is none. For "retrying in 4 s" countdowns.
 */
export function useSecondsLeft(deadline: number | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === undefined) return undefined;
    const tick = () => setNow(Date.now());
    // At once (a new deadline may come long after the last tick), then a few times a second.
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 250);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [deadline]);
  return deadline === undefined ? 0 : Math.max(0, Math.ceil((deadline - now) / 1000));
}
