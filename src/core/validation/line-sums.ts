// How many printed rows carry a value in each year: what the rounding policy (support.ts) needs
// besides the totals themselves. The totals come from the engine (derive.ts, computeEconomy);
// this module only counts. Rows the document marks as outside the totals are left out, as the
// engine leaves them out.
import type { BudgetArea, Economy, EconomyLine, Section } from '../model.ts';

/** Per economic table: rows with a value per year, by section and by section + area, and whether
 * every row of a section has an area. Built in one pass and memoised per table and run. */
export interface RowCounts {
  bySection: Record<Section, Map<number, number>>;
  byArea: Record<Section, Map<BudgetArea, Map<number, number>>>;
  lines: Record<Section, number>;
  allAreasKnown: Record<Section, boolean>;
  /** Rows (any, incl. outside the totals) with amounts in years that are not table columns. */
  outsideColumns: { line: EconomyLine; years: number[] }[];
  /** Implementation rows with a negative amount (counted rows only). */
  negativeImplementation: { line: EconomyLine; year: number; value: number }[];
  /** Permanent rows (counted) whose amounts are all positive. */
  allPositivePermanent: EconomyLine[];
}

const memo = new WeakMap<object, WeakMap<Economy, RowCounts>>();

function bump(m: Map<number, number>, year: number): void {
  m.set(year, (m.get(year) ?? 0) + 1);
}

export function rowCounts(owner: object, economy: Economy): RowCounts {
  let perRun = memo.get(owner);
  if (!perRun) {
    perRun = new WeakMap();
    memo.set(owner, perRun);
  }
  const cached = perRun.get(economy);
  if (cached) return cached;
  const c: RowCounts = {
    bySection: { varig: new Map(), implementering: new Map() },
    byArea: { varig: new Map(), implementering: new Map() },
    lines: { varig: 0, implementering: 0 },
    allAreasKnown: { varig: true, implementering: true },
    outsideColumns: [],
    negativeImplementation: [],
    allPositivePermanent: [],
  };
  const columns = new Set(economy.years.map(String));
  // One pass over every row's keys serves the counting, sign and structure rules alike: the
  // engine validates 10.000 proposals a second and per-rule passes would dominate.
  for (const line of economy.lines) {
    const keys = Object.keys(line.amounts);
    if (columns.size > 0) {
      let outside: number[] | null = null;
      for (const k of keys) if (!columns.has(k)) (outside ??= []).push(Number(k));
      if (outside) c.outsideColumns.push({ line, years: outside });
    }
    if (line.outsideTotals === true) continue;
    const s = line.section;
    if (s === 'varig' && keys.length > 0) {
      let positive = true;
      for (const k of keys) if (!((line.amounts[k] ?? 0) > 0)) positive = false;
      if (positive) c.allPositivePermanent.push(line);
    }
    c.lines[s] += 1;
    let areaMap: Map<number, number> | undefined;
    if (line.budgetArea === null) c.allAreasKnown[s] = false;
    else {
      areaMap = c.byArea[s].get(line.budgetArea);
      if (!areaMap) {
        areaMap = new Map();
        c.byArea[s].set(line.budgetArea, areaMap);
      }
    }
    for (const key of keys) {
      const year = Number(key);
      bump(c.bySection[s], year);
      if (areaMap) bump(areaMap, year);
      if (s === 'implementering') {
        const v = line.amounts[key] ?? 0;
        if (v < 0) c.negativeImplementation.push({ line, year, value: v });
      }
    }
  }
  perRun.set(economy, c);
  return c;
}
