// Word documents (.docx): a filled-in proposal template as an administration sends it, or a whole
// catalog. The document part (word/document.xml) is read directly: every paragraph becomes a line
// followed by a blank line (as a text conversion separates paragraphs), every table row one line
// with its cells separated by tabs (merged cells keep their grid columns), Word's automatic
// numbering is written out ("1. Beskrivelse af forslag" is often a numbered heading whose "1." is
// no text of its own), checkboxes become ☒/☐. The table of contents, field codes, deleted and
// hidden text are left out; headers, footers and footnotes live in other parts and are not read.
import type JSZip from 'jszip';
import { ImportError } from '../../core/errors.ts';
import { messageText } from '../../core/messages/index.ts';
import { attr, decodeXmlText, scanXml } from './xml.ts';

/** The text of a .docx file, one line per paragraph or table row (see the module comment). */
export async function docxText(bytes: Uint8Array, fileName: string): Promise<string> {
  // Loaded only for a Word file: a text import (most imports, and the CLI's) never pays for it.
  const { default: Zip } = await import('jszip');
  let zip: JSZip;
  try {
    zip = await Zip.loadAsync(bytes);
  } catch {
    throw new ImportError(messageText('import.docx-unreadable', { file: fileName }));
  }
  const part = zip.file('word/document.xml');
  if (!part) throw new ImportError(messageText('import.zip-not-docx', { file: fileName }));
  const [document, numberingXml, stylesXml] = await Promise.all([
    part.async('string'),
    zip.file('word/numbering.xml')?.async('string') ?? Promise.resolve(null),
    zip.file('word/styles.xml')?.async('string') ?? Promise.resolve(null),
  ]);
  const numbering = new Numbering(numberingXml, stylesXml);
  return documentLines(document, numbering).join('\n');
}

/** Word's symbol-font checkboxes (Wingdings, MS Gothic) by character code. */
const SYMBOL_BOXES: Record<string, string> = {
  F0FE: '☒',
  F078: '☒',
  F0FD: '☒',
  F0FB: '☒',
  '2612': '☒',
  F0A8: '☐',
  F06F: '☐',
  F072: '☐',
  '2610': '☐',
};

/** Paragraph styles of a table of contents (Word's built-in ids, English and Danish). */
const TOC_STYLE = /^(toc|indholdsfortegnelse)\s*\d/i;

interface Paragraph {
  parts: string[];
  style: string | null;
  numId: string | null;
  ilvl: number;
  skip: boolean;
}

interface Cell {
  lines: string[];
  span: number;
}

interface Table {
  rows: string[][];
  row: string[] | null;
  cell: Cell | null;
}

/** The lines of document.xml: paragraphs (each followed by a blank line) and table rows. */
function documentLines(xml: string, numbering: Numbering): string[] {
  const out: string[] = [];
  const paragraphs: Paragraph[] = [];
  const tables: Table[] = [];
  let inPPr = 0;
  let inText = false;
  let hiddenRun = false;
  let inRPr = false;
  let tocDepth = 0; // inside a table-of-contents content control
  let checkbox: boolean | null = null; // a legacy form checkbox being read
  let inCheckbox = false;

  const emit = (line: string, blankAfter: boolean) => {
    const table = tables[tables.length - 1];
    if (table?.cell) {
      table.cell.lines.push(line);
      return;
    }
    out.push(line);
    if (blankAfter) out.push('');
  };

  for (const e of scanXml(xml)) {
    const p = paragraphs[paragraphs.length - 1];
    if (e.type === 'text') {
      if (inText && p && !hiddenRun) p.parts.push(decodeXmlText(e.text));
      continue;
    }
    if (e.type === 'close') {
      switch (e.name) {
        case 'w:t':
          inText = false;
          break;
        case 'w:pPr':
          inPPr--;
          break;
        case 'w:rPr':
          inRPr = false;
          break;
        case 'w:r':
          hiddenRun = false;
          break;
        case 'w:checkBox':
          inCheckbox = false;
          break;
        case 'w:ffData':
          if (checkbox !== null && p) p.parts.push(checkbox ? '☒' : '☐');
          checkbox = null;
          break;
        case 'w:sdt':
          if (tocDepth > 0) tocDepth--;
          break;
        case 'w:p': {
          paragraphs.pop();
          if (!p || p.skip || tocDepth > 0) break;
          const prefix = numbering.label(p.numId, p.ilvl, p.style);
          const text = (prefix ? `${prefix} ` : '') + p.parts.join('');
          const inTable = tables.length > 0 && tables[tables.length - 1]!.cell !== null;
          for (const line of text.split('\n')) emit(inTable ? line.replace(/\t/g, ' ') : line, false);
          if (!inTable) out.push('');
          break;
        }
        case 'w:tc': {
          const t = tables[tables.length - 1];
          if (!t?.cell || !t.row) break;
          t.row.push(t.cell.lines.join(' ').replace(/\s+/g, ' ').trim());
          for (let k = 1; k < t.cell.span; k++) t.row.push('');
          t.cell = null;
          break;
        }
        case 'w:tr': {
          const t = tables[tables.length - 1];
          if (t?.row) t.rows.push(t.row);
          if (t) t.row = null;
          break;
        }
        case 'w:tbl': {
          const t = tables.pop();
          if (!t || tocDepth > 0) break;
          for (const row of t.rows) emit(row.join('\t'), false);
          if (tables.length === 0) out.push('');
          break;
        }
      }
      continue;
    }
    // Opening tags.
    switch (e.name) {
      case 'w:p':
        paragraphs.push({ parts: [], style: null, numId: null, ilvl: 0, skip: false });
        break;
      case 'w:pPr':
        if (!e.selfClosing) inPPr++;
        break;
      case 'w:pStyle':
        if (inPPr > 0 && p) {
          p.style = attr(e.attrs, 'w:val');
          if (p.style && TOC_STYLE.test(p.style)) p.skip = true;
        }
        break;
      case 'w:numId':
        if (inPPr > 0 && p) p.numId = attr(e.attrs, 'w:val');
        break;
      case 'w:ilvl':
        if (inPPr > 0 && p) p.ilvl = Number(attr(e.attrs, 'w:val') ?? 0);
        break;
      case 'w:r':
        hiddenRun = false;
        break;
      case 'w:rPr':
        inRPr = !e.selfClosing;
        break;
      case 'w:vanish':
        if (inRPr && attr(e.attrs, 'w:val') !== '0' && attr(e.attrs, 'w:val') !== 'false') hiddenRun = true;
        break;
      case 'w:t':
        inText = !e.selfClosing;
        break;
      case 'w:tab':
        if (inPPr === 0 && p) p.parts.push('\t');
        break;
      case 'w:br':
      case 'w:cr':
        if (p) p.parts.push('\n');
        break;
      case 'w:noBreakHyphen':
        if (p) p.parts.push('-');
        break;
      case 'w:sym': {
        const code = (attr(e.attrs, 'w:char') ?? '').toUpperCase();
        if (p) p.parts.push(SYMBOL_BOXES[code] ?? '');
        break;
      }
      case 'w:checkBox':
        checkbox = false;
        inCheckbox = !e.selfClosing;
        break;
      case 'w:default':
      case 'w:checked':
        if (inCheckbox) {
          const v = attr(e.attrs, 'w:val');
          if (e.name === 'w:checked' || checkbox === false)
            checkbox = v === null || v === '1' || v === 'true';
        }
        break;
      case 'w:sdt':
        if (tocDepth > 0 && !e.selfClosing) tocDepth++;
        break;
      case 'w:docPartGallery':
        // A content control holding a table of contents: left out with everything inside it.
        if (tocDepth === 0 && /table of contents/i.test(attr(e.attrs, 'w:val') ?? '')) tocDepth = 1;
        break;
      case 'w:tbl':
        tables.push({ rows: [], row: null, cell: null });
        break;
      case 'w:tr': {
        const t = tables[tables.length - 1];
        if (t) t.row = [];
        break;
      }
      case 'w:tc': {
        const t = tables[tables.length - 1];
        if (t) t.cell = { lines: [], span: 1 };
        break;
      }
      case 'w:gridSpan': {
        const t = tables[tables.length - 1];
        if (t?.cell) t.cell.span = Math.max(1, Math.min(64, Number(attr(e.attrs, 'w:val') ?? 1)));
        break;
      }
    }
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

interface Level {
  start: number;
  format: string;
  text: string;
}

/**
 * Word's automatic numbering (numbering.xml, and the numbering a paragraph style carries in
 * styles.xml): the label each numbered paragraph shows ("1.", "1.2.", a bullet as "-").
 */
class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  private readonly styleNums = new Map<string, { numId: string; ilvl: number }>();
  private readonly counters = new Map<string, number[]>();

  constructor(numberingXml: string | null, stylesXml: string | null) {
    if (numberingXml) this.readNumbering(numberingXml);
    if (stylesXml) this.readStyles(stylesXml);
  }

  private readNumbering(xml: string): void {
    let abstract: Map<number, Level> | null = null;
    let level: Level | null = null;
    let num: { abstract: string; starts: Map<number, number> } | null = null;
    let overrideLevel = 0;
    for (const e of scanXml(xml)) {
      if (e.type !== 'open') continue;
      const v = attr(e.attrs, 'w:val');
      switch (e.name) {
        case 'w:abstractNum':
          abstract = new Map();
          this.abstracts.set(attr(e.attrs, 'w:abstractNumId') ?? '', abstract);
          num = null;
          break;
        case 'w:lvl':
          level = { start: 1, format: 'decimal', text: '' };
          if (num === null) abstract?.set(Number(attr(e.attrs, 'w:ilvl') ?? 0), level);
          break;
        case 'w:start':
          if (level) level.start = Number(v ?? 1);
          break;
        case 'w:numFmt':
          if (level) level.format = v ?? 'decimal';
          break;
        case 'w:lvlText':
          if (level) level.text = v ?? '';
          break;
        case 'w:num':
          num = { abstract: '', starts: new Map() };
          this.nums.set(attr(e.attrs, 'w:numId') ?? '', num);
          abstract = null;
          break;
        case 'w:abstractNumId':
          if (num) num.abstract = v ?? '';
          break;
        case 'w:lvlOverride':
          overrideLevel = Number(attr(e.attrs, 'w:ilvl') ?? 0);
          break;
        case 'w:startOverride':
          if (num) num.starts.set(overrideLevel, Number(v ?? 1));
          break;
      }
    }
  }

  private readStyles(xml: string): void {
    let style: string | null = null;
    let numId: string | null = null;
    let ilvl = 0;
    for (const e of scanXml(xml)) {
      if (e.type === 'close' && e.name === 'w:style') {
        if (style && numId && numId !== '0') this.styleNums.set(style, { numId, ilvl });
        style = null;
        numId = null;
        ilvl = 0;
      }
      if (e.type !== 'open') continue;
      if (e.name === 'w:style') style = attr(e.attrs, 'w:styleId');
      else if (e.name === 'w:numId') numId = attr(e.attrs, 'w:val');
      else if (e.name === 'w:ilvl') ilvl = Number(attr(e.attrs, 'w:val') ?? 0);
    }
  }

  /** The label of the next paragraph numbered (numId, ilvl), directly or by its style; null when not numbered. */
  label(numId: string | null, ilvl: number, style: string | null): string | null {
    let id = numId;
    let lvl = ilvl;
    if (id === null && style) {
      const s = this.styleNums.get(style);
      if (s) ({ numId: id, ilvl: lvl } = s);
    }
    if (id === null || id === '0') return null;
    const num = this.nums.get(id);
    const levels = num ? this.abstracts.get(num.abstract) : undefined;
    const level = levels?.get(lvl);
    if (!num || !levels || !level) return null;
    if (level.format === 'bullet') return '-';
    if (level.format === 'none') return null;
    // Lists of one abstract numbering continue each other, as Word counts them.
    const key = num.abstract;
    const counts = this.counters.get(key) ?? [];
    for (let k = 0; k < lvl; k++) counts[k] ??= (levels.get(k)?.start ?? 1) - 1;
    const start = num.starts.get(lvl) ?? level.start;
    const current = counts[lvl];
    counts[lvl] = current === undefined ? start : current + 1;
    counts.length = lvl + 1;
    this.counters.set(key, counts);
    return level.text.replace(/%(\d)/g, (_m, d: string) => {
      const k = Number(d) - 1;
      const n = counts[k] ?? levels.get(k)?.start ?? 1;
      return formatNumber(n, levels.get(k)?.format ?? 'decimal');
    });
  }
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    default:
      return String(n);
  }
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = Math.max(1, Math.min(3999, n));
  for (const [v, s] of table)
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  return out;
}
