// The editor's working state: the economic table as the user typed it (raw cell text, so a
// half-typed "-1." is never lost), turned into the core model by parsing each cell with core's
// parseTypedAmount (no blank inside a number). A cell that does not parse is reported, left out of the amounts, and blocks save.
import { EMPTY_STATED } from '../../core/schema/document.ts';
import type { AmountUnit, BudgetArea, Economy, EconomyLine, Proposal, Section } from '../../core/model.ts';
import { formatAmount, parseTypedAmount } from '../../core/amount.ts';
import { estimateIssues } from '../../core/estimate-rules.ts';

export interface EditorLine {
  /** Stable key for React while lines are added and moved. */
  key: string;
  label: string;
  section: Section;
  budgetArea: BudgetArea | null;
  grundinvestering: boolean;
  outsideTotals: boolean;
  sourceLine: number | null;
  /** Year → text as typed. Absent or empty = blank. */
  cells: Record<string, string>;
  /**
   * The three-point estimate as typed (low and high beside the likely `cells`), or null when the
   * line has none: the risk picture then uses the risk level's default spread.
   */
  estimate: { low: Record<string, string>; high: Record<string, string> } | null;
}

export interface EditorState {
  proposal: Proposal;
  unit: AmountUnit;
  years: number[];
  lines: EditorLine[];
}

export interface CellError {
  line: number;
  year: number;
  /** Which row of the line: its likely amounts, or the low or high of its estimate. */
  row: EstimateRow;
  message: string;
}

export type EstimateRow = 'likely' | 'low' | 'high';

let counter = 0;
export function newKey(): string {
  counter += 1;
  return `l${Date.now().toString(36)}${counter}`;
}

export function defaultYears(first: number, count = 6): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}

/** Editor state from a stored proposal (amounts become text in the table's own unit). */
export function fromProposal(p: Proposal, fallbackFirstYear: number): EditorState {
  const e = p.economy;
  const unit = e?.unit ?? 't.kr';
  const years = e && e.years.length > 0 ? [...e.years] : defaultYears(fallbackFirstYear);
  const lines = (e?.lines ?? []).map((l) => fromLine(l, unit));
  return { proposal: p, unit, years, lines };
}

function asText(amounts: Record<string, number>, unit: AmountUnit): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const [y, v] of Object.entries(amounts)) cells[y] = formatAmount(v, unit);
  return cells;
}

function fromLine(l: EconomyLine, unit: AmountUnit): EditorLine {
  const cells = asText(l.amounts, unit);
  return {
    key: newKey(),
    label: l.label,
    section: l.section,
    budgetArea: l.budgetArea,
    grundinvestering: l.grundinvestering === true,
    outsideTotals: l.outsideTotals === true,
    sourceLine: l.sourceLine,
    cells,
    estimate: l.estimate ? { low: asText(l.estimate.low, unit), high: asText(l.estimate.high, unit) } : null,
  };
}

export function emptyLine(section: Section, label: string): EditorLine {
  return {
    key: newKey(),
    label,
    section,
    budgetArea: 'service',
    grundinvestering: false,
    outsideTotals: false,
    sourceLine: null,
    cells: {},
    estimate: null,
  };
}

/**
 * Parses every cell. Blank stays absent; an unreadable cell is an error and is left out. An
 * estimate's low and high are checked against the likely amounts by core's rule (the one the
 * server's schema applies), so the author sees the cell before saving.
 */
export function toEconomy(state: EditorState): { economy: Economy; errors: CellError[] } {
  const errors: CellError[] = [];
  const yearSet = new Set(state.years.map(String));
  const parse = (cells: Record<string, string>, i: number, row: EstimateRow) => {
    const amounts: Record<string, number> = {};
    for (const [y, text] of Object.entries(cells)) {
      if (!yearSet.has(y) || text.trim() === '') continue;
      const v = parseTypedAmount(text, state.unit);
      if (typeof v === 'number') amounts[y] = v;
      else errors.push({ line: i, year: Number(y), row, message: v.error });
    }
    return amounts;
  };
  const lines: EconomyLine[] = state.lines.map((l, i) => {
    const amounts = parse(l.cells, i, 'likely');
    const line: EconomyLine = {
      label: l.label,
      section: l.section,
      budgetArea: l.budgetArea,
      amounts,
      sourceLine: l.sourceLine,
    };
    if (l.grundinvestering) line.grundinvestering = true;
    if (l.outsideTotals) line.outsideTotals = true;
    if (l.estimate) {
      const estimate = { low: parse(l.estimate.low, i, 'low'), high: parse(l.estimate.high, i, 'high') };
      for (const issue of estimateIssues(amounts, estimate))
        errors.push({ line: i, year: Number(issue.year), row: issue.which, message: issue.message });
      // Rows opened but left blank are no estimate: a saved empty one would say "as likely in
      // every year", a line without spread, instead of the risk level's default spread.
      if (Object.keys(estimate.low).length > 0 || Object.keys(estimate.high).length > 0)
        line.estimate = estimate;
    }
    return line;
  });
  const previous = state.proposal.economy;
  const economy: Economy = {
    unit: state.unit,
    priceLevelYear: previous?.priceLevelYear ?? null,
    years: [...state.years],
    lines,
    // What the editor saves is an authored version: it has no printed totals, the engine
    // computes every one (the server drops `stated` too). An imported proposal keeps its print in
    // its version 1, which the version history compares with.
    stated: { ...EMPTY_STATED },
  };
  return { economy, errors };
}

export function toProposal(
  state: EditorState,
  priceLevelYear: number | null,
): { proposal: Proposal; errors: CellError[] } {
  const { economy, errors } = toEconomy(state);
  economy.priceLevelYear = priceLevelYear;
  const { computed: _computed, ...rest } = state.proposal;
  return { proposal: { ...rest, economy }, errors };
}

export function moveLine(lines: EditorLine[], index: number, delta: -1 | 1): EditorLine[] {
  const to = index + delta;
  if (to < 0 || to >= lines.length) return lines;
  const next = [...lines];
  const [item] = next.splice(index, 1);
  if (item) next.splice(to, 0, item);
  return next;
}
