// The plan a proposal is followed up against: the approved version's economy as the engine derives
// it. Nobody types a planned figure; it is the adopted table's "Samlet varig ændring" (savings
// negative) and its implementation spending, per year and per budget area, with the lines of each
// area beside it for entry per line.
import { computeEconomy } from '../derive.ts';
import type { BudgetArea, Economy, Proposal, Section, YearAmounts } from '../model.ts';
import { BUDGET_AREAS } from '../model.ts';
import { DEFAULT_MASTER_DATA } from '../master-data.ts';

export interface PlannedLine {
  label: string;
  amounts: YearAmounts;
}

export interface PlannedArea {
  section: Section;
  /** Null for the lines without a budget area. */
  budgetArea: BudgetArea | null;
  /** The engine's subtotal of the area (proposal signs); a blank year is absent. */
  amounts: YearAmounts;
  lines: PlannedLine[];
}

export interface Plan {
  /** The approved table's columns and every year a line fills: the years that may be entered. */
  years: number[];
  /** Samlet varig ændring per year. */
  permanent: YearAmounts;
  /** Samlede implementeringsomkostninger per year. */
  implementation: YearAmounts;
  /** Per section, in the template's area order, only areas with a line. */
  areas: PlannedArea[];
}

export const SECTIONS: readonly Section[] = ['varig', 'implementering'];

/** Danish names, as the shipped master data and the template name them. */
export const SECTION_NAMES: Record<Section, string> = {
  varig: 'varige ændringer',
  implementering: 'implementeringsomkostninger',
};

export function areaName(area: BudgetArea | null): string {
  if (area === null) return 'uden styringsområde';
  return DEFAULT_MASTER_DATA.budgetAreas.find((a) => a.id === area)?.name ?? area;
}

/** "varige ændringer, Service" */
export function sectionAreaName(section: Section, area: BudgetArea | null): string {
  return `${SECTION_NAMES[section]}, ${areaName(area)}`;
}

/** The area order of the entry form and the report: the template's, then lines without an area. */
export const AREA_ORDER: readonly (BudgetArea | null)[] = [...BUDGET_AREAS, null];

/**
 * The plan of a proposal's economy; null when it has none. Lines outside the totals are left out,
 * as the engine leaves them out of every total. Throws the engine's InvalidInput for an unreadable
 * table.
 */
export function planOf(p: Proposal): Plan | null {
  const economy = p.economy;
  if (economy === null) return null;
  const lines = economy.lines.filter((l) => l.outsideTotals !== true);
  const counted: Economy = { ...economy, lines };
  const derived = computeEconomy(counted);
  const areas: PlannedArea[] = [];
  for (const section of SECTIONS) {
    const bySection = lines.filter((l) => l.section === section);
    for (const area of AREA_ORDER) {
      const own = bySection.filter((l) => l.budgetArea === area);
      if (own.length === 0) continue;
      let amounts: YearAmounts;
      if (area === null) {
        // The engine keeps no subtotal for lines without an area: derive it from them alone.
        const d = computeEconomy({ ...economy, lines: own });
        amounts = section === 'varig' ? d.permanentChange : d.implementationCost;
      } else {
        const byArea = section === 'varig' ? derived.permanentByArea : derived.implementationByArea;
        amounts = byArea[area] ?? {};
      }
      // A realised figure per line is keyed by its label: lines sharing a label are one line here.
      const labels = [...new Set(own.map((l) => l.label))];
      const planned = labels.map((label): PlannedLine => {
        const same = own.filter((l) => l.label === label);
        if (same.length === 1) return { label, amounts: (same[0] as (typeof same)[0]).amounts };
        const d = computeEconomy({ ...economy, lines: same });
        return { label, amounts: section === 'varig' ? d.permanentChange : d.implementationCost };
      });
      areas.push({ section, budgetArea: area, amounts, lines: planned });
    }
  }
  const years = [...new Set([...economy.years, ...derived.years])].sort((a, b) => a - b);
  return {
    years,
    permanent: derived.permanentChange,
    implementation: derived.implementationCost,
    areas,
  };
}
