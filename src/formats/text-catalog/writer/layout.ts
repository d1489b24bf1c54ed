// From logical blocks (a heading, a paragraph, a table row) to the lines a PDF-to-text conversion
// produces. The renderers say WHAT is on the page; this module adds the conversion's artefacts:
// letter spacing, wrapped labels with values on a later line, hyphenation, page banners and
// table headers repeated after a page break.
import type { WriterOptions } from './options.ts';
import { seededRng, type Rng } from './rng.ts';

export type Block =
  /** A line of its own. `template` marks fixed template text (may get broken words). */
  | { kind: 'line'; text: string; template?: boolean }
  | { kind: 'blank' }
  /** Prose, wrapped at the page width; `lead` starts the first line ("Kort resumé: "). */
  | { kind: 'para'; text: string; lead?: string; keepLead?: boolean }
  /** A narrow table cell of free text (follow-up table), wrapped at `width`. */
  | { kind: 'cell'; text: string; width: number }
  /** A table row: label (may wrap) then its cells (budget area, values …) on the same or a later line. */
  | { kind: 'row'; label: string; cells: string[]; template?: boolean }
  /** Start of a table whose header is repeated after a page break inside it. */
  | { kind: 'tableStart'; header: string[] }
  | { kind: 'tableEnd' }
  /** From here on, page breaks print these banner lines (empty: blank lines only). */
  | { kind: 'banner'; lines: string[] }
  /** A forced page break, e.g. before a new proposal. */
  | { kind: 'pageBreak' };

const WORD_ONLY = /^[\p{L}]+[,.;:]?$/u;
const NUMBER = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;

/** Letter-spaces one word ("Samlet" → "S a m l e t", "ændring," → "æ n d r i n g ,"). */
function spaceWord(word: string): string {
  return [...word].join(' ');
}

/** Letter-spaces a number the way the corpus shows: digits before the first "." apart ("- 6 3 9", "1 .245"). */
function spaceNumber(num: string): string {
  const dot = num.indexOf('.');
  const head = dot < 0 ? num : num.slice(0, dot);
  const tail = dot < 0 ? '' : num.slice(dot);
  const spaced = [...head].join(' ');
  return tail ? `${spaced} ${tail}` : spaced;
}

/** Breaks a word at one random place ("Samlet" → "Samle t"). */
function breakWord(word: string, rng: Rng): string {
  const letters = [...word];
  if (letters.length < 4) return word;
  const at = rng.int(1, letters.length - 2);
  return letters.slice(0, at).join('') + ' ' + letters.slice(at).join('');
}

export class Layout {
  private readonly rng: Rng;
  private readonly out: string[] = [];
  private linesOnPage = 0;
  private banner: string[] = [];
  private tableHeader: string[] | null = null;

  constructor(private readonly options: WriterOptions) {
    this.rng = seededRng(options.seed);
  }

  render(blocks: readonly Block[]): string {
    for (const b of blocks) this.block(b);
    return this.out.join('\n') + '\n';
  }

  private block(b: Block): void {
    switch (b.kind) {
      case 'line':
        this.emitBreakable([this.artefactLine(b.text, b.template ?? false)]);
        return;
      case 'blank':
        this.push('');
        return;
      case 'para':
        this.emitPara(b.text, this.options.width, b.lead ?? '', b.keepLead ?? false);
        return;
      case 'cell':
        // A clean conversion keeps a cell on one line; a PDF's narrow column wraps it.
        this.emitPara(b.text, this.options.wrapLabels > 0 ? b.width : Number.POSITIVE_INFINITY, '', false);
        return;
      case 'row':
        this.emitRow(b.label, b.cells, b.template ?? false);
        return;
      case 'tableStart':
        this.tableHeader = b.header;
        return;
      case 'tableEnd':
        this.tableHeader = null;
        return;
      case 'banner':
        this.banner = b.lines;
        return;
      case 'pageBreak':
        this.push('', '', '');
        this.linesOnPage = 0;
        return;
    }
  }

  private push(...lines: string[]): void {
    for (const l of lines) this.out.push(l);
    this.linesOnPage += lines.length;
  }

  /** Emits lines that belong together (a wrapped row), after a page break if one is due. */
  private emitBreakable(lines: string[]): void {
    const page = this.options.pageLines;
    if (page !== null && this.linesOnPage + lines.length > page && this.linesOnPage > 0) this.pageBreakHere();
    this.push(...lines);
  }

  private pageBreakHere(): void {
    this.out.push('', ...this.banner);
    this.linesOnPage = 1 + this.banner.length;
    if (this.tableHeader) {
      this.out.push('');
      this.linesOnPage++;
      for (const h of this.tableHeader) this.push(this.artefactLine(h, true));
      this.push('');
    }
  }

  /**
   * Letter spacing (and broken template words) on one finished line. `keepWords` leading words stay
   * as they are ("Forslag 7"); numbers are spaced only from word `numbersFrom` on (value cells and
   * template headers: the corpus spaces "- 6 3 9" and "2 0 2 6", a reader cannot tell a spaced
   * year in a title from two numbers).
   */
  private artefactLine(
    text: string,
    template: boolean,
    keepWords = 0,
    numbersFrom = template ? 0 : Number.POSITIVE_INFINITY,
  ): string {
    const spaced = this.rng.chance(this.options.letterSpacing);
    const broken = template && this.rng.chance(this.options.brokenTemplateWords);
    if (!spaced && !broken) return text;
    const words = text.split(' ').filter((w) => w !== '');
    const out = words.slice(keepWords).map((w, j) => {
      const i = j + keepWords;
      if (spaced && WORD_ONLY.test(w) && [...w].length > 1 && this.rng.chance(0.7)) return spaceWord(w);
      if (spaced && i >= numbersFrom && NUMBER.test(w) && this.rng.chance(0.7)) return spaceNumber(w);
      if (broken && WORD_ONLY.test(w) && this.rng.chance(0.5)) return breakWord(w, this.rng);
      return w;
    });
    // In a spaced line words stand two blanks apart, letters one: the only way to tell them apart.
    const kept = words.slice(0, keepWords).join(' ');
    const rest = out.join('  ');
    return kept === '' ? rest : rest === '' ? kept : `${kept}  ${rest}`;
  }

  /** Splits text into lines of at most `width`, hyphenating a long word now and then. */
  private wrap(text: string, width: number, lead: string): string[] {
    const words = text.split(/\s+/).filter((w) => w !== '');
    const lines: string[] = [];
    let cur = lead;
    for (const w of words) {
      const sep = cur === '' || cur.endsWith(' ') ? '' : ' ';
      if (cur.length + sep.length + w.length <= width || cur.trim() === '' || cur === lead) {
        cur += sep + w;
        continue;
      }
      // A real hyphen at the end of a line ("Kultur- og") would read as a broken word.
      const room = width - cur.length - 2;
      if (
        /^\p{L}{6,}$/u.test(w) &&
        room >= 3 &&
        w.length - room >= 3 &&
        this.rng.chance(this.options.hyphenate)
      ) {
        const at = Math.min(room, w.length - 3);
        lines.push(cur + sep + w.slice(0, at) + '-');
        cur = w.slice(at);
        continue;
      }
      if (cur.endsWith('-')) {
        // Never end a line on a word that ends in a hyphen: keep it with the next word.
        cur += sep + w;
        continue;
      }
      lines.push(cur);
      cur = w;
    }
    if (cur !== '') lines.push(cur);
    return lines;
  }

  /** `keepLead`: the lead ("Forslag 7 ") is never letter-spaced, as in the corpus headings. */
  private emitPara(text: string, width: number, lead: string, keepLead: boolean): void {
    const leadWords = keepLead ? lead.split(' ').filter((w) => w !== '').length : 0;
    this.wrap(text, width, lead).forEach((line, i) => {
      this.emitBreakable([this.artefactLine(line, false, i === 0 ? leadWords : 0)]);
    });
  }

  private emitRow(label: string, cells: string[], template: boolean): void {
    const values = cells.join(' ');
    const wordCount = (t: string): number => t.split(' ').filter((w) => w !== '').length;
    if (label.trim() === '' || !this.rng.chance(this.options.wrapLabels)) {
      const line = [label, values].filter((s) => s !== '').join(' ');
      this.emitBreakable([this.artefactLine(line, template, 0, wordCount(label))]);
      return;
    }
    // Wrap the label in a narrow column, as the PDF's first column does.
    const width = Math.max(10, Math.floor(label.length * (0.35 + 0.45 * this.rng.next())));
    const parts = this.wrap(label, width, '');
    const valuesOnOwnLine = values !== '' && (parts.length === 1 || this.rng.chance(0.5));
    const lines: string[] = [];
    parts.forEach((p, i) => {
      const last = i === parts.length - 1;
      const text = last && !valuesOnOwnLine && values !== '' ? `${p} ${values}` : p;
      lines.push(this.artefactLine(text, template, 0, wordCount(p)));
      if (!last && this.rng.chance(this.options.blankLinesInTables)) lines.push('');
    });
    if (valuesOnOwnLine) lines.push(this.artefactLine(values, false, 0, 0));
    this.emitBreakable(lines);
  }
}
