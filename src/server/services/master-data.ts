// Master data as the services need it: administration → committee. The stored document (edited by
// an admin) wins; until one is stored, the list shipped in src/core/data is used.
import shipped from '../../core/data/master-data.json' with { type: 'json' };
import type { Queryable } from '../../store/db.ts';
import { getMasterData } from '../../store/repositories/master-data.repository.ts';

export interface MasterDataDoc {
  committees: { id: string; name: string }[];
  administrations: { id: string; name: string; committee: string | null }[];
  [more: string]: unknown;
}

export const SHIPPED_MASTER_DATA = shipped as unknown as MasterDataDoc;

export function isMasterDataDoc(v: unknown): v is MasterDataDoc {
  if (typeof v !== 'object' || v === null) return false;
  const d = v as Record<string, unknown>;
  const ok = (list: unknown) =>
    Array.isArray(list) &&
    list.every((e) => typeof e === 'object' && e !== null && typeof (e as { id?: unknown }).id === 'string' && typeof (e as { name?: unknown }).name === 'string');
  return ok(d.committees) && ok(d.administrations);
}

export async function loadMasterData(q: Queryable): Promise<MasterDataDoc> {
  const stored = await getMasterData(q);
  return isMasterDataDoc(stored) ? stored : SHIPPED_MASTER_DATA;
}

export function committeeOf(md: MasterDataDoc, administration: string | null): string | null {
  if (administration === null) return null;
  return md.administrations.find((a) => a.id === administration)?.committee ?? null;
}
