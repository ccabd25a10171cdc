/**
 * A signal that aborts as soon as any of `signals` does, with that signal's reason: what
 * `AbortSignal.any` does, which Firefox before 124 and Safari before 17.4 lack (they throw on it).
 * Once it has aborted it lets go of the others, so a long-lived signal does not keep it alive.
 */
export function anySignal(signals: readonly AbortSignal[]): AbortSignal {
  const controller = new AbortController();
  const already = signals.find((signal) => signal.aborted);
  if (already) {
    controller.abort(already.reason);
    return controller.signal;
  }
  const listeners = signals.map((signal) => {
    const listener = () => {
      for (const [other, its] of listeners) other.removeEventListener('abort', its);
      controller.abort(signal.reason);
    };
    return [signal, listener] as const;
  });
  for (const [signal, listener] of listeners) signal.addEventListener('abort', listener);
  return controller.signal;
}
