// Rule family 8: process (domain.md §5). Approval by Center for Økonomi (CFØ) before committee
// approval; template guidance or placeholder text left in an approved proposal; consultations the
// template requires for the proposal's content (reported as info: the template's requirement is
// read from the title and summary, which is a judgement, not a certainty).
import type { Consultation, Proposal } from '../../model.ts';
import { proposalForRow } from '../catalog-match.ts';
import type { Finding, Rule, RuleContext } from '../finding.ts';
import { lineAt, proposalText } from '../proposal-text.ts';
import { finding, proposalLine } from '../support.ts';

const CFO = /center\s+for\s+økonomi|\bcfø\b/i;

const decisions = new WeakMap<RuleContext, Map<Proposal, string>>();

/** The decision a catalog row lists the proposal with ("OFS 24-25", "Budget 2026"), if any. */
function approvedWith(ctx: RuleContext, p: Proposal): string | null {
  let m = decisions.get(ctx);
  if (!m) {
    m = new Map();
    for (const row of ctx.doc.catalog?.rows ?? []) {
      const q = row.approvedWith ? proposalForRow(ctx, row, ctx.doc.proposals) : null;
      if (q && row.approvedWith && !m.has(q)) m.set(q, row.approvedWith);
    }
    decisions.set(ctx, m);
  }
  return m.get(p) ?? null;
}

const MONTHS = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december';
/** A date with a year: "29. januar 2025", "07-01-2025", "9/6 2020", "28-05-2020". */
const DATE = new RegExp(
  String.raw`\b\d{1,2}\.?\s*(?:${MONTHS})\s*\d{4}\b|\b\d{1,2}\s*[./-]\s*\d{1,2}\s*[./ -]\s*\d{2,4}\b`,
  'i',
);

/** Letter-spaced digits from the PDF conversion ("2 9 .  januar 2 0 2 5") joined before matching. */
const SQUEEZED_DATE = new RegExp(String.raw`\d{1,2}\.?(?:${MONTHS})\d{4}`, 'i');

export function containsDate(text: string): boolean {
  if (DATE.test(text.replace(/(\d)\s+(?=[\d.])/g, '$1').replace(/\.(?=\d)/g, '. '))) return true;
  // Letter-spaced month names ("8. m a j  2025").
  return SQUEEZED_DATE.test(text.replace(/\s+/g, ''));
}

function hasDate(c: Consultation): boolean {
  return c.date !== null || containsDate(c.text ?? '');
}

/**
 * The CFØ answer read from the source text of the proposal's "Hvem er hørt" part, for imports
 * where the table's cells were not all read (letter-spaced or wrapped rows): the first "Ja"/"Nej"
 * within 120 characters after "Center for Økonomi", and whether a date follows it.
 */
function cfoFromText(
  ctx: RuleContext,
  p: Proposal,
): { answer: 'ja' | 'nej'; dated: boolean; line: number | null } | null {
  if (!ctx.options.sourceLines) return null;
  const t = proposalText(ctx, p);
  const squeezed = t.text;
  const heard = squeezed.search(/H\s?v\s?e\s?m\s+e\s?r\s+h\s?ø\s?r\s?t/i);
  if (heard < 0) return null;
  const re = /Cen\s?te\s?r\s+for\s+Ø\s?k\s?o\s?n\s?o\s?m\s?i/gi;
  re.lastIndex = heard;
  const m = re.exec(squeezed);
  if (!m) return null;
  const after = squeezed.slice(m.index + m[0].length, m.index + m[0].length + 160);
  const a = /(?:^|[\s,.])(J\s?a|N\s?e\s?j)(?=\s)(?!\s?\/)/.exec(
    after.replace(/J\s?a\s?\/\s?N\s?e\s?j/gi, ' '),
  );
  if (!a?.[1]) return null;
  const answer = a[1].replace(/\s/g, '').toLowerCase() === 'ja' ? 'ja' : 'nej';
  const rest = after.replace(/J\s?a\s?\/\s?N\s?e\s?j/gi, ' ').slice(a.index, a.index + 80);
  return { answer, dated: containsDate(rest), line: lineAt(t, m.index) };
}

export const cfoApproval: Rule = {
  id: 'process.cfo-approval',
  severity: 'warning',
  title: 'Et godkendt forslag er godkendt af Center for Økonomi (Ja og dato)',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const p of ctx.doc.proposals) {
      const decision = approvedWith(ctx, p);
      if (decision === null) continue;
      const cfo = p.consultations.filter((c) => CFO.test(c.body));
      const where = { proposalRef: p.ref, sourceLine: cfo[0]?.sourceLine ?? proposalLine(p) };
      if (cfo.some((c) => c.answer !== 'nej' && hasDate(c))) continue;
      // What the model lacks, the source text may still show (see cfoFromText).
      const fromText = cfo.some((c) => c.answer === 'nej') ? null : cfoFromText(ctx, p);
      if (fromText?.answer === 'ja' && fromText.dated) continue;
      if (cfo.length === 0 && fromText === null) {
        out.push(
          finding('process.cfo-approval.missing', 'warning', where, 'Ja, med dato', null, { decision }),
        );
        continue;
      }
      const nej =
        cfo.find((c) => c.answer === 'nej') ??
        (fromText?.answer === 'nej' ? { sourceLine: fromText.line } : undefined);
      if (nej) {
        out.push(
          finding(
            'process.cfo-approval.rejected',
            'error',
            { proposalRef: p.ref, sourceLine: nej.sourceLine ?? where.sourceLine },
            'Ja',
            'Nej',
            { decision },
          ),
        );
        continue;
      }
      const c = cfo[0];
      const answered = c?.answer ?? fromText?.answer ?? null;
      out.push(
        finding(
          answered === 'ja' ? 'process.cfo-approval.undated' : 'process.cfo-approval.unanswered',
          'warning',
          { proposalRef: p.ref, sourceLine: c?.sourceLine ?? fromText?.line ?? proposalLine(p) },
          'Ja, med dato',
          c ? [c.answer ?? 'intet svar', c.text ?? ''].join(' ').trim() : (answered ?? null),
          { decision },
        ),
      );
    }
    return out;
  },
};

/**
 * Template guidance and placeholders that must not survive into a submitted proposal: the
 * bracketed "[Angiv …]" fields and the template's help sentences in the "Hvem er hørt" tables
 * (they stand where the answer should be). Taken from the templates seen in the corpus.
 */
const PLACEHOLDERS: RegExp[] = [
  /\[(?:Angiv|Indsæt|Skriv|Beskriv|Udfyld)[^\]]{0,120}\]/gi,
  /Klik (?:eller tryk )?her for at (?:angive|skrive) (?:tekst|dato)/gi,
  /Angiv dato for (?:godkendelse|orientering)/gi,
  /Afsnittet udfyldes af(?: (?!Tabel\b)[A-ZÆØÅ][\wæøå-]*){1,4}/g,
  /Udfyld tabel(?:len| [A-E](?: og [A-E])?) (?:såfremt|hvis)/gi,
  /Beskriv, hvordan relevante samarbejdspartnere inddrages i forslaget/gi,
  /Slet herunder gerne kredse og udvalg, der ikke er relevante/gi,
  /Alle forslag skal godkendes i deres endelige form af Center for Økonomi/gi,
  /Alle investeringsforslag, der indeholder midler vedr\. ændrede m2-behov/gi,
  /Alle investerings- og effektiviseringsforslag, som indeholder effektiviseringer på arbejdsgiverområdet/gi,
  /Forslag med effektiviseringer på overførsler mv\. skal vurderes/gi,
  /Digitaliseringsprojekter skal i høring i IT-kredsen/gi,
  /Alle nyanskaffelser af it-systemer skal vurderes af Koncern IT/gi,
];

export const placeholder: Rule = {
  id: 'process.placeholder',
  severity: 'warning',
  title: 'Ingen skabelontekst eller pladsholdere tilbage i forslaget',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const p of ctx.doc.proposals) {
      const t = proposalText(ctx, p);
      // One finding per source line: a help text and its placeholder often share a cell.
      const byLine = new Map<number | null, { at: number; text: string[] }>();
      for (const re of PLACEHOLDERS) {
        for (const m of t.text.matchAll(re)) {
          const line = lineAt(t, m.index);
          const cur = byLine.get(line) ?? { at: m.index, text: [] };
          cur.at = Math.min(cur.at, m.index);
          cur.text.push(m[0].trim());
          byLine.set(line, cur);
        }
      }
      for (const [line, hit] of byLine) {
        const found = hit.text.join(' … ');
        out.push(
          finding('process.placeholder', 'warning', { proposalRef: p.ref, sourceLine: line }, null, found, {
            text: found,
          }),
        );
      }
    }
    return out;
  },
};

interface Requirement {
  /** Names the template's reason in the message catalogue (process.consultation.*). */
  key: 'it' | 'hr' | 'property' | 'welfare';
  body: string;
  consulted: RegExp;
  applies: (p: Proposal, about: string) => boolean;
}

const REQUIREMENTS: Requirement[] = [
  {
    key: 'it',
    body: 'IT-kredsen',
    consulted: /it-kredsen/i,
    applies: (_p, about) =>
      /digitali|it-system|it-løsning|systemunderstøt|automatiser|kunstig intelligens|\bAI\b|robot|selvbetjen/i.test(
        about,
      ),
  },
  {
    key: 'hr',
    body: 'HR-kredsen',
    consulted: /hr-kredsen/i,
    applies: (_p, about) =>
      /\bferie|fravær|lønadministration|personaleadministration|arbejdsgiverområdet|\bHR\b/i.test(about),
  },
  {
    key: 'property',
    body: 'ejendomsfaglig vurdering',
    consulted: /ejendomsfaglig|københavns ejendomme|\bkejd\b|\bkeid\b/i,
    // The template: "Alle investeringsforslag, der indeholder midler vedr. ændrede m2-behov …".
    applies: (p, about) =>
      p.kind === 'investering' &&
      /kvadratmeter|\bm2\b|m²|lejemål|samlokali|fraflyt|indflyt|husleje|ombygning|renovering/i.test(about),
  },
  {
    key: 'welfare',
    body: 'velfærdsanalytisk vurdering',
    consulted: /velfærdsanalytisk|analyseenhed/i,
    applies: (p) =>
      (p.economy?.lines ?? []).some((l) => l.section === 'varig' && l.budgetArea === 'overfoersler'),
  },
];

export const requiredConsultation: Rule = {
  id: 'process.consultation',
  severity: 'info',
  title:
    'Høringer, skabelonen kræver for forslagets indhold (IT-kredsen, HR-kredsen, ejendomsfaglig og velfærdsanalytisk vurdering)',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const p of ctx.doc.proposals) {
      // Without a "Hvem er hørt" section nothing can be said about single bodies (structure rules report that).
      if (p.consultations.length === 0) continue;
      const about = `${p.title} ${p.summary ?? ''}`;
      for (const r of REQUIREMENTS) {
        if (!r.applies(p, about)) continue;
        const rows = p.consultations.filter((c) => r.consulted.test(c.body));
        if (rows.some((c) => c.answer === 'ja' || (c.answer === null && (c.text ?? '').trim() !== '')))
          continue;
        const nej = rows.find((c) => c.answer === 'nej');
        out.push(
          finding(
            nej ? 'process.consultation.not-heard' : 'process.consultation.not-listed',
            'info',
            {
              proposalRef: p.ref,
              sourceLine: nej?.sourceLine ?? p.consultations[0]?.sourceLine ?? proposalLine(p),
            },
            `${r.body}: Ja`,
            nej ? `${r.body}: Nej${nej.text ? ` (${nej.text})` : ''}` : null,
            { body: r.body, requirement: r.key, note: nej?.text ? nej.text : null },
          ),
        );
      }
    }
    return out;
  },
};

export const processRules: Rule[] = [cfoApproval, placeholder, requiredConsultation];
