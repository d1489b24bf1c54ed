// Pasting a block from Excel or a Word table into the economic table: the clipboard holds rows
// separated by line breaks and cells by tabs. The block fills the cells it covers, starting at the
// cell pasted into, one number per cell; lines are added when the block is longer than the table.
// A single value is left to the input itself.
import { type EditorLine, type EditorState, emptyLine } from './editor-model.ts';

/** Rows of cells, or null when the text is one value (no tab, no line break). */
export function pastedBlock(text: string): string[][] | null {
  const t = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  if (!t.includes('\t') && !t.includes('\n')) return null;
  return t.split('\n').map((row) => row.split('\t').map((cell) => cell.trim()));
}

export interface PasteResult {
  state: EditorState;
  /** Cells filled. */
  filled: number;
  /** Cells of the block that fall to the right of the last year column (not pasted). */
  outside: number;
}

/** Fills the block into `state` from line `line`, year column `column` (0 = the first year). */
export function pasteInto(state: EditorState, block: string[][], line: number, column: number): PasteResult {
  const lines: EditorLine[] = state.lines.map((l) => ({ ...l, cells: { ...l.cells } }));
  let filled = 0;
  let outside = 0;
  block.forEach((row, i) => {
    const at = line + i;
    while (lines.length <= at) {
      const template = lines[lines.length - 1];
      lines.push(emptyLine(template?.section ?? 'varig', ''));
    }
    const target = lines[at] as EditorLine;
    row.forEach((text, j) => {
      const year = state.years[column + j];
      if (year === undefined) {
        if (text !== '') outside += 1;
        return;
      }
      target.cells[String(year)] = text;
      filled += 1;
    });
  });
  return { state: { ...state, lines }, filled, outside };
}
