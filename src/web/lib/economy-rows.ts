// Lays out an economic table for display: the document's lines, then the rows the engine computes
// (subtotals per budget area, section totals, economic impact), each paired with the row the
// document states so differences can be flagged in place. No arithmetic here: every computed
// value comes from core's computeEconomy.
import type { BudgetArea, Economy, EconomyLine, Kroner, Section, YearAmounts } from '../../core/model.ts';
import { BUDGET_AREAS } from '../../core/model.ts';
import type { DerivedEconomy } from '../../core/derive.ts';
import { computeEconomy } from '../../core/derive.ts';
import { da } from '../i18n/da.ts';

export interface LineRow {
  kind: 'line';
  index: number;
  line: EconomyLine;
}

export interface ComputedRow {
  kind: 'computed';
  /** Stable key: 'permanent', 'permanent:service', 'implementation', 'impact', … */
  key: string;
  label: string;
  level: 'subtotal' | 'total';
  amounts: YearAmounts;
  /** The same row as the document prints it, when it prints one. */
  stated: YearAmounts | null;
  /** Years where the stated value differs from the computed one (either side blank counts). */
  differs: number[];
}

export type EconomyRow = LineRow | ComputedRow;

export interface EconomyLayout {
  years: number[];
  derived: DerivedEconomy;
  sections: { section: Section; rows: EconomyRow[] }[];
  impact: ComputedRow;
}

/** Years where stated and computed disagree. Only years the document fills are compared. */
export function differingYears(computed: YearAmounts, stated: YearAmounts | null, years: number[]): number[] {
  if (!stated || Object.keys(stated).length === 0) return [];
  const out: number[] = [];
  for (const y of years) {
    const k = String(y);
    const s = stated[k];
    if (s === undefined) continue;
    // A printed 0 (or "-") where no line has a value is the sum of nothing: consistent, not flagged.
    if (computed[k] === undefined && s === 0) continue;
    if (computed[k] !== s) out.push(y);
  }
  return out;
}

function row(
  key: string,
  label: string,
  level: ComputedRow['level'],
  amounts: YearAmounts,
  stated: YearAmounts | null | undefined,
  years: number[],
): ComputedRow {
  const st = stated && Object.keys(stated).length > 0 ? stated : null;
  return {
    kind: 'computed',
    key,
    label,
    level,
    amounts,
    stated: st,
    differs: differingYears(amounts, st, years),
  };
}

function areasIn(lines: EconomyLine[]): BudgetArea[] {
  const present = new Set(lines.map((l) => l.budgetArea).filter((a): a is BudgetArea => a !== null));
  return BUDGET_AREAS.filter((a) => present.has(a));
}

export function layoutEconomy(
  economy: Economy,
  derived: DerivedEconomy = computeEconomy(economy),
): EconomyLayout {
  const years = [...new Set([...economy.years, ...derived.years])].sort((a, b) => a - b);
  const stated = economy.stated;
  const sections: EconomyLayout['sections'] = [];
  for (const section of ['varig', 'implementering'] as const) {
    const rows: EconomyRow[] = [];
    const lines = economy.lines
      .map((line, index) => ({ line, index }))
      .filter((l) => l.line.section === section);
    for (const { line, index } of lines) rows.push({ kind: 'line', index, line });
    const areas = areasIn(lines.map((l) => l.line));
    const permanent = section === 'varig';
    const byArea = permanent ? derived.permanentByArea : derived.implementationByArea;
    const statedByArea = permanent ? stated.permanentByArea : stated.implementationByArea;
    // Area subtotals are shown when they carry information: more than one area, or the document states one.
    for (const a of areas) {
      const st = statedByArea?.[a] ?? null;
      if (areas.length < 2 && !st) continue;
      const label = `${permanent ? da.proposal.permanentTotal : da.proposal.implementationTotal}, ${(da.areas[a] ?? a).toLowerCase()}`;
      rows.push(
        row(
          `${permanent ? 'permanent' : 'implementation'}:${a}`,
          label,
          'subtotal',
          byArea[a] ?? {},
          st,
          years,
        ),
      );
    }
    rows.push(
      permanent
        ? row(
            'permanent',
            da.proposal.permanentTotal,
            'total',
            derived.permanentChange,
            stated.permanentChange,
            years,
          )
        : row(
            'implementation',
            da.proposal.implementationTotal,
            'total',
            derived.implementationCost,
            stated.implementationCost,
            years,
          ),
    );
    sections.push({ section, rows });
  }
  const impact = row(
    'impact',
    da.proposal.impactTotal,
    'total',
    derived.economicImpact,
    stated.economicImpact,
    years,
  );
  return { years, derived, sections, impact };
}

/** A payback figure for people: "4 år (2028)" or the engine's reason for none. */
export function paybackText(years: number | null, year: number | null): string {
  return years === null ? da.proposal.noPayback : da.proposal.paybackValue(years, year);
}

/** Whether a stated payback differs from the computed one (both null = agree). */
export function paybackDiffers(stated: number | null | undefined, computed: number | null): boolean {
  if (stated === undefined) return false;
  return stated !== computed;
}

export function amountOrBlank(amounts: YearAmounts | null | undefined, year: number): Kroner | null {
  const v = amounts?.[String(year)];
  return v === undefined ? null : v;
}
