// Catalog aggregation: from proposals to the overview tables a budget catalog prints
// ("Tabel 1" per committee, "Tabel 2" per proposal), domain.md §4 rules 4-5.
//
// Catalog sign convention: positive = saving, so a proposal's row for a year is
// −(Samlet varig ændring) of that year, derived by the engine from the proposal's lines (never the
// stated row). "Samlet investering" = Σ implementation costs. Committee rows = Σ their proposals,
// "I alt" = Σ committees. Rows computed here have sourceLine 0 (they are not read from a document).

import { unitExponent } from './amount.ts';
import { type DerivedEconomy, deriveProposal } from './derive.ts';
import { distribute, distributeSeries, type Weights } from './distribution.ts';
import { InvalidInput } from './errors.ts';
import { warning } from './messages/index.ts';
import { masterData as shippedMasterData, type MasterData } from './master-data.ts';
import type {
  AmountUnit,
  CatalogRow,
  CatalogTable,
  Kroner,
  Proposal,
  Warning,
  YearAmounts,
} from './model.ts';

export interface CatalogOptions {
  /** The table's year columns; default: every year any proposal's permanent change fills. */
  years?: number[];
  /** Display unit of the tables (amounts stay kroner). Default "1.000 kr.". */
  unit?: AmountUnit;
  priceLevelYear?: number | null;
  /** Explicit committee per proposal ref; wins over the presenting administration. */
  committeeOf?: Record<string, string>;
  /**
   * Cross-cutting proposals whose effect is split over committees ("Fordeling på udvalg"):
   * proposal ref → committee (id or printed name) → weight (share, count or percentage). The row
   * becomes one row per committee, split with largest remainders in the table unit (in kroner
   * where an amount is not a whole number of table units), so the parts add up to the whole.
   */
  committeeShares?: Record<string, Weights>;
  /** "Godkendt med" per proposal ref ("OFS 24-25", "Budget 2026"). */
  approvedWith?: Record<string, string>;
  /** Master data to resolve administrations and order committees; default the shipped list. */
  masterData?: MasterData;
  /** The engine's figures of a proposal, when the caller has them already (saves a second derivation). */
  derive?: (p: Proposal) => DerivedEconomy | null;
}

export interface CatalogTables {
  /** "Tabel 1": one row per committee, then "I alt". */
  committeeTable: CatalogTable;
  /** "Tabel 2": per committee its row, then its proposals; "I alt" last. */
  proposalTable: CatalogTable;
  /** Guesses the aggregation had to make (e.g. a proposal presented by several committees). */
  warnings: Warning[];
}

const GROUP: Record<Proposal['kind'], string> = {
  investering: 'Investeringsforslag',
  effektivisering: 'Effektiviseringsforslag',
  foranalyse: 'Foranalyser',
};

/**
 * The committee a proposal belongs to: the explicit map, else the committee of its presenting
 * administration(s). Throws InvalidInput (Danish) when neither gives one; pushes a warning when
 * the presenting administrations belong to several committees (the first is used).
 */
export function committeeForProposal(
  p: Proposal,
  options: CatalogOptions = {},
  warnings: Warning[] = [],
): string {
  const md = options.masterData ?? shippedMasterData;
  const explicit = options.committeeOf?.[p.ref];
  if (explicit !== undefined) {
    const c = md.committee(explicit) ?? md.findCommittee(explicit);
    if (!c)
      throw new InvalidInput(`Udvalget "${explicit}" for ${p.ref} findes ikke i stamdata.`, {
        field: `committeeOf.${p.ref}`,
      });
    return c.id;
  }
  const found: string[] = [];
  for (const a of p.presentingAdministrations) {
    const c = md.committeeOfAdministration(a);
    if (c && !found.includes(c.id)) found.push(c.id);
  }
  const first = found[0];
  if (first === undefined) {
    throw new InvalidInput(
      `${p.ref} "${p.title}" kan ikke henføres til et udvalg: ingen kendt fremstillende forvaltning. Angiv udvalget eksplicit.`,
      { field: `${p.ref}.presentingAdministrations`, sourceLine: p.sourceLines[0] ?? null },
    );
  }
  if (found.length > 1) {
    warnings.push(
      warning(
        'catalog.committee-ambiguous',
        { ref: p.ref, committees: found.join(', '), chosen: first },
        { sourceLine: p.sourceLines[0] ?? null, proposalRef: p.ref },
      ),
    );
  }
  return first;
}

function addInto(target: YearAmounts, add: YearAmounts): void {
  for (const y of Object.keys(add)) target[y] = (target[y] ?? 0) + (add[y] as number);
}

function sumInvestment(a: Kroner | null, b: Kroner | null): Kroner | null {
  return a === null ? b : b === null ? a : a + b;
}

/** Builds Tabel 1 and Tabel 2 from proposals. Pure; the proposals are not modified. */
export function buildCatalog(proposals: readonly Proposal[], options: CatalogOptions = {}): CatalogTables {
  const md = options.masterData ?? shippedMasterData;
  const warnings: Warning[] = [];
  const unit = options.unit ?? 't.kr';
  const priceLevelYear = options.priceLevelYear ?? null;

  interface Item {
    row: CatalogRow;
  }
  const byCommittee = new Map<string, Item[]>();
  const allYears = new Set<number>();

  for (const p of proposals) {
    const committee = committeeForProposal(p, options, warnings);
    const derived = (options.derive ?? deriveProposal)(p);
    const amounts: YearAmounts = {};
    let investment: Kroner | null = null;
    if (derived === null) {
      warnings.push(
        warning(
          'catalog.no-economy',
          { ref: p.ref },
          { sourceLine: p.sourceLines[0] ?? null, proposalRef: p.ref },
        ),
      );
    } else {
      for (const y of Object.keys(derived.permanentChange)) {
        amounts[y] = 0 - (derived.permanentChange[y] as number);
        allYears.add(Number(y));
      }
      // "-" in the catalog: no implementation line at all.
      investment = Object.keys(derived.implementationCost).length > 0 ? derived.investmentTotal : null;
    }
    const row: CatalogRow = {
      rowType: 'proposal',
      proposalRef: p.ref,
      title: p.title,
      committee,
      amounts,
      investment,
      approvedWith: options.approvedWith?.[p.ref] ?? null,
      group: GROUP[p.kind],
      sourceLine: p.sourceLines[0] ?? 0,
    };
    const shares = options.committeeShares?.[p.ref];
    for (const part of shares === undefined ? [row] : splitRow(row, shares, unit, md)) {
      const list = byCommittee.get(part.committee);
      if (list) list.push({ row: part });
      else byCommittee.set(part.committee, [{ row: part }]);
    }
  }

  const years = options.years ?? [...allYears].sort((a, b) => a - b);
  const keep = new Set(years.map(String));
  // Restrict every row to the table's columns (a proposal may reach beyond them).
  for (const items of byCommittee.values()) {
    for (const { row } of items) {
      for (const y of Object.keys(row.amounts)) if (!keep.has(y)) delete row.amounts[y];
    }
  }

  // Committees in master-data order, unknown ids after them alphabetically.
  const order = md.committees.map((c) => c.id);
  const committees = [...byCommittee.keys()].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib) || a.localeCompare(b, 'da');
  });

  const committeeRows: CatalogRow[] = [];
  const proposalRows: CatalogRow[] = [];
  const total: CatalogRow = {
    rowType: 'total',
    proposalRef: null,
    title: 'I alt',
    committee: '',
    amounts: {},
    investment: null,
    approvedWith: null,
    sourceLine: 0,
  };
  for (const id of committees) {
    const items = byCommittee.get(id) ?? [];
    const row: CatalogRow = {
      rowType: 'committee',
      proposalRef: null,
      title: md.committee(id)?.name ?? id,
      committee: id,
      amounts: {},
      investment: null,
      approvedWith: null,
      sourceLine: 0,
    };
    for (const { row: pr } of items) {
      addInto(row.amounts, pr.amounts);
      row.investment = sumInvestment(row.investment, pr.investment);
    }
    addInto(total.amounts, row.amounts);
    total.investment = sumInvestment(total.investment, row.investment);
    committeeRows.push(row);
    proposalRows.push({ ...row, amounts: { ...row.amounts } });
    // Investment proposals first, then efficiency proposals, as the catalogs print them.
    const sorted = [...items].sort((a, b) => groupRank(a.row) - groupRank(b.row));
    for (const { row: pr } of sorted) proposalRows.push(pr);
  }

  const table = (name: string, title: string, rows: CatalogRow[]): CatalogTable => ({
    name,
    title,
    unit,
    priceLevelYear,
    years,
    rows,
    sourceLine: 0,
  });
  return {
    committeeTable: table('Tabel 1', 'Effektiviseringer fordelt på udvalg', [...committeeRows, total]),
    proposalTable: table('Tabel 2', 'Effektiviseringer fordelt på forslag', [
      ...proposalRows,
      { ...total, amounts: { ...total.amounts } },
    ]),
    warnings,
  };
}

/** One row per committee, split by weights so every year and the investment add up exactly. */
function splitRow(row: CatalogRow, shares: Weights, unit: AmountUnit, md: MasterData): CatalogRow[] {
  const list = Array.isArray(shares)
    ? (shares as ReadonlyArray<readonly [string, number]>)
    : Object.entries(shares as Record<string, number>);
  const resolved = list.map(([name, weight]): [string, number] => {
    const c = md.committee(name) ?? md.findCommittee(name);
    if (!c) {
      throw new InvalidInput(
        `Udvalget "${name}" i fordelingen af ${row.proposalRef ?? row.title} findes ikke i stamdata.`,
        {
          field: `committeeShares.${row.proposalRef ?? ''}`,
        },
      );
    }
    return [c.id, weight];
  });
  // Round to the table unit where every amount allows it; otherwise to whole kroner.
  const step = 10 ** unitExponent(unit);
  const values = [...Object.values(row.amounts), ...(row.investment === null ? [] : [row.investment])];
  const roundTo: AmountUnit = values.every((v) => v % step === 0) ? unit : 'kr';
  const amounts = distributeSeries(row.amounts, resolved, roundTo);
  const investment = row.investment === null ? null : distribute(row.investment, resolved, roundTo);
  return resolved.map(([id]) => ({
    ...row,
    committee: id,
    amounts: amounts[id] ?? {},
    investment: investment === null ? null : (investment[id] ?? 0),
    crossCutting: true,
  }));
}

function groupRank(row: CatalogRow): number {
  return row.group === GROUP.investering ? 0 : row.group === GROUP.effektivisering ? 1 : 2;
}
