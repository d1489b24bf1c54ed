// Loads data for a page: { data, error, loading, reload }. `data` is only ever the answer for the
// current inputs: after the inputs change (another proposal in the address, another filter) it is
// null until their answer has come, so a page can never show one proposal under another's address
// (the editor once did, and saved A's content onto B). `previous` keeps the last answer for pages
// that would rather show it, marked as loading, than flicker (the round page while filtering).
// Stale answers (after the inputs changed or the page was left) are dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';

export interface AsyncState<T> {
  data: T | null;
  /** The last answer, also for earlier inputs (for showing something while reloading). */
  previous: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
  set: (value: T) => void;
}

export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const key = JSON.stringify(deps);
  const [answer, setAnswer] = useState<{ key: string; value: T } | null>(null);
  const [error, setError] = useState<{ key: string; error: ApiError } | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const seq = useRef(0);

  useEffect(() => {
    const mine = ++seq.current;
    setLoading(true);
    setError(null);
    load()
      .then((d) => {
        if (seq.current === mine) setAnswer({ key, value: d });
      })
      .catch((e: unknown) => {
        if (seq.current !== mine) return;
        setError({ key, error: e instanceof ApiError ? e : new ApiError(0, String(e), null, null) });
      })
      .finally(() => {
        if (seq.current === mine) setLoading(false);
      });
    return () => {
      seq.current++;
    };
    // The inputs are `deps`, compared by value through `key`.
  }, [key, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  const set = useCallback((value: T) => setAnswer({ key, value }), [key]);
  return {
    data: answer?.key === key ? answer.value : null,
    previous: answer?.value ?? null,
    error: error?.key === key ? error.error : null,
    loading,
    reload,
    set,
  };
}
