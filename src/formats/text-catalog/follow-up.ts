// The follow-up table ("Opfølgningsmål": target, how it is measured, who is responsible, when),
// with its group rows ("Implementering og anvendelse af investeringsmidler", "Realisering af
// effektiviseringer"). Where the input kept the grid a row is four cells; where it did not (the
// 2026 conversion, pdftotext) the four columns come as paragraphs one after another and are cut
// into rows of four, or at their dates (follow-up-rows.ts), and the user is told so.
import { isFollowUpWhen } from '../../core/follow-up-when.ts';
import type { FollowUpTarget } from '../../core/model.ts';
import { followUpRows, type Cell } from './follow-up-rows.ts';
import { isRuleRow, type Row } from './grid.ts';
import { HYPHEN_AT_END, joinWrapped, squash, squashLine, STARTS_LOWER } from './letter-spacing.ts';
import { paragraphs } from './paragraphs.ts';
import { letterKey, type SourceLine } from './reader.ts';
import type { Warn } from './warn.ts';

/** The title of the follow-up table printed as text ("Tabel 2. Opfølgningsmål"), squashed. */
export const FOLLOW_UP_TITLE = /^tabel\d+[.:]?opfølgningsmål/;

// \p{…} patterns as module constants (see letter-spacing.ts: inside a function tsx rebuilds them per call).
const STARTS_LOWER_OR_PAREN = /^[\p{Ll}(]/u;

const FOLLOW_GROUPS = /^(implementeringoganvendelseafinvesteringsmidler|realiseringafeffektiviseringer)$/;

/** The template's group rows by squashed text: a word broken by the converter reads as printed in the template. */
const FOLLOW_GROUP_NAMES: Record<string, string> = {
  implementeringoganvendelseafinvesteringsmidler: 'Implementering og anvendelse af investeringsmidler',
  realiseringafeffektiviseringer: 'Realisering af effektiviseringer',
};

/** A grid table is the follow-up table when its first rows carry the "Hvordan måles" column heading. */
export function isFollowUpGrid(rows: readonly Row[]): boolean {
  return rows.slice(0, 2).some((r) => r.cells.some((c) => /^hvordan måles/i.test(c)));
}

/** The four-column table as a grid: its group rows and rows wrapped over two rows. */
export function readFollowUpGrid(rows: readonly Row[]): FollowUpTarget[] {
  const out: FollowUpTarget[] = [];
  let group: string | null = null;
  for (const row of rows) {
    if (isRuleRow(row) || row.cells.some((c) => /^hvordan måles/i.test(c))) continue;
    const [c0 = '', c1 = '', c2 = '', c3 = ''] = row.cells;
    const rest = row.cells.slice(1).filter((c) => c !== '');
    if (c0 === '' && rest.length === 0) continue;
    const last = out[out.length - 1];
    if (rest.length === 0) {
      const key = letterKey(c0);
      if (FOLLOW_GROUPS.test(key) || !last) group = FOLLOW_GROUP_NAMES[key] ?? c0;
      else last.target = `${last.target} ${c0}`;
      continue;
    }
    if (c0 === '' && last) {
      // The rest of a row the page break or the conversion split off.
      if (c1) last.measure = `${last.measure} ${c1}`.trim();
      if (c2) last.responsible = `${last.responsible} ${c2}`.trim();
      if (c3) last.when = `${last.when} ${c3}`.trim();
      continue;
    }
    out.push({ group, target: c0, measure: c1, responsible: c2, when: c3, sourceLine: row.n });
  }
  return out;
}

/** The four column headings of the follow-up table, squashed and without hyphens. */
const FOLLOW_HEADINGS = [
  'opfølgningsmål',
  'hvordanmålesopfølgningsmålet?',
  'hvemeransvarligforopfølgning?',
  'hvornårgennemføresopfølgningen?',
];

/**
 * A paragraph made only of column headings (all four on their lines, or some of them): the header
 * at the top of the table, or repeated after a page break. It is not a cell.
 */
function isFollowUpHeader(text: string, squashed: (t: string) => string = squash): boolean {
  let s = squashed(text).replace(/-/g, '');
  let matched = 0;
  for (const h of FOLLOW_HEADINGS) {
    if (s.startsWith(h)) {
      s = s.slice(h.length);
      matched++;
    }
  }
  // "Opfølgningsmål" alone could be a cell's text; with another heading it is the header.
  return s === '' && (matched >= 2 || (matched === 1 && !squashed(text).startsWith('opfølgningsmål')));
}

/**
 * Of the page breaks `cuts` inside one group of follow-up cells (indexes into the whole item list,
 * the group starting at `offset`), the one to join so that the group has whole rows of four: the
 * only one, or the one after whose join the most fourth cells are a "when" (unique best only).
 */
function bestCut(seg: readonly { text: string }[], cuts: number[], offset: number): number | null {
  if (cuts.length <= 1) return cuts[0] ?? null;
  const whens = (texts: string[]) => texts.filter((t, k) => k % 4 === 3 && isFollowUpWhen(t)).length;
  const scored = cuts.map((c) => {
    const texts = seg.map((x) => x.text);
    texts.splice(c - offset - 1, 2, `${texts[c - offset - 1]} ${texts[c - offset]}`);
    return { c, score: whens(texts) };
  });
  scored.sort((a, b) => b.score - a.score);
  return scored[0]!.score > scored[1]!.score ? scored[0]!.c : null;
}

/**
 * The follow-up table printed as text, its title at `idx[p]`: the paragraphs up to the next
 * section or table, cut into rows.
 */
export function readFollowUpText(
  lines: readonly SourceLine[],
  idx: readonly number[],
  p: number,
  warn: Warn,
): FollowUpTarget[] {
  let end = idx.length;
  for (let r = p + 1; r < idx.length; r++) {
    const s = squashLine(lines[idx[r]!]!);
    if (/^\d\.(risikovurdering|effektivisering|hvem|inddragelse)|^administrativ|^tabel\d/.test(s)) {
      end = r;
      break;
    }
  }
  // Paragraph texts are squashed several times over (header, group and segment tests): once each.
  const squashedTexts = new Map<string, string>();
  const sqt = (t: string): string => {
    let v = squashedTexts.get(t);
    if (v === undefined) squashedTexts.set(t, (v = squash(t)));
    return v;
  };
  // A cell broken by a blank line at a hyphenation ("Selvbe-" / "tjent vejledning") is one cell.
  const paras: { text: string; first: number }[] = [];
  for (const para of paragraphs(lines, idx.slice(p + 1, end))) {
    const prev = paras[paras.length - 1];
    if (prev && HYPHEN_AT_END.test(prev.text) && STARTS_LOWER.test(para.text))
      prev.text = joinWrapped([prev.text, para.text]);
    else paras.push({ ...para });
  }
  // Skip the four header cells (they end with "Hvornår gennemføres opfølgningen?").
  // A header printed as one paragraph is skipped in the loop below (it may also repeat after a page
  // break); searching for "Hvornår" then could take a cell that starts with that word for it.
  let q =
    paras[0] && isFollowUpHeader(paras[0].text, sqt)
      ? -1
      : paras.findIndex((x) => /^hvornår/.test(sqt(x.text)));
  // The last header cell may wrap into a paragraph of its own ("Hvornår gennemføres op-" / "følgningen?").
  while (q >= 0 && q < paras.length - 1 && !sqt(paras[q]!.text).endsWith('?')) q++;
  q = q < 0 ? 0 : q + 1;
  const out: FollowUpTarget[] = [];
  let group: string | null = null;
  // Cells and group rows in order. A cell broken by a page break continues after the repeated
  // headings in lower case or with a parenthesis ("Vedligehold og vedligehold" / banner / headings /
  // "reducerer …"; "Kontor for digitalisering" / … / "(BIF)").
  const items: { text: string; first: number }[] = [];
  let afterHeader = false;
  const cuts = new Set<number>(); // items that start right after repeated headings
  for (const para of paras.slice(q)) {
    if (isFollowUpHeader(para.text, sqt)) {
      afterHeader = items.length > 0;
      continue;
    }
    const last = items[items.length - 1];
    const joinable = afterHeader && !!last && !FOLLOW_GROUPS.test(sqt(last.text));
    if (joinable && STARTS_LOWER_OR_PAREN.test(para.text)) last.text = joinWrapped([last.text, para.text]);
    else {
      if (joinable) cuts.add(items.length);
      items.push({ ...para });
    }
    afterHeader = false;
  }
  // A cell broken by a page break before a capital letter: seen only in the count, one cell too
  // many in its group (4n + 1), with the break inside the group. The two halves are joined; where
  // the group has several breaks, the one whose join puts a "when" in every fourth cell.
  let segStart = 0;
  for (let k = 0; k <= items.length; k++) {
    if (k < items.length && !FOLLOW_GROUPS.test(sqt(items[k]!.text))) continue;
    const inSeg = [...cuts].filter((c) => c > segStart && c < k);
    const c = (k - segStart) % 4 === 1 ? bestCut(items.slice(segStart, k), inSeg, segStart) : null;
    if (c !== null) {
      items[c - 1]!.text = joinWrapped([items[c - 1]!.text, items[c]!.text]);
      items.splice(c, 1);
      const later = [...cuts].filter((x) => x > c);
      cuts.delete(c);
      for (const x of later) cuts.delete(x);
      for (const x of later) cuts.add(x - 1);
      warn('followup.page-break-joined', { text: items[c - 1]!.text.slice(0, 60) }, items[c - 1]!.first);
      k--;
    }
    segStart = k + 1;
  }
  // Groups in order, each cut into rows (four cells a row, or at the dates: follow-up-rows.ts).
  let cells: Cell[] = [];
  const flush = () => {
    for (const r of followUpRows(cells, warn))
      out.push({
        group,
        target: r.target,
        measure: r.measure,
        responsible: r.responsible,
        when: r.when,
        sourceLine: r.first,
      });
    cells = [];
  };
  for (const para of items) {
    const sq = sqt(para.text);
    if (FOLLOW_GROUPS.test(sq)) {
      flush();
      group = FOLLOW_GROUP_NAMES[sq] ?? para.text;
      continue;
    }
    cells.push(para);
  }
  flush();
  // The converter writes the four columns as paragraphs one after another, and often splits or
  // repeats a cell: reading them four at a time is a guess, and the user is told so.
  if (out.length > 0) warn('followup.read-as-paragraphs', {}, lines[idx[p]!]!.n);
  return out;
}
