// Rule family 8: process (domain.md §5). Approval by Center for Økonomi (CFØ) before committee
// approval; template guidance or placeholder text left in an approved proposal; consultations the
// template requires for the proposal's content (reported as info: the template's requirement is
// read from the title and summary, which is a judgement, not a certainty).
import type { Consultation, Proposal } from '../../model.ts';
import { matchCatalogRow } from '../catalog-match.ts';
import type { Finding, Rule, RuleContext } from '../finding.ts';
import { lineAt, proposalText } from '../proposal-text.ts';
import { finding, proposalLine } from '../support.ts';

const CFO = /center\s+for\s+økonomi|\bcfø\b/i;

/** The catalog row that lists the proposal with a decision ("OFS 24-25", "Budget 2026"). */
function approvedWith(ctx: RuleContext, p: Proposal): string | null {
  for (const row of ctx.doc.catalog?.rows ?? []) {
    if (row.approvedWith && matchCatalogRow(row, ctx.doc.proposals) === p) return row.approvedWith;
  }
  return null;
}

function hasDate(c: Consultation): boolean {
  return c.date !== null || /\b\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}\b|\b\d{1,2}\.\s*[a-zæøå]+\s+\d{4}\b/i.test(c.text ?? '');
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
      if (cfo.length === 0) {
        out.push(
          finding(
            cfoApproval.id,
            'warning',
            where,
            'Ja, med dato',
            null,
            `Kataloget angiver forslaget som godkendt (${decision}), men forslaget viser ingen godkendelse fra Center for Økonomi.`,
          ),
        );
        continue;
      }
      if (cfo.some((c) => c.answer === 'ja' && hasDate(c))) continue;
      const nej = cfo.find((c) => c.answer === 'nej');
      if (nej) {
        out.push(
          finding(
            cfoApproval.id,
            'error',
            { proposalRef: p.ref, sourceLine: nej.sourceLine ?? where.sourceLine },
            'Ja',
            'Nej',
            `Kataloget angiver forslaget som godkendt (${decision}), men Center for Økonomi har svaret "Nej".`,
          ),
        );
        continue;
      }
      const c = cfo[0];
      out.push(
        finding(
          cfoApproval.id,
          'warning',
          where,
          'Ja, med dato',
          c ? [c.answer ?? 'intet svar', c.text ?? ''].join(' ').trim() : null,
          `Kataloget angiver forslaget som godkendt (${decision}), men godkendelsen fra Center for Økonomi er ${
            c?.answer === 'ja' ? 'uden dato' : 'ikke besvaret med Ja'
          }.`,
        ),
      );
    }
    return out;
  },
};

/** Template guidance and placeholders that must not survive into a submitted proposal. */
const PLACEHOLDERS: RegExp[] = [
  /\[(?:Angiv|Indsæt|Skriv|Beskriv|Udfyld)[^\]]{0,120}\]/gi,
  /Klik (?:eller tryk )?her for at (?:angive|skrive) (?:tekst|dato)/gi,
  /Afsnittet udfyldes af [A-ZÆØÅ][\wæøå ]{0,60}/g,
  /Udfyld tabel(?:len| [A-E](?: og [A-E])?) (?:såfremt|hvis)[^.]{0,80}/gi,
  /Beskriv, hvordan relevante samarbejdspartnere inddrages i forslaget/gi,
];

export const placeholder: Rule = {
  id: 'process.placeholder',
  severity: 'warning',
  title: 'Ingen skabelontekst eller pladsholdere tilbage i forslaget',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const p of ctx.doc.proposals) {
      const t = proposalText(ctx, p);
      const seen = new Set<string>();
      for (const re of PLACEHOLDERS) {
        for (const m of t.text.matchAll(re)) {
          const found = m[0].trim();
          const line = lineAt(t, m.index);
          const key = `${found}@${String(line)}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push(
            finding(
              placeholder.id,
              'warning',
              { proposalRef: p.ref, sourceLine: line },
              null,
              found,
              `Skabelonens vejledning eller pladsholder står stadig i forslaget: "${found}".`,
            ),
          );
        }
      }
    }
    return out;
  },
};

interface Requirement {
  body: string;
  consulted: RegExp;
  applies: (p: Proposal, about: string) => boolean;
  why: string;
}

const REQUIREMENTS: Requirement[] = [
  {
    body: 'IT-kredsen',
    consulted: /it-kredsen/i,
    applies: (_p, about) => /digitali|it-system|it-løsning|systemunderstøt|automatiser|kunstig intelligens|\bAI\b|robot|selvbetjen/i.test(about),
    why: 'digitaliseringsprojekter skal høres i IT-kredsen',
  },
  {
    body: 'HR-kredsen',
    consulted: /hr-kredsen/i,
    applies: (_p, about) => /\bferie|fravær|lønadministration|personaleadministration|arbejdsgiverområdet|\bHR\b/i.test(about),
    why: 'effektiviseringer på arbejdsgiverområdet skal høres i HR-kredsen før CFØ’s endelige godkendelse',
  },
  {
    body: 'ejendomsfaglig vurdering',
    consulted: /ejendomsfaglig|københavns ejendomme|\bkejd\b|\bkeid\b/i,
    applies: (_p, about) => /kvadratmeter|\bm2\b|m²|lejemål|samlokali|fraflyt|flytning|ombygning|renovering/i.test(about),
    why: 'ændrede behov for kvadratmeter kræver en ejendomsfaglig vurdering',
  },
  {
    body: 'velfærdsanalytisk vurdering',
    consulted: /velfærdsanalytisk|analyseenhed/i,
    applies: (p) => (p.economy?.lines ?? []).some((l) => l.section === 'varig' && l.budgetArea === 'overfoersler'),
    why: 'effekter på overførsler kræver en velfærdsanalytisk vurdering',
  },
];

export const requiredConsultation: Rule = {
  id: 'process.consultation',
  severity: 'info',
  title: 'Høringer, skabelonen kræver for forslagets indhold (IT-kredsen, HR-kredsen, ejendomsfaglig og velfærdsanalytisk vurdering)',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const p of ctx.doc.proposals) {
      // Without a "Hvem er hørt" section nothing can be said about single bodies (structure rules report that).
      if (p.consultations.length === 0) continue;
      const about = `${p.title} ${p.summary ?? ''}`;
      for (const r of REQUIREMENTS) {
        if (!r.applies(p, about)) continue;
        const rows = p.consultations.filter((c) => r.consulted.test(c.body));
        if (rows.some((c) => c.answer === 'ja' || (c.answer === null && (c.text ?? '').trim() !== ''))) continue;
        const nej = rows.find((c) => c.answer === 'nej');
        out.push(
          finding(
            requiredConsultation.id,
            'info',
            { proposalRef: p.ref, sourceLine: nej?.sourceLine ?? p.consultations[0]?.sourceLine ?? proposalLine(p) },
            `${r.body}: Ja`,
            nej ? `${r.body}: Nej${nej.text ? ` (${nej.text})` : ''}` : null,
            `${r.body} er ${nej ? 'angivet som ikke hørt' : 'ikke nævnt under "Hvem er hørt"'}; ${r.why}.`,
          ),
        );
      }
    }
    return out;
  },
};

export const processRules: Rule[] = [cfoApproval, placeholder, requiredConsultation];
