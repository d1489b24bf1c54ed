// Small shared helpers for the rules: the rounding policy, Danish amount text, finding builders.
//
// ROUNDING POLICY (domain.md §4). The documents print amounts rounded to the table unit (1.000 kr.
// mostly). A printed total may therefore differ from the sum of its printed rows by up to one unit
// per summed row. So, for every identity that sums printed rows:
//   |difference| = 0                         → no finding;
//   0 < |difference| ≤ rows × one unit       → the rule reports it with severity "info"
//                                              (a rounding difference, still worth seeing);
//   |difference| > rows × one unit           → the rule's own severity (an error for identities).
// One unit is 1.000 kr. in a "1.000 kr." table, 0,1 mio. kr. in a "mio. kr." table (the finest
// precision the corpus prints there) and 1 kr. in a "kr." table.
import { formatAmount, unitLabel } from '../amount.ts';
import type { AmountUnit, Kroner, Proposal, YearAmounts } from '../model.ts';
import type { Finding, Severity } from './finding.ts';

const UNIT_STEP: Record<AmountUnit, number> = { kr: 1, 't.kr': 1000, 'mio.kr': 100_000 };

/** One printed unit in kroner: the rounding granularity of a table in that unit. */
export function unitStep(unit: AmountUnit): number {
  return UNIT_STEP[unit];
}

/**
 * Severity for a printed total that differs from a sum of `rows` printed rows: null when equal,
 * "info" within the rounding tolerance, otherwise `severity`.
 */
export function sumSeverity(
  expected: Kroner,
  found: Kroner,
  rows: number,
  unit: AmountUnit,
  severity: Severity,
): Severity | null {
  const diff = Math.abs(expected - found);
  if (diff === 0) return null;
  if (diff <= Math.max(1, rows) * unitStep(unit)) return 'info';
  return severity;
}

/** "-3.530" in the table's unit, exact. */
export function amountText(kroner: Kroner, unit: AmountUnit): string {
  return formatAmount(kroner, unit);
}

/** "-3.530 (1.000 kr.)" */
export function amountWithUnit(kroner: Kroner, unit: AmountUnit): string {
  return `${formatAmount(kroner, unit)} (${unitLabel(unit)})`;
}

/** The Danish tail every amount finding shares: "Forventet X, fundet Y, forskel Z (1.000 kr.)". */
export function expectedFoundText(expected: Kroner, found: Kroner, unit: AmountUnit): string {
  return `Forventet ${formatAmount(expected, unit)}, fundet ${formatAmount(found, unit)}, forskel ${formatAmount(
    found - expected,
    unit,
  )} (${unitLabel(unit)}).`;
}

export const ROUNDING_NOTE = 'Forskellen ligger inden for afrundingen (±1 pr. summeret række).';

/**
 * Years of a YearAmounts in ascending order, as numbers. Four-digit keys are array-index keys,
 * which JavaScript enumerates in ascending numeric order, so no sort is needed (a hot path: the
 * engine validates 10.000 proposals a second).
 */
export function yearsOf(amounts: YearAmounts): number[] {
  const out: number[] = [];
  for (const k in amounts) {
    const y = Number(k);
    if (Number.isInteger(y)) out.push(y);
  }
  return out;
}

export function has(amounts: YearAmounts | undefined, year: number): boolean {
  return amounts !== undefined && Object.prototype.hasOwnProperty.call(amounts, String(year));
}

export function get(amounts: YearAmounts | undefined, year: number): Kroner | undefined {
  if (!amounts) return undefined;
  const v = amounts[String(year)];
  return typeof v === 'number' ? v : undefined;
}

/** The first source line of a proposal (its heading), or null. */
export function proposalLine(p: Proposal): number | null {
  return p.sourceLines[0] ?? null;
}

/** The source line of a stated row ("permanentChange", …), falling back to the proposal heading. */
export function statedLine(p: Proposal, field: string): number | null {
  return p.economy?.stated.sourceLines?.[field] ?? proposalLine(p);
}

export function finding(
  rule: string,
  severity: Severity,
  where: { proposalRef?: string | null; year?: number | null; sourceLine?: number | null },
  expected: number | string | null,
  found: number | string | null,
  message: string,
): Finding {
  return {
    rule,
    severity,
    proposalRef: where.proposalRef ?? null,
    year: where.year ?? null,
    expected,
    found,
    message,
    sourceLine: where.sourceLine ?? null,
  };
}

/** Normalises a title or name for comparison: case, hyphenation, spacing and punctuation ignored. */
export function normaliseText(s: string): string {
  return s
    .toLowerCase()
    .replace(/-\s+/g, '')
    .replace(/[^0-9a-zæøåéü]+/g, '');
}

const AREA_NAME: Record<string, string> = {
  service: 'service',
  anlaeg: 'anlæg',
  overfoersler: 'overførsler',
  efterspoergselsstyret: 'efterspørgselsstyret',
  finansposter: 'finansposter',
};

export function areaName(area: string): string {
  return AREA_NAME[area] ?? area;
}
