// Rule family 5: signs. The template's note says savings are negative ("Alle effektiviseringer er
// angivet med negativt fortegn"), implementation costs positive; the catalog flips the sign
// (sign.catalog-row lives with the catalog rules, catalog.ts). These rules look inside a proposal.
import type { Finding, Rule } from '../finding.ts';
import { rowCounts } from '../line-sums.ts';
import { finding, statedLine, yearsOf } from '../support.ts';

/** A row label that names a saving: such a row must be negative. */
const SAVING_LABEL = /effektivisering|besparelse|mindreforbrug|mindreudgift|reduktion/i;
/** … unless it is the cost side of one ("udgift til", "omkostning", "drift af", "øget"). */
const COST_WORDS = /(udgift|omkostning|drift af|\bøge|merudgift|licens|investering)/i;

export const efficiencyPositive: Rule = {
  id: 'sign.efficiency-positive',
  severity: 'error',
  title: 'Et effektiviseringsforslags samlede varige ændring er negativ (besparelse)',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const p of ctx.doc.proposals) {
      const e = p.economy;
      const d = ctx.derived(p);
      if (!e || !d || p.kind !== 'effektivisering') continue;
      const series =
        Object.keys(e.stated.permanentChange).length > 0 ? e.stated.permanentChange : d.permanentChange;
      const years = yearsOf(series);
      const values = years.map((y) => series[String(y)] ?? 0);
      if (values.length === 0 || !values.every((v) => v > 0)) continue;
      const last = values[values.length - 1] ?? 0;
      out.push(
        finding(
          'sign.efficiency-positive',
          'error',
          { proposalRef: p.ref, sourceLine: statedLine(p, 'permanentChange') },
          -last,
          last,
          { year: years[years.length - 1] ?? 0, last, unit: e.unit },
        ),
      );
    }
    return out;
  },
};

export const savingLinePositive: Rule = {
  id: 'sign.saving-line-positive',
  severity: 'warning',
  title: 'En række, der hedder effektivisering/besparelse, har negativt fortegn',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const p of ctx.doc.proposals) {
      const e = p.economy;
      if (!e) continue;
      for (const l of rowCounts(ctx, e).allPositivePermanent) {
        if (!SAVING_LABEL.test(l.label) || COST_WORDS.test(l.label)) continue;
        const year = yearsOf(l.amounts)[0] ?? 0;
        const first = l.amounts[String(year)] ?? 0;
        out.push(
          finding(
            'sign.saving-line-positive',
            'warning',
            { proposalRef: p.ref, sourceLine: l.sourceLine },
            -first,
            first,
            { label: l.label, year, value: first, unit: e.unit },
          ),
        );
      }
    }
    return out;
  },
};

export const implementationNegative: Rule = {
  id: 'sign.implementation-negative',
  severity: 'warning',
  title: 'Implementeringsomkostninger er positive',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const p of ctx.doc.proposals) {
      const e = p.economy;
      if (!e) continue;
      for (const { line: l, year: y, value: v } of rowCounts(ctx, e).negativeImplementation) {
        out.push(
          finding(
            'sign.implementation-negative',
            'warning',
            { proposalRef: p.ref, year: y, sourceLine: l.sourceLine },
            -v,
            v,
            { label: l.label, year: y, value: v, unit: e.unit },
          ),
        );
      }
    }
    return out;
  },
};

export const signRules: Rule[] = [efficiencyPositive, savingLinePositive, implementationNegative];
