// Rule family 2: the catalog against its proposals (domain.md §4, identities 4 and 5), and the
// catalog's own sums. Catalog sign convention: positive = saving, so a catalog row for a year
// equals −(Samlet varig ændring) of that year. A catalog printed in a coarser unit than the
// proposal (2021: mio. kr. with one decimal) is compared after rounding the proposal's figure to
// that unit; a remaining difference of one unit is reported as info (rounding), more as error.
import { UnknownPriceLevel } from '../../errors.ts';
import { convertAmount, DEFAULT_PRICE_INDEX } from '../../price-level.ts';
import type { AmountUnit, CatalogRow, CatalogTable, Kroner, Proposal } from '../../model.ts';
import { proposalForRow, titlesAgree } from '../catalog-match.ts';
import { rowCounts } from '../line-sums.ts';
import type { Finding, Rule, RuleContext, Severity } from '../finding.ts';
import { finding, get, sumCode, sumSeverity, unitStep, yearsOf } from '../support.ts';

/** Rounds kroner to a multiple of `step`, half away from zero, in integers. */
export function roundToStep(kroner: Kroner, step: number): Kroner {
  if (step <= 1) return kroner;
  const abs = Math.abs(kroner);
  const r = Math.floor(abs / step) * step + (abs % step >= step / 2 ? step : 0);
  return kroner < 0 ? -r : r;
}

/** Samlet varig ændring of a year: printed where printed, else the engine's sum of the rows. */
export function permanentOf(ctx: RuleContext, p: Proposal, year: number): Kroner | undefined {
  const e = p.economy;
  if (!e) return undefined;
  const stated = get(e.stated.permanentChange, year);
  if (stated !== undefined) return stated;
  return get(ctx.derived(p)?.permanentChange, year);
}

/** An efficiency proposal whose Samlet varig ændring is positive in every year: savings printed positive. */
export function savingsPrintedPositive(ctx: RuleContext, p: Proposal): boolean {
  const e = p.economy;
  if (!e || p.kind !== 'effektivisering') return false;
  const series =
    Object.keys(e.stated.permanentChange).length > 0
      ? e.stated.permanentChange
      : (ctx.derived(p)?.permanentChange ?? {});
  const values = Object.values(series);
  return values.length > 0 && values.every((v) => v > 0);
}

/** Total investment: Σ over years of the printed implementation total, else the engine's total. */
export function investmentOf(ctx: RuleContext, p: Proposal): Kroner | undefined {
  const e = p.economy;
  if (!e) return undefined;
  const stated = Object.values(e.stated.implementationCost);
  if (stated.length > 0) return stated.reduce((a, b) => a + b, 0);
  return ctx.derived(p)?.investmentTotal;
}

const rowTables = new WeakMap<RuleContext, Map<CatalogRow, CatalogTable>>();

/** The table a catalog row stands in (indexed once per run: catalogs may have thousands of rows). */
function tableOf(ctx: RuleContext, row: CatalogRow): CatalogTable | undefined {
  let m = rowTables.get(ctx);
  if (!m) {
    m = new Map();
    for (const t of ctx.doc.catalog?.tables ?? []) for (const r of t.rows) m.set(r, t);
    rowTables.set(ctx, m);
  }
  return m.get(row);
}

function unitOf(ctx: RuleContext, row: CatalogRow): AmountUnit {
  return tableOf(ctx, row)?.unit ?? 't.kr';
}

/** One year of one catalog row against its proposal. */
export interface RowComparison {
  row: CatalogRow;
  proposal: Proposal;
  year: number;
  unit: AmountUnit;
  expected: Kroner;
  found: Kroner;
  severity: Severity | null;
  signFlipped: boolean;
  /**
   * The proposal's table and the catalog in different p/l years: 'converted' when the catalog
   * matches the converted amount, 'unconverted' when it prints the proposal's amount unchanged
   * although the index says it should differ, 'unknown' when the index lacks a year.
   */
  priceLevel: 'same' | 'converted' | 'unconverted' | 'unknown';
  fromYear: number | null;
  toYear: number | null;
}

const comparisons = new WeakMap<RuleContext, RowComparison[]>();

/** Every catalog row against its proposal, computed once per run (three rules read it). */
export function compareRows(ctx: RuleContext): RowComparison[] {
  let c = comparisons.get(ctx);
  if (!c) {
    c = buildComparisons(ctx);
    comparisons.set(ctx, c);
  }
  return c;
}

function buildComparisons(ctx: RuleContext): RowComparison[] {
  const doc = ctx.doc;
  const out: RowComparison[] = [];
  if (!doc.catalog) return out;
  for (const row of doc.catalog.rows) {
    const p = proposalForRow(ctx, row, doc.proposals);
    if (!p?.economy) continue;
    const unit = unitOf(ctx, row);
    const step = unitStep(unit);
    const from = p.economy.priceLevelYear;
    const to = tableOf(ctx, row)?.priceLevelYear ?? null;
    const convert = from !== null && to !== null && from !== to;
    const index = ctx.options.priceIndex ?? DEFAULT_PRICE_INDEX;
    // An efficiency proposal that prints its savings positive (sign.efficiency-positive reports
    // it) is compared by amount, so the catalog is not blamed for the proposal's sign.
    const inverted = savingsPrintedPositive(ctx, p);
    for (const year of yearsOf(row.amounts)) {
      const found = get(row.amounts, year);
      const perm = permanentOf(ctx, p, year);
      if (found === undefined || perm === undefined) continue;
      const saving = inverted ? perm : -perm;
      const plain = roundToStep(saving, step);
      let expected = plain;
      let priceLevel: RowComparison['priceLevel'] = 'same';
      if (convert) {
        try {
          expected = roundToStep(convertAmount(saving, from, to, index), step);
          priceLevel = found === plain && plain !== expected ? 'unconverted' : 'converted';
        } catch (e) {
          if (!(e instanceof UnknownPriceLevel)) throw e;
          priceLevel = 'unknown';
        }
      }
      const diff = Math.abs(found - expected);
      const severity: Severity | null = diff === 0 ? null : diff <= step ? 'info' : 'error';
      out.push({
        row,
        proposal: p,
        year,
        unit,
        expected,
        found,
        severity,
        signFlipped: expected !== 0 && found === -expected,
        priceLevel,
        fromYear: from,
        toYear: to,
      });
    }
  }
  return out;
}

/** The parameters every catalog-row message shares: the row, the year, the amounts and p/l years. */
function rowParams(c: RowComparison) {
  return {
    title: c.row.title,
    year: c.year,
    expected: c.expected,
    found: c.found,
    unit: c.unit,
    fromPriceLevel: c.fromYear,
    toPriceLevel: c.toYear,
  };
}

function rowWhere(c: RowComparison) {
  return { proposalRef: c.proposal.ref, year: c.year, sourceLine: c.row.sourceLine };
}

export const rowAmount: Rule = {
  id: 'catalog.row-amount',
  severity: 'error',
  title: 'Katalogets beløb pr. år = −(samlet varig ændring) i forslagets tabel',
  check: (ctx) =>
    compareRows(ctx)
      .filter((c) => c.severity !== null && !c.signFlipped && c.priceLevel !== 'unconverted')
      .map((c) => {
        const severity = c.severity ?? 'error';
        // Without the index the amounts were compared unconverted: a different statement.
        const code =
          c.priceLevel === 'unknown'
            ? 'catalog.row-amount.no-index'
            : sumCode('catalog.row-amount', severity);
        return finding(code, severity, rowWhere(c), c.expected, c.found, rowParams(c));
      }),
};

export const catalogSign: Rule = {
  id: 'sign.catalog-row',
  severity: 'error',
  title: 'Katalogets fortegn er modsat forslagets (besparelse positiv i kataloget)',
  check: (ctx) =>
    compareRows(ctx)
      .filter((c) => c.signFlipped)
      .map((c) =>
        finding('sign.catalog-row', 'error', rowWhere(c), c.expected, c.found, {
          title: c.row.title,
          year: c.year,
          expected: c.expected,
          found: c.found,
          unit: c.unit,
        }),
      ),
};

export const catalogUnconverted: Rule = {
  id: 'price-level.unconverted',
  severity: 'warning',
  title: 'Kataloget gengiver forslagets beløb uomregnet, selv om p/l-året er et andet',
  check: (ctx) =>
    compareRows(ctx)
      .filter((c) => c.priceLevel === 'unconverted')
      .map((c) =>
        finding('price-level.unconverted', 'warning', rowWhere(c), c.expected, c.found, rowParams(c)),
      ),
};

export const rowInvestment: Rule = {
  id: 'catalog.investment',
  severity: 'error',
  title: 'Katalogets "Samlet investering" = summen af forslagets implementeringsomkostninger',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const row of ctx.doc.catalog?.rows ?? []) {
      const p = proposalForRow(ctx, row, ctx.doc.proposals);
      // A proposal without an implementation block (efficiency proposals; 2025 Forslag 7, whose
      // investment was decided in an earlier business case) says nothing to compare with.
      if (!p?.economy || rowCounts(ctx, p.economy).lines.implementering === 0) continue;
      const expectedRaw = investmentOf(ctx, p);
      if (expectedRaw === undefined) continue;
      const unit = unitOf(ctx, row);
      const step = unitStep(unit);
      const expected = roundToStep(expectedRaw, step);
      const found =
        row.investment ??
        (row.investmentByArea ? Object.values(row.investmentByArea).reduce((a, b) => a + b, 0) : null);
      if (found === null) {
        if (expected > 0) {
          out.push(
            finding(
              'catalog.investment.missing',
              'warning',
              { proposalRef: p.ref, sourceLine: row.sourceLine },
              expected,
              null,
              { title: row.title, expected, unit },
            ),
          );
        }
        continue;
      }
      const diff = Math.abs(found - expected);
      if (diff === 0) continue;
      // Two area figures each rounded to the unit may together be off by two units.
      const tolerance =
        (row.investmentByArea ? Math.max(1, Object.keys(row.investmentByArea).length) : 1) * step;
      const severity: Severity = diff <= tolerance ? 'info' : 'error';
      out.push(
        finding(
          sumCode('catalog.investment', severity),
          severity,
          { proposalRef: p.ref, sourceLine: row.sourceLine },
          expected,
          found,
          { title: row.title, expected, found, unit },
        ),
      );
    }
    return out;
  },
};

export const rowTitle: Rule = {
  id: 'catalog.title',
  severity: 'info',
  title: 'Titlen i kataloget svarer til forslagets overskrift',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const row of ctx.doc.catalog?.rows ?? []) {
      const p = proposalForRow(ctx, row, ctx.doc.proposals);
      if (!p || titlesAgree(p.title, row.title)) continue;
      out.push(
        finding(
          'catalog.title',
          'info',
          { proposalRef: p.ref, sourceLine: row.sourceLine },
          p.title,
          row.title,
          {
            catalogTitle: row.title,
            proposalTitle: p.title,
          },
        ),
      );
    }
    return out;
  },
};

export const rowWithoutProposal: Rule = {
  id: 'catalog.unmatched',
  severity: 'warning',
  title: 'Forslag i dokumentet, som kataloget ikke nævner',
  check: (ctx) => {
    const cat = ctx.doc.catalog;
    if (!cat || !cat.rows.some((r) => r.rowType === 'proposal')) return [];
    const listed = new Set(
      cat.rows.map((r) => proposalForRow(ctx, r, ctx.doc.proposals)).filter((p) => p !== null),
    );
    return ctx.doc.proposals
      .filter((p) => !listed.has(p))
      .map((p) =>
        finding(
          'catalog.unmatched',
          'warning',
          { proposalRef: p.ref, sourceLine: p.sourceLines[0] ?? null },
          null,
          p.title,
          { ref: p.ref, title: p.title },
        ),
      );
  },
};

// ---- the catalog's own sums ----------------------------------------------------------------

/** A numeric field of a catalog row: its value and which column it is (the message names it). */
interface RowField {
  value: Kroner;
  column: 'year' | 'investment' | 'investment-area' | 'full-effect-area';
  area: string | null;
  year: number | null;
}

/** The numeric fields of a catalog row that add up across rows. */
function rowFields(row: CatalogRow): Map<string, RowField> {
  const m = new Map<string, RowField>();
  for (const y of yearsOf(row.amounts))
    m.set(`y${y}`, { value: get(row.amounts, y) ?? 0, column: 'year', area: null, year: y });
  if (row.investment !== null)
    m.set('inv', { value: row.investment, column: 'investment', area: null, year: null });
  for (const [a, v] of Object.entries(row.investmentByArea ?? {}))
    m.set(`inv.${a}`, { value: v, column: 'investment-area', area: a, year: null });
  for (const [a, v] of Object.entries(row.fullEffectByArea ?? {}))
    m.set(`eff.${a}`, { value: v, column: 'full-effect-area', area: a, year: null });
  return m;
}

function hasNumbers(row: CatalogRow): boolean {
  return rowFields(row).size > 0;
}

interface Group {
  head: CatalogRow;
  members: CatalogRow[];
  unit: AmountUnit;
}

/** Committee row → the proposal rows under it; total row → the committee rows (or all rows). */
export function catalogGroups(tables: readonly CatalogTable[]): { committees: Group[]; totals: Group[] } {
  const committees: Group[] = [];
  const totals: Group[] = [];
  let current: Group | null = null;
  let tableRows: { rows: CatalogRow[]; committeeRows: CatalogRow[] } = { rows: [], committeeRows: [] };
  let lastName: string | null = null;
  for (const t of tables) {
    // A table continued after a page break keeps its name; a new name starts new groups.
    if (t.name !== lastName) {
      current = null;
      tableRows = { rows: [], committeeRows: [] };
      lastName = t.name;
    }
    for (const row of t.rows) {
      if (row.rowType === 'committee') {
        current = { head: row, members: [], unit: t.unit };
        if (hasNumbers(row)) committees.push(current);
        tableRows.committeeRows.push(row);
      } else if (row.rowType === 'proposal') {
        current?.members.push(row);
        tableRows.rows.push(row);
      } else {
        const withNumbers = tableRows.committeeRows.filter(hasNumbers);
        totals.push({
          head: row,
          members: withNumbers.length > 0 ? withNumbers : tableRows.rows,
          unit: t.unit,
        });
        current = null;
      }
    }
  }
  return { committees, totals };
}

function checkGroup(
  rule: Rule,
  code: 'catalog.committee-total' | 'catalog.grand-total',
  g: Group,
): Finding[] {
  const out: Finding[] = [];
  if (g.members.length === 0) return out;
  const memberFields = g.members.map(rowFields);
  for (const [key, f] of rowFields(g.head)) {
    let sum = 0;
    let rows = 0;
    for (const mf of memberFields) {
      const v = mf.get(key);
      if (v) {
        sum += v.value;
        rows += 1;
      }
    }
    if (rows === 0) continue;
    const severity = sumSeverity(sum, f.value, rows, g.unit, rule.severity);
    if (!severity) continue;
    out.push(
      finding(
        sumCode(code, severity),
        severity,
        { proposalRef: null, year: f.year, sourceLine: g.head.sourceLine },
        sum,
        f.value,
        {
          title: g.head.title,
          column: f.column,
          area: f.area,
          year: f.year,
          members: g.members.length,
          expected: sum,
          found: f.value,
          unit: g.unit,
        },
      ),
    );
  }
  return out;
}

export const committeeTotal: Rule = {
  id: 'catalog.committee-total',
  severity: 'error',
  title: 'Udvalgets række i kataloget = summen af udvalgets forslag',
  check: (ctx) =>
    catalogGroups(ctx.doc.catalog?.tables ?? []).committees.flatMap((g) =>
      checkGroup(committeeTotal, 'catalog.committee-total', g),
    ),
};

export const grandTotal: Rule = {
  id: 'catalog.grand-total',
  severity: 'error',
  title: '"I alt" i kataloget = summen af udvalgene (eller forslagene)',
  check: (ctx) =>
    catalogGroups(ctx.doc.catalog?.tables ?? []).totals.flatMap((g) =>
      checkGroup(grandTotal, 'catalog.grand-total', g),
    ),
};

/** A table of committee rows only (2026 Tabel 1) against the committee rows of the other tables. */
export const committeeTable: Rule = {
  id: 'catalog.committee-table',
  severity: 'error',
  title: 'Oversigten pr. udvalg stemmer med udvalgenes rækker i oversigten pr. forslag',
  check: (ctx) => {
    const out: Finding[] = [];
    const tables = ctx.doc.catalog?.tables ?? [];
    const summary = tables.filter((t) => t.rows.length > 0 && t.rows.every((r) => r.rowType !== 'proposal'));
    const detailed = tables.filter((t) => t.rows.some((r) => r.rowType === 'proposal'));
    for (const s of summary) {
      for (const row of s.rows) {
        if (row.rowType !== 'committee') continue;
        const others = detailed
          .flatMap((t) => t.rows)
          .filter((r) => r.rowType === 'committee' && r.committee === row.committee && hasNumbers(r));
        if (others.length !== 1) continue;
        const other = others[0];
        if (!other) continue;
        for (const year of yearsOf(row.amounts)) {
          const a = get(row.amounts, year);
          const b = get(other.amounts, year);
          if (a === undefined || b === undefined || a === b) continue;
          out.push(
            finding('catalog.committee-table', 'error', { year, sourceLine: row.sourceLine }, b, a, {
              title: row.title,
              table: s.name,
              year,
              otherLine: other.sourceLine,
              expected: b,
              found: a,
              unit: s.unit,
            }),
          );
        }
      }
    }
    return out;
  },
};

/**
 * 2021 overview: "Effektivisering ved fuld indfasning" split in Service and Overførsler mv. equals
 * −(the last column's permanent change) of that part (domain.md §4, identity 8).
 */
export const fullEffect: Rule = {
  id: 'catalog.full-effect',
  severity: 'error',
  title: 'Katalogets effekt ved fuld indfasning = −(varig ændring i sidste år), delt på service og øvrige',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const row of ctx.doc.catalog?.rows ?? []) {
      if (!row.fullEffectByArea) continue;
      const p = proposalForRow(ctx, row, ctx.doc.proposals);
      const d = p ? ctx.derived(p) : null;
      if (!p || !d?.fullEffect) continue;
      const unit = unitOf(ctx, row);
      const step = unitStep(unit);
      for (const [area, found] of Object.entries(row.fullEffectByArea)) {
        const part = area === 'service' ? d.fullEffect.service : d.fullEffect.other;
        const expected = roundToStep(-part, step);
        const diff = Math.abs(found - expected);
        if (diff === 0) continue;
        const severity: Severity = diff <= step ? 'info' : 'error';
        out.push(
          finding(
            sumCode('catalog.full-effect', severity),
            severity,
            { proposalRef: p.ref, year: d.fullEffect.year, sourceLine: row.sourceLine },
            expected,
            found,
            { title: row.title, area, year: d.fullEffect.year, expected, found, unit },
          ),
        );
      }
    }
    return out;
  },
};

export const catalogRules: Rule[] = [
  fullEffect,
  rowAmount,
  catalogSign,
  catalogUnconverted,
  rowInvestment,
  rowTitle,
  rowWithoutProposal,
  committeeTotal,
  grandTotal,
  committeeTable,
];
