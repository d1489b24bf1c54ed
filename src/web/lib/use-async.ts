// Loads data for a page: { data, error, loading, reload }. Stale answers (after the inputs
// changed or the page was left) are dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';

export interface AsyncState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
  set: (value: T) => void;
}

export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const seq = useRef(0);

  useEffect(() => {
    const mine = ++seq.current;
    setLoading(true);
    setError(null);
    load()
      .then((d) => {
        if (seq.current === mine) setData(d);
      })
      .catch((e: unknown) => {
        if (seq.current !== mine) return;
        setError(e instanceof ApiError ? e : new ApiError(0, String(e), null, null));
      })
      .finally(() => {
        if (seq.current === mine) setLoading(false);
      });
    return () => {
      seq.current++;
    };
  }, [...deps, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload, set: setData };
}
