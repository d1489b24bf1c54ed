// Builders for hand-written documents in the validation tests and benchmark (not used at runtime).
// Amounts are written in 1.000 kr. as the documents print them and stored in kroner.
import {
  DOCUMENT_FORMAT,
  emptyProposal,
  type AmountTable,
  type BudgetArea,
  type Catalog,
  type CatalogRow,
  type CatalogTable,
  type EconomyLine,
  type GevinstDocument,
  type Proposal,
  type ProposalKind,
  type Section,
  type StatedEconomy,
  type YearAmounts,
} from '../model.ts';

export const T = 1000;

/** { 2026: -600 } in 1.000 kr. → { "2026": -600000 } */
export function tkr(byYear: Record<number, number>): YearAmounts {
  const out: YearAmounts = {};
  for (const [y, v] of Object.entries(byYear)) out[y] = v * T;
  return out;
}

export function line(
  label: string,
  section: Section,
  budgetArea: BudgetArea | null,
  byYear: Record<number, number>,
  sourceLine: number | null = null,
  flags: Partial<Pick<EconomyLine, 'grundinvestering' | 'outsideTotals'>> = {},
): EconomyLine {
  return { label, section, budgetArea, amounts: tkr(byYear), sourceLine, ...flags };
}

export function proposal(
  ref: string,
  opts: {
    title?: string;
    kind?: ProposalKind;
    years?: number[];
    lines?: EconomyLine[];
    stated?: Partial<StatedEconomy>;
    priceLevelYear?: number | null;
    sourceLines?: number[];
    kvantumTables?: AmountTable[];
  } = {},
): Proposal {
  const p = emptyProposal(ref, opts.title ?? `Titel for ${ref}`, opts.kind ?? 'investering');
  p.sourceLines = opts.sourceLines ?? [];
  p.kvantumTables = opts.kvantumTables ?? [];
  if (opts.lines) {
    p.economy = {
      unit: 't.kr',
      priceLevelYear: opts.priceLevelYear === undefined ? 2026 : opts.priceLevelYear,
      years: opts.years ?? [2025, 2026, 2027, 2028, 2029, 2030],
      lines: opts.lines,
      stated: {
        permanentChange: {},
        implementationCost: {},
        economicImpact: {},
        paybackService: null,
        paybackTotal: null,
        ...opts.stated,
      },
    };
  }
  return p;
}

export function table(
  id: string,
  years: number[],
  rows: { label: string; byYear: Record<number, number>; isTotal?: boolean; committee?: string }[],
): AmountTable {
  return {
    id,
    title: `Tabel ${id}`,
    unit: 't.kr',
    priceLevelYear: 2026,
    years,
    rows: rows.map((r, i) => ({
      label: r.label,
      committee: r.committee ?? null,
      amounts: tkr(r.byYear),
      sourceLine: 100 + i,
      isTotal: r.isTotal ?? false,
    })),
    sourceLine: 99,
  };
}

export function catalogRow(
  rowType: CatalogRow['rowType'],
  proposalRef: string | null,
  title: string,
  byYear: Record<number, number>,
  extra: Partial<CatalogRow> = {},
): CatalogRow {
  return {
    rowType,
    proposalRef,
    title,
    committee: extra.committee ?? 'BUU',
    amounts: tkr(byYear),
    investment: null,
    approvedWith: null,
    sourceLine: extra.sourceLine ?? 10,
    ...extra,
  };
}

export function catalog(
  tables: { name: string; rows: CatalogRow[]; priceLevelYear?: number; years?: number[] }[],
): Catalog {
  const ts: CatalogTable[] = tables.map((t) => ({
    name: t.name,
    title: t.name,
    unit: 't.kr',
    priceLevelYear: t.priceLevelYear ?? 2026,
    years: t.years ?? [2026, 2027, 2028, 2029, 2030],
    rows: t.rows,
    sourceLine: 1,
  }));
  return { tables: ts, rows: ts.flatMap((t) => t.rows) };
}

export function doc(proposals: Proposal[], cat: Catalog | null = null): GevinstDocument {
  return {
    format: DOCUMENT_FORMAT,
    source: null,
    priceLevelYear: 2026,
    catalog: cat,
    proposals,
    warnings: [],
  };
}

/**
 * The 2021 overview in mio. kr.: proposal BC01 (a saving of 517 then 1.034 in 1.000 kr.) and its
 * row printing `service` kroner as the full phase-in effect on service.
 */
export function fullEffectOverview(service: number): GevinstDocument {
  const p = proposal('BC01', {
    title: 'Belysningspakke',
    years: [2021, 2022],
    lines: [line('Energi', 'varig', 'service', { 2021: -517, 2022: -1034 })],
  });
  const row = catalogRow('proposal', 'BC01', 'Belysningspakke', {}, { fullEffectByArea: { service } });
  const cat = catalog([{ name: 'Oversigt', rows: [row] }]);
  for (const t of cat.tables) t.unit = 'mio.kr';
  return doc([p], cat);
}

/** Two proposals numbered "Forslag 1"; the first has a Kvantum table with other years, the second an amount outside its columns. */
export function structureSample(): GevinstDocument {
  const a = proposal('Forslag 1', {
    sourceLines: [10],
    lines: [line('a', 'varig', 'service', { 2026: -1 })],
    kvantumTables: [table('A', [2024, 2025], [])],
  });
  const b = proposal('Forslag 1', {
    sourceLines: [20],
    lines: [line('a', 'varig', 'service', { 2031: -1 })],
  });
  return doc([a, b]);
}
