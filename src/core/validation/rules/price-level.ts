// Rule family 6: pris- og lønniveau. Every amount table carries a p/l year; a proposal's tables
// should agree with each other, and the catalog with its proposals (the conversion check itself,
// price-level.unconverted, sits with the catalog comparison in catalog.ts).
import type { Finding, Rule } from '../finding.ts';
import { proposalText } from '../proposal-text.ts';
import { finding, proposalLine } from '../support.ts';

export const priceLevelMissing: Rule = {
  id: 'price-level.missing',
  severity: 'warning',
  title: 'Forslagets økonomitabel angiver et pris- og lønniveau (p/l)',
  check: (ctx) =>
    ctx.doc.proposals
      .filter((p) => p.economy !== null && p.economy.priceLevelYear === null && p.economy.lines.length > 0)
      .map((p) =>
        finding(
          'price-level.missing',
          'warning',
          { proposalRef: p.ref, sourceLine: p.economy?.stated.sourceLines?.header ?? proposalLine(p) },
          null,
          null,
          {},
        ),
      ),
};

export const priceLevelTables: Rule = {
  id: 'price-level.tables',
  severity: 'warning',
  title: 'Forslagets tabeller er i samme p/l-år',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const p of ctx.doc.proposals) {
      const main = p.economy?.priceLevelYear ?? null;
      if (main === null) continue;
      const tables = p.administrationEffect ? [p.administrationEffect, ...p.kvantumTables] : p.kvantumTables;
      // One finding per differing p/l year, naming every table in it: one cause, one line to read.
      const byYear = new Map<number, typeof tables>();
      for (const t of tables) {
        if (t.priceLevelYear === null || t.priceLevelYear === main) continue;
        byYear.set(t.priceLevelYear, [...(byYear.get(t.priceLevelYear) ?? []), t]);
      }
      for (const [year, ts] of byYear) {
        const names = ts.map((t) => `"${t.title}"`).join(', ');
        out.push(
          finding(
            'price-level.tables',
            'warning',
            { proposalRef: p.ref, sourceLine: ts[0]?.sourceLine ?? proposalLine(p) },
            `${main} p/l`,
            `${year} p/l`,
            { tables: names, count: ts.length, year, economyYear: main },
          ),
        );
      }
    }
    return out;
  },
};

/**
 * The template's note under the table ("Forslaget skal udarbejdes i 2026 p/l, men forslag der
 * udmøntes i overførselssagen udmøntes i 2025 p/l …") against the table header. Every p/l year the
 * note names is accepted, so a table in the implementation p/l the note allows is not reported.
 */
export const priceLevelNote: Rule = {
  id: 'price-level.note',
  severity: 'warning',
  title: 'Tabellens p/l-år er et af dem, noten under tabellen angiver',
  check: (ctx) => {
    const out: Finding[] = [];
    if (!ctx.options.sourceLines) return out;
    for (const p of ctx.doc.proposals) {
      const header = p.economy?.priceLevelYear ?? null;
      if (header === null) continue;
      const t = proposalText(ctx, p);
      // Letter spacing ("2 0 2 6  p / l") is common in the notes: match on the text without spaces.
      const squeezed = t.text.replace(/\s+/g, '');
      const m = /udarbejdesi(\d{4})p\/l/i.exec(squeezed);
      if (!m) continue;
      const note = squeezed.slice(m.index, m.index + 220);
      const years = [...note.matchAll(/(\d{4})p\/l/gi)].map((x) => Number(x[1]));
      if (years.includes(header)) continue;
      out.push(
        finding(
          'price-level.note',
          'warning',
          { proposalRef: p.ref, sourceLine: p.economy?.stated.sourceLines?.header ?? proposalLine(p) },
          `${years[0] ?? ''} p/l`,
          `${header} p/l`,
          {
            // The regex above matched "udarbejdes i ÅÅÅÅ p/l", so the note names at least one year.
            noteYear: years[0] ?? Number(m[1]),
            otherYears: [...new Set(years.slice(1))].join(', '),
            tableYear: header,
          },
        ),
      );
    }
    return out;
  },
};

export const priceLevelRules: Rule[] = [priceLevelMissing, priceLevelTables, priceLevelNote];
