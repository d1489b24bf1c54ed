// Generation quirk, pre-analysis (foranalyse, domain.md §3): a one-page proposal with the
// headings Problemstilling/motivation for forslaget, Analysedesign, Organisering, Økonomi, Videre
// proces. The money asked for is stated in the Økonomi prose; the title may be missing after
// conversion. A pre-analysis stands in a catalog under its "Forslag N" heading (read through the
// proposal frames), or in a file of its own headed "Foranalyse: …", "Titel: …" or nothing at all.
import { tryParseAmount } from '../../core/amount.ts';
import {
  emptyProposal,
  type AmountUnit,
  type Kroner,
  type Proposal,
  type TextSection,
} from '../../core/model.ts';
import type { ProposalFrame } from './frames.ts';
import { administrationsIn } from './names.ts';
import { cleanLine, letterKey, type SourceLine } from './reader.ts';
import type { Warn } from './warn.ts';

const HEADINGS: [string, RegExp][] = [
  ['Problemstilling/motivation for forslaget', /^problemstilling/],
  ['Analysedesign', /^analysedesign$/],
  ['Organisering', /^organisering$/],
  ['Økonomi', /^økonomi$/],
  ['Videre proces', /^videreproces$/],
];

function headingOf(line: SourceLine): string | null {
  if (line.text.length > 80) return null;
  const t = cleanLine(line).replace(/^\d+(?:\.\d+)*\.?\s+/, '');
  if (t.length > 60 || t === '') return null;
  const k = letterKey(t);
  for (const [name, re] of HEADINGS) if (re.test(k)) return name;
  return null;
}

/** A proposal heading line: "Forslag 2 Foranalyse af …", "Foranalyse: …", "Titel: …". */
const TITLE_LINE = /^(?:(forslag\s+\d+)\s+(.+)|foranalyse\s*:\s*(.+)|titel\s*:\s*(.+))$/i;

/** A proposal in the pre-analysis template: its lines have both the problem and the design heading. */
export function isPreAnalysis(lines: readonly SourceLine[], idx: readonly number[]): boolean {
  let problem = false;
  let design = false;
  for (const i of idx) {
    const l = lines[i]!;
    if (l.text.length > 80 || !/problemstilling|analysedesign/i.test(l.text)) continue;
    const h = headingOf(l);
    if (h === 'Problemstilling/motivation for forslaget') problem = true;
    if (h === 'Analysedesign') design = true;
    if (problem && design) return true;
  }
  return false;
}

const MONEY = /(\d[\d.]*(?:,\d+)?)\s*(mio\.?\s*kr\.?|t\.\s*kr\.?|tkr\.?|1\.000\s*kr\.?|kr\.)/gi;

function unitOf(text: string): AmountUnit {
  const t = text.toLowerCase().replace(/\s+/g, '');
  if (t.startsWith('mio')) return 'mio.kr';
  if (t.startsWith('t.') || t.startsWith('tkr') || t.startsWith('1.000')) return 't.kr';
  return 'kr';
}

interface Money {
  value: Kroner;
  text: string;
  total: boolean;
}

/** Every amount in kroner the prose states, marked when its sentence calls it the total. */
export function moneyIn(prose: string): Money[] {
  const out: Money[] = [];
  for (const sentence of prose.split(/(?<=[.!?])\s+(?=[A-ZÆØÅ])|\n+/)) {
    for (const m of sentence.matchAll(MONEY)) {
      const v = tryParseAmount(m[1] ?? '', unitOf(m[2] ?? ''));
      if (typeof v !== 'number') continue;
      const before = sentence.slice(0, m.index);
      // "samlet 1,043 mio. kr.", "i alt 750.000 kr."; not "heraf …" parts after the total.
      const total =
        /\b(samlet|samlede|i alt|total)\b[^,;]*$/i.test(before) && !/\bheraf\b[^,;]*$/i.test(before);
      out.push({ value: v, text: m[0], total });
    }
  }
  return out;
}

/**
 * The money asked for: a stated total ("samlet", "i alt") where there is one, otherwise the sum of
 * the stated parts with a warning that Gevinst added them up.
 */
export function requestedAmount(prose: string, sourceLine: number | null, warn: Warn): Kroner | null {
  const money = moneyIn(prose);
  const totals = money.filter((m) => m.total);
  if (totals.length > 0) return totals[totals.length - 1]!.value;
  if (money.length === 0) {
    warn('preanalysis.no-amount', {}, sourceLine);
    return null;
  }
  if (money.length > 1)
    warn('preanalysis.amount-summed', { parts: money.map((m) => m.text).join(' + ') }, sourceLine);
  return money.reduce((a, m) => a + m.value, 0);
}

/**
 * The pre-analyses of a file that has no template proposal: each starts at a title line
 * ("Forslag 2 …", "Foranalyse: …", "Titel: …") or at its first heading.
 */
export function preAnalysisFrames(lines: readonly SourceLine[]): ProposalFrame[] {
  const out: ProposalFrame[] = [];
  let pendingTitle: number | null = null;
  let open: { start: number; titleAt: number | null; seen: Set<string> } | null = null;
  const close = (end: number): void => {
    if (open) out.push(frameOf(lines, open.start, end, open.titleAt, out.length));
    open = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const t = cleanLine(lines[i]!);
    if (TITLE_LINE.test(t)) {
      pendingTitle = i;
      continue;
    }
    const h = headingOf(lines[i]!);
    if (!h) continue;
    if (!open || open.seen.has(h) || (pendingTitle !== null && pendingTitle > open.start)) {
      const start: number = pendingTitle !== null && (!open || pendingTitle > open.start) ? pendingTitle : i;
      close(start);
      open = { start, titleAt: start === pendingTitle ? pendingTitle : null, seen: new Set() };
    }
    open.seen.add(h);
  }
  close(lines.length);
  // Only where the file has the template's first two headings is it a pre-analysis.
  return out.filter((f) => isPreAnalysis(lines, range(f.start, f.end)));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

function frameOf(
  lines: readonly SourceLine[],
  start: number,
  end: number,
  titleAt: number | null,
  k: number,
): ProposalFrame {
  let last = end;
  while (last > start + 1 && cleanLine(lines[last - 1]!) === '') last--;
  let ref = '';
  let title = '';
  if (titleAt !== null) {
    const m = TITLE_LINE.exec(cleanLine(lines[titleAt]!))!;
    if (m[1]) {
      ref = m[1].replace(/\s+/g, ' ');
      title = (m[2] ?? '').trim();
    } else title = (m[3] ?? m[4] ?? '').trim();
  }
  if (ref === '') ref = `Foranalyse ${k + 1}`;
  return { ref, title, start, end: last, body: titleAt !== null ? titleAt + 1 : start, pool2021: false };
}

/** One pre-analysis: administrations, its sections by heading and the money asked for. */
export function readPreAnalysis(
  lines: readonly SourceLine[],
  start: number,
  body: number,
  end: number,
  ref: string,
  title: string,
  warn: Warn,
): Proposal {
  if (title === '') warn('preanalysis.no-title', {}, lines[start]!.n);
  const p = emptyProposal(ref, title, 'foranalyse');
  p.sourceLines = [lines[start]!.n, lines[end - 1]!.n];
  const sections: TextSection[] = [];
  let current: { heading: string; n: number; parts: string[] } | null = null;
  for (let i = body; i < end; i++) {
    const l = lines[i]!;
    const t = cleanLine(l);
    const h = headingOf(l);
    if (h) {
      if (current)
        sections.push({ heading: current.heading, text: current.parts.join('\n'), sourceLine: current.n });
      current = { heading: h, n: l.n, parts: [] };
      continue;
    }
    if (/^fremstillende forvaltning/i.test(t))
      p.presentingAdministrations = administrationsIn(t.replace(/^[^:]*:/, ''));
    else if (/^berørte forvaltninger/i.test(t)) {
      p.affectedAdministrations = administrationsIn(t.replace(/^[^:]*:/, '')).map((administration) => ({
        administration,
        checked: true,
      }));
    } else if (current && t !== '') current.parts.push(t);
  }
  if (current)
    sections.push({ heading: current.heading, text: current.parts.join('\n'), sourceLine: current.n });
  p.sections = sections;
  const economy = sections.find((s) => s.heading === 'Økonomi');
  if (economy) p.requestedAmount = requestedAmount(economy.text, economy.sourceLine, warn);
  else warn('preanalysis.no-economy', {}, lines[start]!.n);
  return p;
}
