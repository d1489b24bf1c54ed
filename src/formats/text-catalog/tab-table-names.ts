// Names of committees, administrations and budget areas as the 2021 and 2025 catalogs print them,
// mapped onto the master list (src/core/master-data.ts). Kvantum units of ØKF (Koncernservice,
// Koncern IT, Københavns Ejendomme, Byggeri København) count under their committee, ØU.
import {
  committeeOfAdministration,
  findAdministration,
  findAdministrations,
  findBudgetArea,
  findCommittee,
  findCommittees,
} from '../../core/master-data.ts';
import type { BudgetArea } from '../../core/model.ts';

/** Committee id for a printed committee (or Kvantum unit) name, or null when unknown. */
const committeeCache = new Map<string, string | null>();

export function committeeId(name: string): string | null {
  if (name.trim() === '') return null;
  const cached = committeeCache.get(name);
  if (cached !== undefined) return cached;
  const id = lookupCommittee(name);
  if (committeeCache.size < 10_000) committeeCache.set(name, id);
  return id;
}

function lookupCommittee(name: string): string | null {
  const direct =
    findCommittee(name)?.id ??
    (findAdministration(name) ? (committeeOfAdministration(name)?.id ?? null) : null);
  if (direct) return direct;
  // "Beskæftigelses- og Integrationsudvalget - Service": one committee named with a qualifier.
  const named = findCommittees(name);
  return named.length === 1 ? named[0]!.id : null;
}

/** Administration id (one of the seven forvaltninger) for a printed name or abbreviation. */
export function administrationId(name: string): string | null {
  if (name.trim() === '') return null;
  const a = findAdministration(name);
  return a && a.parent === null ? a.id : null;
}

/**
 * Every administration a free text names, in order of appearance: "Socialforvaltningen og
 * Beskæftigelses- og Integrationsforvaltningen", "Teknik- og Miljøforvaltningen (TMF) og …".
 */
export function administrationsIn(text: string): string[] {
  return findAdministrations(text)
    .filter((a) => a.parent === null)
    .map((a) => a.id);
}

/** Budget area (styringsområde) of a printed cell, or null for blank or unknown text. */
export function budgetAreaOf(cell: string): BudgetArea | null {
  return cell.trim() === '' ? null : findBudgetArea(cell);
}
