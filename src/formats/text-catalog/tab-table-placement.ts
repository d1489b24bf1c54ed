// Rows of an economic table that print fewer values than the table has years and whose cells were
// not kept (the conversion dropped the leading blanks): which years do the values belong to? The
// printed subtotals decide (placement.ts tries every placement against them). A row whose
// placement no sum settles, or that several placements fit equally well, gets a warning.
import { tryParseAmount } from '../../core/amount.ts';
import type { AmountUnit, BudgetArea, Warning, YearAmounts } from '../../core/model.ts';
import { placeRows, type PlaceRow, type SumConstraint } from './placement.ts';
import type { Row, YearHeader } from './tab-table.ts';

/** One row of the table as the economy reader saw it. */
export interface PlacedEntry {
  role: 'item' | 'permanent' | 'implementation' | 'impact' | 'permanentArea' | 'implementationArea';
  section?: 'varig' | 'implementering';
  area?: BudgetArea | null;
  outsideTotals?: boolean;
  amounts: YearAmounts;
  row: Row;
  label: string;
}

/** The row's numbers in order, when its cells cannot be trusted for their years; else null. */
function looseValues(row: Row, header: YearHeader, unit: AmountUnit, skipCols: number[]): number[] | null {
  if (row.cells.length >= header.width) return null;
  const first = header.cols[0] ?? 1;
  // A value may have slid into the budget-area column: an area name never reads as a number.
  const cells = row.cells
    .map((c, i) => ({ c, i }))
    .filter(
      ({ c, i }) =>
        c !== '' &&
        (i >= first || (i > 0 && skipCols.includes(i) && typeof tryParseAmount(c, unit) === 'number')),
    );
  if (cells.length === 0 || cells.length >= header.years.length) return null;
  // A blank cell before the first value means the cells were kept: positions are right.
  if (cells[0]!.i >= first && row.cells.slice(first, cells[0]!.i).some((c) => c === '')) return null;
  const values: number[] = [];
  for (const { c } of cells) {
    const v = tryParseAmount(c, unit);
    if (typeof v !== 'number') return null;
    values.push(v);
  }
  return values;
}

/**
 * Re-places the loose rows of an economic table against its stated sums, in place. Rows whose
 * cells were kept are fixed; only loose rows move.
 */
export function solveLooseRows(
  entries: PlacedEntry[],
  header: YearHeader,
  unit: AmountUnit,
  skipCols: number[],
  warnings: Warning[],
): void {
  const loose = entries.map((e) => looseValues(e.row, header, unit, skipCols));
  if (loose.every((v) => v === null)) return;
  const years = header.years;
  const columns = years.length;
  const rows: PlaceRow[] = entries.map((e, i) => {
    const v = loose[i];
    if (v) {
      const firstYear = Object.keys(e.amounts).sort()[0];
      const at = firstYear ? years.indexOf(Number(firstYear)) : 0;
      return { values: v, fallbackOffset: Math.max(0, at) };
    }
    return { values: years.map((y) => e.amounts[String(y)] ?? 0), fallbackOffset: 0 };
  });
  const idx = (pred: (e: PlacedEntry) => boolean): number[] =>
    entries.flatMap((e, i) => (pred(e) ? [i] : []));
  const constraints: SumConstraint[] = [];
  const add = (targets: number[], parts: number[]): void => {
    const t = targets[targets.length - 1];
    if (t !== undefined && parts.length > 0) constraints.push({ target: t, parts });
  };
  const items = (section: 'varig' | 'implementering', area?: BudgetArea) =>
    idx(
      (e) =>
        e.role === 'item' &&
        e.section === section &&
        !e.outsideTotals &&
        (area === undefined || e.area === area),
    );
  const permTotal = idx((e) => e.role === 'permanent');
  const implTotal = idx((e) => e.role === 'implementation');
  add(permTotal, items('varig'));
  add(implTotal, items('implementering'));
  for (const e of entries) {
    if (e.role === 'permanentArea' && e.area) add([entries.indexOf(e)], items('varig', e.area));
    if (e.role === 'implementationArea' && e.area) add([entries.indexOf(e)], items('implementering', e.area));
  }
  const parts = [...permTotal.slice(-1), ...implTotal.slice(-1)];
  add(
    idx((e) => e.role === 'impact'),
    parts,
  );

  const result = placeRows(rows, columns, constraints);
  const ambiguous = new Set<number>();
  constraints.forEach((c, ci) => {
    if ((result.ties.get(ci) ?? 0) !== 1) for (const m of [c.target, ...c.parts]) ambiguous.add(m);
  });
  entries.forEach((e, i) => {
    const v = loose[i];
    if (!v) return;
    const offset = result.offsets[i] ?? 0;
    for (const k of Object.keys(e.amounts)) delete e.amounts[k];
    v.forEach((value, k) => {
      const y = years[offset + k];
      if (y !== undefined) e.amounts[String(y)] = value;
    });
    const span = `${years[offset]}-${years[offset + v.length - 1]}`;
    const how =
      result.undecided.includes(i) || ambiguous.has(i)
        ? 'ingen entydig placering passer med de angivne summer; placeringen er et gæt'
        : 'placeret, så de angivne summer passer';
    warnings.push({
      message: `Økonomisk tabel, "${e.label}": rækken har ${v.length} tal for ${columns} år; de er sat i ${span} (${how}).`,
      sourceLine: e.row.n,
    });
  });
}
