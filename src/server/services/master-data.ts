// An organisation's context as the services need it: its settings, its master data (core's
// lookups, built once per stored document) and its p/l index. Until an organisation stores its
// own master data or index, the lists shipped in src/core/data are used.
import {
  DEFAULT_MASTER_DATA,
  type MasterData,
  type MasterDataFile,
  createMasterData,
  masterData as shipped,
} from '../../core/master-data.ts';
import { DEFAULT_PRICE_INDEX, type PriceIndex } from '../../core/price-level.ts';
import type { Organisation } from '../../core/process/organisation.ts';
import { masterDataFileSchema } from '../../core/schema/api.ts';
import { NotFound } from '../../core/errors.ts';
import type { Queryable } from '../../store/db.ts';
import { getMasterData, getPriceIndex } from '../../store/repositories/master-data.repository.ts';
import { getOrganisation } from '../../store/repositories/organisations.repository.ts';

export type MasterDataDoc = MasterDataFile;

export const SHIPPED_MASTER_DATA: MasterDataDoc = DEFAULT_MASTER_DATA;

/** A stored or posted document in the full shape core's lookups want (absent lists filled). */
export function normaliseMasterData(doc: unknown): MasterDataFile | null {
  const r = masterDataFileSchema.safeParse(doc);
  if (!r.success) return null;
  return { ...r.data, budgetAreas: r.data.budgetAreas ?? DEFAULT_MASTER_DATA.budgetAreas };
}

const cache = new Map<number, { json: string; md: MasterData }>();

/** Core's lookups over the organisation's stored master data (or the shipped list). */
export async function loadMasterData(q: Queryable, org: number): Promise<MasterData> {
  const stored = normaliseMasterData(await getMasterData(q, org));
  if (stored === null) return shipped;
  const json = JSON.stringify(stored);
  const hit = cache.get(org);
  if (hit?.json === json) return hit.md;
  const md = createMasterData(stored);
  cache.set(org, { json, md });
  return md;
}

/** The organisation's p/l index as core's PriceIndex (the shipped index when none is stored). */
export async function loadPriceIndex(q: Queryable, org: number): Promise<PriceIndex> {
  const entries = await getPriceIndex(q, org);
  if (entries.length === 0) return DEFAULT_PRICE_INDEX;
  const points: Record<string, number> = {};
  for (const e of entries) points[String(e.year)] = Number(e.index);
  return { points };
}

export interface OrganisationContext {
  organisation: Organisation;
  masterData: MasterData;
  priceIndex: PriceIndex;
}

export async function loadContext(q: Queryable, org: number): Promise<OrganisationContext> {
  const organisation = await getOrganisation(q, org);
  if (!organisation) throw new NotFound('Organisationen findes ikke.');
  return { organisation, masterData: await loadMasterData(q, org), priceIndex: await loadPriceIndex(q, org) };
}

export function committeeOf(md: MasterData, administration: string | null): string | null {
  if (administration === null) return null;
  return md.committeeOfAdministration(administration)?.id ?? null;
}
