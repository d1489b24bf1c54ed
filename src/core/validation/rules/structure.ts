// Rule family 9: structure. Mandatory parts of a proposal, duplicate references, and year columns
// that differ inside one proposal. The mandatory parts are those every template generation in the
// corpus has (2021 pool format, 2025 cross-cutting, 2026); a foranalyse has its own short list.
import type { Proposal } from '../../model.ts';
import { normaliseRef } from '../catalog-match.ts';
import type { Finding, Rule } from '../finding.ts';
import { rowCounts } from '../line-sums.ts';
import { proposalText } from '../proposal-text.ts';
import { finding, proposalLine } from '../support.ts';

export const duplicateRef: Rule = {
  id: 'structure.duplicate-ref',
  severity: 'error',
  title: 'Hvert forslagsnummer findes kun én gang',
  check: (ctx) => {
    const out: Finding[] = [];
    const seen = new Map<string, Proposal>();
    for (const p of ctx.doc.proposals) {
      const key = normaliseRef(p.ref);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, p);
        continue;
      }
      out.push(
        finding(
          'structure.duplicate-ref',
          'error',
          { proposalRef: p.ref, sourceLine: proposalLine(p) },
          null,
          p.ref,
          { ref: p.ref, otherTitle: first.title, otherLine: proposalLine(first) },
        ),
      );
    }
    return out;
  },
};

interface Part {
  name: string;
  present: (p: Proposal) => boolean;
  /** The heading as it stands in the source text, spaces removed (letter spacing is common). */
  heading?: RegExp;
  kinds: Proposal['kind'][];
}

const PARTS: Part[] = [
  {
    name: 'titel',
    present: (p) => p.title.trim() !== '',
    kinds: ['investering', 'effektivisering', 'foranalyse'],
  },
  {
    name: 'Kort resumé',
    present: (p) => (p.summary ?? '').trim() !== '',
    heading: /kortresumé/i,
    kinds: ['investering', 'effektivisering'],
  },
  {
    name: 'Fremstillende forvaltning',
    present: (p) => p.presentingAdministrations.length > 0,
    kinds: ['investering', 'effektivisering'],
  },
  {
    name: 'økonomitabel (Forslagets samlede økonomiske konsekvenser)',
    present: (p) => p.economy !== null,
    kinds: ['investering', 'effektivisering'],
  },
  {
    name: 'Opfølgningsmål',
    present: (p) => p.followUp.length > 0,
    heading: /opfølgningsmål/i,
    kinds: ['investering'],
  },
  {
    name: 'Risikovurdering',
    present: (p) => p.risk !== null,
    heading: /risikovurdering/i,
    kinds: ['investering', 'effektivisering'],
  },
  {
    name: 'Hvem er hørt',
    present: (p) => p.consultations.length > 0,
    heading: /hvemerhørt/i,
    kinds: ['investering', 'effektivisering'],
  },
  { name: 'ansøgt beløb (Økonomi)', present: (p) => p.requestedAmount !== null, kinds: ['foranalyse'] },
];

export const missingPart: Rule = {
  id: 'structure.missing-part',
  severity: 'warning',
  title: 'Forslaget har skabelonens obligatoriske afsnit og felter',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const p of ctx.doc.proposals) {
      let squeezed: string | null = null;
      for (const part of PARTS) {
        if (!part.kinds.includes(p.kind) || part.present(p)) continue;
        // An imported proposal has the part when its heading is in the text, even if the
        // importer read nothing under it (e.g. "6. Hvem er hørt? – Ikke relevant").
        if (part.heading && ctx.options.sourceLines) {
          squeezed ??= proposalText(ctx, p).text.replace(/\s+/g, '');
          if (part.heading.test(squeezed)) continue;
        }
        out.push(
          finding(
            'structure.missing-part',
            'warning',
            { proposalRef: p.ref, sourceLine: proposalLine(p) },
            part.name,
            null,
            { part: part.name },
          ),
        );
      }
    }
    return out;
  },
};

export const yearColumns: Rule = {
  id: 'structure.year-columns',
  severity: 'info',
  title: 'Forslagets tabeller har de samme årskolonner',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const p of ctx.doc.proposals) {
      const e = p.economy;
      if (!e || e.years.length === 0) continue;
      const main = e.years.join(', ');
      const tables = p.administrationEffect ? [p.administrationEffect, ...p.kvantumTables] : p.kvantumTables;
      for (const t of tables) {
        if (t.years.length === 0) continue;
        const these = t.years.join(', ');
        if (these === main) continue;
        out.push(
          finding(
            'structure.year-columns',
            'info',
            { proposalRef: p.ref, sourceLine: t.sourceLine ?? proposalLine(p) },
            main,
            these,
            { table: t.title, years: these, economyYears: main },
          ),
        );
      }
    }
    return out;
  },
};

export const economyYears: Rule = {
  id: 'structure.economy-years',
  severity: 'warning',
  title: 'Økonomitabellens beløb står i tabellens årskolonner',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const p of ctx.doc.proposals) {
      const e = p.economy;
      if (!e || e.years.length === 0) continue;
      for (const { line: l, years: outside } of rowCounts(ctx, e).outsideColumns) {
        out.push(
          finding(
            'structure.economy-years',
            'warning',
            { proposalRef: p.ref, year: outside[0] ?? null, sourceLine: l.sourceLine },
            e.years.join(', '),
            outside.join(', '),
            { label: l.label, years: outside.join(', '), columns: e.years.join(', ') },
          ),
        );
      }
    }
    return out;
  },
};

export const structureRules: Rule[] = [duplicateRef, missingPart, yearColumns, economyYears];
