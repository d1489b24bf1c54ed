// Master data as the services need it. The stored document (edited by an admin) wins; until one is
// stored, the list shipped in src/core/data is used. Lookups (administration → committee, spelling
// variants) are core's (src/core/master-data.ts), built once per document.
import {
  DEFAULT_MASTER_DATA,
  type MasterData,
  type MasterDataFile,
  createMasterData,
  masterData as shipped,
} from '../../core/master-data.ts';
import type { Queryable } from '../../store/db.ts';
import { getMasterData } from '../../store/repositories/master-data.repository.ts';

export type MasterDataDoc = MasterDataFile;

export const SHIPPED_MASTER_DATA: MasterDataDoc = DEFAULT_MASTER_DATA;

export function isMasterDataDoc(v: unknown): v is MasterDataDoc {
  if (typeof v !== 'object' || v === null) return false;
  const d = v as Record<string, unknown>;
  const entries = (list: unknown, extra: (e: Record<string, unknown>) => boolean) =>
    Array.isArray(list) &&
    list.every((e) => {
      if (typeof e !== 'object' || e === null) return false;
      const o = e as Record<string, unknown>;
      return typeof o.id === 'string' && typeof o.name === 'string' && Array.isArray(o.variants) && extra(o);
    });
  return (
    entries(d.committees, () => true) &&
    entries(d.administrations, (a) => typeof a.committee === 'string') &&
    entries(d.budgetAreas ?? [], () => true)
  );
}

let cached: { json: string; md: MasterData } | null = null;

/** Core's lookups over the stored master data (or the shipped list). */
export async function loadMasterData(q: Queryable): Promise<MasterData> {
  return masterDataFromDoc(await getMasterData(q));
}

/** Core's lookups over a stored master-data document (pure: worker threads call it too). */
export function masterDataFromDoc(stored: unknown): MasterData {
  if (!isMasterDataDoc(stored)) return shipped;
  const json = JSON.stringify(stored);
  if (cached?.json !== json) {
    const normalised: MasterDataFile = {
      ...stored,
      committees: stored.committees.map((c) => ({ ...c, abbreviations: c.abbreviations ?? [] })),
      administrations: stored.administrations.map((a) => ({
        ...a,
        parent: a.parent ?? null,
        abbreviations: a.abbreviations ?? [],
      })),
      budgetAreas: stored.budgetAreas ?? DEFAULT_MASTER_DATA.budgetAreas,
    };
    cached = { json, md: createMasterData(normalised) };
  }
  return cached.md;
}

export function committeeOf(md: MasterData, administration: string | null): string | null {
  if (administration === null) return null;
  return md.committeeOfAdministration(administration)?.id ?? null;
}
