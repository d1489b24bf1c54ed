// One proposal of the 2026 generation, from its heading "Forslag N <title>" to the next one:
// summary, presenting administration, text sections by heading, the economic table, follow-up
// targets, risk, innovation origin, administration effect and the consultation tables.
import type {
  AmountTable,
  Consultation,
  FollowUpTarget,
  Proposal,
  TextSection,
  Warning,
} from '../../core/model.ts';
import { DANISH_MONTHS } from '../../core/danish-dates.ts';
import { isFollowUpWhen } from '../../core/follow-up-when.ts';
import { emptyProposal } from '../../core/model.ts';
import { administrationIds } from './administrations.ts';
import { bannerAt } from './banners.ts';
import { ECONOMY_TITLE, readEconomy } from './economy-2026.ts';
import {
  collapsedLine,
  collapseLetterSpacing,
  HYPHEN_AT_END,
  isBlankText,
  joinCollapsed,
  joinWrapped,
  squash,
  squashLine,
  STARTS_LOWER,
} from './letter-spacing.ts';
import { followUpRows, type Cell } from './follow-up-rows.ts';
import { placeRows } from './placement.ts';
import type { SourceLine } from './reader.ts';
import { splitRow, yearsOf } from './table-rows.ts';

/** "Forslag 12 Samlokalisering …" at the start of a line (the outline's lines start with a tab). */
export const PROPOSAL_HEADING = /^ ?Forslag\s+(\d{1,5})\b\s*[-–]?\s*(.*)$/;

// \p{…} patterns as module constants (see letter-spacing.ts: inside a function tsx rebuilds them per call).
const BLANKS_THEN_LOWER = /^\s*\p{Ll}/u;
const STARTS_LOWER_OR_PAREN = /^[\p{Ll}(]/u;
/** The wrapped end of a consultation body, then its answer ("dering Ja …"). */
const LOWER_BODY_THEN_ANSWER = /^\p{Ll}[^.]{0,40}?\s(Ja|Nej)\b/u;
/** The wrapped end of a consultation body alone on its line ("vurdering"). */
const LOWER_BODY_LINE = /^\p{Ll}[^.]{0,40}$/u;

/** Numbered section headings of the template, matched on squashed text. */
const SECTION_HEADINGS: [RegExp, string][] = [
  [/^1\.beskrivelse/, 'Beskrivelse af forslag'],
  [/^2\.økonomi/, 'Økonomi'],
  [/^3\.implementeringogopfølgning/, 'Implementering og opfølgning'],
  [/^3\.opfølgning/, 'Opfølgning'],
  [/^[34]\.risikovurdering/, 'Risikovurdering'],
  [/^5\.effektiviseringpåadministration/, 'Effektivisering på administration'],
  [/^6\.hvemerhørt/, 'Hvem er hørt?'],
  [/^6\.inddragelse/, 'Inddragelse og høring'],
  [/^administrativ(e)?bilag/, 'Administrative bilag'],
];
/** What every one of SECTION_HEADINGS starts with: one test rules a line out for all of them. */
const SECTION_HEADING_START = /^(?:[1-6]\.|administrativ)/;

interface Ctx {
  lines: readonly SourceLine[];
  start: number;
  end: number;
  warnings: Warning[];
}

/** The proposal's lines without page banners, as indexes into `lines`. */
function contentIndexes(ctx: Ctx): number[] {
  const out: number[] = [];
  for (let i = ctx.start; i < ctx.end; i++) {
    const b = bannerAt(ctx.lines, i);
    if (b) {
      i += b.lines - 1;
      continue;
    }
    out.push(i);
  }
  return out;
}

/**
 * Paragraphs: runs of non-blank lines. A page banner (a gap in `idx`) with blank lines around it
 * does not end a paragraph when the text after it starts in lower case: the page broke a sentence
 * or a hyphenated word ("samtykkeskab-" / banner / "elonerne"), which is joined again.
 */
function paragraphs(lines: readonly SourceLine[], idx: number[]): { text: string; first: number }[] {
  const out: { text: string; first: number }[] = [];
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
    if (ended && !(acrossBanner && BLANKS_THEN_LOWER.test(l.text))) close();
    ended = false;
    acrossBanner = false;
    if (parts.length === 0) first = l.n;
    parts.push(collapsedLine(l));
  }
  close();
  return out;
}

/** "29. januar 2025" or "29.01.2025" → "2025-01-29"; null when there is no readable date. */
export function danishDate(text: string): string | null {
  // Letter-spaced digits ("2 9 .  januar 2 0 2 5") are joined first.
  const s = collapseLetterSpacing(text)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/(\d) (?=\d)/g, '$1')
    .replace(/(\d) \./g, '$1.');
  let m = /(\d{1,2})\.\s*([a-zæøå]+)\s+(\d{4})/.exec(s);
  if (m) {
    const month = (DANISH_MONTHS as readonly string[]).indexOf(m[2] ?? '');
    if (month >= 0) return `${m[3]}-${String(month + 1).padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
  }
  m = /(\d{1,2})[./-](\d{1,2})[./-](\d{4})/.exec(s);
  if (m) return `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
  return null;
}

export function readProposal(
  lines: readonly SourceLine[],
  start: number,
  end: number,
): { proposal: Proposal; warnings: Warning[] } {
  const ctx: Ctx = { lines, start, end, warnings: [] };
  const warn = (message: string, sourceLine: number | null) => ctx.warnings.push({ message, sourceLine });
  const head = PROPOSAL_HEADING.exec(lines[start]!.text)!;
  const ref = `Forslag ${head[1]}`;
  const idx = contentIndexes(ctx);
  const sq = (i: number) => squashLine(lines[i]!);

  // Title: the heading plus its wrapped lines up to "Kort resumé".
  const titleParts = [head[2] ?? ''];
  let k = 1;
  for (; k < idx.length && k < 6; k++) {
    const s = sq(idx[k]!);
    if (s.startsWith('kortresumé') || s.startsWith('fremstillende')) break;
    if (s !== '') titleParts.push(lines[idx[k]!]!.text);
  }
  const title = joinWrapped(titleParts).replace(/\s*\(\d\)$/, '');
  const proposal = emptyProposal(ref, title, 'effektivisering');
  proposal.sourceLines = [lines[start]!.n, lines[end - 1]!.n];

  // Summary and presenting administration.
  const at = (re: RegExp, from = 0) => idx.findIndex((i, p) => p >= from && re.test(sq(i)));
  const resume = at(/^kortresumé/);
  const fremst = at(/^fremstillende/);
  if (resume >= 0) {
    const stopAt = fremst > resume ? fremst : Math.min(idx.length, resume + 15);
    const parts = idx.slice(resume, stopAt).map((i) => lines[i]!.text);
    parts[0] = (parts[0] ?? '').replace(/^\s*K\s*o\s*r\s*t\s+r\s*e\s*s\s*u\s*m\s*é\s*:?/i, '');
    proposal.summary = joinWrapped(parts) || null;
  } else warn(`${ref}: "Kort resumé" findes ikke.`, lines[start]!.n);
  if (fremst >= 0) {
    const texts: string[] = [];
    for (let p = fremst; p < idx.length && p < fremst + 8; p++) {
      const t = lines[idx[p]!]!.text;
      const s = sq(idx[p]!)
        .replace(/^fremstillende/, '')
        .replace(/^forvaltning(er)?:?/, '');
      if (s === '') continue;
      texts.push(t);
      if (administrationIds(t).length > 0 || texts.length >= 2) break;
    }
    proposal.presentingAdministrations = administrationIds(texts.join(' '));
    if (proposal.presentingAdministrations.length === 0) {
      warn(
        `${ref}: den fremstillende forvaltning "${collapseLetterSpacing(texts.join(' '))}" er ikke genkendt.`,
        lines[idx[fremst]!]!.n,
      );
    }
  } else warn(`${ref}: "Fremstillende forvaltning" findes ikke.`, lines[start]!.n);

  // Sections by heading.
  const headings: { p: number; name: string }[] = [];
  idx.forEach((i, p) => {
    const s = sq(i);
    if (!SECTION_HEADING_START.test(s)) return;
    for (const [re, name] of SECTION_HEADINGS) if (re.test(s)) headings.push({ p, name });
  });
  headings.forEach((h, n) => {
    const to = headings[n + 1]?.p ?? idx.length;
    const body = idx.slice(h.p + 1, to);
    const section: TextSection = {
      heading: h.name,
      text: paragraphs(lines, body)
        .map((x) => x.text)
        .join('\n\n'),
      sourceLine: lines[idx[h.p]!]!.n,
    };
    proposal.sections.push(section);
  });

  // Economy.
  const econ = at(ECONOMY_TITLE);
  if (econ >= 0) {
    const e = readEconomy(lines, idx[econ]!, end);
    proposal.economy = e.economy;
    for (const w of e.warnings) warn(`${ref}: ${w.message}`, w.sourceLine);
  } else
    warn(
      `${ref}: økonomitabellen ("Forslagets samlede økonomiske konsekvenser") findes ikke.`,
      lines[start]!.n,
    );

  // Kind: an implementation section or the investment annex makes an investment proposal.
  const hasImplementation =
    !!proposal.economy &&
    (proposal.economy.lines.some((l) => l.section === 'implementering') ||
      Object.keys(proposal.economy.stated.implementationCost).length > 0);
  const investmentAnnex = idx.some((i) => /^administrativ(e)?bilagtilinvesteringsforslag/.test(sq(i)));
  proposal.kind = hasImplementation || investmentAnnex ? 'investering' : 'effektivisering';

  // Risk: the section text and its level word.
  const risk = proposal.sections.find((s) => s.heading === 'Risikovurdering');
  if (risk) {
    // Matched on squashed text: the level word is often letter-spaced ("Lav til m idde l").
    const head = squash(risk.text.slice(0, 40));
    const LEVELS: [string, string][] = [
      ['lavtilmiddel', 'Lav til middel'],
      ['middeltilhøj', 'Middel til høj'],
      ['lav', 'Lav'],
      ['middel', 'Middel'],
      ['mellem', 'Mellem'],
      ['høj', 'Høj'],
    ];
    let level: string | null =
      LEVELS.find(([w]) => head.startsWith(w) && !/^[a-zæøå]/.test(head.slice(w.length)))?.[1] ?? null;
    if (!level) {
      const m =
        /\brisiko(?:en)?\s+(?:vurderes\s+(?:at\s+være\s+|som\s+)?|er\s+)(lav til middel|middel til høj|lav|middel|mellem|høj)\b/i.exec(
          risk.text,
        );
      level = m ? capitalise(m[1] ?? '') : null;
    }
    proposal.risk = { level, text: risk.text, sourceLine: risk.sourceLine };
  }

  proposal.innovationOrigin = readInnovation(lines, idx, ref, warn);
  // Sundheds- og Omsorgsforvaltningen's variant: affected units and the service-degradation box.
  const units = at(/^områder\/enheder,?derberøres/);
  if (units >= 0) {
    const body: number[] = [];
    for (let r = units + 1; r < idx.length && r < units + 12; r++) {
      const s = sq(idx[r]!);
      if (/^forslagetvilmedføre|^\d\./.test(s)) break;
      body.push(idx[r]!);
    }
    proposal.sections.push({
      heading: 'Områder/enheder der berøres',
      text: paragraphs(lines, body)
        .map((x) => x.text)
        .join('\n\n'),
      sourceLine: lines[idx[units]!]!.n,
    });
  }
  const degradation = readCheckbox(
    lines,
    idx,
    /^forslagetvilmedføreenserviceforringelse/,
    'medfører en serviceforringelse',
    ref,
    warn,
  );
  if (degradation !== null) {
    const p = at(/^forslagetvilmedføreenserviceforringelse/);
    proposal.sections.push({
      heading: 'Serviceforringelse',
      text: degradation ? 'Ja' : 'Nej',
      sourceLine: lines[idx[p]!]!.n,
    });
  }
  proposal.followUp = readFollowUp(lines, idx, (m, l) => warn(`${ref}: ${m}`, l));
  proposal.administrationEffect = readAdministrationEffect(lines, idx, warn, ref);
  const hear = readConsultations(lines, idx);
  proposal.consultations = hear.consultations;
  proposal.partners = hear.partners;
  return { proposal, warnings: ctx.warnings };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

function readInnovation(
  lines: readonly SourceLine[],
  idx: number[],
  ref: string,
  warn: (m: string, l: number | null) => void,
): boolean | null {
  return readCheckbox(
    lines,
    idx,
    /udspringeraf(et)?innovationsforslag/,
    'udspringer af et innovationsforslag',
    ref,
    warn,
  );
}

/** A Ja/Nej question answered with ☐/☒ boxes on the following lines (or inline "Ja"/"Nej"). */
function readCheckbox(
  lines: readonly SourceLine[],
  idx: number[],
  question: RegExp,
  name: string,
  ref: string,
  warn: (m: string, l: number | null) => void,
): boolean | null {
  const p = idx.findIndex((i) => question.test(squashLine(lines[i]!)));
  if (p < 0) return null;
  const q = lines[idx[p]!]!;
  const inline = /:\s*(ja|nej)\s*$/i.exec(collapseLetterSpacing(q.text));
  if (inline) return inline[1]!.toLowerCase() === 'ja';
  let ja: { checked: boolean | null; extra: string } | null = null;
  let nej: { checked: boolean | null; extra: string } | null = null;
  for (let r = p + 1; r < idx.length && r < p + 8; r++) {
    const t = lines[idx[r]!]!.text;
    const s = squash(t);
    if (s === '') continue;
    const m = /^([☐☒]?)(ja|nej)(.*)$/.exec(s);
    if (!m) break;
    const checked = m[1] === '☒' ? true : m[1] === '☐' ? false : null;
    if (m[2] === 'ja') ja = { checked, extra: m[3] ?? '' };
    else nej = { checked, extra: m[3] ?? '' };
  }
  if (ja?.checked === true && nej?.checked !== true) return true;
  if (nej?.checked === true && ja?.checked !== true) return false;
  if (
    ja?.checked !== undefined &&
    ja?.checked !== null &&
    nej?.checked !== undefined &&
    nej?.checked !== null
  ) {
    warn(
      `${ref}: ved "${name}" er ${ja.checked ? 'begge' : 'ingen af'} felterne afkrydset; svaret kan ikke læses.`,
      q.n,
    );
    return null;
  }
  if (ja && ja.extra !== '') {
    warn(
      `${ref}: afkrydsningen ved "${name}" er tabt i konverteringen; "Ja" er læst, fordi der står en tekst ved det.`,
      q.n,
    );
    return true;
  }
  if (ja && !nej) {
    warn(`${ref}: afkrydsningen ved "${name}" er tabt; kun "Ja" står tilbage og er læst som svaret.`, q.n);
    return true;
  }
  if (nej && !ja) {
    warn(`${ref}: afkrydsningen ved "${name}" er tabt; kun "Nej" står tilbage og er læst som svaret.`, q.n);
    return false;
  }
  warn(`${ref}: afkrydsningen ved "${name}" er tabt i konverteringen; svaret kan ikke læses.`, q.n);
  return null;
}

const FOLLOW_GROUPS = /^(implementeringoganvendelseafinvesteringsmidler|realiseringafeffektiviseringer)$/;

/** The template's group rows by squashed text: a word broken by the converter reads as printed in the template. */
const FOLLOW_GROUP_NAMES: Record<string, string> = {
  implementeringoganvendelseafinvesteringsmidler: 'Implementering og anvendelse af investeringsmidler',
  realiseringafeffektiviseringer: 'Realisering af effektiviseringer',
};

/** The four column headings of the follow-up table, squashed and without hyphens. */
const FOLLOW_HEADINGS = [
  'opfølgningsmål',
  'hvordanmålesopfølgningsmålet?',
  'hvemeransvarligforopfølgning?',
  'hvornårgennemføresopfølgningen?',
];

/**
 * A paragraph made only of column headings (all four on their lines, or some of them): the header
 * at the top of the table, or repeated after a page break. It is not a cell.
 */
function isFollowUpHeader(text: string, squashed: (t: string) => string = squash): boolean {
  let s = squashed(text).replace(/-/g, '');
  let matched = 0;
  for (const h of FOLLOW_HEADINGS) {
    if (s.startsWith(h)) {
      s = s.slice(h.length);
      matched++;
    }
  }
  // "Opfølgningsmål" alone could be a cell's text; with another heading it is the header.
  return s === '' && (matched >= 2 || (matched === 1 && !squashed(text).startsWith('opfølgningsmål')));
}

/**
 * Of the page breaks `cuts` inside one group of follow-up cells (indexes into the whole item list,
 * the group starting at `offset`), the one to join so that the group has whole rows of four: the
 * only one, or the one after whose join the most fourth cells are a "when" (unique best only).
 */
function bestCut(seg: readonly { text: string }[], cuts: number[], offset: number): number | null {
  if (cuts.length <= 1) return cuts[0] ?? null;
  const whens = (texts: string[]) => texts.filter((t, k) => k % 4 === 3 && isFollowUpWhen(t)).length;
  const scored = cuts.map((c) => {
    const texts = seg.map((x) => x.text);
    texts.splice(c - offset - 1, 2, `${texts[c - offset - 1]} ${texts[c - offset]}`);
    return { c, score: whens(texts) };
  });
  scored.sort((a, b) => b.score - a.score);
  return scored[0]!.score > scored[1]!.score ? scored[0]!.c : null;
}

function readFollowUp(
  lines: readonly SourceLine[],
  idx: number[],
  warn: (m: string, l: number | null) => void,
): FollowUpTarget[] {
  const p = idx.findIndex((i) => /^tabel\d+[.:]?opfølgningsmål/.test(squashLine(lines[i]!)));
  if (p < 0) return [];
  let end = idx.length;
  for (let r = p + 1; r < idx.length; r++) {
    const s = squashLine(lines[idx[r]!]!);
    if (/^\d\.(risikovurdering|effektivisering|hvem|inddragelse)|^administrativ|^tabel\d/.test(s)) {
      end = r;
      break;
    }
  }
  // Paragraph texts are squashed several times over (header, group and segment tests): once each.
  const squashedTexts = new Map<string, string>();
  const sqt = (t: string): string => {
    let v = squashedTexts.get(t);
    if (v === undefined) squashedTexts.set(t, (v = squash(t)));
    return v;
  };
  // A cell broken by a blank line at a hyphenation ("Selvbe-" / "tjent vejledning") is one cell.
  const paras: { text: string; first: number }[] = [];
  for (const para of paragraphs(lines, idx.slice(p + 1, end))) {
    const prev = paras[paras.length - 1];
    if (prev && HYPHEN_AT_END.test(prev.text) && STARTS_LOWER.test(para.text))
      prev.text = joinWrapped([prev.text, para.text]);
    else paras.push({ ...para });
  }
  // Skip the four header cells (they end with "Hvornår gennemføres opfølgningen?").
  // A header printed as one paragraph is skipped in the loop below (it may also repeat after a page
  // break); searching for "Hvornår" then could take a cell that starts with that word for it.
  let q =
    paras[0] && isFollowUpHeader(paras[0].text, sqt)
      ? -1
      : paras.findIndex((x) => /^hvornår/.test(sqt(x.text)));
  // The last header cell may wrap into a paragraph of its own ("Hvornår gennemføres op-" / "følgningen?").
  while (q >= 0 && q < paras.length - 1 && !sqt(paras[q]!.text).endsWith('?')) q++;
  q = q < 0 ? 0 : q + 1;
  const out: FollowUpTarget[] = [];
  let group: string | null = null;
  // Cells and group rows in order. A cell broken by a page break continues after the repeated
  // headings in lower case or with a parenthesis ("Vedligehold og vedligehold" / banner / headings /
  // "reducerer …"; "Kontor for digitalisering" / … / "(BIF)").
  const items: { text: string; first: number }[] = [];
  let afterHeader = false;
  const cuts = new Set<number>(); // items that start right after repeated headings
  for (const para of paras.slice(q)) {
    if (isFollowUpHeader(para.text, sqt)) {
      afterHeader = items.length > 0;
      continue;
    }
    const last = items[items.length - 1];
    const joinable = afterHeader && !!last && !FOLLOW_GROUPS.test(sqt(last.text));
    if (joinable && STARTS_LOWER_OR_PAREN.test(para.text)) last.text = joinWrapped([last.text, para.text]);
    else {
      if (joinable) cuts.add(items.length);
      items.push({ ...para });
    }
    afterHeader = false;
  }
  // A cell broken by a page break before a capital letter: seen only in the count, one cell too
  // many in its group (4n + 1), with the break inside the group. The two halves are joined; where
  // the group has several breaks, the one whose join puts a "when" in every fourth cell.
  let segStart = 0;
  for (let k = 0; k <= items.length; k++) {
    if (k < items.length && !FOLLOW_GROUPS.test(sqt(items[k]!.text))) continue;
    const inSeg = [...cuts].filter((c) => c > segStart && c < k);
    const c = (k - segStart) % 4 === 1 ? bestCut(items.slice(segStart, k), inSeg, segStart) : null;
    if (c !== null) {
      items[c - 1]!.text = joinWrapped([items[c - 1]!.text, items[c]!.text]);
      items.splice(c, 1);
      const later = [...cuts].filter((x) => x > c);
      cuts.delete(c);
      for (const x of later) cuts.delete(x);
      for (const x of later) cuts.add(x - 1);
      warn(
        `Et opfølgningsmål er delt af et sideskift; de to dele er læst som én celle ("${items[c - 1]!.text.slice(0, 60)}").`,
        items[c - 1]!.first,
      );
      k--;
    }
    segStart = k + 1;
  }
  // Groups in order, each cut into rows (four cells a row, or at the dates: follow-up-rows.ts).
  let cells: Cell[] = [];
  const flush = () => {
    for (const r of followUpRows(cells, warn))
      out.push({
        group,
        target: r.target,
        measure: r.measure,
        responsible: r.responsible,
        when: r.when,
        sourceLine: r.first,
      });
    cells = [];
  };
  for (const para of items) {
    const sq = sqt(para.text);
    if (FOLLOW_GROUPS.test(sq)) {
      flush();
      group = FOLLOW_GROUP_NAMES[sq] ?? para.text;
      continue;
    }
    cells.push(para);
  }
  flush();
  if (out.length > 0) {
    // The converter writes the four columns as paragraphs one after another, and often splits or
    // repeats a cell: reading them four at a time is a guess, and the user is told so.
    warn(
      'Opfølgningsmålene er læst som fire afsnit pr. mål; konverteringen kan have forskudt kolonnerne, så de bør kontrolleres mod dokumentet.',
      lines[idx[p]!]!.n,
    );
  }
  return out;
}

function readAdministrationEffect(
  lines: readonly SourceLine[],
  idx: number[],
  warn: (m: string, l: number | null) => void,
  ref: string,
): AmountTable | null {
  const p = idx.findIndex((i) => /^tabel\d+[.:]?varigeændringer,?administration/.test(squashLine(lines[i]!)));
  if (p < 0) return null;
  let years: number[] | null = null;
  let priceLevelYear: number | null = null;
  const raw: { label: string; values: (number | null)[]; sourceLine: number; isTotal: boolean }[] = [];
  let parts: string[] = [];
  for (let r = p + 1; r < idx.length; r++) {
    const l = lines[idx[r]!]!;
    const s = squashLine(l);
    if (s === '') continue;
    const pl = /(\d{4})p\/l/.exec(s);
    if (pl) {
      priceLevelYear = Number(pl[1]);
      continue;
    }
    if (/^note|^\d\.\D|^tabel\d/.test(s)) break;
    const ys = yearsOf(l.text);
    if (ys) {
      years = ys;
      continue;
    }
    if (!years) continue;
    const split = splitRow(l.text, 't.kr');
    // A number that ends a wrapped label ("… hovedkonto 6" / "og øvrige adm. …") is not a value:
    // the next line goes on in lower case.
    let next: number | undefined;
    for (let q = r + 1; q < idx.length && next === undefined; q++)
      if (!isBlankText(lines[idx[q]!]!.text)) next = idx[q];
    const wrapsOn =
      split.values.length === 1 &&
      split.values.length < years.length &&
      next !== undefined &&
      STARTS_LOWER.test(collapseLetterSpacing(lines[next]!.text));
    if (split.values.length === 0 || wrapsOn) {
      parts.push(l.text);
      continue;
    }
    const label = joinWrapped([...parts, split.label]);
    parts = [];
    raw.push({
      label,
      values: split.values.map((v) => v.value),
      sourceLine: l.n,
      isTotal: /totalt/.test(squash(label)),
    });
  }
  if (!years) {
    warn(`${ref}: tabellen "Varige ændringer, administration" har ingen læsbare årstal.`, lines[idx[p]!]!.n);
    return null;
  }
  const n = years.length;
  const totalIdx = raw.findIndex((r) => r.isTotal);
  const placed = placeRows(
    raw.map((r) => ({ values: r.values.map((v) => v ?? 0), fallbackOffset: n })),
    n,
    totalIdx >= 0 ? [{ target: totalIdx, parts: raw.map((_, k) => k).filter((k) => k !== totalIdx) }] : [],
  );
  placed.residual.forEach((d) => {
    if (d > 0)
      warn(
        `${ref}: "Varige ændringer totalt, administration" stemmer ikke med summen af rækkerne.`,
        raw[totalIdx]?.sourceLine ?? null,
      );
  });
  for (const u of placed.undecided)
    warn(
      `${ref}: rækken "${raw[u]!.label}" har færre tal end årskolonner; de er placeret til sidste år.`,
      raw[u]!.sourceLine,
    );
  return {
    id: 'administration',
    title: 'Varige ændringer, administration',
    unit: 't.kr',
    priceLevelYear,
    years,
    rows: raw.map((r, k) => {
      const amounts: Record<string, number> = {};
      r.values.forEach((v, c) => {
        const y = years[(placed.offsets[k] ?? 0) + c];
        if (v !== null && y !== undefined) amounts[String(y)] = v;
      });
      return { label: r.label, amounts, sourceLine: r.sourceLine, ...(r.isTotal ? { isTotal: true } : {}) };
    }),
    sourceLine: lines[idx[p]!]!.n,
  };
}

function readConsultations(
  lines: readonly SourceLine[],
  idx: number[],
): { consultations: Consultation[]; partners: string[] } {
  const consultations: Consultation[] = [];
  const partners: string[] = [];
  const find = (re: RegExp) => idx.findIndex((i) => re.test(squashLine(lines[i]!)));
  const tableEnd = (from: number) => {
    for (let r = from + 1; r < idx.length; r++)
      if (/^tabel\d|^\d\.[a-zæøå]/.test(squashLine(lines[idx[r]!]!))) return r;
    return idx.length;
  };
  // CFØ approval.
  const cfo = find(/^tabel\d+[.:]?godkendelseafcenterforøkonomi/);
  if (cfo >= 0) {
    const rows = idx.slice(cfo + 1, tableEnd(cfo));
    for (const i of rows) {
      const t = collapseLetterSpacing(lines[i]!.text);
      const m = /(?:^|\s)(Ja|Nej)\b\s*(.*)$/.exec(t);
      if (m && !/ja\/nej/.test(squash(t))) {
        consultations.push({
          body: 'Center for Økonomi',
          answer: m[1]!.toLowerCase() === 'ja' ? 'ja' : 'nej',
          date: danishDate(m[2] ?? ''),
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
  const part = find(/^tabel\d+[.:]?inddragedesamarbejdspartnere/);
  if (part >= 0) {
    const paras = paragraphs(lines, idx.slice(part + 1, tableEnd(part)));
    for (const para of paras) {
      if (/^relevantesamarbejdspartnere/.test(squash(para.text))) continue;
      if (/^ikkerelevant\.?$/.test(squash(para.text))) continue;
      partners.push(para.text);
    }
  }
  // Bodies heard: "IT-kredsen Ja Forslaget har været i høring …".
  const bodies = find(/^tabel\d+[.:]?høringoginddragelse/);
  if (bodies >= 0) {
    let current: Consultation | null = null;
    const rows = idx.slice(bodies + 1, tableEnd(bodies)).filter((i) => !isBlankText(lines[i]!.text));
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
          date: danishDate(m[3] ?? ''),
          text: (m[3] ?? '').trim() || null,
          sourceLine: lines[i]!.n,
        };
        consultations.push(current);
      } else if (current) {
        current.text = current.text ? `${current.text} ${t}` : t;
        current.date ??= danishDate(t);
      }
    }
  }
  return { consultations, partners };
}
