// Page layout on top of pdfkit: A4 with the municipality's margins, headings, paragraphs and
// tables that break across pages with their header repeated. Only the standard PDF fonts
// (Helvetica family, WinAnsi encoding: covers æøå and the Danish punctuation), so generation needs
// no font files and no system packages.

import type PDFDocument from 'pdfkit';

export type Pdf = InstanceType<typeof PDFDocument>;

export const FONT = 'Helvetica';
export const FONT_BOLD = 'Helvetica-Bold';
export const FONT_ITALIC = 'Helvetica-Oblique';
export const COLOR_TEXT = '#1a1a1a';
export const COLOR_HEAD = '#0b3d6b';
export const COLOR_RULE = '#9aa5b1';
export const COLOR_FILL = '#e8edf2';
export const COLOR_FILL_TOTAL = '#f4f6f8';

export const MARGIN = 62;
/** Space kept free at the bottom for the page number. */
export const FOOTER_SPACE = 28;

/** Characters the WinAnsi-encoded standard fonts cannot show, replaced by what they mean. */
export function pdfSafe(text: string): string {
  return text
    .replace(/[\u2212\u2010\u2011]/g, '-')
    .replace(/\u2610/g, '[ ]')
    .replace(/\u2612/g, '[X]')
    .replace(/[\uF0B7\u25AA\u25CF]/g, '•')
    .replace(
      // eslint-disable-next-line no-control-regex -- tab and newline are the allowed control characters
      /[^\u0009\u000a\u0020-\u00ff\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u20ac\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2122]/g,
      '?',
    );
}

/**
 * Breaks text into lines at spaces only, so a hyphenated word ("IT-system", "Fritids-forvaltningen")
 * is never split at its hyphen: a text extractor could not tell that hyphen from a hyphenation
 * and would join the halves ("ITsystem"). Uses the current font and size. A single word wider than
 * the line is left to pdfkit.
 */
export function wrapAtSpaces(pdf: Pdf, text: string, width: number): string {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/ +/)) {
      const next = line ? `${line} ${word}` : word;
      if (line && pdf.widthOfString(next) > width) {
        out.push(line);
        line = word;
      } else line = next;
    }
    out.push(line);
  }
  return out.join('\n');
}

export function contentWidth(pdf: Pdf): number {
  return pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
}

export function bottom(pdf: Pdf): number {
  return pdf.page.height - pdf.page.margins.bottom - FOOTER_SPACE;
}

export function ensureSpace(pdf: Pdf, height: number): void {
  if (pdf.y + height > bottom(pdf)) pdf.addPage();
}

export function heading(pdf: Pdf, text: string, size: number, gapBefore = 10): void {
  pdf.font(FONT_BOLD).fontSize(size);
  const shown = wrapAtSpaces(pdf, pdfSafe(text), contentWidth(pdf));
  const h = pdf.heightOfString(shown, { width: contentWidth(pdf) });
  if (pdf.y > pdf.page.margins.top) pdf.y += gapBefore;
  // Keep a heading with at least a few lines of what follows.
  ensureSpace(pdf, h + 40);
  pdf.fillColor(COLOR_HEAD).text(shown, pdf.page.margins.left, pdf.y, { width: contentWidth(pdf) });
  pdf.fillColor(COLOR_TEXT);
  pdf.y += 4;
}

export function paragraph(
  pdf: Pdf,
  text: string,
  options: { size?: number; font?: string; gapAfter?: number } = {},
): void {
  const paragraphs = text.split(/\n\s*\n/);
  for (const para of paragraphs) {
    const t = pdfSafe(para.replace(/\s*\n\s*/g, ' ').trim());
    if (!t) continue;
    pdf
      .font(options.font ?? FONT)
      .fontSize(options.size ?? 10)
      .fillColor(COLOR_TEXT);
    pdf.text(t, pdf.page.margins.left, pdf.y, { width: contentWidth(pdf), lineGap: 1.5 });
    pdf.y += options.gapAfter ?? 5;
  }
}

/** "Kort resumé:" style: a bold label column and its text beside it. */
export function labelled(pdf: Pdf, label: string, text: string, labelWidth = 96): void {
  const x = pdf.page.margins.left;
  const w = contentWidth(pdf) - labelWidth;
  pdf.font(FONT).fontSize(10);
  const h = Math.max(pdf.heightOfString(pdfSafe(text), { width: w }), 12);
  ensureSpace(pdf, Math.min(h, 60));
  const y = pdf.y;
  pdf.font(FONT_BOLD).text(pdfSafe(label), x, y, { width: labelWidth - 8 });
  pdf.font(FONT).text(pdfSafe(text), x + labelWidth, y, { width: w, lineGap: 1.5 });
  pdf.y = Math.max(pdf.y, y + 12) + 6;
}

export interface Column {
  width: number;
  align: 'left' | 'right' | 'center';
  valign?: 'top' | 'bottom';
}

export type RowStyle = 'header' | 'body' | 'group' | 'subtotal' | 'total';

export interface TableRow {
  cells: string[];
  style: RowStyle;
}

const PAD_X = 3;
const PAD_Y = 2.5;

function rowFont(style: RowStyle): string {
  return style === 'header' || style === 'total' || style === 'group'
    ? FONT_BOLD
    : style === 'subtotal'
      ? FONT_ITALIC
      : FONT;
}

/** A group row's single label spans to the right edge; every other cell keeps its column. */
function cellWidth(row: TableRow, columns: Column[], i: number): number {
  const col = columns[i];
  if (!col) return 0;
  if (row.style === 'group' && row.cells.slice(i + 1).every((c) => !c)) {
    return columns.slice(i).reduce((a, c) => a + c.width, 0);
  }
  return col.width;
}

/** Smallest size a header cell is shrunk to before it may wrap. */
const MIN_HEADER_SIZE = 5.5;

/**
 * Font size and text of a cell. A header cell is shrunk (down to MIN_HEADER_SIZE) to stay on one
 * line: column headings that wrap ("Samlet" over "investering") read as stray lines in the
 * extracted text. Other cells wrap at spaces.
 */
function cellText(
  pdf: Pdf,
  row: TableRow,
  c: string,
  width: number,
  size: number,
): { text: string; size: number } {
  pdf.font(rowFont(row.style)).fontSize(size);
  const text = pdfSafe(c);
  if (row.style === 'header') {
    const natural = pdf.widthOfString(text);
    if (natural > width) {
      const fit = Math.floor(((size * width) / natural) * 10) / 10;
      // Only a mild shrink: a long heading ("Hvem er ansvarlig for opfølgning?") wraps instead.
      if (fit >= Math.max(MIN_HEADER_SIZE, size * 0.75)) return { text, size: fit };
    }
  }
  return { text: wrapAtSpaces(pdf, text, width), size };
}

function rowHeight(pdf: Pdf, row: TableRow, columns: Column[], size: number): number {
  let h = 0;
  row.cells.forEach((c, i) => {
    const w = cellWidth(row, columns, i);
    if (!c || w <= 0) return;
    const t = cellText(pdf, row, c, w - 2 * PAD_X, size);
    pdf.font(rowFont(row.style)).fontSize(t.size);
    h = Math.max(h, pdf.heightOfString(t.text, { width: w - 2 * PAD_X }));
  });
  return Math.max(h, size * 1.15) + 2 * PAD_Y;
}

/** Height a table will take: all of it, or (when it may break) its header and first row. */
export function tableHeight(
  pdf: Pdf,
  columns: Column[],
  rows: TableRow[],
  options: { size?: number; keep?: boolean } = {},
): number {
  const size = options.size ?? 8;
  const heights = rows.map((r) => rowHeight(pdf, r, columns, size));
  if (options.keep) return heights.reduce((a, b) => a + b, 0) + 8;
  const headers = rows.filter((r) => r.style === 'header').length;
  return heights.slice(0, headers + 1).reduce((a, b) => a + b, 0);
}

/** Fills the text layer's gaps between the cells of a table row (see `leaders`). */
const LEADER = '\u00b7';

/**
 * Invisible leaders (text render mode 3, middle dots) across the gaps between the pieces of text
 * that stand on one baseline of a row: a text extractor then reads the row as one line, in order.
 * Without them `pdftotext` (without -layout) sees each column as a block of its own and prints the
 * table column by column, the values apart from their labels. The page shows nothing; readers of
 * the text (Gevinst's importer, docs/text-format.md) treat a run of these dots as a column gap.
 */
function leaders(pdf: Pdf, pieces: { x0: number; x1: number; y: number; size: number }[]): void {
  const byLine = new Map<number, typeof pieces>();
  for (const p of pieces) {
    const key = Math.round(p.y);
    const line = byLine.get(key);
    if (line) line.push(p);
    else byLine.set(key, [p]);
  }
  for (const line of byLine.values()) {
    line.sort((a, b) => a.x0 - b.x0);
    for (let k = 0; k + 1 < line.length; k++) {
      const a = line[k]!;
      const b = line[k + 1]!;
      pdf.fontSize(a.size);
      const dot = pdf.widthOfString(LEADER);
      const n = Math.floor((b.x0 - a.x1 - 1) / dot);
      if (n < 1) continue;
      pdf.save();
      pdf.addContent('3 Tr');
      pdf.text(LEADER.repeat(n), a.x1 + 0.5, a.y, { lineBreak: false });
      pdf.addContent('0 Tr');
      pdf.restore();
    }
  }
}

/**
 * Draws a table. Header rows are repeated after a page break. Cells are bottom-aligned, so a
 * wrapped label's values stand on its last line (as in the printed template). With `keep`, the
 * whole table moves to a new page when it does not fit (and fits on one).
 */
export function table(
  pdf: Pdf,
  columns: Column[],
  rows: TableRow[],
  options: { size?: number; keep?: boolean } = {},
): void {
  const size = options.size ?? 8;
  const x0 = pdf.page.margins.left;
  const totalWidth = columns.reduce((a, c) => a + c.width, 0);
  const heights = rows.map((r) => rowHeight(pdf, r, columns, size));
  const headers = rows.filter((r) => r.style === 'header');
  const headerHeight = rows.reduce((a, r, i) => a + (r.style === 'header' ? (heights[i] ?? 0) : 0), 0);
  const all = heights.reduce((a, b) => a + b, 0);
  const pageRoom = bottom(pdf) - pdf.page.margins.top;
  if (options.keep && all <= pageRoom) ensureSpace(pdf, all);
  else ensureSpace(pdf, headerHeight + (heights[headers.length] ?? 20));

  const draw = (row: TableRow, h: number) => {
    const y = pdf.y;
    if (row.style === 'header') pdf.rect(x0, y, totalWidth, h).fill(COLOR_FILL);
    if (row.style === 'total') pdf.rect(x0, y, totalWidth, h).fill(COLOR_FILL_TOTAL);
    pdf.fillColor(COLOR_TEXT).font(rowFont(row.style)).fontSize(size);
    let x = x0;
    // The line of each cell that stands on the row's baseline: the last (bottom-aligned cells).
    const pieces: { x0: number; x1: number; y: number; size: number }[] = [];
    row.cells.forEach((c, i) => {
      const col = columns[i];
      if (!col) return;
      if (c) {
        const w = cellWidth(row, columns, i);
        const t = cellText(pdf, row, c, w - 2 * PAD_X, size);
        pdf.fontSize(t.size);
        const th = pdf.heightOfString(t.text, { width: w - 2 * PAD_X });
        const top = col.valign === 'top' ? y + PAD_Y : y + h - PAD_Y - th;
        pdf.text(t.text, x + PAD_X, top, { width: w - 2 * PAD_X, align: col.align, lineBreak: true });
        if (col.valign !== 'top') {
          const last = t.text.slice(t.text.lastIndexOf('\n') + 1);
          const lw = pdf.widthOfString(last);
          const inner = w - 2 * PAD_X;
          const left =
            x + PAD_X + (col.align === 'right' ? inner - lw : col.align === 'center' ? (inner - lw) / 2 : 0);
          pieces.push({ x0: left, x1: left + lw, y: top + th - pdf.currentLineHeight(true), size: t.size });
        }
        pdf.fontSize(size);
      }
      x += col.width;
    });
    leaders(pdf, pieces);
    pdf.font(rowFont(row.style)).fontSize(size);
    pdf
      .moveTo(x0, y + h)
      .lineTo(x0 + totalWidth, y + h)
      .lineWidth(row.style === 'total' || row.style === 'header' ? 0.8 : 0.3)
      .strokeColor(COLOR_RULE)
      .stroke();
    pdf.y = y + h;
  };

  rows.forEach((row, i) => {
    const h = heights[i] ?? 0;
    if (row.style !== 'header' && pdf.y + h > bottom(pdf)) {
      pdf.addPage();
      headers.forEach((hr) => draw(hr, rowHeight(pdf, hr, columns, size)));
    }
    draw(row, h);
  });
  pdf.x = x0;
  pdf.y += 8;
}
