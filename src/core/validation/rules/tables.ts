// Rule family 3: the Kvantum tables A–E, the administration table and any other amount table
// with a printed total row (domain.md §4, identity 6).
//   Σ Tabel A (måltalseffekt)        = Samlet varig ændring, per year;
//   Σ Tabel B (varig drift)          = 0 where running costs are carried by the participants;
//   Tabel C = A + B, per committee;
//   Σ Tabel D (anlæg per udvalg)     = implementation costs, anlæg;
//   Σ Tabel E (service per udvalg)   = implementation costs, service;
//   a printed total row              = Σ the other rows.
// Rows in these tables are shares of a total, each rounded to the unit, so the rounding policy
// (support.ts) applies with the number of summed rows.
import type { AmountTable, Kroner, Proposal, YearAmounts } from '../../model.ts';
import type { Finding, Rule, RuleContext, Severity } from '../finding.ts';
import { rowCounts } from '../line-sums.ts';
import { finding, get, normaliseText, sumCode, sumSeverity, yearsOf } from '../support.ts';
import { permanentOf } from './catalog.ts';

/**
 * The 2021 pool template's technical annex holds the same tables under other numbers: 1.14
 * måltalseffekt (A), 1.16 bevillingsmæssig effekt hvis forslaget *ikke* indarbejdes (B), 1.15 …
 * hvis forslaget indarbejdes (C), 1.17 fordeling af anlægsinvesteringer (D).
 */
const ANNEX_2021: Record<'A' | 'B' | 'C' | 'D' | 'E', string | null> = {
  A: '1.14',
  B: '1.16',
  C: '1.15',
  D: '1.17',
  E: null,
};

export function kvantumTable(p: Proposal, id: 'A' | 'B' | 'C' | 'D' | 'E'): AmountTable | null {
  const annex = ANNEX_2021[id];
  return (
    p.kvantumTables.find((t) => t.id === id) ??
    (annex === null ? undefined : p.kvantumTables.find((t) => t.id === annex)) ??
    p.kvantumTables.find((t) => new RegExp(`^\\s*tabel\\s+${id}\\b`, 'i').test(t.title)) ??
    null
  );
}

/** Per year: the sum of the table's ordinary rows and how many rows carried a value. */
function tableSums(t: AmountTable): Map<number, { sum: Kroner; rows: number }> {
  const out = new Map<number, { sum: Kroner; rows: number }>();
  for (const r of t.rows) {
    if (r.isTotal) continue;
    for (const y of yearsOf(r.amounts)) {
      const cur = out.get(y) ?? { sum: 0, rows: 0 };
      cur.sum += get(r.amounts, y) ?? 0;
      cur.rows += 1;
      out.set(y, cur);
    }
  }
  return out;
}

function allTables(p: Proposal): AmountTable[] {
  return p.administrationEffect ? [p.administrationEffect, ...p.kvantumTables] : p.kvantumTables;
}

export const tableTotalRow: Rule = {
  id: 'table.total-row',
  severity: 'error',
  title: 'En tabels total-række = summen af tabellens øvrige rækker',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const p of ctx.doc.proposals) {
      for (const t of allTables(p)) {
        const totals = t.rows.filter((r) => r.isTotal);
        // With several printed totals (sub-totals) it is not certain which rows each one sums.
        if (totals.length !== 1) continue;
        const total = totals[0];
        if (!total) continue;
        const sums = tableSums(t);
        for (const y of yearsOf(total.amounts)) {
          const found = get(total.amounts, y);
          const s = sums.get(y);
          if (found === undefined || !s) continue;
          const severity = sumSeverity(s.sum, found, s.rows, t.unit, tableTotalRow.severity);
          if (!severity) continue;
          out.push(
            finding(
              sumCode('table.total-row', severity),
              severity,
              { proposalRef: p.ref, year: y, sourceLine: total.sourceLine ?? t.sourceLine },
              s.sum,
              found,
              {
                label: total.label,
                table: t.title,
                year: y,
                rows: s.rows,
                expected: s.sum,
                found,
                unit: t.unit,
              },
            ),
          );
        }
      }
    }
    return out;
  },
};

/** The table's total per year: the printed total row where there is one, else the row sum. */
function tableTotal(t: AmountTable): Map<number, { sum: Kroner; rows: number }> {
  const totals = t.rows.filter((r) => r.isTotal);
  const sums = tableSums(t);
  const printed = totals.length === 1 ? totals[0] : undefined;
  if (!printed) return sums;
  const out = new Map<number, { sum: Kroner; rows: number }>();
  for (const y of yearsOf(printed.amounts))
    out.set(y, { sum: get(printed.amounts, y) ?? 0, rows: sums.get(y)?.rows ?? 1 });
  return out;
}

function compareWith(
  rule: Rule,
  code: 'kvantum.table-a' | 'kvantum.table-d' | 'kvantum.table-e',
  ctx: RuleContext,
  id: 'A' | 'D' | 'E',
  reference: (ctx: RuleContext, p: Proposal, year: number) => Kroner | undefined,
): Finding[] {
  const out: Finding[] = [];
  for (const p of ctx.doc.proposals) {
    const t = kvantumTable(p, id);
    if (!t || !p.economy) continue;
    for (const [year, s] of tableTotal(t)) {
      const ref = reference(ctx, p, year);
      if (ref === undefined) continue;
      const severity = sumSeverity(ref, s.sum, s.rows, t.unit, rule.severity);
      if (!severity) continue;
      out.push(
        finding(
          sumCode(code, severity),
          severity,
          { proposalRef: p.ref, year, sourceLine: t.sourceLine },
          ref,
          s.sum,
          {
            table: t.title,
            year,
            // The 2021 annex's Tabel 1.14 is compared with the service part only (permanentForTableA).
            serviceOnly: id === 'A' && t.id === ANNEX_2021.A,
            expected: ref,
            found: s.sum,
            unit: t.unit,
          },
        ),
      );
    }
  }
  return out;
}

function implementationByArea(
  ctx: RuleContext,
  p: Proposal,
  area: 'service' | 'anlaeg',
  year: number,
): Kroner | undefined {
  const e = p.economy;
  if (!e) return undefined;
  const stated = get(e.stated.implementationByArea?.[area], year);
  if (stated !== undefined) return stated;
  // Without an area on every row the area's share cannot be known.
  if (!rowCounts(ctx, e).allAreasKnown.implementering) return undefined;
  return get(ctx.derived(p)?.implementationByArea[area], year) ?? 0;
}

/** The 2021 technical annex covers the service part only ("… varige driftsomkostninger, service"). */
function permanentForTableA(ctx: RuleContext, p: Proposal, year: number): Kroner | undefined {
  const t = kvantumTable(p, 'A');
  if (t?.id !== ANNEX_2021.A) return permanentOf(ctx, p, year);
  const e = p.economy;
  if (!e || !rowCounts(ctx, e).allAreasKnown.varig) return undefined;
  return (
    get(e.stated.permanentByArea?.service, year) ?? get(ctx.derived(p)?.permanentByArea.service, year) ?? 0
  );
}

export const tableA: Rule = {
  id: 'kvantum.table-a',
  severity: 'error',
  title: 'Σ Tabel A (måltalseffekt) = samlet varig ændring (2021-bilagets tabel 1.14: service-delen)',
  check: (ctx) => compareWith(tableA, 'kvantum.table-a', ctx, 'A', permanentForTableA),
};

export const tableD: Rule = {
  id: 'kvantum.table-d',
  severity: 'error',
  title: 'Σ Tabel D (anlæg pr. udvalg) = implementeringsomkostninger, anlæg',
  check: (ctx) =>
    compareWith(tableD, 'kvantum.table-d', ctx, 'D', (c, p, y) => implementationByArea(c, p, 'anlaeg', y)),
};

export const tableE: Rule = {
  id: 'kvantum.table-e',
  severity: 'error',
  title: 'Σ Tabel E (service pr. udvalg) = implementeringsomkostninger, service',
  check: (ctx) =>
    compareWith(tableE, 'kvantum.table-e', ctx, 'E', (c, p, y) => implementationByArea(c, p, 'service', y)),
};

/**
 * Tabel B moves money for the running costs. The corpus prints it two ways: as a transfer between
 * the participants (sums to 0, 2025 file BC02) or as the running costs added to the committees'
 * frames (sums to the proposal's new running costs, 2025 file Forslag 2). Anything else is reported.
 */
export const tableB: Rule = {
  id: 'kvantum.table-b-zero',
  severity: 'warning',
  title: 'Σ Tabel B (bevillingsmæssig effekt, varig drift) = 0 eller forslagets nye driftsudgifter',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const p of ctx.doc.proposals) {
      const t = kvantumTable(p, 'B');
      if (!t) continue;
      const running = ctx.derived(p)?.newRunningCosts;
      for (const [year, s] of tableTotal(t)) {
        const cost = get(running, year) ?? 0;
        const toZero = sumSeverity(0, s.sum, s.rows, t.unit, tableB.severity);
        const toCost = sumSeverity(cost, s.sum, s.rows, t.unit, tableB.severity);
        if (!toZero || !toCost) continue;
        // Report against the nearer of the two readings.
        const [expected, severity]: [Kroner, Severity] =
          Math.abs(s.sum) <= Math.abs(s.sum - cost) ? [0, toZero] : [cost, toCost];
        out.push(
          finding(
            sumCode('kvantum.table-b-zero', severity),
            severity,
            { proposalRef: p.ref, year, sourceLine: t.sourceLine },
            expected,
            s.sum,
            { table: t.title, year, runningCosts: cost, expected, found: s.sum, unit: t.unit },
          ),
        );
      }
    }
    return out;
  },
};

/** Rows of A, B and C are the same committee/budget unit when their printed labels agree. */
function rowKey(r: { label: string }): string {
  return normaliseText(r.label);
}

export const tableC: Rule = {
  id: 'kvantum.table-c',
  severity: 'error',
  title: 'Tabel C = Tabel A + Tabel B for hvert udvalg (eller A − B, hvor B er driftsudgiften lagt til)',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const p of ctx.doc.proposals) {
      const [a, b, c] = [kvantumTable(p, 'A'), kvantumTable(p, 'B'), kvantumTable(p, 'C')];
      if (!a || !b || !c) continue;
      // A committee printed twice (2021 BC11 Tabel 1.16: "Koncern IT" again, blank) adds up.
      const index = (t: AmountTable): Map<string, YearAmounts> => {
        const m = new Map<string, YearAmounts>();
        for (const r of t.rows) {
          if (r.isTotal) continue;
          const prev = m.get(rowKey(r));
          if (!prev) {
            m.set(rowKey(r), r.amounts);
            continue;
          }
          const sum: YearAmounts = { ...prev };
          for (const [y, v] of Object.entries(r.amounts)) sum[y] = (sum[y] ?? 0) + v;
          m.set(rowKey(r), sum);
        }
        return m;
      };
      const [ai, bi] = [index(a), index(b)];
      for (const r of c.rows) {
        if (r.isTotal) continue;
        const ra = ai.get(rowKey(r));
        const rb = bi.get(rowKey(r));
        if (!ra && !rb) continue;
        for (const y of yearsOf(r.amounts)) {
          const found = get(r.amounts, y);
          const va = get(ra, y);
          const vb = get(rb, y);
          if (found === undefined || (va === undefined && vb === undefined)) continue;
          // The template defines C = A + B; where the corpus prints B as the running costs added
          // (positive) C is written as A − B, so both readings are accepted.
          const plus = (va ?? 0) + (vb ?? 0);
          const minus = (va ?? 0) - (vb ?? 0);
          const sevPlus = sumSeverity(plus, found, 2, c.unit, tableC.severity);
          const sevMinus = sumSeverity(minus, found, 2, c.unit, tableC.severity);
          if (!sevPlus || !sevMinus) continue;
          const expected = plus;
          const severity = sevPlus;
          out.push(
            finding(
              sumCode('kvantum.table-c', severity),
              severity,
              { proposalRef: p.ref, year: y, sourceLine: r.sourceLine ?? c.sourceLine },
              expected,
              found,
              { label: r.label, year: y, a: va ?? null, b: vb ?? null, expected, found, unit: c.unit },
            ),
          );
        }
      }
    }
    return out;
  },
};

export const tableRules: Rule[] = [tableTotalRow, tableA, tableB, tableC, tableD, tableE];
