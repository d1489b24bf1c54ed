// The economic table of a proposal ("Forslagets samlede økonomiske konsekvenser"), in every
// generation: unit and price level, year columns from the header, every line with its section and
// budget area, the printed subtotals and both paybacks.
//
// Its rows reach the reader in one of two shapes. Where the input kept the table's grid (tabs from
// a Word table, a PDF's columns, the 2021/2025 conversions) a row is cells: label, area column, one
// cell per year, so every value has its year. Where it did not (pdftotext, the 2026 conversion) a
// row is a line of text: label, area word and the values that are printed, blank cells dropped;
// such rows are placed against the printed subtotals (placement.ts). Both shapes become the same
// rows; what follows (sections, subtotals, placement, stated rows) is one procedure.
import { detectUnit, unitExponent } from '../../core/amount.ts';
import type {
  AmountUnit,
  BudgetArea,
  Economy,
  EconomyLine,
  Section,
  StatedEconomy,
  YearAmounts,
} from '../../core/model.ts';
import { bannerAt } from './banners.ts';
import {
  collapsedLine,
  collapseLetterSpacing,
  isBlankText,
  isWhitespace,
  joinWrapped,
  squash,
  squashLine,
} from './letter-spacing.ts';
import { budgetAreaOf } from './names.ts';
import { placeRows, type PlaceRow, type SumConstraint } from './placement.ts';
import { cellsOf, hasCells, letterKey, type SourceLine } from './reader.ts';
import { cellValue, splitRow, yearOf, yearsOf, type ValueCell } from './table-rows.ts';
import { chooseReadings, otherReadings } from './value-readings.ts';
import type { Warn } from './warn.ts';

/** The table's title, squashed: "Tabel 1. …", "1.1. …" or the name alone. */
export const ECONOMY_TITLE = /^(tabel\d+[.:]?|\d+(\.\d+)*\.?)?forslagetssamledeøkonomiskekonsekvenser/;

/** Lines that end a table printed as text. */
const END =
  /^(note|allebesparelser|alleeffektiviseringer|\d\.(implementering|opfølgning|risikovurdering|effektiviseringpå|hvemerhørt)|tabel\d+[.:]?(opfølgningsmål|varigeændringer|omkostninger|godkendelse|inddragede)|administrativ(e)?bilag|forslag\d+)/;

type RowKind =
  | 'item'
  | 'permanentArea'
  | 'permanentTotal'
  | 'partialSum'
  | 'group'
  | 'implementationArea'
  | 'implementationTotal'
  | 'impact'
  | 'paybackService'
  | 'paybackTotal';

interface RawRow {
  label: string;
  /** The label's lines as printed (a payback's "år" may stand on its last line). */
  parts: string[];
  cells: ValueCell[];
  /** Year column (index into the header's years) of each of `cells`, where the grid says so. */
  columns: number[] | null;
  /** The area column's cell, where the table has that column (null: the table has none). */
  areaCell: string | null;
  /** A payback printed in a cell of its own ("4 år (2028)"). */
  paybackCell: string | null;
  /** Other readings of ambiguous single digits ("1 0": 10, or 1 and 0), for the subtotals to decide. */
  readings?: ValueCell[][];
  sourceLine: number;
  section: Section | 'after-total' | null;
  /** Set for section headers met before the row: items after "Tværkommunal grundinvestering". */
  grundinvestering: boolean;
}

const AREA_WORDS: [string, BudgetArea][] = [
  ['efterspørgselsstyredeoverførsler', 'overfoersler'],
  ['efterspørgselsstyretindsats', 'efterspoergselsstyret'],
  ['overførslermv.', 'overfoersler'],
  ['overførsler', 'overfoersler'],
  ['finansposter', 'finansposter'],
  ['service', 'service'],
  ['anlæg', 'anlaeg'],
  ['drift', 'service'],
];

/** Area words as they may be printed at the end of a label: letter-spaced or hyphen-broken. */
const AREA_SUFFIX: [RegExp, string, BudgetArea][] = AREA_WORDS.map(([word, area]) => [
  new RegExp(
    `(^|\\s)${[...word].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s-]*')}\\s*$`,
    'i',
  ),
  word,
  area,
]);

/** The budget area word a label ends with ("… Service", "… Anlæg"), and the label without it. */
function trailingArea(label: string): { area: BudgetArea | null; word: string | null; rest: string } {
  // Each pattern is anchored at the end, so a regex would try every position of the label: test
  // the last character first (all area words end in an ASCII letter or ".", matched in either case).
  let end = label.length - 1;
  while (end >= 0 && isWhitespace(label.charCodeAt(end))) end--;
  const last = label.charAt(end);
  for (const [re, word, area] of AREA_SUFFIX) {
    const wordLast = word.charAt(word.length - 1);
    if (last !== wordLast && last !== wordLast.toUpperCase()) continue;
    const m = re.exec(label);
    if (!m || m.index === 0) continue;
    const trimmed = label.slice(0, m.index).trim();
    // "…, service" is part of a subtotal's name, not the area column.
    if (trimmed.endsWith(',') || trimmed === '') return { area: null, word: null, rest: label };
    return { area, word, rest: trimmed };
  }
  return { area: null, word: null, rest: label };
}

// \p{…} patterns as module constants (see letter-spacing.ts: inside a function tsx rebuilds them per call).
const HYPHEN_IN_WORD = /(\p{Ll})-(\p{Ll})/gu;
const STARTS_LOWER_OR_PAREN = /^[\p{Ll}(]/u;

/**
 * The area a subtotal's qualifier names (", service"), or null when it is not exactly one area
 * word: ", service SOF" is a partial sum of the document's own, not a subtotal by area. A
 * trailing area-column word is allowed (", service Service").
 */
function areaOfQualifier(qualifier: string): BudgetArea | null {
  let q = qualifier;
  for (let k = 0; k < 2; k++) {
    for (const [word, area] of AREA_WORDS) {
      if (q === word) return area;
      if (q.startsWith(word) && AREA_WORDS.some(([w]) => q.slice(word.length) === w)) return area;
    }
    // "…, service (SOF)" or a footnote mark: not an area.
    q = q.replace(/\*+$/, '');
  }
  return null;
}

const PERMANENT = /^samle(t|de)varig(e)?ændring(er)?/;
const IMPLEMENTATION = /^samle(t|de)implementeringsomkostning(er)?/;

function classify(label: string): { kind: RowKind; area: BudgetArea | null } {
  // Hyphenation breaks left inside a word ("omkostnin-ger") do not change what a label names.
  const squashed = squash(label);
  const sq = squashed.includes('-') ? squashed.replace(HYPHEN_IN_WORD, '$1$2') : squashed;
  let m = PERMANENT.exec(sq);
  if (m) {
    const rest = sq.slice(m[0].length);
    if (!rest.startsWith(',')) return { kind: 'permanentTotal', area: null };
    const area = areaOfQualifier(rest.slice(1));
    return area ? { kind: 'permanentArea', area } : { kind: 'partialSum', area: null };
  }
  if (/^samletnettoeffektivisering/.test(sq)) return { kind: 'permanentTotal', area: null };
  if (/^(samlet(brutto|nye)|samledenye)/.test(sq)) return { kind: 'group', area: null };
  m = IMPLEMENTATION.exec(sq);
  if (m) {
    const rest = sq.slice(m[0].length);
    if (!rest.startsWith(',')) return { kind: 'implementationTotal', area: null };
    const area = areaOfQualifier(rest.slice(1));
    return area ? { kind: 'implementationArea', area } : { kind: 'partialSum', area: null };
  }
  if (/^samletøkonomiskpåvirkning/.test(sq)) return { kind: 'impact', area: null };
  if (/^tilbagebetalingstid/.test(sq)) {
    return { kind: /totaløkonomi/.test(sq) ? 'paybackTotal' : 'paybackService', area: null };
  }
  return { kind: 'item', area: null };
}

const VARIG_HEADING = /^varigeændringer(\(|1\.?000|$)/;
const IMPLEMENTATION_HEADING = /^implementeringsomkostninger\(/;
/** In a grid the heading may stand alone in its row ("Implementeringsomkostninger", 2021). */
const IMPLEMENTATION_HEADING_CELL = /^implementeringsomkostninger(\(|$)/;
const STARTS_NEW =
  /^(samlet|samlede|tilbagebetalingstid|varigeændringer(\(|1\.?000|$)|implementeringsomkostninger\()/;
const CONTINUE_AFTER = /(-|,|\b(af|og|i|til|på|for|med|samt|ved|hos|vedr\.|herunder|eller|om|fra|\d))$/;

const AREA_LINE =
  /^(service|anlæg|drift|ser-|vice|overførsler|finansposter|efterspørgselsstyret(indsats)?|efterspørgselsstyrede(overførsler)?)$/;

/** Whether a line continues the pending (wrapped) label, whose last line is `prev`, rather than starting a new row. */
function continues(prev: string, firstSquashed: string, sq: string, label: string): boolean {
  if (STARTS_NEW.test(sq)) return false;
  if (AREA_LINE.test(squash(label))) return true;
  if (/^tilbagebetalingstid/.test(firstSquashed)) return true;
  return CONTINUE_AFTER.test(prev) || STARTS_LOWER_OR_PAREN.test(label);
}

export interface EconomyParse {
  economy: Economy | null;
  /** Index (into the lines) just after the table. */
  end: number;
}

function pl(sq: string): number | null {
  const m = /(\d{4})p\/[l1]/.exec(sq);
  return m ? Number(m[1]) : null;
}

/** The table's header in the shape it was read: unit, price level, years and (for a grid) columns. */
interface Header {
  unit: AmountUnit | null;
  priceLevelYear: number | null;
  years: number[] | null;
  /** Grid tables: the cell index of each year column, and of the area column (-1: none). */
  yearCols: number[] | null;
  areaCol: number;
  width: number;
}

/**
 * Reads the economic table whose title is at lines[start], up to `stop` at most. Stops at the
 * notes or the next section (text) or at the end of the grid (cells).
 */
export function readEconomy(
  lines: readonly SourceLine[],
  start: number,
  stop: number,
  warn: Warn,
): EconomyParse {
  const titleLine = lines[start]!.n;
  const header: Header = {
    unit: null,
    priceLevelYear: null,
    years: null,
    yearCols: null,
    areaCol: -1,
    width: 0,
  };
  const rows: RawRow[] = [];
  const state: RowState = { section: null, grund: false, pending: null, unitLine: null };
  let i = start + 1;
  for (; i < stop; i++) {
    const line = lines[i]!;
    const banner = bannerAt(lines, i);
    if (banner) {
      i += banner.lines - 1;
      continue;
    }
    const sq = squashLine(line);
    if (sq === '') continue;
    if (hasCells(line)) {
      // Rules the conversion drew with dashes ("-----→--→--") are no rows.
      if (cellsOf(line).every((c) => c === '' || /^-{2,}$/.test(c))) continue;
      if (!gridRow(line, nextGridCells(lines, i + 1, stop), header, state, rows, warn)) break;
      continue;
    }
    // After a grid, a line of text ends the table (the notes under it, the next section).
    if (header.yearCols !== null) break;
    if (END.test(sq)) break;
    if (!textRow(lines, i, stop, header, state, rows, warn)) break;
  }
  flushPending(state, rows);
  if (header.years === null) {
    warn('economy.no-years', {}, titleLine);
    return { economy: null, end: i };
  }
  if (header.unit === null) {
    warn('economy.unit-assumed', {}, titleLine);
    header.unit = 't.kr';
  }
  return {
    economy: buildEconomy(rows, header.years, header.unit, header.priceLevelYear, warn),
    end: i,
  };
}

interface RowState {
  section: Section | 'after-total' | null;
  grund: boolean;
  /** A wrapped label: its lines' texts and, for the cached squash and collapse, the lines themselves. */
  pending: { parts: string[]; lines: SourceLine[]; first: number } | null;
  unitLine: string | null;
}

function flushPending(state: RowState, rows: RawRow[]): void {
  const p = state.pending;
  if (!p) return;
  rows.push({
    label: joinWrapped(p.parts),
    parts: p.parts,
    cells: [],
    columns: null,
    areaCell: null,
    paybackCell: null,
    sourceLine: p.first,
    section: state.section,
    grundinvestering: state.grund,
  });
  state.pending = null;
}

/** The unit line ("1.000 kr. 2026 p/l"), read into the header; false when `sq` is none. */
function unitLine(sq: string, header: Header, state: RowState): boolean {
  if (
    header.unit !== null ||
    !/kr/.test(sq) ||
    detectUnit(sq) === null ||
    /\d{3,}kr/.test(sq.replace(/1\.?000kr/, ''))
  )
    return false;
  header.unit = detectUnit(sq);
  header.priceLevelYear = pl(sq);
  state.unitLine = sq;
  return true;
}

/** Section headings inside the table (rows without values): true when `sq` was one. */
function sectionHeading(sq: string, state: RowState, rows: RawRow[], grid = false): boolean {
  if (VARIG_HEADING.test(sq)) {
    flushPending(state, rows);
    state.section = 'varig';
    state.grund = false;
    return true;
  }
  if ((grid ? IMPLEMENTATION_HEADING_CELL : IMPLEMENTATION_HEADING).test(sq)) {
    flushPending(state, rows);
    // Items between the permanent total and this heading stand outside both blocks.
    for (const r of rows) {
      if (r.section !== 'after-total') continue;
      r.section = 'varig';
      if (r.cells.length > 0) outside.add(r);
    }
    state.section = 'implementering';
    state.grund = false;
    return true;
  }
  return false;
}

/** Items between "Samlet varig ændring" and the implementation heading: outside the totals. */
const outside = new WeakSet<RawRow>();

/** One line of a table printed as text. False when the line ends the table. */
function textRow(
  lines: readonly SourceLine[],
  i: number,
  stop: number,
  header: Header,
  state: RowState,
  rows: RawRow[],
  warn: Warn,
): boolean {
  const line = lines[i]!;
  const text = line.text;
  const sq = squashLine(line);
  if (ECONOMY_TITLE.test(sq)) return true; // the title printed twice
  // The unit line repeated over the table after a page break: nothing new.
  if (state.unitLine !== null && sq === state.unitLine) return true;
  if (unitLine(sq, header, state)) {
    if (VARIG_HEADING.test(sq)) state.section = 'varig';
    return true;
  }
  // Year headers: the first one, or a repeat after a page break (a line starting with a year).
  // "Styringsområde 2025 2026 …" repeated after a page break is a header too, not a row.
  const ys: number[] | null =
    header.years === null || /^\d{4}/.test(sq)
      ? (yearsOf(text) ?? headerYears(text))
      : /^styringsområde\d{4}/.test(sq)
        ? headerYears(text)
        : null;
  if (ys) {
    if (header.years === null) header.years = ys;
    else if (ys.join() !== header.years.join())
      warn('economy.years-differ', { years: ys.join(', ') }, line.n);
    return true;
  }
  if (header.years === null) return true; // "Styrings-/område" and other header fragments
  if (sectionHeading(sq, state, rows)) return true;
  const unit = header.unit ?? 't.kr';
  const split = splitRow(text, unit);
  const pending = state.pending;
  if (split.values.length === 0) {
    if (pending) {
      // Only the last wrapped line decides, so a long run of text lines stays linear.
      const cont = continues(
        collapsedLine(pending.lines[pending.lines.length - 1]!),
        squashLine(pending.lines[0]!),
        sq,
        split.label,
      );
      if (cont) {
        pending.parts.push(text);
        pending.lines.push(line);
        return true;
      }
      flushPending(state, rows);
    }
    state.pending = { parts: [text], lines: [line], first: line.n };
    return true;
  }
  // A lone number whose next line is a value row continues the label ("… Kapelvej" / "34").
  if (split.label === '' && split.values.length === 1 && pending) {
    const next = nextNonBlank(lines, i + 1, stop);
    const nextSplit = next ? splitRow(next.text, unit) : null;
    if (nextSplit && nextSplit.label === '' && nextSplit.values.length > 1) {
      pending.parts.push(text);
      pending.lines.push(line);
      return true;
    }
  }
  // A pending heading ("Varige effekter i …", "Tværkommunal grundinvestering") stands alone.
  if (
    pending &&
    split.label !== '' &&
    !continues(
      collapsedLine(pending.lines[pending.lines.length - 1]!),
      squashLine(pending.lines[0]!),
      sq,
      split.label,
    )
  )
    flushPending(state, rows);
  const p = state.pending;
  const parts = p ? [...p.parts, split.label] : [split.label];
  state.pending = null;
  const label = joinWrapped(parts);
  const readings = otherReadings(text, unit, split.values, header.years.length);
  const row = rowAt(state, line, label, parts, split.values);
  if (readings.length > 0) row.readings = readings;
  pushRow(rows, state, row);
  return true;
}

/** A row read at `line` in the current section: its label, values and what the grid says of them. */
function rowAt(
  state: RowState,
  line: SourceLine,
  label: string,
  parts: string[],
  cells: ValueCell[],
  grid: { columns?: number[] | null; areaCell?: string | null; paybackCell?: string | null } = {},
): RawRow {
  return {
    label,
    parts,
    cells,
    columns: grid.columns ?? null,
    areaCell: grid.areaCell ?? null,
    paybackCell: grid.paybackCell ?? null,
    sourceLine: line.n,
    section: state.section,
    grundinvestering: state.grund,
  };
}

/** Adds a row and moves the section on where the row implies it (after the permanent total). */
function pushRow(rows: RawRow[], state: RowState, row: RawRow): void {
  rows.push(row);
  if (classify(row.label).kind === 'permanentTotal' && state.section !== 'implementering')
    state.section = 'after-total';
}

/** One row of a grid table (cells). False when the row ends the table. */
/** The cells of the next non-blank line when it is a grid row, else null. */
function nextGridCells(lines: readonly SourceLine[], from: number, stop: number): string[] | null {
  const next = nextNonBlank(lines, from, stop);
  return next && hasCells(next) ? cellsOf(next) : null;
}

function gridRow(
  line: SourceLine,
  next: string[] | null,
  header: Header,
  state: RowState,
  rows: RawRow[],
  warn: Warn,
): boolean {
  const cells = cellsOf(line);
  // Labels may be letter-spaced ("S a m l e t  varig ændring"); numbers read with blanks anyway.
  const label = collapseLetterSpacing(cells[0] ?? '');
  const labelSq = squash(label);
  if (header.yearCols === null) {
    // The header: unit and price level in any cell, the years in their own cells.
    for (const c of cells) unitLine(squash(c), header, state);
    const years: number[] = [];
    const cols: number[] = [];
    cells.forEach((c, k) => {
      const y = yearOf(c);
      if (y === null) return;
      if (years.includes(y)) {
        warn('economy.year-twice', { year: y }, line.n);
        return;
      }
      years.push(y);
      cols.push(k);
    });
    if (years.length < 2) return true; // a header fragment before the year row
    header.years = years;
    header.yearCols = cols;
    header.width = cells.length;
    header.areaCol = cells.findIndex((c) => letterKey(c).startsWith('styringsomr'));
    return true;
  }
  // A header repeated after a page break.
  if (cells.filter((c) => yearOf(c) !== null).length >= 2) return true;
  if (labelSq !== '' && cells.slice(1).every((c) => c === '') && sectionHeading(labelSq, state, rows, true))
    return true;
  const areaCell = header.areaCol > 0 ? (cells[header.areaCol] ?? '') : null;
  const kind = classify(label).kind;
  // A payback prints its text ("4 år (2028)", "6") in the first cell after the label, or on the
  // row below a label that has none.
  const text = cells.slice(1).find((c) => c !== '') ?? null;
  const last = rows[rows.length - 1];
  if (labelSq === '' && last && isPaybackWithoutText(last)) {
    last.paybackCell = text;
    return true;
  }
  if (kind === 'paybackService' || kind === 'paybackTotal') {
    pushRow(rows, state, rowAt(state, line, label, [label], [], { areaCell, paybackCell: text }));
    return true;
  }
  const { cells: values, columns } = gridValues(cells, header);
  if (values.length === 0 && labelSq !== '' && (areaCell ?? '') === '') {
    // A payback's label wrapped onto the next row ("Tilbagebetalingstid baseret på" / "totaløkonomi").
    if (last && last.paybackCell !== null && /^(total|service)/.test(letterKey(label))) {
      last.label = `${last.label} ${label}`;
      last.parts.push(label);
      return true;
    }
    // Values on the next row, without a label of their own ("Samlet økonomisk påvirkning" / "… 422
    // 838 …"): the label goes on to that row.
    const carried =
      next !== null &&
      (next[0] ?? '') === '' &&
      next.some((c, k) => k > 0 && k !== header.areaCol && c !== '');
    if (!carried && kind !== 'item') {
      // A total printed without values ("Samlede implementeringsomkostninger, service").
      pushRow(rows, state, rowAt(state, line, label, [label], [], { areaCell }));
      return true;
    }
    // A heading inside the table, or the first line of a wrapped label whose values follow.
    if (state.pending) {
      state.pending.parts.push(label);
      state.pending.lines.push(line);
    } else state.pending = { parts: [label], lines: [line], first: line.n };
    return true;
  }
  if (values.length === 0 && labelSq === '') return true;
  // A label without values above a total is a heading of its own, not the total's first line.
  if (
    state.pending &&
    labelSq !== '' &&
    (kind !== 'item' || classify(state.pending.parts.join(' ')).kind !== 'item')
  )
    flushPending(state, rows);
  const p = state.pending;
  const parts = p ? [...p.parts, ...(label !== '' ? [label] : [])] : [label];
  state.pending = null;
  if (parts.join('') === '') {
    warn('economy.values-without-label', {}, line.n);
    return true;
  }
  const joined = parts.join(' ').replace(/\s+/g, ' ').trim();
  pushRow(rows, state, rowAt(state, line, joined, parts, values, { columns, areaCell }));
  return true;
}

/** A payback row whose text stands on the next row. */
function isPaybackWithoutText(r: RawRow): boolean {
  return r.paybackCell === null && r.cells.length === 0 && /^tilbagebetalingstid/.test(squash(r.label));
}

/**
 * The values of a grid row and the year column of each. A row as wide as the header has its
 * values in the year columns. A shorter row lost cells in the conversion: its numbers are read in
 * order with no column (placement decides, as for text).
 */
function gridValues(cells: string[], header: Header): { cells: ValueCell[]; columns: number[] | null } {
  const unit = header.unit ?? 't.kr';
  const yearCols = header.yearCols!;
  const first = yearCols[0] ?? 1;
  // A value may have slid into the area column of a short row: an area name never reads as a number.
  const numeric = cells
    .map((c, k) => ({ c, k }))
    .filter(
      ({ c, k }) =>
        k > 0 && c !== '' && (k !== header.areaCol || (cells.length < header.width && isNumber(c, unit))),
    );
  const inYears = numeric.filter(({ k }) => yearCols.includes(k));
  const short = cells.length < header.width;
  // A blank cell before the first value means the cells were kept: positions are right.
  const keptBlanks =
    numeric.length > 0 && numeric[0]!.k >= first && cells.slice(first, numeric[0]!.k).some((c) => c === '');
  if (
    short &&
    !keptBlanks &&
    numeric.length > 0 &&
    (numeric.length < yearCols.length || inYears.length < numeric.length)
  ) {
    // One number per year: only a leading cell was lost, the numbers are the years in order.
    if (numeric.length === yearCols.length)
      return { cells: numeric.map(({ c }) => cellValue(c, unit)), columns: yearCols.map((_, y) => y) };
    return { cells: numeric.map(({ c }) => cellValue(c, unit)), columns: null };
  }
  const values: ValueCell[] = [];
  const columns: number[] = [];
  yearCols.forEach((col, y) => {
    const c = cells[col] ?? '';
    if (c === '') return;
    values.push(cellValue(c, unit));
    columns.push(y);
  });
  return { cells: values, columns };
}

function isNumber(cell: string, unit: AmountUnit): boolean {
  return cellValue(cell, unit).value !== null;
}

function nextNonBlank(lines: readonly SourceLine[], from: number, stop: number): SourceLine | null {
  for (let j = from; j < stop; j++) if (!isBlankText(lines[j]!.text)) return lines[j]!;
  return null;
}

/** "Styringsområde 2026 2027 …", "område 2025 2026 …": a header with a label in front. */
function headerYears(text: string): number[] | null {
  const split = splitRow(text, 'kr');
  if (split.values.length < 3) return null;
  if (!/^(sty|område|råde|$)/.test(squash(split.label))) return null;
  return yearsOf(split.values.map((v) => v.raw).join('  '));
}

interface Classified extends RawRow {
  kind: RowKind;
  area: BudgetArea | null;
  itemLabel: string;
  sectionFinal: Section;
  outsideTotals: boolean;
}

/** A row's budget area: its area cell where the table has that column, else a word ending its label. */
function areaOf(r: RawRow, warn: Warn): { area: BudgetArea | null; word: string | null; rest: string } {
  if (r.areaCell === null) return trailingArea(r.label);
  const rest = r.label;
  // Empty, or a value that slid into the area column of a row that lost a cell.
  if (r.areaCell === '' || (r.columns === null && /^[-\d]/.test(r.areaCell)))
    return { area: null, word: null, rest };
  const area = budgetAreaOf(r.areaCell);
  if (area === null) warn('economy.area-unknown', { area: r.areaCell, label: rest }, r.sourceLine);
  return { area, word: letterKey(r.areaCell) === 'drift' ? 'drift' : null, rest };
}

function buildEconomy(
  raw: RawRow[],
  years: number[],
  unit: AmountUnit,
  priceLevelYear: number | null,
  warn: Warn,
): Economy {
  const n = years.length;
  const rows: Classified[] = [];
  let driftWarned = false;
  for (const r of raw) {
    const { kind, area: subtotalArea } = classify(r.label);
    if (kind === 'item' && r.cells.length === 0 && r.paybackCell === null) {
      // A line without values that is not a known total: a heading inside the table.
      if (/grundinvestering/.test(squash(r.label))) {
        for (const later of raw.slice(raw.indexOf(r) + 1)) {
          if (classify(later.label).kind !== 'item') break;
          later.grundinvestering = true;
        }
      }
      continue;
    }
    let sectionFinal: Section = r.section === 'implementering' ? 'implementering' : 'varig';
    let outsideTotals = false;
    const { area, word, rest: areaRest } = kind === 'item' ? areaOf(r, warn) : trailingArea(r.label);
    // A footnote mark ends the label, not its name ("Indkøbs effektiviseringer**").
    const rest = kind === 'item' ? areaRest.replace(/\s*\*+$/, '') : areaRest;
    if (kind === 'item' && (outside.has(r) || (r.section === 'after-total' && r.label.includes('*')))) {
      outsideTotals = true;
      warn('economy.line-outside-totals', { label: rest }, r.sourceLine);
    } else if (kind === 'item' && r.section === 'after-total') {
      sectionFinal = 'implementering';
      warn('economy.line-read-as-implementation', { label: rest }, r.sourceLine);
    }
    if (kind === 'item' && word === 'drift' && !driftWarned) {
      driftWarned = true;
      warn('economy.area-drift', {}, r.sourceLine);
    }
    if (kind === 'partialSum') {
      warn('economy.subtotal-not-by-area', { label: r.label }, r.sourceLine);
      continue;
    }
    if (kind === 'item' && /grundinvestering/.test(squash(r.label))) r.grundinvestering = true;
    let cells = r.cells;
    let columns = r.columns;
    if (!kind.startsWith('payback') && cells.length > n) {
      const dropped = cells.slice(0, cells.length - n).map((c) => c.raw);
      warn(
        'economy.too-many-values',
        { label: rest, count: cells.length, columns: n, dropped: dropped.join(' ') },
        r.sourceLine,
      );
      cells = cells.slice(cells.length - n);
      columns = null;
    }
    rows.push({
      // Spelled out rather than `...r`: a spread followed by more properties is V8's slow path.
      label: r.label,
      parts: r.parts,
      cells,
      columns,
      areaCell: r.areaCell,
      paybackCell: r.paybackCell,
      ...(r.readings && cells === r.cells ? { readings: r.readings } : {}),
      sourceLine: r.sourceLine,
      section: r.section,
      grundinvestering: r.grundinvestering,
      kind,
      area: kind === 'item' ? area : subtotalArea,
      itemLabel: kind === 'item' ? rest : r.label,
      sectionFinal,
      outsideTotals,
    });
  }

  // A total printed more than once ("Samlede implementeringsomkostninger | Anlæg", "… | Service",
  // "…"): the one without an area (else the first) is the total, the others subtotals of their area.
  for (const [totalKind, areaKind] of [
    ['permanentTotal', 'permanentArea'],
    ['implementationTotal', 'implementationArea'],
  ] as const) {
    const all = rows.filter((r) => r.kind === totalKind);
    if (all.length < 2) continue;
    const plain = all.filter((r) => rowArea(r) === null);
    const total = plain[0] ?? all[0]!;
    for (const r of all) {
      if (r === total) continue;
      const area = rowArea(r);
      // One row without area and the others with theirs is the template's own layout; anything
      // else is read the way described, and said.
      if (plain.length !== 1) warn('economy.total-twice', { label: r.itemLabel }, r.sourceLine);
      r.kind = area ? areaKind : 'partialSum';
      r.area = area;
    }
  }
  for (let k = rows.length - 1; k >= 0; k--) if (rows[k]!.kind === 'partialSum') rows.splice(k, 1);

  // Unreadable cells: kept out of the sums, reported, never guessed.
  for (const r of rows) {
    for (const c of r.cells) {
      if (c.value === null && !r.kind.startsWith('payback'))
        warn('economy.cell-unreadable', { cell: c.raw, label: r.itemLabel }, r.sourceLine);
    }
  }

  const amountRows = rows.filter((r) => !r.kind.startsWith('payback'));
  const idx = (r: Classified) => amountRows.indexOf(r);
  // A row whose grid gives its years is fixed: all columns, blanks as 0 for the sums.
  const place: PlaceRow[] = amountRows.map((r) => {
    if (r.columns) {
      const full = new Array<number>(n).fill(0);
      r.cells.forEach((c, k) => (full[r.columns![k]!] = c.value ?? 0));
      return { values: full, fallbackOffset: 0 };
    }
    return {
      values: r.cells.map((c) => c.value ?? 0),
      // Savings run to the last year; implementation starts in the first.
      fallbackOffset: r.sectionFinal === 'implementering' || r.kind.startsWith('implementation') ? 0 : n,
    };
  });
  const constraints: SumConstraint[] = [];
  const has = (r: Classified | undefined): r is Classified => !!r && r.cells.length > 0;
  const find = (k: RowKind) => amountRows.find((r) => r.kind === k && r.cells.length > 0);
  const items = (s: Section) =>
    amountRows.filter(
      (r) => r.kind === 'item' && r.sectionFinal === s && !r.outsideTotals && r.cells.length > 0,
    );
  const areaRows = (k: RowKind) => amountRows.filter((r) => r.kind === k && r.cells.length > 0);
  const pT = find('permanentTotal');
  const iT = find('implementationTotal');
  const impact = find('impact');
  const pAreas = areaRows('permanentArea');
  const iAreas = areaRows('implementationArea');
  const pSide = has(pT) ? [pT] : pAreas.length > 0 ? pAreas : items('varig');
  const iSide = has(iT) ? [iT] : iAreas.length > 0 ? iAreas : items('implementering');
  if (has(impact)) constraints.push({ target: idx(impact), parts: [...pSide, ...iSide].map(idx) });
  const sectionConstraints = (
    total: Classified | undefined,
    areas: Classified[],
    its: Classified[],
    groups: Classified[],
  ) => {
    const areasCover =
      areas.length > 0 && its.every((r) => r.area !== null && areas.some((a) => a.area === r.area));
    if (has(total) && areas.length > 0 && areasCover)
      constraints.push({ target: idx(total), parts: areas.map(idx) });
    if (areasCover) {
      for (const a of areas)
        constraints.push({ target: idx(a), parts: its.filter((r) => r.area === a.area).map(idx) });
    } else if (groups.length > 0 && has(total)) {
      constraints.push({ target: idx(total), parts: groups.map(idx) });
      let from = 0;
      for (const g of groups) {
        const gi = amountRows.indexOf(g);
        const members = its.filter((r) => amountRows.indexOf(r) < gi && amountRows.indexOf(r) >= from);
        constraints.push({ target: gi, parts: members.map(idx) });
        from = gi;
      }
    } else {
      const target = has(total) ? total : areas.length === 1 ? areas[0] : undefined;
      if (target) constraints.push({ target: idx(target), parts: its.map(idx) });
      // The one area subtotal sums every line only where it prints the same as the total (the
      // lines without area are that area); otherwise it sums the lines of its area.
      if (has(total) && areas.length === 1 && target === total) {
        const a = areas[0]!;
        const whole = a.cells.map((c) => c.raw).join(' ') === total.cells.map((c) => c.raw).join(' ');
        constraints.push({
          target: idx(a),
          parts: (whole ? its : its.filter((r) => r.area === a.area)).map(idx),
        });
      }
    }
  };
  sectionConstraints(pT, pAreas, items('varig'), areaRows('group'));
  sectionConstraints(iT, iAreas, items('implementering'), []);
  let placed = placeRows(place, n, constraints);
  // Ambiguous single digits: the reading under which every subtotal adds up (value-readings.ts).
  const readings = new Map<number, ValueCell[][]>();
  amountRows.forEach((r, k) => {
    if (r.readings) readings.set(k, [r.cells, ...r.readings]);
  });
  const choice = chooseReadings(place, n, constraints, readings, placed);
  if (choice) {
    placed = choice.placed;
    for (const [k, cells] of choice.chosen) {
      const r = amountRows[k]!;
      warn(
        'economy.digits-read-by-subtotals',
        { label: r.itemLabel, reading: cells.map((c) => c.raw).join(' ') },
        r.sourceLine,
      );
      r.cells = cells;
      place[k] = { ...place[k]!, values: cells.map((c) => c.value ?? 0) };
    }
  }
  placed.ties.forEach((count, ci) => {
    const t = amountRows[constraints[ci]!.target]!;
    if (count === -1) {
      const first = t.sectionFinal === 'implementering' || t.kind.startsWith('implementation');
      warn('economy.rows-placed-near', { label: t.itemLabel, fromFirst: first }, t.sourceLine);
    }
    if (count > 1) warn('economy.rows-placed-ambiguous', { label: t.itemLabel, count }, t.sourceLine);
  });
  placed.residual.forEach((diff, ci) => {
    if (diff > 0) {
      const t = amountRows[constraints[ci]!.target]!;
      const difference = diff / 10 ** unitExponent(unit);
      warn('economy.subtotal-differs', { label: t.itemLabel, difference }, t.sourceLine);
    }
  });
  for (const u of placed.undecided) {
    const r = amountRows[u]!;
    warn(
      'economy.row-placed-by-default',
      { label: r.itemLabel, count: r.cells.length, columns: n, fromFirst: place[u]!.fallbackOffset === 0 },
      r.sourceLine,
    );
  }
  const amountsOf = (r: Classified | undefined): YearAmounts => {
    const out: YearAmounts = {};
    if (!r) return out;
    if (r.columns) {
      r.cells.forEach((c, k) => {
        if (c.value !== null) out[String(years[r.columns![k]!])] = c.value;
      });
      return out;
    }
    const off = placed.offsets[amountRows.indexOf(r)] ?? 0;
    r.cells.forEach((c, k) => {
      const y = years[off + k];
      if (c.value !== null && y !== undefined) out[String(y)] = c.value;
    });
    return out;
  };

  const lines: EconomyLine[] = amountRows
    .filter((r) => r.kind === 'item')
    .map((r) => {
      const line: EconomyLine = {
        label: r.itemLabel,
        section: r.sectionFinal,
        budgetArea: r.area,
        amounts: amountsOf(r),
        sourceLine: r.sourceLine,
      };
      if (r.grundinvestering) line.grundinvestering = true;
      if (r.outsideTotals) line.outsideTotals = true;
      return line;
    });

  const sourceLines: Record<string, number> = {};
  const first = (k: RowKind) => rows.find((r) => r.kind === k);
  const stated: StatedEconomy = {
    permanentChange: amountsOf(first('permanentTotal')),
    implementationCost: amountsOf(first('implementationTotal')),
    economicImpact: amountsOf(first('impact')),
    paybackService: null,
    paybackTotal: null,
  };
  for (const [k, field] of [
    ['permanentTotal', 'permanentChange'],
    ['implementationTotal', 'implementationCost'],
    ['impact', 'economicImpact'],
  ] as const) {
    const r = first(k);
    if (r) {
      sourceLines[field] = r.sourceLine;
      if (r.cells.length === 0) warn('economy.row-empty', { label: r.itemLabel }, r.sourceLine);
    }
  }
  const impacts = rows.filter((r) => r.kind === 'impact');
  for (const extra of impacts.slice(1)) warn('economy.impact-twice', {}, extra.sourceLine);
  const byArea = (k: RowKind, key: string) => {
    const out: Partial<Record<BudgetArea, YearAmounts>> = {};
    // A subtotal printed without values is blank, not a sum: no entry.
    for (const r of rows.filter((x) => x.kind === k && x.cells.length > 0)) {
      if (!r.area || out[r.area]) continue;
      out[r.area] = amountsOf(r);
      sourceLines[`${key}.${r.area}`] = r.sourceLine;
    }
    return out;
  };
  const pBy = byArea('permanentArea', 'permanentByArea');
  // A total printed with an area ("Samlet varig ændring Service -385 -425 …", or its area cell) is
  // also that area's subtotal: the document says the whole block is that area.
  const totalArea = (k: RowKind, into: Partial<Record<BudgetArea, YearAmounts>>) => {
    const r = first(k);
    const area = r && r.cells.length > 0 ? rowArea(r) : null;
    if (r && area && Object.keys(into).length === 0) into[area] = amountsOf(r);
  };
  totalArea('permanentTotal', pBy);
  if (Object.keys(pBy).length > 0) stated.permanentByArea = pBy;
  const iBy = byArea('implementationArea', 'implementationByArea');
  totalArea('implementationTotal', iBy);
  if (Object.keys(iBy).length > 0) stated.implementationByArea = iBy;
  for (const [k, field, textField] of [
    ['paybackService', 'paybackService', 'paybackServiceText'],
    ['paybackTotal', 'paybackTotal', 'paybackTotalText'],
  ] as const) {
    const r = first(k);
    if (!r) continue;
    sourceLines[field] = r.sourceLine;
    const text = paybackText(r);
    stated[textField] = text;
    const m = text ? /^(\d+)/.exec(text) : null;
    stated[field] = m ? Number(m[1]) : null;
    if (!text) warn('economy.payback-empty', { label: joinWrapped(r.parts.slice(0, 2)) }, r.sourceLine);
    else if (!m && !/^ikke/i.test(text)) warn('economy.payback-unreadable', { text }, r.sourceLine);
  }
  stated.sourceLines = sourceLines;
  return { unit, priceLevelYear, years, lines, stated };
}

/** The area a total row names: its area cell (a grid), else a word ending its label. */
function rowArea(r: Classified): BudgetArea | null {
  if (r.areaCell !== null) return r.areaCell === '' ? null : budgetAreaOf(r.areaCell);
  return trailingArea(r.label).area;
}

/** The payback cell as printed: "3", "5 år", "6 år", "4 år (2028)". */
function paybackText(r: RawRow): string | null {
  if (r.paybackCell !== null) return r.paybackCell;
  if (r.cells.length > 0) {
    const last = r.parts[r.parts.length - 1] ?? '';
    const after = /\bår\b/.test(last) ? ' år' : '';
    // The payback is one number: single digits one blank apart are its letter-spaced digits ("4 6").
    const digits = r.cells.length > 1 && r.cells.every((c) => /^\d$/.test(c.raw));
    return r.cells.map((c) => c.raw).join(digits ? '' : ' ') + after;
  }
  const last = joinWrapped([r.parts[r.parts.length - 1] ?? '']);
  if (/^\d+\s*år/.test(last) || /^ikke/i.test(last)) return last;
  return null;
}
