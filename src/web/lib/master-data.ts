// Master data (committees, administrations) fetched once per page load and shared.
import { useEffect, useState } from 'react';
import { api } from '../api/endpoints.ts';
import type { MasterData } from '../api/types.ts';

let cache: Promise<MasterData> | null = null;

export function loadMasterData(): Promise<MasterData> {
  cache ??= api.masterData().catch((e: unknown) => {
    cache = null;
    throw e;
  });
  return cache;
}

/** Forget the fetched master data (after a change, or when another user logs in). */
export function resetMasterData(): void {
  cache = null;
}

export function useMasterData(): MasterData | null {
  const [data, setData] = useState<MasterData | null>(null);
  useEffect(() => {
    let live = true;
    loadMasterData()
      .then((d) => {
        if (live) setData(d);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return data;
}

export function committeeName(md: MasterData | null, id: string | null): string {
  if (id === null) return '';
  return md?.committees.find((c) => c.id === id)?.name ?? id;
}

export function committeeOfAdministration(md: MasterData | null, administration: string): string | null {
  return md?.administrations.find((a) => a.id === administration)?.committee ?? null;
}
