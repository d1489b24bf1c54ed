// One proposal, in any generation of the template, from its heading to the next: the fields found
// by the vocabulary all generations share (Kort resumé, Fremstillende forvaltning, Berørte
// forvaltninger, the numbered sections by name, the economic table, Opfølgningsmål, Risikovurdering,
// Hvem er hørt, the annex tables), each table read from its grid where the input kept one and from
// its text otherwise. Whatever expected part cannot be found or read is a warning.
import {
  emptyProposal,
  type AmountTable,
  type Consultation,
  type Proposal,
  type TextSection,
  type Warning,
} from '../../core/model.ts';
import { readGridAmountTable, readTextAmountTable, splitBlocks } from './amount-table.ts';
import { hasCheckbox, isAffectedGrid, readAffected, readYesNo } from './checkboxes.ts';
import { consultationsOfGrid, consultationsOfText, partnersOfProse } from './consultations.ts';
import { ECONOMY_TITLE, readEconomy } from './economy.ts';
import { FOLLOW_UP_TITLE, isFollowUpGrid, readFollowUpGrid, readFollowUpText } from './follow-up.ts';
import { isPreAnalysis, readPreAnalysis } from './foranalyse.ts';
import type { ProposalFrame } from './frames.ts';
import { findYearHeader, tableAt, type Row } from './grid.ts';
import { collapseLetterSpacing, isBlankText, joinWrapped, squashLine } from './letter-spacing.ts';
import { administrationsIn } from './names.ts';
import { contentIndexes, paragraphs } from './paragraphs.ts';
import { cleanLine, hasCells, letterKey, type SourceLine } from './reader.ts';
import { readRisk } from './risk.ts';
import { proposalWarner, type Warn } from './warn.ts';

/** Section headings by name (their numbers drift between proposals and generations). */
const SECTION_HEADINGS: [RegExp, string][] = [
  [/^beskrivelseafforslag/, 'Beskrivelse af forslag'],
  [/^baggrundogformål$/, 'Baggrund og formål'],
  [/^forslagetsindhold$/, 'Forslagets indhold'],
  [/^forslagetssamledeøkonomiskekonsekvenser$/, 'Forslagets samlede økonomiske konsekvenser'],
  [/^økonomi$/, 'Økonomi'],
  [/^effektiviseringpåadministration$/, 'Effektivisering på administration'],
  [/^fordelingpåudvalg$/, 'Fordeling på udvalg'],
  [/^implementeringafforslaget$/, 'Implementering af forslaget'],
  [/^implementeringogopfølgning$/, 'Implementering og opfølgning'],
  [/^inddragelseafsamarbejdspartnere$/, 'Inddragelse af samarbejdspartnere'],
  [/^inddragelse(oghøring)?/, 'Inddragelse og høring'],
  [/^(forslagets|investeringsforslagets)effekt(er)?$/, 'Forslagets effekt'],
  [/^opfølgning$/, 'Opfølgning'],
  [/^risikovurdering$/, 'Risikovurdering'],
  [/^hvemerhørt$/, 'Hvem er hørt?'],
  [/^tekniskbilag$/, 'Teknisk bilag'],
  [/^teknisketabellertilkorrektioner/, 'Tekniske tabeller til korrektioner i Kvantum'],
  [/^bilagsoversigt$/, 'Bilagsoversigt'],
];
const NUMBERED = /^\s*\d+(?:\s*\.\s*\d+)*\s*\.?\s*(?=\D)/;
const ANNEX = /^administrative?t?bilag/;

/** The section a heading line opens ("1.11 RISIKOVURDERING" → "Risikovurdering"), or null. */
export function sectionHeading(line: SourceLine): string | null {
  const t = line.text;
  if (t.length > 120 || hasCells(line)) return null;
  if (ANNEX.test(squashLine(line))) return 'Administrative bilag';
  const m = NUMBERED.exec(t);
  if (!m) return null;
  const rest = t.slice(m[0].length);
  if (rest.trim().length < 3 || rest.length > 100) return null;
  const key = letterKey(rest);
  for (const [re, name] of SECTION_HEADINGS) if (re.test(key)) return name;
  return null;
}

/** Where the template's first fields stand, squashed. */
const FIELD_LINE = /^(fremstillende|berørteforvaltning|børsteforvaltning|dersøges)/;

/** Reads one proposal of any generation. */
export function readProposal(
  lines: readonly SourceLine[],
  frame: ProposalFrame,
): { proposal: Proposal; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const warn = proposalWarner(warnings, frame.ref);
  const { start, end } = frame;
  const idx = contentIndexes(lines, frame.body, end);
  // Generation quirk: a pre-analysis (Problemstilling, Analysedesign …) has its own short template.
  if (isPreAnalysis(lines, idx)) {
    const p = readPreAnalysis(lines, frame.start, frame.body, end, frame.ref, frame.title, warn);
    return { proposal: p, warnings };
  }
  const p = emptyProposal(frame.ref, frame.title, 'effektivisering');
  p.sourceLines = [lines[start]!.n, lines[end - 1]!.n];
  const found = new Set<string>(); // the parts whose heading or label stands in the text

  // Sections by heading.
  const headings: { at: number; name: string }[] = [];
  idx.forEach((i, at) => {
    const name = sectionHeading(lines[i]!);
    if (name) headings.push({ at, name });
  });
  const firstSection = headings[0]?.at ?? idx.length;

  readHeaderFields(lines, idx, firstSection, end, p, found, warn);

  headings.forEach((h, k) => {
    const to = headings[k + 1]?.at ?? idx.length;
    const section: TextSection = {
      heading: h.name,
      text: paragraphs(lines, idx.slice(h.at + 1, to))
        .map((x) => x.text)
        .join('\n\n'),
      sourceLine: lines[idx[h.at]!]!.n,
    };
    p.sections.push(section);
    found.add(h.name);
  });

  // The economic table: by its title, or a grid whose header names the budget-area column.
  const econ = idx.findIndex((i) => !hasCells(lines[i]!) && ECONOMY_TITLE.test(squashLine(lines[i]!)));
  // The lines the economic table took: its grid is not read again as another table.
  let economyLines: [number, number] | null = null;
  if (econ >= 0) {
    found.add('economy');
    const r = readEconomy(lines, idx[econ]!, end, warn);
    p.economy = r.economy;
    economyLines = [idx[econ]!, r.end];
  }

  // Tables whose grid the input kept.
  const detail: AmountTable[] = [];
  let detailCount = 0;
  const gridConsultations: Consultation[] = [];
  for (let i = frame.body; i < end;) {
    const table = tableAt(lines, i, end);
    if (!table) break;
    i = Math.max(table.end, table.start + 1);
    const rows = table.rows;
    if (rows.length === 0) continue;
    if (rows.some((r) => r.cells.some(hasCheckbox))) continue; // the checkbox grid
    if (economyLines && table.start >= economyLines[0] && table.start < economyLines[1]) continue;
    if (isEconomyGrid(rows) && p.economy === null && economyLines === null) {
      found.add('economy');
      p.economy = readEconomy(lines, table.start - 1, table.end, warn).economy;
      economyLines = [table.start, table.end];
      continue;
    }
    if (isFollowUpGrid(rows)) {
      found.add('followUp');
      p.followUp.push(...readFollowUpGrid(rows));
      continue;
    }
    const section = sectionAt(headings, idx, table.start);
    const hasYears = findYearHeader(rows) !== null;
    if (
      !hasYears &&
      (section === 'Hvem er hørt?' ||
        rows.slice(0, 1).some((r) => r.cells.some((c) => /^ja\s*\/\s*nej/i.test(c))))
    ) {
      gridConsultations.push(...consultationsOfGrid(rows));
      continue;
    }
    const caption = captionAbove(lines, table.start, frame.body);
    if (
      /varige ændringer,? administration/i.test(caption.title) ||
      letterKey(rows[0]?.cells[0] ?? '').startsWith('nettoeffektpåadministrative')
    ) {
      const t = readGridAmountTable(
        rows,
        'administration',
        caption.title || 'Varige ændringer, administration',
        warn,
        caption.above,
      );
      if (t && p.administrationEffect === null) p.administrationEffect = t;
      continue;
    }
    const kid = caption.title ? annexTableId(caption.title) : null;
    if (kid) {
      const t = readGridAmountTable(rows, kid, caption.title, warn, caption.above);
      if (t) p.kvantumTables.push(t);
      else warn('table.no-years', { title: caption.title }, caption.n);
      continue;
    }
    // A table printed in two blocks with their own unit and years (2025 Forslag 7, Tabel 4:
    // "løbende p/l" then "2025 p/l") becomes two tables, so each keeps its price level.
    const id = detailId(caption.title, ++detailCount);
    splitBlocks(rows).forEach((block, b) => {
      const t = readGridAmountTable(
        block,
        b === 0 ? id : `${id}.${b + 1}`,
        caption.title,
        warn,
        caption.above,
      );
      if (t) detail.push(t);
    });
  }
  if (detail.length > 0) p.detailTables = detail;

  // Tables printed as text (the 2026 conversion, pdftotext): found by their titles.
  const titled = (re: RegExp) => idx.findIndex((i) => !hasCells(lines[i]!) && re.test(squashLine(lines[i]!)));
  const follow = titled(FOLLOW_UP_TITLE);
  if (follow >= 0) found.add('followUp');
  if (p.followUp.length === 0 && follow >= 0 && !gridFollows(lines, idx, follow))
    p.followUp = readFollowUpText(lines, idx, follow, warn);
  const admin = titled(/^tabel\d+[.:]?varigeændringer,?administration/);
  if (p.administrationEffect === null && admin >= 0 && !gridFollows(lines, idx, admin))
    p.administrationEffect = readTextAmountTable(
      lines,
      idx,
      admin,
      'administration',
      'Varige ændringer, administration',
      warn,
    );
  const heard = consultationsOfText(lines, idx);
  p.consultations = [...gridConsultations, ...heard.consultations];
  p.partners = heard.partners;
  if (!heard.partnerTable)
    p.partners = partnersOfProse(lines, frame.body, end, (l) => sectionHeading(l) !== null);
  // The 2021 template has no partner table: its "Inddragelse af samarbejdspartnere" section says it.
  if (p.partners.length === 0) {
    const s = p.sections.find((x) => x.heading === 'Inddragelse af samarbejdspartnere');
    if (s && s.text !== '') p.partners = s.text.split(/\n+/);
  }

  p.kind = kindOf(lines, idx, frame, p);
  const risk = p.sections.find((s) => s.heading === 'Risikovurdering');
  p.risk = risk ? readRisk(risk) : null;
  p.innovationOrigin = readYesNo(
    lines,
    idx,
    /udspringeraf(et)?innovationsforslag/,
    'udspringer af et innovationsforslag',
    warn,
  );
  readSufVariant(lines, idx, p, warn);
  missingParts(p, found, warn);
  return { proposal: p, warnings };
}

/** Summary, presenting and affected administrations: the fields before the first section. */
function readHeaderFields(
  lines: readonly SourceLine[],
  idx: readonly number[],
  stop: number,
  end: number,
  p: Proposal,
  found: Set<string>,
  warn: Warn,
): void {
  const sq = (k: number) => squashLine(lines[idx[k]!]!);
  for (let k = 0; k < stop; k++) {
    const i = idx[k]!;
    const line = lines[i]!;
    const s = sq(k);
    if (p.summary === null && s.startsWith('kortresumé')) {
      found.add('summary');
      const parts = [line.text.replace(/^\s*K\s*o\s*r\s*t\s+r\s*e\s*s\s*u\s*m\s*é\s*:?/i, '')];
      for (let q = k + 1; q < stop; q++) {
        const t = sq(q);
        if (FIELD_LINE.test(t) || hasCheckbox(lines[idx[q]!]!.text)) break;
        parts.push(lines[idx[q]!]!.text);
      }
      p.summary = joinWrapped(parts) || null;
    } else if (p.presentingAdministrations.length === 0 && s.startsWith('fremstillende')) {
      found.add('presenting');
      // The name on the label's line or the next ("Fremstillende" / "forvaltning:" / "Børne- og …").
      const texts: string[] = [];
      for (let q = k; q < stop && q < k + 8; q++) {
        const t = lines[idx[q]!]!.text;
        const rest = sq(q)
          .replace(/^fremstillende/, '')
          .replace(/^forvaltning(er)?:?/, '');
        if (rest === '') continue;
        texts.push(t);
        if (administrationsIn(t).length > 0 || texts.length >= 2) break;
      }
      const named = cleanLine({ n: 0, text: texts.join(' ') }).replace(
        /^\s*fremstillende\s*(forvaltning(er)?)?\s*:?\s*/i,
        '',
      );
      p.presentingAdministrations = administrationsIn(named);
      if (p.presentingAdministrations.length === 0)
        warn('proposal.presenting-unknown', { text: collapseLetterSpacing(named) }, line.n);
    } else if (
      p.affectedAdministrations.length === 0 &&
      (/^(berørte|børste)forvaltning/.test(s) || isAffectedGrid(line))
    ) {
      p.affectedAdministrations = readAffected(lines, i, end, warn);
    }
  }
}

/** Generation quirk, SUF's variant: affected units and the service-degradation box. */
function readSufVariant(lines: readonly SourceLine[], idx: readonly number[], p: Proposal, warn: Warn): void {
  const at = (re: RegExp) => idx.findIndex((i) => re.test(squashLine(lines[i]!)));
  const units = at(/^områder\/enheder,?derberøres/);
  if (units >= 0) {
    const body: number[] = [];
    for (let r = units + 1; r < idx.length && r < units + 12; r++) {
      if (/^forslagetvilmedføre|^\d\./.test(squashLine(lines[idx[r]!]!))) break;
      body.push(idx[r]!);
    }
    p.sections.push({
      heading: 'Områder/enheder der berøres',
      text: paragraphs(lines, body)
        .map((x) => x.text)
        .join('\n\n'),
      sourceLine: lines[idx[units]!]!.n,
    });
  }
  const question = /^forslagetvilmedføreenserviceforringelse/;
  const degradation = readYesNo(lines, idx, question, 'medfører en serviceforringelse', warn);
  if (degradation !== null) {
    p.sections.push({
      heading: 'Serviceforringelse',
      text: degradation ? 'Ja' : 'Nej',
      sourceLine: lines[idx[at(question)]!]!.n,
    });
  }
}

/**
 * Investment or efficiency proposal: the annex heading says it ("Administrative bilag til
 * (tværgående) investeringsforslag"), the 2021 pool template holds investment proposals only;
 * otherwise implementation costs make an investment proposal.
 */
function kindOf(
  lines: readonly SourceLine[],
  idx: readonly number[],
  frame: ProposalFrame,
  p: Proposal,
): Proposal['kind'] {
  if (frame.pool2021) return 'investering';
  for (const i of idx) {
    const s = squashLine(lines[i]!);
    if (!ANNEX.test(s)) continue;
    if (/tilinvesteringsforslag|tiltværgåendeinvesteringsforslag/.test(s)) return 'investering';
    if (/tileffektiviseringsforslag|tiltværgåendeeffektiviseringsforslag/.test(s)) {
      const e = p.economy;
      // A 2026 efficiency annex over an economy with implementation costs: the numbers decide.
      if (
        !e ||
        (e.lines.every((l) => l.section !== 'implementering') &&
          Object.keys(e.stated.implementationCost).length === 0)
      )
        return 'effektivisering';
    }
  }
  const e = p.economy;
  const implementation =
    !!e &&
    (e.lines.some((l) => l.section === 'implementering') ||
      Object.values(e.stated.implementationCost).some((v) => v !== 0));
  return implementation ? 'investering' : 'effektivisering';
}

/** The parts the template expects, by kind; a warning for each that was not found or not read. */
function missingParts(p: Proposal, found: ReadonlySet<string>, warn: Warn): void {
  const line = p.sourceLines[0] ?? null;
  const parts: [string, boolean, string][] = [
    ['summary', (p.summary ?? '').trim() !== '', 'Kort resumé'],
    ['presenting', p.presentingAdministrations.length > 0, 'Fremstillende forvaltning'],
    ['economy', p.economy !== null, 'økonomitabellen (Forslagets samlede økonomiske konsekvenser)'],
    ['Risikovurdering', p.risk !== null, 'Risikovurdering'],
    ['Hvem er hørt?', p.consultations.length > 0, 'Hvem er hørt'],
  ];
  if (p.kind === 'investering') parts.push(['followUp', p.followUp.length > 0, 'Opfølgningsmål']);
  for (const [key, present, part] of parts) {
    if (present) continue;
    if (found.has(key)) warn('proposal.part-unreadable', { part }, line);
    else warn('proposal.part-missing', { part }, line);
  }
}

function isEconomyGrid(rows: readonly Row[]): boolean {
  return rows.slice(0, 3).some((r) => r.cells.some((c) => letterKey(c).startsWith('styringsomr')));
}

/** The section the line with index `line` stands in. */
function sectionAt(
  headings: readonly { at: number; name: string }[],
  idx: readonly number[],
  line: number,
): string | null {
  let name: string | null = null;
  for (const h of headings) {
    if (idx[h.at]! > line) break;
    name = h.name;
  }
  return name;
}

/** Whether the next non-blank line after idx[k] belongs to a grid (the table's cells follow its title). */
function gridFollows(lines: readonly SourceLine[], idx: readonly number[], k: number): boolean {
  for (let r = k + 1; r < idx.length && r < k + 6; r++) {
    const l = lines[idx[r]!]!;
    if (isBlankText(l.text)) continue;
    if (hasCells(l)) return true;
    if (!/kr|p\/l/i.test(l.text)) return false;
  }
  return false;
}

/** The "Tabel …" caption just above a grid (within a few lines), the lines between, or a heading. */
function captionAbove(
  lines: readonly SourceLine[],
  start: number,
  floor: number,
): { title: string; n: number | null; above: string[] } {
  const above: string[] = [];
  for (let i = start - 1; i >= Math.max(floor, start - 4); i--) {
    const t = cleanLine(lines[i]!);
    if (t === '') continue;
    if (/^(tabel|table|tablet)\b/i.test(t) || sectionHeading(lines[i]!))
      return { title: t, n: lines[i]!.n, above };
    // A unit line between caption and grid ("1.000 kr. 2026 p/l").
    if (/kr\.?.*p\s*\/\s*[l1]\b/i.test(t) && t.length < 40) {
      above.unshift(t);
      continue;
    }
    return { title: '', n: null, above };
  }
  return { title: '', n: null, above };
}

function detailId(title: string, k: number): string {
  if (/fordeling på udvalg/i.test(title)) return 'fordeling';
  const m = /^(?:tabel|table|tablet)\s*([\w.]+?)\.?(?:\s|$)/i.exec(title);
  return m?.[1] ? `detail-${m[1]}` : `detail-${k}`;
}

/**
 * Which Kvantum or annex table a caption names: "Tabel A. Måltalseffekt …" (2025) → "A"; the
 * 2021 technical annex by its words, whatever its number ("Tabel 1.13", "Tabel 4", "Tabel.") →
 * "1.13" … "1.17"; null for other tables.
 */
export function annexTableId(title: string): string | null {
  const letter = /^(?:tabel|table)\s+([A-E])\b/i.exec(title.trim());
  if (letter) return (letter[1] ?? '').toUpperCase();
  const t = title.toLowerCase();
  if (/effektivisering samt varige driftsomkostninger/.test(t)) return '1.13';
  if (/målta\w*\s*effekt/.test(t)) return '1.14';
  if (/bevillingsmæssig effekt.*ikke/.test(t)) return '1.16';
  if (/bevillingsmæssig effekt/.test(t)) return '1.15';
  if (/fordeling af anlægsinvesteringer/.test(t)) return '1.17';
  return null;
}
