import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** How a view state lives in the URL query: both functions pure, `write` keeping every other parameter. */
export interface UrlCodec<T> {
  /** Reads the state; unknown or malformed parameters give their defaults. */
  parse: (params: URLSearchParams) => T;
  /** Writes the state into a copy of `params`. */
  write: (params: URLSearchParams, value: T) => URLSearchParams;
}

export interface UrlWriteOptions {
  /**
   * `push` (the default) makes the change a step that Back undoes; `replace` rewrites the current
   * entry, for search typing, so that Back does not step through every keystroke.
   */
  history?: 'push' | 'replace';
}

export type SetUrlState<T> = (update: (previous: T) => T, options?: UrlWriteOptions) => void;

/**
 * Typing (a `replace`) reaches the URL at most once per this many ms, at the end of the interval,
 * so that no navigation (it renders the page again) falls between a keystroke and the paint of its
 * rows; at a brisk 8 keys a second it writes about every other keystroke.
 */
export const URL_WRITE_INTERVAL_MS = 200;

/**
 * A click (a `push`, a step for Back) is written at once, with any typing not written yet; clicks
 * within this many ms of a write (a double click, a burst from code) go out together at its end.
 */
export const CLICK_BURST_MS = 50;

interface State<T> {
  value: T;
  /** The URL's part of the state, canonical (`write` over `parse`), as last rendered. */
  seen: string;
  /** What this hook has written and the router has not shown yet, oldest first (canonical). */
  pending: string[];
  /** Counts changes from elsewhere (Back, Forward, a link): a write planned before one is dropped. */
  epoch: number;
}

function canonical<T>(codec: UrlCodec<T>, search: string): string {
  return codec.write(new URLSearchParams(), codec.parse(new URLSearchParams(search))).toString();
}

/**
 * A view state kept in the URL query, so that a link shares the view, a reload keeps it and Back
 * and Forward step through it. The state shows at once: a change renders in the same pass as the
 * click or keystroke, and reaches the URL (through the router, so that every reader of the location
 * agrees) at most once per `URL_WRITE_INTERVAL_MS`. A change of the URL from elsewhere wins: Back,
 * Forward or a link that changes this state's parameters replace what is shown and drop a write
 * not made yet; a change of other parameters (the scenario's `latency`) leaves the state alone.
 *
 * `codec` must be a stable object (a module constant).
 */
export function useUrlState<T>(codec: UrlCodec<T>): [T, SetUrlState<T>] {
  const { search } = useLocation();
  const navigate = useNavigate();
  const [state, setState] = useState<State<T>>(() => ({
    value: codec.parse(new URLSearchParams(search)),
    seen: canonical(codec, search),
    pending: [],
    epoch: 0,
  }));

  let current = state;
  const seen = canonical(codec, search);
  if (seen !== state.seen) {
    const ours = state.pending.indexOf(seen);
    current =
      ours >= 0
        ? { ...state, seen, pending: state.pending.slice(ours + 1) }
        : {
            value: codec.parse(new URLSearchParams(search)),
            seen,
            pending: [],
            epoch: state.epoch + 1,
          };
    setState(current);
  }

  // What a write builds on: the value shown (or set since, ahead of the render) and the URL's other
  // parameters as they are when the write happens.
  const latest = useRef({ value: current.value, search, epoch: current.epoch });
  useLayoutEffect(() => {
    latest.current = { value: current.value, search, epoch: current.epoch };
  });
  const planned = useRef<{ timer?: ReturnType<typeof setTimeout>; push: boolean; epoch: number } | null>(
    null,
  );
  const lastWrite = useRef(Number.NEGATIVE_INFINITY);
  useEffect(
    () => () => {
      // Leaving the page: a write now would navigate back to it.
      if (planned.current) clearTimeout(planned.current.timer);
      planned.current = null;
    },
    [],
  );

  const write = useCallback(() => {
    const plan = planned.current;
    planned.current = null;
    const { value, search: base, epoch } = latest.current;
    if (!plan || plan.epoch !== epoch) return;
    const params = new URLSearchParams(base);
    const next = codec.write(params, value);
    const text = next.toString();
    if (text === params.toString()) return;
    lastWrite.current = performance.now();
    const written = codec.write(new URLSearchParams(), value).toString();
    setState((before) => ({ ...before, pending: [...before.pending, written] }));
    void navigate(`?${text}`, { replace: !plan.push, preventScrollReset: true });
  }, [codec, navigate]);

  const set = useCallback<SetUrlState<T>>(
    (update, { history = 'push' } = {}) => {
      const value = update(latest.current.value);
      if (Object.is(value, latest.current.value)) return;
      latest.current = { ...latest.current, value };
      setState((before) => ({ ...before, value }));
      const push = history === 'push';
      const before = planned.current;
      // A write planned before Back or a link would undo it: it is dropped, and planned afresh.
      const pending = before && before.epoch === latest.current.epoch ? before : null;
      if (pending && !push) return;
      clearTimeout(before?.timer);
      const plan = { push: push || Boolean(pending?.push), epoch: latest.current.epoch };
      const wait = push ? lastWrite.current + CLICK_BURST_MS - performance.now() : URL_WRITE_INTERVAL_MS;
      planned.current = plan;
      if (wait <= 0) write();
      else planned.current = { ...plan, timer: setTimeout(write, wait) };
    },
    [write],
  );

  return [current.value, set];
}
