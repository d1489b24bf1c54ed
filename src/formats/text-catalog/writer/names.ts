// The printed names the 2026 catalog uses for committees, administrations and budget areas.
// Master-data ids map to one printed name each (the reader maps the spelling variants back).
import { masterData } from '../../../core/master-data.ts';
import { formatDanishDate } from '../../../core/danish-dates.ts';
import type { BudgetArea } from '../../../core/model.ts';

const MAIN_COMMITTEES = ['BIU', 'BUU', 'KFU', 'SU', 'SUU', 'TMU', 'ØU'];
const MAIN_ADMINISTRATIONS = ['BIF', 'BUF', 'KFF', 'SOF', 'SUF', 'TMF', 'ØKF'];

/** Printed name per committee id, from core's master data. */
export const COMMITTEE_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  masterData.committees.map((c) => [c.id, c.name]),
);

/** Printed name per administration id, from core's master data. */
export const ADMINISTRATION_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  masterData.administrations.map((a) => [a.id, a.name]),
);

/** The committee each of the seven administrations reports to (BUF → BUU). */
export const COMMITTEE_OF: Readonly<Record<string, string>> = Object.fromEntries(
  MAIN_ADMINISTRATIONS.map((id) => [id, masterData.administration(id)?.committee ?? id]),
);

export { MAIN_COMMITTEES };

/** The "Styringsområde" cell of an item row: the budget area's name in core's master data. */
export const AREA_CELL: Readonly<Record<BudgetArea, string>> = {
  service: areaName('service', 'Service'),
  anlaeg: areaName('anlaeg', 'Anlæg'),
  overfoersler: areaName('overfoersler', 'Overførsler'),
  efterspoergselsstyret: areaName('efterspoergselsstyret', 'Efterspørgselsstyret indsats'),
  finansposter: areaName('finansposter', 'Finansposter'),
};

function areaName(id: BudgetArea, fallback: string): string {
  return masterData.data.budgetAreas.find((a) => a.id === id)?.name ?? fallback;
}

/** Suffix of the "Samlet varig ændring, …" subtotal rows, in the template's order. */
export const PERMANENT_AREA_SUFFIX: readonly [BudgetArea, string][] = [
  ['service', 'service'],
  ['efterspoergselsstyret', 'efterspørgselsstyret indsats'],
  ['overfoersler', 'efterspørgselsstyrede overførsler'],
  ['finansposter', 'finansposter'],
  ['anlaeg', 'anlæg'],
];

/** Suffix of the "Samlede implementeringsomkostninger, …" subtotal rows. */
export const IMPLEMENTATION_AREA_SUFFIX: readonly [BudgetArea, string][] = [
  ['service', 'service'],
  ['anlaeg', 'anlæg'],
  ['overfoersler', 'overførsler'],
  ['efterspoergselsstyret', 'efterspørgselsstyret indsats'],
  ['finansposter', 'finansposter'],
];

export function committeeName(idOrName: string): string {
  return COMMITTEE_NAMES[idOrName] ?? idOrName;
}

export function administrationName(idOrName: string): string {
  return ADMINISTRATION_NAMES[idOrName] ?? idOrName;
}

/** "2025-01-29" → "29. januar 2025"; anything else is returned unchanged. */
export function danishDate(iso: string): string {
  return formatDanishDate(iso) ?? iso;
}
