// Footnotes under a catalog table: a row whose title ends in a mark ("Socialudvalget*",
// "Fremtidens indkøb 2025*") gets the mark in `note` and the text printed under the table
// ("* Socialudvalget har indfriet …", possibly wrapped over lines) in `footnote`.
import { warning } from '../../core/messages/index.ts';
import type { CatalogRow, Warning } from '../../core/model.ts';
import { isBlankText, joinWrapped, squash } from './letter-spacing.ts';
import { cleanLine, type SourceLine } from './reader.ts';

// \p{…} patterns as module constants (see letter-spacing.ts: inside a function tsx rebuilds them per call).
const LOWER_OR_STAR = /^(\p{Ll}|\*)/u;
const STARTS_LOWER = /^\p{Ll}/u;

/** A footnote mark ending a title ("*", "**", "*1)"), and the title without it. */
export function splitMark(title: string): { title: string; mark: string | null } {
  const m = /\s*(\*+\)?\d*\)?)\s*$/.exec(title);
  return m && m.index > 0 ? { title: title.slice(0, m.index), mark: m[1] ?? null } : { title, mark: null };
}

function nextText(lines: readonly SourceLine[], from: number, stop: number): string {
  for (let j = from; j < stop; j++) if (!isBlankText(lines[j]!.text)) return lines[j]!.text.trim();
  return '';
}

/**
 * Reads the notes from line `from` on ("* text", wrapped lines in lower case) and gives each marked
 * row its note; a mark without a note under the table is a warning. Returns the index after the notes.
 */
export function resolveFootnotes(
  lines: readonly SourceLine[],
  from: number,
  stop: number,
  marked: readonly { row: CatalogRow; mark: string }[],
  warnings: Warning[],
): number {
  const notes = new Map<string, string>();
  let current: { mark: string; parts: string[] } | null = null;
  let i = from;
  for (; i < stop; i++) {
    const t = cleanLine(lines[i]!) === '' ? '' : lines[i]!.text;
    const m = /^\s*(?:Note:\s*)?(\*+)\s*(.*)$/.exec(t);
    if (m) {
      if (current) notes.set(current.mark, joinWrapped(current.parts));
      current = { mark: m[1] ?? '*', parts: [m[2] ?? ''] };
      continue;
    }
    if (t.trim() === '') {
      if (current && !LOWER_OR_STAR.test(nextText(lines, i + 1, stop))) break;
      continue;
    }
    if (current && STARTS_LOWER.test(t.trim())) {
      current.parts.push(t);
      continue;
    }
    if (squash(t).startsWith('aftabel') || !current) break;
  }
  if (current) notes.set(current.mark, joinWrapped(current.parts));
  for (const { row, mark } of marked) {
    const note = notes.get(mark);
    row.note = mark;
    row.footnote = note ?? null;
    if (!note)
      warnings.push(
        warning('catalog-table.footnote-missing', { mark, title: row.title }, { sourceLine: row.sourceLine }),
      );
  }
  return i;
}
