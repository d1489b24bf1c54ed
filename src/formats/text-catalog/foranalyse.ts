// The pre-analysis (foranalyse) format (domain.md §3): a one-page proposal with the headings
// Problemstilling/motivation for forslaget, Analysedesign, Organisering, Økonomi, Videre proces.
// The money asked for is stated in the Økonomi prose; the title may be missing after conversion.
import { tryParseAmount } from '../../core/amount.ts';
import {
  emptyProposal,
  type AmountUnit,
  type Kroner,
  type Proposal,
  type TextSection,
  type Warning,
} from '../../core/model.ts';
import type { GenerationReader, GenerationResult, SourceLine } from './reader.ts';
import { administrationsIn } from './tab-table-names.ts';
import { cleanLine, cleanText, letterKey } from './tab-table.ts';

const HEADINGS: [string, RegExp][] = [
  ['Problemstilling/motivation for forslaget', /^problemstilling/],
  ['Analysedesign', /^analysedesign$/],
  ['Organisering', /^organisering$/],
  ['Økonomi', /^økonomi$/],
  ['Videre proces', /^videreproces$/],
];

function headingOf(text: string): string | null {
  if (text.length > 80) return null;
  const t = cleanText(text).replace(/^\d+(?:\.\d+)*\.?\s+/, '');
  if (t.length > 60 || t === '') return null;
  const k = letterKey(t);
  for (const [name, re] of HEADINGS) if (re.test(k)) return name;
  return null;
}

/** A proposal heading line: "Forslag 2 Foranalyse af …", "Foranalyse: …", "Titel: …". */
const TITLE_LINE = /^(?:(forslag\s+\d+)\s+(.+)|foranalyse\s*:\s*(.+)|titel\s*:\s*(.+))$/i;

function detect(lines: SourceLine[]): number {
  let problem = false;
  let design = false;
  for (const l of lines) {
    if (l.text.length > 80 || !/problemstilling|analysedesign/i.test(l.text)) continue;
    const h = headingOf(l.text);
    if (h === 'Problemstilling/motivation for forslaget') problem = true;
    if (h === 'Analysedesign') design = true;
    if (problem && design) break;
  }
  if (!(problem && design)) return 0;
  // A catalog that also holds pre-analyses (economic tables, catalog columns) belongs to its
  // generation's reader, which reads the pre-analysis pages too; this reader is for files of
  // pre-analyses only.
  const catalogLike = lines.some((l) =>
    /samlet varig ændring|styrings-?\s*område|samlet investering/i.test(l.text),
  );
  return catalogLike ? 0.1 : 0.8;
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
export function requestedAmount(
  prose: string,
  sourceLine: number | null,
  warnings: Warning[],
): Kroner | null {
  const money = moneyIn(prose);
  const totals = money.filter((m) => m.total);
  if (totals.length > 0) return totals[totals.length - 1]!.value;
  if (money.length === 0) {
    warnings.push({
      message: 'Afsnittet "Økonomi" angiver intet beløb i kroner; det søgte beløb er ikke udfyldt.',
      sourceLine,
    });
    return null;
  }
  if (money.length > 1) {
    warnings.push({
      message: `Afsnittet "Økonomi" angiver ingen samlet sum; det søgte beløb er lagt sammen af ${money.map((m) => m.text).join(' + ')} (beregnet af Gevinst).`,
      sourceLine,
    });
  }
  return money.reduce((a, m) => a + m.value, 0);
}

/** Index ranges of the proposals: each starts at a title line, or at its first heading. */
function frames(lines: SourceLine[]): { start: number; end: number; titleAt: number | null }[] {
  const out: { start: number; end: number; titleAt: number | null }[] = [];
  let pendingTitle: number | null = null;
  let open: { start: number; titleAt: number | null; seen: Set<string> } | null = null;
  const close = (end: number): void => {
    if (open) out.push({ start: open.start, end, titleAt: open.titleAt });
    open = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const t = cleanLine(lines[i]!);
    if (TITLE_LINE.test(t)) {
      pendingTitle = i;
      continue;
    }
    const h = headingOf(lines[i]!.text);
    if (!h) continue;
    if (!open || open.seen.has(h) || (pendingTitle !== null && pendingTitle > open.start)) {
      const start: number = pendingTitle !== null && (!open || pendingTitle > open.start) ? pendingTitle : i;
      close(start);
      open = { start, titleAt: start === pendingTitle ? pendingTitle : null, seen: new Set() };
    }
    open.seen.add(h);
  }
  close(lines.length);
  return out;
}

function read(lines: SourceLine[]): GenerationResult {
  const warnings: Warning[] = [];
  const proposals: Proposal[] = [];
  frames(lines).forEach(({ start, end, titleAt }, k) => {
    let last = end;
    while (last > start + 1 && cleanLine(lines[last - 1]!) === '') last--;
    let ref = '';
    let title = '';
    if (titleAt !== null) {
      const m = TITLE_LINE.exec(cleanLine(lines[titleAt]!))!;
      if (m[1]) {
        ref = m[1].replace(/\s+/g, ' ');
        title = (m[2] ?? '').trim();
      } else {
        title = (m[3] ?? m[4] ?? '').trim();
      }
    }
    if (ref === '') ref = `Foranalyse ${k + 1}`;
    if (title === '') {
      warnings.push({
        message: `Foranalysen (${ref}) har ingen titel; titlen er ikke udfyldt.`,
        sourceLine: lines[start]!.n,
      });
    }
    const p = emptyProposal(ref, title, 'foranalyse');
    p.sourceLines = [lines[start]!.n, lines[last - 1]!.n];
    const sections: TextSection[] = [];
    let current: { heading: string; n: number; parts: string[] } | null = null;
    for (let i = start; i < last; i++) {
      const l = lines[i]!;
      const t = cleanLine(l);
      const h = headingOf(l.text);
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
    if (economy) {
      p.requestedAmount = requestedAmount(economy.text, economy.sourceLine, warnings);
    } else {
      warnings.push({
        message: `Foranalysen (${ref}) har intet afsnit "Økonomi"; det søgte beløb er ikke udfyldt.`,
        sourceLine: lines[start]!.n,
      });
    }
    proposals.push(p);
  });
  return { priceLevelYear: null, catalog: null, proposals, warnings };
}

export const foranalyseReader: GenerationReader = { id: 'foranalyse', detect, read };
