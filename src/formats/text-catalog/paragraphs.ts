// Paragraphs of running text: runs of non-blank lines, joined as the converter broke them.
import { bannerAt } from './banners.ts';
import { collapsedLine, isBlankText, joinCollapsed } from './letter-spacing.ts';
import { hasCells, type SourceLine } from './reader.ts';

// \p{…} patterns as module constants (see letter-spacing.ts: inside a function tsx rebuilds them per call).
const BLANKS_THEN_LOWER = /^\s*\p{Ll}/u;

/** The lines from `start` to `end` without page banners, as indexes into `lines`. */
export function contentIndexes(lines: readonly SourceLine[], start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) {
    const b = bannerAt(lines, i);
    if (b) {
      i += b.lines - 1;
      continue;
    }
    out.push(i);
  }
  return out;
}

export interface Paragraph {
  text: string;
  /** Source line of its first line. */
  first: number;
}

/**
 * Paragraphs: runs of non-blank lines. A page banner (a gap in `idx`) with blank lines around it
 * does not end a paragraph when the text after it starts in lower case: the page broke a sentence
 * or a hyphenated word ("samtykkeskab-" / banner / "elonerne"), which is joined again. Lines with
 * table cells (a grid) are no running text and are left out; they end a paragraph.
 */
export function paragraphs(lines: readonly SourceLine[], idx: readonly number[]): Paragraph[] {
  const out: Paragraph[] = [];
  let parts: string[] = []; // the lines' collapsed text
  let first = 0;
  let ended = false; // a blank line followed the current parts
  let acrossBanner = false; // lines were skipped (a banner) since the current parts
  let prevI = -1;
  const close = () => {
    if (parts.length > 0) out.push({ text: joinCollapsed(parts), first });
    parts = [];
  };
  for (const i of idx) {
    if (prevI >= 0 && i > prevI + 1) acrossBanner = true;
    prevI = i;
    const l = lines[i]!;
    if (isBlankText(l.text)) {
      ended = true;
      continue;
    }
    if (hasCells(l)) {
      close();
      ended = false;
      continue;
    }
    if (ended && !(acrossBanner && BLANKS_THEN_LOWER.test(l.text))) close();
    ended = false;
    acrossBanner = false;
    if (parts.length === 0) first = l.n;
    parts.push(collapsedLine(l));
  }
  close();
  return out;
}
