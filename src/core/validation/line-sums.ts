// How many printed rows carry a value in each year: what the rounding policy (support.ts) needs
// besides the totals themselves. The totals come from the engine (derive.ts, computeEconomy);
// this module only counts.
import type { BudgetArea, Economy, EconomyLine, Section } from '../model.ts';

/** Lines of a section (and area) that count in the totals (outsideTotals left out, as derive.ts does). */
export function linesOf(economy: Economy, section: Section, area?: BudgetArea): EconomyLine[] {
  return economy.lines.filter(
    (l) => l.section === section && l.outsideTotals !== true && (area === undefined || l.budgetArea === area),
  );
}

/** Year → number of the given lines with a value in that year (blank is not counted). */
export function rowsByYear(lines: readonly EconomyLine[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const line of lines) {
    for (const key of Object.keys(line.amounts)) {
      const year = Number(key);
      out.set(year, (out.get(year) ?? 0) + 1);
    }
  }
  return out;
}
