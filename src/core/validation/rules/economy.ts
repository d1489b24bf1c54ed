// Rule family 1: the identities of the economic table (domain.md §4, identities 1–3).
// Each printed total is checked against the printed rows it sums, year by year, with the rounding
// policy of support.ts. A year where the total is blank is not checked (blank is not zero); a
// year where the total is printed but no row has a value is checked against 0.
import {
  BUDGET_AREAS,
  type BudgetArea,
  type Economy,
  type Proposal,
  type Section,
  type YearAmounts,
} from '../../model.ts';
import type { Finding, Rule, RuleContext, Severity } from '../finding.ts';
import { rowCounts } from '../line-sums.ts';
import { finding, get, statedLine, sumCode, sumSeverity, yearsOf } from '../support.ts';

/** One year where a printed total differs from the sum of its rows. */
interface TotalDifference {
  year: number;
  sum: number;
  found: number;
  rows: number;
  severity: Severity;
}

function compareTotal(
  rule: Rule,
  economy: Economy,
  stated: YearAmounts,
  computed: YearAmounts | undefined,
  rowCounts: Map<number, number>,
): TotalDifference[] {
  const out: TotalDifference[] = [];
  for (const year of yearsOf(stated)) {
    const found = get(stated, year);
    if (found === undefined) continue;
    // A year no row fills sums to nothing; a printed total there is compared with 0.
    const sum = get(computed, year) ?? 0;
    const rows = rowCounts.get(year) ?? 0;
    const severity = sumSeverity(sum, found, rows, economy.unit, rule.severity);
    if (severity) out.push({ year, sum, found, rows, severity });
  }
  return out;
}

const AREA_CODE = {
  varig: 'economy.permanent-area-subtotal',
  implementering: 'economy.implementation-area-subtotal',
} as const;

function areaSubtotals(rule: Rule, section: Section, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const p of ctx.doc.proposals) {
    const e = p.economy;
    // Area subtotals are only checked when every row of the section has a budget area.
    if (!e || !rowCounts(ctx, e).allAreasKnown[section]) continue;
    const byArea = section === 'varig' ? e.stated.permanentByArea : e.stated.implementationByArea;
    if (!byArea) continue;
    const d = ctx.derived(p);
    if (!d) continue;
    const computedByArea = section === 'varig' ? d.permanentByArea : d.implementationByArea;
    for (const area of BUDGET_AREAS) {
      const stated = byArea[area];
      if (!stated) continue;
      const field = `${section === 'varig' ? 'permanentByArea' : 'implementationByArea'}.${area}`;
      const rows = rowCounts(ctx, e).byArea[section].get(area) ?? new Map<number, number>();
      for (const t of compareTotal(rule, e, stated, computedByArea[area], rows)) {
        out.push(areaFinding(AREA_CODE[section], p, e, area, t, statedLine(p, field)));
      }
    }
  }
  return out;
}

function areaFinding(
  code: (typeof AREA_CODE)[Section],
  p: Proposal,
  e: Economy,
  area: BudgetArea,
  t: TotalDifference,
  sourceLine: number | null,
): Finding {
  return finding(
    sumCode(code, t.severity),
    t.severity,
    { proposalRef: p.ref, year: t.year, sourceLine },
    t.sum,
    t.found,
    { area, year: t.year, rows: t.rows, expected: t.sum, found: t.found, unit: e.unit },
  );
}

const TOTAL_CODE = {
  varig: 'economy.permanent-total',
  implementering: 'economy.implementation-total',
} as const;

function sectionTotal(rule: Rule, section: Section, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const p of ctx.doc.proposals) {
    const e = p.economy;
    const d = ctx.derived(p);
    if (!e || !d) continue;
    const field = section === 'varig' ? 'permanentChange' : 'implementationCost';
    const rows = rowCounts(ctx, e).bySection[section];
    for (const t of compareTotal(rule, e, e.stated[field], d[field], rows)) {
      out.push(
        finding(
          sumCode(TOTAL_CODE[section], t.severity),
          t.severity,
          { proposalRef: p.ref, year: t.year, sourceLine: statedLine(p, field) },
          t.sum,
          t.found,
          { year: t.year, rows: t.rows, expected: t.sum, found: t.found, unit: e.unit },
        ),
      );
    }
  }
  return out;
}

export const permanentAreaSubtotal: Rule = {
  id: 'economy.permanent-area-subtotal',
  severity: 'error',
  title: '"Samlet varig ændring" pr. styringsområde er summen af områdets rækker',
  check: (ctx) => areaSubtotals(permanentAreaSubtotal, 'varig', ctx),
};

export const permanentTotal: Rule = {
  id: 'economy.permanent-total',
  severity: 'error',
  title: '"Samlet varig ændring" er summen af de varige ændringer',
  check: (ctx) => sectionTotal(permanentTotal, 'varig', ctx),
};

export const implementationAreaSubtotal: Rule = {
  id: 'economy.implementation-area-subtotal',
  severity: 'error',
  title: '"Samlede implementeringsomkostninger" pr. styringsområde er summen af områdets rækker',
  check: (ctx) => areaSubtotals(implementationAreaSubtotal, 'implementering', ctx),
};

export const implementationTotal: Rule = {
  id: 'economy.implementation-total',
  severity: 'error',
  title: '"Samlede implementeringsomkostninger" er summen af implementeringsrækkerne',
  check: (ctx) => sectionTotal(implementationTotal, 'implementering', ctx),
};

/**
 * Samlet økonomisk påvirkning = Samlet varig ændring + Samlede implementeringsomkostninger.
 * Each side uses the printed total where the document prints one, else the sum of the rows, so a
 * wrong row sum is reported once (by the rules above) and not again here.
 */
export const impactTotal: Rule = {
  id: 'economy.impact-total',
  severity: 'error',
  title: '"Samlet økonomisk påvirkning" = samlet varig ændring + samlede implementeringsomkostninger',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const p of ctx.doc.proposals) {
      const e = p.economy;
      const d = ctx.derived(p);
      if (!e || !d) continue;
      for (const year of yearsOf(e.stated.economicImpact)) {
        const found = get(e.stated.economicImpact, year);
        if (found === undefined) continue;
        const a = get(e.stated.permanentChange, year) ?? get(d.permanentChange, year);
        const b = get(e.stated.implementationCost, year) ?? get(d.implementationCost, year);
        if (a === undefined && b === undefined) continue;
        const expected = (a ?? 0) + (b ?? 0);
        const terms = (a === undefined ? 0 : 1) + (b === undefined ? 0 : 1);
        const severity = sumSeverity(expected, found, terms, e.unit, impactTotal.severity);
        if (!severity) continue;
        out.push(
          finding(
            sumCode('economy.impact-total', severity),
            severity,
            { proposalRef: p.ref, year, sourceLine: statedLine(p, 'economicImpact') },
            expected,
            found,
            {
              year,
              permanent: a ?? null,
              implementation: b ?? null,
              expected,
              found,
              unit: e.unit,
            },
          ),
        );
      }
    }
    return out;
  },
};

export const economyRules: Rule[] = [
  permanentAreaSubtotal,
  permanentTotal,
  implementationAreaSubtotal,
  implementationTotal,
  impactTotal,
];
