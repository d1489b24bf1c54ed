// Single digits one blank apart are both a letter-spaced number and separate values: "1 0" is 10
// in one year or 1 and 0 in two (docs/text-format.md, "Known ambiguity"). The line's look decides
// most of the time (table-rows.ts); where it does not, the table's printed subtotals can: of the
// other readings of a row, the one under which every subtotal adds up exactly is taken.
import type { AmountUnit } from '../../core/model.ts';
import { placeRows, type PlacementResult, type PlaceRow, type SumConstraint } from './placement.ts';
import { splitRow, type ValueCell } from './table-rows.ts';

/** Readings of a row's values other than `cells` (same label), at most `columns` values each. */
export function otherReadings(
  text: string,
  unit: AmountUnit,
  cells: readonly ValueCell[],
  columns: number,
): ValueCell[][] {
  // Only lines with single digits one blank apart can be read another way.
  if (!/(^|\s)-?\d \d(\s|$)/.test(text)) return [];
  const label = splitRow(text, unit).label;
  const seen = new Set([cells.map((c) => c.raw).join(' ')]);
  const out: ValueCell[][] = [];
  for (const glue of [false, 'always'] as const) {
    const split = splitRow(text, unit, glue);
    const key = split.values.map((c) => c.raw).join(' ');
    if (seen.has(key) || split.label !== label || split.values.length > columns) continue;
    if (split.values.some((c) => c.value === null)) continue;
    seen.add(key);
    out.push(split.values);
  }
  return out;
}

/** At most this many ambiguous rows are tried together (2^k … 3^k placements). */
const MAX_AMBIGUOUS = 4;

export interface ReadingChoice {
  /** Row index → the reading taken instead of its first one. */
  chosen: Map<number, ValueCell[]>;
  placed: PlacementResult;
}

/**
 * When `placed` leaves a difference in a sum that an ambiguous row takes part in, tries the other
 * readings of the ambiguous rows (`readings`: row index → its readings, the current one first) and
 * returns the one combination under which every such sum adds up exactly; null when the current
 * reading already does, or when no other or more than one other combination does (then nothing
 * changes). Sums without an ambiguous row do not decide (they may be off for reasons of their own).
 */
export function chooseReadings(
  rows: readonly PlaceRow[],
  columns: number,
  constraints: readonly SumConstraint[],
  readings: ReadonlyMap<number, readonly ValueCell[][]>,
  placed: PlacementResult,
): ReadingChoice | null {
  if (readings.size === 0) return null;
  const ambiguous = [...readings.keys()].slice(0, MAX_AMBIGUOUS);
  const involved = constraints.flatMap((c, ci) =>
    ambiguous.some((r) => r === c.target || c.parts.includes(r)) ? [ci] : [],
  );
  const exactWhere = (p: PlacementResult) => involved.every((ci) => (p.residual.get(ci) ?? 0) === 0);
  if (involved.length === 0 || exactWhere(placed)) return null;
  const exact: ReadingChoice[] = [];
  const pick = new Array<number>(ambiguous.length).fill(0);
  const trial = rows.map((r) => ({ ...r }));
  for (;;) {
    // Next combination (odometer); the all-zero one is the current reading, already placed.
    let k = 0;
    while (k < pick.length && ++pick[k]! >= readings.get(ambiguous[k]!)!.length) pick[k++] = 0;
    if (k === pick.length) break;
    const chosen = new Map<number, ValueCell[]>();
    ambiguous.forEach((row, j) => {
      const cells = readings.get(row)![pick[j]!]!;
      trial[row]!.values = cells.map((c) => c.value ?? 0);
      if (pick[j]! > 0) chosen.set(row, cells);
    });
    const p = placeRows(trial, columns, constraints);
    if (exactWhere(p)) exact.push({ chosen, placed: p });
  }
  return exact.length === 1 ? exact[0]! : null;
}
