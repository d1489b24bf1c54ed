// Realised figures against the plan, year by year: what was entered (append-only versions, the
// latest figure per cell wins), the year's realised permanent change and spending, the deviation
// and the status against the organisation's thresholds, and whether the finance centre's
// confirmation still covers the year's figures.
//
// Rules (docs/engine.md, "Follow-up"):
// - A budget area's realised figure is its own entry, or the sum of its lines' entries; never both.
// - A year's realised figure of a section is the sum of its areas' figures, once every area the plan
//   has a figure for that year is entered; until then it is null (a blank is not zero). A figure
//   without a budget area, where the plan has no lines without one, is the section's figure given
//   as a whole (as migrated from the old follow-up table): it counts only while the areas are not
//   all entered, never beside them.
// - deviation = realised − planned, in the proposal's signs (positive = less saved or more spent).
//   A year of the approved table without a planned figure in a section plans no change there.
// - Status of the permanent change: pending while realised is null; otherwise on track while
//   |deviation| ≤ max(percent × |planned| / 100, kroner), behind above, ahead below.
import type { BudgetArea, Kroner, Section, YearAmounts } from '../model.ts';
import type { FollowUpAreaYear, FollowUpYear, RealisedCell, YearStatus } from '../schema/follow-up.ts';
import { AREA_ORDER, type Plan, SECTIONS } from './plan.ts';

/** One row of the append-only history: a cell's value from `version` on (null = cleared). */
export interface RealisationEntry {
  version: number;
  year: number;
  section: Section;
  budgetArea: BudgetArea | null;
  line: string | null;
  amount: Kroner | null;
}

export interface RealisationNote {
  version: number;
  year: number;
  note: string | null;
}

export interface RealisationVersionInfo {
  version: number;
  by: string | null;
  at: string;
}

export interface Confirmation {
  year: number;
  version: number;
  by: string | null;
  at: string;
}

/** Everything stored about a proposal's realisation. */
export interface RealisationState {
  versions: RealisationVersionInfo[];
  entries: RealisationEntry[];
  notes: RealisationNote[];
  confirmations: Confirmation[];
}

export const EMPTY_REALISATION: RealisationState = {
  versions: [],
  entries: [],
  notes: [],
  confirmations: [],
};

export interface Thresholds {
  percent: number;
  kroner: Kroner;
}

export function cellKey(c: {
  year: number;
  section: Section;
  budgetArea: BudgetArea | null;
  line: string | null;
}): string {
  return JSON.stringify([c.year, c.section, c.budgetArea, c.line]);
}

/** The current version: the highest saved, 0 before the first. */
export function currentVersion(s: RealisationState): number {
  return s.versions.reduce((m, v) => Math.max(m, v.version), 0);
}

/** The figures as they stand: the latest entry per cell, cleared cells left out. */
export function currentCells(s: RealisationState): RealisedCell[] {
  const latest = new Map<string, RealisationEntry>();
  for (const e of s.entries) {
    const k = cellKey(e);
    const seen = latest.get(k);
    if (!seen || seen.version < e.version) latest.set(k, e);
  }
  const out: RealisedCell[] = [];
  for (const e of latest.values()) {
    if (e.amount === null) continue;
    out.push({ year: e.year, section: e.section, budgetArea: e.budgetArea, line: e.line, amount: e.amount });
  }
  return out.sort((a, b) => a.year - b.year || cellKey(a).localeCompare(cellKey(b)));
}

export function currentNotes(s: RealisationState): Map<number, string | null> {
  const latest = new Map<number, RealisationNote>();
  for (const n of s.notes) {
    const seen = latest.get(n.year);
    if (!seen || seen.version < n.version) latest.set(n.year, n);
  }
  return new Map([...latest].map(([y, n]) => [y, n.note]));
}

/** Year → the last version that changed one of its figures or its note. */
export function lastChanges(s: RealisationState): Map<number, number> {
  const out = new Map<number, number>();
  for (const e of [...s.entries, ...s.notes]) out.set(e.year, Math.max(out.get(e.year) ?? 0, e.version));
  return out;
}

/** The latest confirmation of a year that still covers its figures (none after a later change). */
export function confirmationOf(s: RealisationState, year: number): Confirmation | null {
  const changed = lastChanges(s).get(year);
  if (changed === undefined) return null;
  let best: Confirmation | null = null;
  for (const c of s.confirmations) {
    if (c.year !== year || c.version < changed) continue;
    if (!best || c.version > best.version || (c.version === best.version && c.at > best.at)) best = c;
  }
  return best;
}

/** The realised figure of each (year, section, area): its own entry, or the sum of its lines'. */
export function areaFigures(cells: readonly RealisedCell[]): Map<string, Kroner> {
  const own = new Map<string, Kroner>();
  const lines = new Map<string, Kroner>();
  for (const c of cells) {
    const k = cellKey({ ...c, line: null });
    if (c.line === null) own.set(k, c.amount);
    else lines.set(k, (lines.get(k) ?? 0) + c.amount);
  }
  const out = new Map(lines);
  for (const [k, v] of own) out.set(k, v);
  return out;
}

/** Within the tolerance, behind (positive deviation) or ahead. */
export function yearStatus(planned: Kroner | null, deviation: Kroner | null, t: Thresholds): YearStatus {
  if (deviation === null) return 'pending';
  const base = Math.abs(planned ?? 0);
  // |deviation| ≤ max(base × percent / 100, kroner), in integers: never a rounded float.
  const within = Math.abs(deviation) * 100 <= base * t.percent || Math.abs(deviation) <= t.kroner;
  if (within) return 'on_track';
  return deviation > 0 ? 'behind' : 'ahead';
}

interface SectionYear {
  planned: Kroner | null;
  realised: Kroner | null;
  deviation: Kroner | null;
  areas: FollowUpAreaYear[];
}

function sectionYear(
  plan: Plan,
  section: Section,
  year: number,
  figures: ReadonlyMap<string, Kroner>,
): SectionYear {
  const key = String(year);
  const planned = (section === 'varig' ? plan.permanent : plan.implementation)[key] ?? null;
  // A figure without a budget area in a section whose plan has no such lines is the section as a
  // whole, not split (the figures migrated from the old follow-up table are such). It stands for
  // the section until its areas are all entered; then the areas count and it does not, so nothing
  // is counted twice.
  const wholeSection = !plan.areas.some((a) => a.section === section && a.budgetArea === null);
  const areas: FollowUpAreaYear[] = [];
  let missing = false;
  let sum = 0;
  let any = false;
  let whole: Kroner | undefined;
  for (const area of AREA_ORDER) {
    const p = plan.areas.find((a) => a.section === section && a.budgetArea === area)?.amounts[key];
    const r = figures.get(cellKey({ year, section, budgetArea: area, line: null }));
    if (p === undefined && r === undefined) continue;
    if (area === null && wholeSection) {
      whole = r;
      continue;
    }
    if (p !== undefined && r === undefined) missing = true;
    if (r !== undefined) {
      sum += r;
      any = true;
    }
    areas.push({
      section,
      budgetArea: area,
      planned: p ?? null,
      realised: r ?? null,
      deviation: r === undefined ? null : r - (p ?? 0),
      counted: r !== undefined,
    });
  }
  const byAreas = any && !missing;
  if (!byAreas) for (const a of areas) a.counted = false;
  if (whole !== undefined) {
    areas.push({
      section,
      budgetArea: null,
      planned: null,
      realised: whole,
      deviation: null,
      counted: !byAreas,
    });
  }
  const realised = byAreas ? sum : (whole ?? null);
  return { planned, realised, deviation: realised === null ? null : realised - (planned ?? 0), areas };
}

/**
 * The follow-up of every year that has a planned figure or a realised one, in order. `notes` and
 * confirmations come from the stored state.
 */
export function followUpYears(plan: Plan, state: RealisationState, t: Thresholds): FollowUpYear[] {
  const cells = currentCells(state);
  const figures = areaFigures(cells);
  const notes = currentNotes(state);
  const years = new Set<number>();
  for (const k of [...Object.keys(plan.permanent), ...Object.keys(plan.implementation)]) years.add(Number(k));
  for (const c of cells) years.add(c.year);
  return [...years]
    .sort((a, b) => a - b)
    .map((year): FollowUpYear => {
      const perm = sectionYear(plan, 'varig', year, figures);
      const impl = sectionYear(plan, 'implementering', year, figures);
      const c = confirmationOf(state, year);
      return {
        year,
        planned: perm.planned,
        realised: perm.realised,
        deviation: perm.deviation,
        status: yearStatus(perm.planned, perm.deviation, t),
        spending: { planned: impl.planned, realised: impl.realised, deviation: impl.deviation },
        areas: [...perm.areas, ...impl.areas],
        note: notes.get(year) ?? null,
        confirmed: c ? { version: c.version, by: c.by, at: c.at } : null,
      };
    });
}

/** A year is done when each section with a plan has its realised figure and the year is confirmed. */
export function yearComplete(y: FollowUpYear): boolean {
  const perm = y.planned === null || y.realised !== null;
  const impl = y.spending.planned === null || y.spending.realised !== null;
  const planned = y.planned !== null || y.spending.planned !== null;
  return perm && impl && (!planned || y.confirmed !== null);
}

/** Σ over the years with a realised permanent figure: what came in against what was planned. */
export function realisedTotals(years: readonly FollowUpYear[]): {
  planned: Kroner | null;
  realised: Kroner | null;
  deviation: Kroner | null;
} {
  const done = years.filter((y) => y.realised !== null);
  if (done.length === 0) return { planned: null, realised: null, deviation: null };
  const planned = done.reduce((s, y) => s + (y.planned ?? 0), 0);
  const realised = done.reduce((s, y) => s + (y.realised ?? 0), 0);
  return { planned, realised, deviation: realised - planned };
}

/** Year → realised permanent change, for the years that have one (target attainment's input). */
export function realisedSeries(years: readonly FollowUpYear[]): YearAmounts {
  const out: YearAmounts = {};
  for (const y of years) if (y.realised !== null) out[String(y.year)] = y.realised;
  return out;
}

export { SECTIONS };
