// "Hvem er hørt?": Center for Økonomi's approval, the bodies consulted (IT-kredsen, HR-kredsen,
// MED-udvalg …) and the partners involved. A grid row is body | Ja/Nej | date or text; printed as
// text a row is "IT-kredsen Ja Forslaget har været i høring …", the body often wrapped in its
// narrow column. Partners are a table (2026), the prose under "Relevante samarbejdspartnere"
// (2025) or the section "Inddragelse af samarbejdspartnere" (2021).
import { parseDanishDate } from '../../core/danish-dates.ts';
import type { Consultation } from '../../core/model.ts';
import { isRuleRow, type Row } from './grid.ts';
import { collapseLetterSpacing, isBlankText, joinWrapped, squash, squashLine } from './letter-spacing.ts';
import { paragraphs } from './paragraphs.ts';
import { cleanLine, hasCells, type SourceLine } from './reader.ts';

// \p{…} patterns as module constants (see letter-spacing.ts: inside a function tsx rebuilds them per call).
/** The wrapped end of a consultation body, then its answer ("dering Ja …"). */
const LOWER_BODY_THEN_ANSWER = /^\p{Ll}[^.]{0,40}?\s(Ja|Nej)\b/u;
/** The wrapped end of a consultation body alone on its line ("vurdering"). */
const LOWER_BODY_LINE = /^\p{Ll}[^.]{0,40}$/u;

/** Consultation rows of a grid table: body, Ja/Nej, the rest as text (its first date read). */
export function consultationsOfGrid(rows: readonly Row[]): Consultation[] {
  const out: Consultation[] = [];
  for (const row of rows) {
    if (isRuleRow(row)) continue;
    if (row.cells.some((c) => /ja\s*\/\s*nej|^dato for/i.test(c)) && row.cells[0] === '') continue;
    const body = row.cells[0] ?? '';
    if (body === '') continue;
    const rest = row.cells.slice(1).filter((c) => c !== '');
    let answer: 'ja' | 'nej' | null = null;
    const first = rest[0] ?? '';
    if (/^(ja|nej)\.?$/i.test(first)) {
      answer = first.toLowerCase().startsWith('j') ? 'ja' : 'nej';
      rest.shift();
    }
    const text = rest.join(' ').trim();
    out.push({
      body,
      answer,
      date: parseDanishDate(text),
      text: text === '' ? null : text,
      sourceLine: row.n,
    });
  }
  return out;
}

/** Where a table printed as text ends: the next table title or numbered section. */
function tableEnd(lines: readonly SourceLine[], idx: readonly number[], from: number): number {
  for (let r = from + 1; r < idx.length; r++)
    if (/^tabel\d|^\d\.[a-zæøå]/.test(squashLine(lines[idx[r]!]!))) return r;
  return idx.length;
}

const find = (lines: readonly SourceLine[], idx: readonly number[], re: RegExp) =>
  idx.findIndex((i) => re.test(squashLine(lines[i]!)));

/**
 * The consultation tables printed as text (2026): "Tabel 4. Godkendelse af Center for Økonomi",
 * "Tabel 6. Høring og inddragelse af kredse og udvalg", and the partners of "Tabel 5. Inddragede
 * samarbejdspartnere".
 */
export function consultationsOfText(
  lines: readonly SourceLine[],
  idx: readonly number[],
): { consultations: Consultation[]; partners: string[]; partnerTable: boolean } {
  const consultations: Consultation[] = [];
  const partners: string[] = [];
  // CFØ approval.
  const cfo = find(lines, idx, /^tabel\d+[.:]?godkendelseafcenterforøkonomi/);
  if (cfo >= 0) {
    const rows = idx.slice(cfo + 1, tableEnd(lines, idx, cfo)).filter((i) => !hasCells(lines[i]!));
    for (const i of rows) {
      const t = collapseLetterSpacing(lines[i]!.text);
      const m = /(?:^|\s)(Ja|Nej)\b\s*(.*)$/.exec(t);
      if (m && !/ja\/nej/.test(squash(t))) {
        consultations.push({
          body: 'Center for Økonomi',
          answer: m[1]!.toLowerCase() === 'ja' ? 'ja' : 'nej',
          date: parseDanishDate(m[2] ?? ''),
          text: (m[2] ?? '').trim() || null,
          sourceLine: lines[i]!.n,
        });
        break;
      }
    }
    // The CFØ row printed without an answer (not yet approved): the body is there, the answer unknown.
    if (consultations.length === 0) {
      const body = rows.find((i) => /^centerforøkonomi/.test(squashLine(lines[i]!)));
      if (body !== undefined) {
        consultations.push({
          body: 'Center for Økonomi',
          answer: null,
          date: null,
          text: null,
          sourceLine: lines[body]!.n,
        });
      }
    }
  }
  // Partners.
  const part = find(lines, idx, /^tabel\d+[.:]?inddragedesamarbejdspartnere/);
  if (part >= 0) {
    for (const para of paragraphs(lines, idx.slice(part + 1, tableEnd(lines, idx, part)))) {
      if (/^relevantesamarbejdspartnere/.test(squash(para.text))) continue;
      if (/^ikkerelevant\.?$/.test(squash(para.text))) continue;
      partners.push(para.text);
    }
  }
  // Bodies heard: "IT-kredsen Ja Forslaget har været i høring …".
  const bodies = find(lines, idx, /^tabel\d+[.:]?høringoginddragelse/);
  if (bodies >= 0) {
    let current: Consultation | null = null;
    const rows = idx
      .slice(bodies + 1, tableEnd(lines, idx, bodies))
      .filter((i) => !isBlankText(lines[i]!.text) && !hasCells(lines[i]!));
    for (let r = 0; r < rows.length; r++) {
      const i = rows[r]!;
      let t = collapseLetterSpacing(lines[i]!.text);
      if (t === '' || /^ja\/nej/.test(squash(t))) continue;
      if (/^ikke relevant\.?$/i.test(t)) continue;
      // A body standing alone with "Ja …"/"Nej …" on the next line.
      const next = rows[r + 1] !== undefined ? collapseLetterSpacing(lines[rows[r + 1]!]!.text) : '';
      if (!/\s(Ja|Nej)\b/.test(t) && /^(Ja|Nej)\b/.test(next) && t.length < 80) {
        t = `${t} ${next}`;
        r++;
      } else if (
        // A body wrapped in its narrow column ("Velfærdsanalytisk" / "vurdering Ja …", a blank line
        // between at times): a new paragraph, the next line in lower case with the answer after a few words.
        !/\s(Ja|Nej)\b/.test(t) &&
        t.length < 80 &&
        (r === 0 || rows[r - 1]! !== i - 1) &&
        LOWER_BODY_THEN_ANSWER.test(next)
      ) {
        t = joinWrapped([t, next]); // "Ejendomsfaglig vur-" / "dering Ja …"
        r++;
      } else if (
        // The body wrapped over two lines above its "Ja …" line ("Velfærdsanalytisk" / "vurdering" / "Ja …").
        !/\s(Ja|Nej)\b/.test(t) &&
        t.length < 80 &&
        (r === 0 || rows[r - 1]! !== i - 1) &&
        LOWER_BODY_LINE.test(next) &&
        !/\s(Ja|Nej)\b/.test(next) &&
        rows[r + 2] !== undefined &&
        /^(Ja|Nej)\b/.test(collapseLetterSpacing(lines[rows[r + 2]!]!.text))
      ) {
        t = `${joinWrapped([t, next])} ${collapseLetterSpacing(lines[rows[r + 2]!]!.text)}`;
        r += 2;
      }
      const m = /^(.*?)\s+(Ja|Nej)\b\s*(.*)$/.exec(t);
      if (m && (m[1] ?? '').length > 1 && (m[1] ?? '').length < 80) {
        current = {
          body: m[1]!.trim(),
          answer: m[2] === 'Ja' ? 'ja' : 'nej',
          date: parseDanishDate(m[3] ?? ''),
          text: (m[3] ?? '').trim() || null,
          sourceLine: lines[i]!.n,
        };
        consultations.push(current);
      } else if (current) {
        current.text = current.text ? `${current.text} ${t}` : t;
        current.date ??= parseDanishDate(t);
      }
    }
  }
  return { consultations, partners, partnerTable: part >= 0 };
}

/**
 * "Relevante samarbejdspartnere i kommunen, der er inddraget": the prose below that caption up to
 * the next table or heading. Template instructions ("Beskriv, hvordan …") and their example list
 * are left out: they are the template's words, not the proposal's.
 */
export function partnersOfProse(
  lines: readonly SourceLine[],
  start: number,
  end: number,
  isHeading: (line: SourceLine) => boolean,
): string[] {
  const out: string[] = [];
  let at = -1;
  for (let i = start; i < end; i++) {
    const l = lines[i]!;
    if (/relevante samarbejdspartnere/i.test(l.text) && /^relevante samarbejdspartnere/i.test(cleanLine(l))) {
      at = i;
      break;
    }
  }
  if (at < 0) return out;
  let skippingExamples = false;
  for (let i = at + 1; i < end; i++) {
    const l = lines[i]!;
    if (hasCells(l) || isHeading(l)) break;
    const t = cleanLine(l);
    if (t === '') continue;
    if (/^(beskriv|slet herunder)/i.test(t)) {
      skippingExamples = /fx være:?$/i.test(t);
      continue;
    }
    if (skippingExamples && /^[-•]/.test(t)) continue;
    skippingExamples = false;
    if (/^ikke relevant\.?$/i.test(t)) continue;
    out.push(t.replace(/^[-•]\s*/, ''));
  }
  return out;
}
