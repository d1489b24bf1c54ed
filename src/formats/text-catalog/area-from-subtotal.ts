// Lines printed without a budget area ("Styringsområde" column empty) whose area the document
// states only in a subtotal: "Samlet varig ændring, service" (or a total printed with "Service")
// is the one area subtotal of its block and equals, year by year, the sum of the block's lines,
// and only with the lines without area (those lines are needed for the sum). Then those lines are
// that area, and they are given it, with a warning that says so. Anything less certain (two areas,
// a sum that does not match, a line of zeros) leaves the lines without area.
import { warning } from '../../core/messages/index.ts';
import type { BudgetArea, Economy, EconomyLine, Section, Warning, YearAmounts } from '../../core/model.ts';

const AREA_NAMES: Record<BudgetArea, string> = {
  service: 'service',
  anlaeg: 'anlæg',
  overfoersler: 'overførsler',
  efterspoergselsstyret: 'efterspørgselsstyret indsats',
  finansposter: 'finansposter',
};

function sumsTo(lines: readonly EconomyLine[], subtotal: YearAmounts): boolean {
  const years = new Set([...Object.keys(subtotal), ...lines.flatMap((l) => Object.keys(l.amounts))]);
  for (const y of years) {
    let sum = 0;
    for (const l of lines) sum += l.amounts[y] ?? 0;
    if (sum !== (subtotal[y] ?? 0)) return false;
  }
  return true;
}

/** Gives the area of a block's only subtotal to the block's lines without one; see the file comment. */
export function areasFromSubtotals(economy: Economy, ref: string): Warning[] {
  const warnings: Warning[] = [];
  const blocks: [Section, Partial<Record<BudgetArea, YearAmounts>> | undefined, string][] = [
    ['varig', economy.stated.permanentByArea, 'Samlet varig ændring'],
    ['implementering', economy.stated.implementationByArea, 'Samlede implementeringsomkostninger'],
  ];
  for (const [section, byArea, totalName] of blocks) {
    const areas = Object.entries(byArea ?? {}).filter(([, v]) => Object.keys(v).length > 0);
    if (areas.length !== 1) continue;
    const [area, subtotal] = areas[0] as [BudgetArea, YearAmounts];
    const block = economy.lines.filter((l) => l.section === section && !l.outsideTotals);
    if (block.some((l) => l.budgetArea !== null && l.budgetArea !== area)) continue;
    // A line of zeros says nothing about its area; the others must be needed for the sum.
    const open = block.filter((l) => l.budgetArea === null && Object.values(l.amounts).some((v) => v !== 0));
    const named = block.filter((l) => l.budgetArea === area);
    if (open.length === 0 || !sumsTo([...named, ...open], subtotal) || sumsTo(named, subtotal)) continue;
    for (const l of open) l.budgetArea = area;
    warnings.push(
      warning(
        'economy.area-from-subtotal',
        { ref, count: open.length, example: open[0]!.label, area: AREA_NAMES[area], total: totalName },
        { sourceLine: open[0]!.sourceLine, proposalRef: ref },
      ),
    );
  }
  return warnings;
}
