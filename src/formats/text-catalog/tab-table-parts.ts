// The smaller parts of a 2021/2025 proposal: follow-up targets, consultations, affected
// administrations (checkbox grid), the innovation field, the risk level and the text sections.
import type {
  AffectedAdministration,
  Consultation,
  FollowUpTarget,
  Risk,
  TextSection,
  Warning,
} from '../../core/model.ts';
import { DANISH_MONTHS, danishMonth } from '../../core/danish-dates.ts';
import type { SourceLine } from './reader.ts';
import { administrationId, administrationsIn } from './tab-table-names.ts';
import { cleanLine, cleanText, isRuleRow, letterKey, type Row } from './tab-table.ts';

/** A line with a checkbox glyph. */
export function hasCheckbox(text: string): boolean {
  return text.includes('☒') || text.includes('☐');
}

const GROUP_ROWS = ['implementeringoganvendelseafinvesteringsmidler', 'realiseringafeffektiviseringer'];

export function isFollowUpTable(rows: Row[]): boolean {
  return rows.slice(0, 2).some((r) => r.cells.some((c) => /^hvordan måles/i.test(c)));
}

/** The four-column opfølgningsmål table, with its group rows and rows wrapped over two lines. */
export function readFollowUp(rows: Row[]): FollowUpTarget[] {
  const out: FollowUpTarget[] = [];
  let group: string | null = null;
  for (const row of rows) {
    if (isRuleRow(row) || row.cells.some((c) => /^hvordan måles/i.test(c))) continue;
    const [c0 = '', c1 = '', c2 = '', c3 = ''] = row.cells;
    const rest = row.cells.slice(1).filter((c) => c !== '');
    if (c0 === '' && rest.length === 0) continue;
    const last = out[out.length - 1];
    if (rest.length === 0) {
      if (GROUP_ROWS.includes(letterKey(c0)) || !last) {
        group = c0;
      } else {
        last.target = `${last.target} ${c0}`;
      }
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

function iso(y: number, m: number, d: number): string | null {
  // Only real calendar dates: "31-02-2020" is a misprint, not a date.
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first readable date in a Danish text ("28-05-2020", "17. april 2021", "22/1-2024"), as ISO. */
export function firstDate(text: string): string | null {
  const found: { at: number; date: string | null }[] = [];
  const numeric = /(\d{1,2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{4})/.exec(text);
  if (numeric)
    found.push({ at: numeric.index, date: iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1])) });
  const spaced = /(\d{1,2})\/(\d{1,2})\s+(\d{4})/.exec(text);
  if (spaced)
    found.push({ at: spaced.index, date: iso(Number(spaced[3]), Number(spaced[2]), Number(spaced[1])) });
  const named = new RegExp(`(\\d{1,2})\\.?\\s*(${DANISH_MONTHS.join('|')})\\s+(\\d{4})`, 'i').exec(text);
  if (named) {
    const m = danishMonth(named[2] ?? '') ?? 0;
    found.push({ at: named.index, date: iso(Number(named[3]), m, Number(named[1])) });
  }
  found.sort((a, b) => a.at - b.at);
  return found[0]?.date ?? null;
}

/** Rows of the "Hvem er hørt?" tables: CFØ approval and the bodies consulted. */
export function readConsultations(rows: Row[]): Consultation[] {
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
    out.push({ body, answer, date: firstDate(text), text: text === '' ? null : text, sourceLine: row.n });
  }
  return out;
}

/** A checkbox (☒ checked, ☐ not; HTML `<input>` boxes are turned into these by the text input) and its name. */
const BOX = /([☐☒])\s*([^☐☒\t]*)(?:\t+([^☐☒\t]*))?/g;

/**
 * "Berørte forvaltninger": the seven-box grid (☒/☐), a list of names whose
 * boxes the conversion lost, or names in the line itself. `at` is the index of that line.
 */
export function readAffected(
  lines: SourceLine[],
  at: number,
  stop: number,
  warnings: Warning[],
): AffectedAdministration[] {
  const out: AffectedAdministration[] = [];
  const seen = new Set<string>();
  const add = (name: string, checked: boolean, n: number): void => {
    const id = administrationId(cleanText(name));
    if (!id) {
      if (cleanText(name) !== '')
        warnings.push({ message: `Forvaltningen "${cleanText(name)}" er ukendt.`, sourceLine: n });
      return;
    }
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ administration: id, checked });
  };
  const head = lines[at]!;
  const inline = cleanText(head.text.replace(/^[^:]*:/, ''));
  let i = at;
  let boxes = 0;
  // The grid may start on the heading line itself.
  for (; i < stop; i++) {
    const l = lines[i]!;
    if (!hasCheckbox(l.text)) {
      if (i === at || l.text.trim() === '') continue;
      break;
    }
    for (const m of l.text.matchAll(BOX)) {
      const name = (m[2] ?? '').trim() !== '' ? (m[2] ?? '') : (m[3] ?? '');
      add(name, m[1] === '☒', l.n);
      boxes++;
    }
  }
  if (boxes > 0) return out;
  if (inline !== '') {
    for (const id of administrationsIn(inline)) {
      seen.add(id);
      out.push({ administration: id, checked: true });
    }
    return out;
  }
  // Names listed one per line without their boxes.
  let listed = 0;
  for (let j = at + 1; j < stop; j++) {
    const t = cleanLine(lines[j]!);
    if (t === '') continue;
    const id = administrationId(t);
    if (!id) break;
    if (!seen.has(id)) {
      seen.add(id);
      out.push({ administration: id, checked: true });
    }
    listed++;
  }
  if (listed > 0) {
    warnings.push({
      message:
        'Afkrydsningsfelterne ved "Berørte forvaltninger" er tabt i konverteringen; alle nævnte forvaltninger er sat som berørte (gæt).',
      sourceLine: head.n,
    });
  }
  return out;
}

/**
 * "Her angives om forslaget udspringer af et innovationsforslag": Ja/Nej. The conversion usually
 * loses the radio choice; then the answer is null and a warning says so.
 */
export function readInnovation(
  lines: SourceLine[],
  from: number,
  stop: number,
  warnings: Warning[],
): boolean | null {
  for (let i = from; i < stop; i++) {
    const l = lines[i]!;
    if (!/udspringer af et innovationsforslag/i.test(l.text)) continue;
    let answer: boolean | null = null;
    for (let j = i + 1; j < Math.min(stop, i + 8); j++) {
      const t = lines[j]!.text;
      if (/her angives/i.test(t)) break;
      const marked = /☒|checked|\[x\]/i.test(t);
      if (marked && /\bja\b/i.test(t)) answer = true;
      if (marked && /\bnej\b/i.test(t)) answer = false;
    }
    const inline = /innovationsforslag\s*[:?]?\s*(ja|nej)\b/i.exec(cleanLine(l));
    if (answer === null && inline) answer = inline[1]!.toLowerCase() === 'ja';
    if (answer === null) {
      warnings.push({
        message:
          'Feltet "udspringer af et innovationsforslag" har mistet sit valg (Ja/Nej) i konverteringen; det er ikke udfyldt.',
        sourceLine: l.n,
      });
    }
    return answer;
  }
  return null;
}

const LEVEL = /\b(lav til middel|middel til høj|lav-middel|lav|lille|middel|moderat|høj|stor)\b/i;

/** Risk text and its level word ("Den samlede risiko … vurderes … lav"). */
export function readRisk(section: TextSection | undefined): Risk | null {
  if (!section) return null;
  const sentences = section.text.split(/(?<=[.!?])\s+|\n+/);
  const candidates = sentences.filter(
    (s) =>
      /risiko/i.test(s) &&
      /vurder|anses|samlede? risiko|er (?:relativt )?(?:lav|lille|høj)/i.test(s) &&
      LEVEL.test(s),
  );
  const chosen = candidates.find((s) => /samlede? risiko/i.test(s)) ?? candidates[candidates.length - 1];
  const word = chosen ? (LEVEL.exec(chosen)?.[1] ?? null) : null;
  const level = word ? word.charAt(0).toUpperCase() + word.slice(1).toLowerCase() : null;
  return { level, text: section.text, sourceLine: section.sourceLine };
}

/** Section headings, matched by name (their numbers drift between proposals). */
const HEADINGS: [string, RegExp][] = [
  ['Beskrivelse af forslag', /^beskrivelseafforslag/],
  ['Baggrund og formål', /^baggrundogformål$/],
  ['Forslagets indhold', /^forslagetsindhold$/],
  ['Forslagets samlede økonomiske konsekvenser', /^forslagetssamledeøkonomiskekonsekvenser$/],
  ['Økonomi', /^økonomi$/],
  ['Effektivisering på administration', /^effektiviseringpåadministration$/],
  ['Fordeling på udvalg', /^fordelingpåudvalg$/],
  ['Implementering af forslaget', /^implementeringafforslaget$/],
  ['Implementering og opfølgning', /^implementeringogopfølgning$/],
  ['Inddragelse af samarbejdspartnere', /^inddragelseafsamarbejdspartnere$/],
  ['Forslagets effekt', /^(forslagets|investeringsforslagets)effekt(er)?$/],
  ['Opfølgning', /^opfølgning$/],
  ['Risikovurdering', /^risikovurdering$/],
  ['Hvem er hørt', /^hvemerhørt$/],
  ['Teknisk bilag', /^tekniskbilag$/],
  ['Tekniske tabeller til korrektioner i Kvantum', /^teknisketabellertilkorrektioner/],
  ['Bilagsoversigt', /^bilagsoversigt$/],
];

/** The canonical heading name of a heading line ("1.11 RISIKOVURDERING" → "Risikovurdering"). */
export function headingOf(text: string): string | null {
  if (text.length > 120 || text.includes('\t') || !/^\s*\d/.test(text)) return null;
  const m = /^\s*\d+(?:\.\d+)*\.?\s+(.{3,80})$/.exec(cleanText(text));
  if (!m) return null;
  const k = letterKey(m[1] ?? '');
  for (const [name, re] of HEADINGS) if (re.test(k)) return name;
  return null;
}

/** Lines that end a section without being one: "ADMINISTRATIVT BILAG TIL …", "Teknisk bilag". */
export function isDivider(text: string): boolean {
  if (text.length > 120 || !/bilag/i.test(text)) return false;
  return /^administrative?t? bilag/i.test(cleanText(text));
}

/** Every known section between `from` and `stop`, with its prose (tables left out). */
export function readSections(lines: SourceLine[], from: number, stop: number): TextSection[] {
  const out: TextSection[] = [];
  let current: { heading: string; n: number; parts: string[] } | null = null;
  const flush = (): void => {
    if (current)
      out.push({ heading: current.heading, text: current.parts.join('\n'), sourceLine: current.n });
    current = null;
  };
  for (let i = from; i < stop; i++) {
    const l = lines[i]!;
    const h = headingOf(l.text);
    if (h) {
      flush();
      current = { heading: h, n: l.n, parts: [] };
      continue;
    }
    if (isDivider(l.text)) {
      flush();
      continue;
    }
    if (!current || l.text.includes('\t')) continue;
    const t = cleanLine(l);
    if (t !== '') current.parts.push(t);
  }
  flush();
  return out;
}
