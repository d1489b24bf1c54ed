// PDF documents read in-process with pdf.js (pdfjs-dist, its Node build). A PDF has no lines or
// table cells, only pieces of text at positions: pieces on one baseline become a line (left to
// right), a narrow gap between two pieces is a blank, a wide one (between the cells of a table)
// as many blanks as it is wide, the way `pdftotext -layout` keeps columns apart. A PDF keeps no
// empty cells, so its tables are read like any table printed as text: rows that print fewer
// values than the table has years are placed against the printed subtotals. Pages follow each
// other with a blank line between them. Line numbers of the result are the source lines warnings
// point to (`gevinst import --tekst` shows that text).
import { ImportError } from '../../core/errors.ts';
import { messageText } from '../../core/messages/index.ts';

/** A piece of text on a page: its left and right edge and baseline, in PDF points. */
export interface TextPiece {
  text: string;
  x0: number;
  x1: number;
  y: number;
  /** Font size (height of the text), for the tolerances below. */
  size: number;
}

/** Pieces whose baselines differ by at most this share of the font size stand on one line. */
const SAME_LINE = 0.35;
/** A gap of at least this share of the font size between two pieces of a line separates cells. */
const CELL_GAP = 0.8;
/** A cell gap is written as one blank per this share of the font size (at least two blanks). */
const BLANK_WIDTH = 0.5;
/** A gap of at least this share of the font size is a blank between words. */
const WORD_GAP = 0.12;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

/** pdf.js is large: loaded on the first PDF, not with the command. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** The text of a PDF, one line per line of print (see the module comment). */
export async function pdfText(bytes: Uint8Array, fileName: string): Promise<string> {
  const { getDocument } = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException')
      throw new ImportError(messageText('import.pdf-password', { file: fileName }));
    throw new ImportError(messageText('import.pdf-unreadable', { file: fileName }));
  }
  try {
    const pages: string[][] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, , d, e, f] = item.transform as number[];
        const size = Math.hypot(b ?? 0, d ?? 0) || Math.hypot(a ?? 0, 0) || 1;
        pieces.push({ text: item.str, x0: e ?? 0, x1: (e ?? 0) + item.width, y: f ?? 0, size });
      }
      pages.push(pageLines(pieces));
      page.cleanup();
    }
    const text = pages.map((lines) => lines.join('\n')).join('\n\n');
    if (text.trim() === '') throw new ImportError(messageText('import.pdf-no-text', { file: fileName }));
    return text;
  } finally {
    await doc.destroy();
  }
}

/** The lines of one page: pieces grouped by baseline, top to bottom, each line left to right. */
export function pageLines(pieces: readonly TextPiece[]): string[] {
  const sorted = [...pieces].sort((p, q) => q.y - p.y || p.x0 - q.x0);
  const lines: TextPiece[][] = [];
  for (const piece of sorted) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (line && first && Math.abs(first.y - piece.y) <= SAME_LINE * Math.min(first.size, piece.size))
      line.push(piece);
    else lines.push([piece]);
  }
  return lines.map(lineText);
}

/** One line's text: pieces left to right, blanks as wide as a wide gap, one blank across a word gap. */
export function lineText(line: TextPiece[]): string {
  line.sort((p, q) => p.x0 - q.x0);
  let out = '';
  let prev: TextPiece | null = null;
  for (const piece of line) {
    const text = prev === null ? piece.text.trimStart() : piece.text;
    if (prev) {
      const gap = piece.x0 - prev.x1;
      const size = Math.min(prev.size, piece.size);
      if (gap >= CELL_GAP * size)
        out =
          out.trimEnd() + ' '.repeat(Math.max(2, Math.round(gap / (BLANK_WIDTH * size)))) + text.trimStart();
      else if (gap >= WORD_GAP * size && !out.endsWith(' ') && !text.startsWith(' ')) out += ' ' + text;
      else out += text;
    } else out = text;
    prev = piece;
  }
  return out.trimEnd();
}
