// The cells of one group of a follow-up table ("Realisering af effektiviseringer"), in reading
// order, cut into rows of four: target, how it is measured, who is responsible, when.
//
// The converter writes the four columns as paragraphs one after another; in the 2026 catalog it
// often prints two short cells as one line ("Governance Styregruppen godken-" / …, "Koncernservice
// December 2026"), so a group does not always come in fours. Where reading four at a time leaves
// "when" cells that are no date and every row of the group ends in one, the rows are cut at the
// dates instead, and the cells that could not be told apart are reported.
import { isFollowUpWhen, splitTrailingWhen } from '../../core/follow-up-when.ts';
import { joinWrapped } from './letter-spacing.ts';
import type { Warn } from './warn.ts';

export interface Cell {
  text: string;
  first: number;
}

export interface FollowUpRow {
  target: string;
  measure: string;
  responsible: string;
  when: string;
  first: number;
}

const STARTS_LOWER = /^\p{Ll}/u;

/** A responsible is a name: a few words, not a sentence. */
const looksLikeName = (t: string): boolean => t.split(' ').length <= 6 && !/[.?]$/.test(t.trim());

export function followUpRows(cells: readonly Cell[], warn: Warn): FollowUpRow[] {
  const plain = inFours(cells);
  const anchored = atDates(cells);
  const dated = (rows: FollowUpRow[]) => rows.filter((r) => isFollowUpWhen(r.when)).length;
  if (!anchored || dated(anchored) <= dated(plain)) {
    const rest = cells.length % 4;
    if (rest > 0) {
      const first = cells[cells.length - rest]!;
      warn('followup.columns-missing', { target: first.text.slice(0, 60), count: rest }, first.first);
    }
    return plain;
  }
  for (const r of anchored) {
    if (r.measure === '' || r.responsible === '')
      warn(
        'followup.columns-joined',
        { target: r.target.slice(0, 60), withMeasure: r.measure !== '' },
        r.first,
      );
  }
  return anchored;
}

/** Four cells a row; cells left over (fewer than four) are not a row. */
function inFours(cells: readonly Cell[]): FollowUpRow[] {
  const out: FollowUpRow[] = [];
  for (let k = 0; k + 4 <= cells.length; k += 4) out.push(row(cells.slice(k, k + 4)));
  return out;
}

function row(c: readonly Cell[]): FollowUpRow {
  return {
    target: c[0]!.text,
    measure: c[1]!.text,
    responsible: c[2]!.text,
    when: c[3]!.text,
    first: c[0]!.first,
  };
}

/**
 * Rows cut after every "when": a cell that is one, or a short name followed by one on the same
 * line ("Koncernservice December 2026": responsible and when). Within a row, a cell that starts in
 * lower case goes on from the cell before it ("Igangsætning af projekt på" / "vejområdet"). Null
 * when the group does not end in a "when" or a row would have more than four cells (a date the
 * reader does not know would merge two rows).
 */
function atDates(cells: readonly Cell[]): FollowUpRow[] | null {
  const out: FollowUpRow[] = [];
  let run: Cell[] = [];
  for (const c of cells) {
    let when: string | null = null;
    let responsible: string | null = null;
    if (run.length > 0 && isFollowUpWhen(c.text)) when = c.text;
    else if (run.length > 0) {
      const split = splitTrailingWhen(c.text);
      if (split && looksLikeName(split.before)) ({ when, before: responsible } = split);
    }
    if (when === null) {
      const last = run[run.length - 1];
      if (last && STARTS_LOWER.test(c.text))
        run[run.length - 1] = { text: joinWrapped([last.text, c.text]), first: last.first };
      else run.push(c);
      continue;
    }
    const r = rowBefore(run, responsible, when);
    if (!r) return null;
    out.push(r);
    run = [];
  }
  return run.length === 0 && out.length > 0 ? out : null;
}

/** The row whose cells before its "when" are `run` (and `responsible` when it shared the date's line). */
function rowBefore(run: Cell[], responsible: string | null, when: string): FollowUpRow | null {
  const first = run[0]!.first;
  let rest = run.map((c) => c.text);
  if (responsible === null) {
    const last = rest[rest.length - 1]!;
    if (rest.length >= 3 || (rest.length === 2 && looksLikeName(last))) {
      responsible = last;
      rest = rest.slice(0, -1);
    } else responsible = '';
  }
  if (rest.length > 2) return null;
  return { target: rest[0]!, measure: rest[1] ?? '', responsible, when, first };
}
