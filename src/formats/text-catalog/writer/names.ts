// The printed names the 2026 catalog uses for committees, administrations and budget areas.
// Master-data ids map to one printed name each (the reader maps the spelling variants back).
import type { BudgetArea } from '../../../core/model.ts';

export const COMMITTEE_NAMES: Readonly<Record<string, string>> = {
  BIU: 'Beskæftigelses- og Integrationsudvalget',
  BUU: 'Børne- og Ungdomsudvalget',
  KFU: 'Kultur- og Fritidsudvalget',
  SU: 'Socialudvalget',
  SUU: 'Sundheds- og Omsorgsudvalget',
  TMU: 'Teknik- og Miljøudvalget',
  ØU: 'Økonomiudvalget',
};

export const ADMINISTRATION_NAMES: Readonly<Record<string, string>> = {
  BIF: 'Beskæftigelses- og Integrationsforvaltningen',
  BUF: 'Børne- og Ungdomsforvaltningen',
  KFF: 'Kultur- og Fritidsforvaltningen',
  SOF: 'Socialforvaltningen',
  SUF: 'Sundheds- og Omsorgsforvaltningen',
  TMF: 'Teknik- og Miljøforvaltningen',
  ØKF: 'Økonomiforvaltningen',
};

/** The committee that each administration reports to (domain.md §2). */
export const COMMITTEE_OF: Readonly<Record<string, string>> = {
  BIF: 'BIU',
  BUF: 'BUU',
  KFF: 'KFU',
  SOF: 'SU',
  SUF: 'SUU',
  TMF: 'TMU',
  ØKF: 'ØU',
};

/** The "Styringsområde" cell of an item row. */
export const AREA_CELL: Readonly<Record<BudgetArea, string>> = {
  service: 'Service',
  anlaeg: 'Anlæg',
  overfoersler: 'Overførsler',
  efterspoergselsstyret: 'Efterspørgselsstyret',
  finansposter: 'Finansposter',
};

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

const MONTHS = [
  'januar', 'februar', 'marts', 'april', 'maj', 'juni',
  'juli', 'august', 'september', 'oktober', 'november', 'december',
];

/** "2025-01-29" → "29. januar 2025"; anything else is returned unchanged. */
export function danishDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return iso;
  return `${Number(m[3])}. ${month} ${m[1]}`;
}
