// How many printed rows carry a value in each year: what the rounding policy (support.ts) needs
// besides the totals themselves. The totals come from the engine (derive.ts, computeEconomy);
// this module only counts. Rows the document marks as outside the totals are left out, as the
// engine leaves them out.
import type { BudgetArea, Economy, Section } from '../model.ts';

/** Per economic table: rows with a value per year, by section and by section + area, and whether
 * every row of a section has an area. Built in one pass and memoised per table and run. */
export interface RowCounts {
  bySection: Record<Section, Map<number, number>>;
  byArea: Record<Section, Map<BudgetArea, Map<number, number>>>;
  lines: Record<Section, number>;
  allAreasKnown: Record<Section, boolean>;
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
  };
  for (const line of economy.lines) {
    if (line.outsideTotals === true) continue;
    const s = line.section;
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
    for (const key of Object.keys(line.amounts)) {
      const year = Number(key);
      bump(c.bySection[s], year);
      if (areaMap) bump(areaMap, year);
    }
  }
  perRun.set(economy, c);
  return c;
}
