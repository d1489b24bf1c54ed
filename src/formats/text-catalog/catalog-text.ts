// Catalog tables printed as text (the 2026 conversion, pdftotext): Tabel 1 (effects per committee)
// and Tabel 2 (effects per proposal, grouped by committee and sub-group, with investment and
// "Godkendt med"). Header rows repeat after page breaks; titles wrap over lines with the numbers on
// a later line; the proposal number may stand on its own line; "Budget 2026*" may wrap into two
// lines. Footnote marks after a title are resolved from the notes under the table (footnotes.ts).
import { detectUnit } from '../../core/amount.ts';
import { warning } from '../../core/messages/index.ts';
import type { AmountUnit, CatalogRow, CatalogTable, Warning } from '../../core/model.ts';
import { resolveFootnotes } from './footnotes.ts';
import { committeeId, isCommitteeName } from './names.ts';
import { bannerAt } from './banners.ts';
import { collapseLetterSpacing, isBlankText, joinWrapped, squash, squashLine } from './letter-spacing.ts';
import type { SourceLine } from './reader.ts';
import { numberTokens, splitRow } from './table-rows.ts';

/** The 2026 catalog tables' titles, squashed ("Tabel 2. Effektiviseringer i budget 2026 fordelt på forslag"). */
export const CATALOG_TABLE_TITLE =
  /^tabel([12])\.effektiviseringeribudget(\d{4})fordeltpå(forvaltninger|forslag)/;

/** The number a catalog row printed for its proposal ("1" for "Forslag 1"), for the link to its proposal. */
export const printedNumber = new WeakMap<CatalogRow, string>();

/** Header fragments repeated on every page of Tabel 2. */
const HEADER =
  /^(1\.000kr\.?\d{4}p\/l|effektiviseringsbidrag.*|udvalg(\d{4})+|\d{4}|\(varig\)|samlet|investering|godkendt|med)$/;
const GROUP = /^(investeringsforslag|effektiviseringsforslag|tværgåendeforslag)$/;
const GROUP_NAME: Record<string, string> = {
  investeringsforslag: 'Investeringsforslag',
  effektiviseringsforslag: 'Effektiviseringsforslag',
  tværgåendeforslag: 'Tværgående forslag',
};
// Letters may be spaced one blank apart ("O F S  24-25").
const APPROVED = /\s+(O ?F ?S\s*\d ?\d\s*-\s*\d ?\d|B ?u ?d ?g ?e ?t(?:\s+\d ?\d ?\d ?\d)?\**|Ø ?U\s.*)\s*$/;

// \p{…} patterns as module constants (see letter-spacing.ts: inside a function tsx rebuilds them per call).
const LOWER_OR_DASH = /^[\p{Ll}\u2013]/u;

export interface CatalogParse {
  table: CatalogTable;
  warnings: Warning[];
  /** Index just after the table and its footnotes. */
  end: number;
}

interface Pending {
  ref: string | null;
  /** The number as printed ("1"), when the row printed one. */
  printed?: string | null;
  parts: string[];
  first: number;
}

/** Reads Tabel 1 or Tabel 2 whose title is at lines[start]. */
export function readCatalogTable(lines: readonly SourceLine[], start: number, stop: number): CatalogParse {
  const warnings: Warning[] = [];
  const title = lines[start]!;
  const titleSq = squash(title.text);
  const tableNo = /^tabel(\d+)/.exec(titleSq)?.[1] ?? '1';
  let unit: AmountUnit = 't.kr';
  let priceLevelYear: number | null = null;
  let years: number[] = [];
  const rows: CatalogRow[] = [];
  let committee = '';
  let group: string | null = null;
  let pending: Pending | null = null;
  let i = start + 1;
  let done = false;
  let prevSq = ''; // the previous non-blank line, squashed
  const footnoteMarks: { row: CatalogRow; mark: string }[] = [];

  for (; i < stop && !done; i++) {
    const line = lines[i]!;
    const banner = bannerAt(lines, i);
    if (banner) {
      i += banner.lines - 1;
      continue;
    }
    const sq = squashLine(line);
    if (sq === '') continue;
    if (/^1\.?000kr/.test(sq)) {
      prevSq = sq;
      unit = detectUnit(sq) ?? 't.kr';
      const m = /(\d{4})p\/l/.exec(sq);
      if (m) priceLevelYear = Number(m[1]);
      continue;
    }
    if (/^udvalg\d{4}/.test(sq)) {
      if (years.length === 0) {
        // The consecutive years after "Udvalg" (the header may go on: "(varig) Samlet Investering …").
        years = [];
        for (const t of numberTokens(line.text)) {
          if (!/^(19|20)\d\d$/.test(t.text)) {
            if (years.length > 0) break;
            continue;
          }
          const y = Number(t.text);
          if (years.length > 0 && y !== years[years.length - 1]! + 1) break;
          years.push(y);
        }
        // The last year may wrap to its own line ("2030" / "(varig)").
        for (let j = i + 1; j < stop && j < i + 4; j++) {
          const y = /^(\d{4})$/.exec(squashLine(lines[j]!));
          if (y && Number(y[1]) === (years[years.length - 1] ?? 0) + 1) years.push(Number(y[1]));
          else if (squashLine(lines[j]!) !== '') break;
        }
      }
      continue;
    }
    // "med" alone is the header's "Godkendt" / "med" only right below "Godkendt"; otherwise it is a
    // wrapped title's word ("Vedligehold" / "med" / "vedligehold").
    if (HEADER.test(sq) && !(sq === 'med' && prevSq !== 'godkendt')) {
      prevSq = sq;
      continue;
    }
    prevSq = sq;
    if (GROUP.test(sq)) {
      group = GROUP_NAME[sq] ?? null;
      pending = null;
      continue;
    }
    if (/^\d{1,3}$/.test(sq) && !pending) {
      pending = { ref: `Forslag ${sq}`, printed: sq, parts: [], first: line.n };
      continue;
    }
    // A data line: strip "Godkendt med" first, then the numbers.
    let text = line.text;
    let approvedWith: string | null = null;
    const ap = APPROVED.exec(text);
    if (ap) {
      approvedWith = collapseLetterSpacing(ap[1] ?? '').replace(/(\d) (?=\d)/g, '$1');
      text = text.slice(0, ap.index);
    }
    let split = splitRow(text, unit);
    if (years.length > 0 && split.values.length > 0 && split.values.length < years.length) {
      // Plain single digits one blank apart ("0 8 8 8 8") are separate values, not one number.
      const loose = splitRow(text, unit, false);
      if (loose.values.length >= years.length && loose.values.length <= years.length + 1) split = loose;
    }
    if (years.length === 0 || split.values.length < years.length) {
      // Numbers in a wrapped title ("1 Vedligehold 2020 –" / "vedligehold 0 0 0 0 0 1 OFS 24-25"):
      // the line continues when the next one carries a full row of values.
      // A line that starts with its proposal number (or a title already begun) cannot be a row of
      // its own with too few values, so the next full row may go on in upper case too
      // ("1 Vedligehold 2020 –" / "IT-systemer 0 0 0 0 0 1 OFS 24-25").
      const begun = pending !== null || /^\s*\d{1,3}\s+\S/.test(text);
      if (
        split.values.length > 0 &&
        years.length > 0 &&
        nextIsValueRow(lines, i + 1, stop, unit, years.length, begun)
      ) {
        if (!pending) pending = { ref: null, parts: [], first: line.n };
        pending.parts.push(line.text);
        continue;
      }
      if (split.values.length > 0) {
        warnings.push(
          warning(
            'catalog-table.row-too-few-values',
            { count: split.values.length, columns: years.length },
            { sourceLine: line.n },
          ),
        );
        pending = null;
        continue;
      }
      // A committee named alone on its line, its proposals below (the 2025 layout); not a committee
      // row whose values wrapped onto the next line.
      if (!pending && years.length > 0 && isCommitteeRow(text) && !valuesFollow(lines, i + 1, stop, unit)) {
        const name = collapseLetterSpacing(text);
        committee = committeeId(name) ?? name;
        group = null;
        rows.push({
          rowType: 'committee',
          proposalRef: null,
          title: name,
          committee,
          amounts: {},
          investment: null,
          approvedWith: null,
          group: null,
          sourceLine: line.n,
        });
        continue;
      }
      if (!pending) pending = { ref: null, parts: [], first: line.n };
      pending.parts.push(line.text);
      continue;
    }
    let ref = pending?.ref ?? null;
    let label = joinWrapped([...(pending?.parts ?? []), split.label]);
    const inlineRef = /^(\d{1,3})\s+(.*)$/.exec(label);
    let printed = pending?.printed ?? null;
    if (!ref && inlineRef) {
      ref = `Forslag ${inlineRef[1]}`;
      printed = inlineRef[1] ?? null;
      label = inlineRef[2] ?? '';
    }
    pending = null;
    const amounts: Record<string, number> = {};
    years.forEach((y, k) => {
      const c = split.values[k]!;
      if (c.value !== null) amounts[String(y)] = c.value;
      else
        warnings.push(
          warning('catalog-table.cell-unreadable', { cell: c.raw, year: y }, { sourceLine: line.n }),
        );
    });
    let investment: number | null = null;
    const inv = split.values[years.length];
    if (inv && !/^[-\u2212\u2013]$/.test(inv.raw) && inv.value !== null) investment = inv.value;
    if (split.values.length > years.length + 1)
      warnings.push(warning('catalog-table.row-too-many-values', { title: label }, { sourceLine: line.n }));
    // "Budget" / "2026*" wrapped below the numbers.
    if (!approvedWith) {
      const n1 = nextNonBlank(lines, i + 1, stop);
      if (n1 && /^budget$/.test(squashLine(lines[n1]!))) {
        const n2 = nextNonBlank(lines, n1 + 1, stop);
        const y = n2 !== null ? /^(\d{4})(\**)$/.exec(squashLine(lines[n2]!)) : null;
        if (y && n2 !== null) {
          approvedWith = `Budget ${y[1]}${y[2]}`;
          i = n2;
        } else {
          approvedWith = 'Budget';
          i = n1;
        }
      }
    }
    const marks: string[] = [];
    const stripMark = (s: string): string =>
      s.replace(/\s*(\*+)\s*$/, (_m, star: string) => {
        marks.push(star);
        return '';
      });
    label = stripMark(label);
    if (approvedWith) approvedWith = stripMark(approvedWith);
    const isTotal = /^ialt$/.test(squash(label));
    const isCommittee = !ref && !isTotal && isCommitteeName(label);
    if (isCommittee) {
      committee = committeeId(label) ?? label;
      group = null;
    }
    const row: CatalogRow = {
      rowType: isTotal ? 'total' : isCommittee ? 'committee' : 'proposal',
      proposalRef: ref,
      title: label,
      committee: isTotal ? '' : committee,
      amounts,
      investment,
      approvedWith: approvedWith && approvedWith !== '' ? approvedWith : null,
      group: isTotal || isCommittee ? null : group,
      sourceLine: line.n,
    };
    if (row.rowType === 'proposal' && !ref) row.crossCutting = true;
    if (printed !== null) printedNumber.set(row, printed);
    rows.push(row);
    for (const mark of marks) footnoteMarks.push({ row, mark });
    if (isTotal) done = true;
  }
  i = resolveFootnotes(lines, i, stop, footnoteMarks, warnings);
  if (years.length === 0) warnings.push(warning('catalog-table.no-years', {}, { sourceLine: title.n }));
  return {
    table: {
      name: `Tabel ${tableNo}`,
      title: collapseLetterSpacing(title.text).replace(/^Tabel \d\.\s*/, ''),
      unit,
      priceLevelYear,
      years,
      rows,
      sourceLine: title.n,
    },
    warnings,
    end: i,
  };
}

/**
 * The next non-blank line goes on in lower case (in any case but a number of its own when
 * `anyCase`) and has at least `n` values, itself or on the line after it (a wrapped title's end).
 */
function nextIsValueRow(
  lines: readonly SourceLine[],
  from: number,
  stop: number,
  unit: AmountUnit,
  n: number,
  anyCase = false,
  depth = 0,
): boolean {
  const j = nextNonBlank(lines, from, stop);
  if (j === null) return false;
  let text = lines[j]!.text;
  const ap = APPROVED.exec(text);
  if (ap) text = text.slice(0, ap.index);
  const split = splitRow(text, unit);
  const goesOn = anyCase
    ? split.label !== '' && !/^\d{1,3}(\s|$)/.test(split.label) && !isCommitteeName(split.label)
    : LOWER_OR_DASH.test(split.label);
  if (!goesOn) return false;
  // The values on that line, or (the title wrapped once more) on the line after it.
  if (split.values.length > 0)
    return Math.max(split.values.length, splitRow(text, unit, false).values.length) >= n;
  // A title wraps over a few lines at most; the bound keeps a long run of text lines linear.
  if (depth >= 6) return false;
  return (
    nextIsValueRow(lines, j + 1, stop, unit, n, anyCase, depth + 1) ||
    rowValues(lines, j + 1, stop, unit) >= n
  );
}

/** The number of values on the next non-blank line (0 when there is none). */
function rowValues(lines: readonly SourceLine[], from: number, stop: number, unit: AmountUnit): number {
  const j = nextNonBlank(lines, from, stop);
  if (j === null) return 0;
  let text = lines[j]!.text;
  const ap = APPROVED.exec(text);
  if (ap) text = text.slice(0, ap.index);
  const split = splitRow(text, unit);
  return split.label === '' ? Math.max(split.values.length, splitRow(text, unit, false).values.length) : 0;
}

function nextNonBlank(lines: readonly SourceLine[], from: number, stop: number): number | null {
  for (let j = from; j < stop; j++) if (!isBlankText(lines[j]!.text)) return j;
  return null;
}

/** A line that is only a committee's name ("Økonomiudvalget", "Socialudvalget og Børne- og Ungdomsudvalget"). */
function isCommitteeRow(text: string): boolean {
  const t = collapseLetterSpacing(text).replace(/\*+$/, '').trim();
  if (t.length > 90 || !/^\p{Lu}/u.test(t)) return false;
  return /udvalget$|^borgerrådgiv/i.test(t.replace(/\s+/g, '')) && isCommitteeName(t);
}

/** The next non-blank line is values without a label (a row's values wrapped below its label). */
function valuesFollow(lines: readonly SourceLine[], from: number, stop: number, unit: AmountUnit): boolean {
  const j = nextNonBlank(lines, from, stop);
  if (j === null) return false;
  const split = splitRow(lines[j]!.text, unit);
  return split.label === '' && split.values.length > 0;
}
