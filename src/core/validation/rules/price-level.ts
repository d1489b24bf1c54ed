// Rule family 6: pris- og lønniveau. Every amount table carries a p/l year; a proposal's tables
// should agree with each other, and the catalog with its proposals (the conversion check itself,
// price-level.unconverted, sits with the catalog comparison in catalog.ts).
import type { Finding, Rule } from '../finding.ts';
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
          priceLevelMissing.id,
          'warning',
          { proposalRef: p.ref, sourceLine: p.economy?.stated.sourceLines?.header ?? proposalLine(p) },
          null,
          null,
          'Økonomitabellen angiver ikke, hvilket pris- og lønniveau (p/l) beløbene er i.',
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
            priceLevelTables.id,
            'warning',
            { proposalRef: p.ref, sourceLine: ts[0]?.sourceLine ?? proposalLine(p) },
            `${main} p/l`,
            `${year} p/l`,
            `${ts.length === 1 ? 'Tabellen' : `${ts.length} tabeller`} ${names} ${ts.length === 1 ? 'er' : 'er'} i ${year} p/l, men forslagets økonomitabel er i ${main} p/l.`,
          ),
        );
      }
    }
    return out;
  },
};

export const priceLevelRules: Rule[] = [priceLevelMissing, priceLevelTables];
