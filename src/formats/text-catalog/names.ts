// Names of committees, administrations and budget areas as the catalogs print them, mapped onto
// the master list (src/core/master-data.ts), whose spelling variants fold hyphenation and old names
// in. Kvantum units of ØKF (Koncernservice, Koncern IT, Københavns Ejendomme, Byggeri København)
// count under their committee, ØU.
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
  const found = findAdministrations(text)
    .filter((a) => a.parent === null)
    .map((a) => a.id);
  if (found.length > 0) return found;
  for (const [re, id] of PRINTED_ONLY) if (re.test(text)) return [id];
  return found;
}

/**
 * Names the catalogs print for an administration that the master list does not spell that way
 * (2026 Forslag 36: "Fremstillende forvaltning: Revisionen"). Belongs in the master data's
 * spelling variants; kept here until it is there.
 */
const PRINTED_ONLY: [RegExp, string][] = [[/(^|\s)revisionen\b/i, 'Intern Revision']];

/** A row title that names a committee (or a unit listed as its own row, "Borgerrådgivningen"). */
export function isCommitteeName(name: string): boolean {
  const s = name.replace(/\s+/g, '').toLowerCase().replace(/\*+$/, '');
  return committeeId(name.replace(/\*+\s*$/, '')) !== null || /udvalget$/.test(s);
}

/** Budget area (styringsområde) of a printed cell, or null for blank or unknown text. */
export function budgetAreaOf(cell: string): BudgetArea | null {
  return cell.trim() === '' ? null : findBudgetArea(cell);
}
