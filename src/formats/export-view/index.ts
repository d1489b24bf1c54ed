// The layout every generated document shares: which rows the 2026 template's tables have, in which
// order, with which Danish labels, and which engine figure fills each row. DOCX, PDF, XLSX and the
// CSV exports all render these views, so the documents agree with each other row for row.
//
// Nothing here sums anything: every total comes from the core engine (deriveProposal). The rows
// carry `sumOf` (the ids of the rows a total stands for) only so the workbook can write a live
// formula next to the engine's value, and its test can check that the two agree.

import { formatAmount } from '../../core/amount.ts';
import { buildCatalog } from '../../core/catalog.ts';
import { formatDanishDate } from '../../core/danish-dates.ts';
import { deriveProposal, type DerivedEconomy } from '../../core/derive.ts';
import { masterData } from '../../core/master-data.ts';
import type {
  AmountUnit,
  BudgetArea,
  CatalogTable,
  GevinstDocument,
  Proposal,
  ProposalKind,
  YearAmounts,
} from '../../core/model.ts';

export const AREA_LABEL: Record<BudgetArea, string> = {
  service: 'Service',
  anlaeg: 'Anlæg',
  overfoersler: 'Overførsler',
  efterspoergselsstyret: 'Efterspørgselsstyret indsats',
  finansposter: 'Finansposter',
};

/** The subtotal labels of the 2026 template ("Samlet varig ændring, service" …). */
const PERMANENT_SUBTOTAL: Record<BudgetArea, string> = {
  service: 'Samlet varig ændring, service',
  anlaeg: 'Samlet varig ændring, anlæg',
  efterspoergselsstyret: 'Samlet varig ændring, efterspørgselsstyret indsats',
  overfoersler: 'Samlet varig ændring, efterspørgselsstyrede overførsler',
  finansposter: 'Samlet varig ændring, finansposter',
};

const IMPLEMENTATION_SUBTOTAL: Record<BudgetArea, string> = {
  service: 'Samlede implementeringsomkostninger, service',
  anlaeg: 'Samlede implementeringsomkostninger, anlæg',
  efterspoergselsstyret: 'Samlede implementeringsomkostninger, efterspørgselsstyret indsats',
  overfoersler: 'Samlede implementeringsomkostninger, overførsler',
  finansposter: 'Samlede implementeringsomkostninger, finansposter',
};

/** Order of the subtotal rows in the 2026 template. */
const PERMANENT_AREA_ORDER: BudgetArea[] = [
  'service',
  'anlaeg',
  'efterspoergselsstyret',
  'overfoersler',
  'finansposter',
];
const IMPLEMENTATION_AREA_ORDER: BudgetArea[] = [
  'service',
  'anlaeg',
  'overfoersler',
  'efterspoergselsstyret',
  'finansposter',
];

export const KIND_LABEL: Record<ProposalKind, string> = {
  investering: 'Investeringsforslag',
  effektivisering: 'Effektiviseringsforslag',
  foranalyse: 'Foranalyse',
};

export type EconomyRowKind = 'group' | 'line' | 'subtotal' | 'total' | 'impact' | 'payback';

export interface EconomyRowView {
  /** Stable id inside the table, used by formulas: "L3" (line index 3), "PS:service", "P", "I", "E". */
  id: string;
  kind: EconomyRowKind;
  label: string;
  /** The Styringsområde column as printed ("Service", "Anlæg", or ""). */
  area: string;
  /** Amounts in kroner, proposal signs; only the years that have a value. */
  amounts: YearAmounts;
  /** For totals: the rows (ids) whose sum the engine's figure equals. */
  sumOf?: string[];
  /** Payback rows: the cell text ("3", "Ingen tilbagebetaling"). */
  text?: string;
  /** Line rows the document marks as outside the totals. */
  outsideTotals?: boolean;
}

export interface EconomyTableView {
  unit: AmountUnit;
  unitLabel: string;
  priceLevelYear: number | null;
  years: number[];
  rows: EconomyRowView[];
  derived: DerivedEconomy;
}

/** "1.000 kr. 2026 p/l" */
export function unitHeading(unit: AmountUnit, priceLevelYear: number | null): string {
  const u = unit === 'mio.kr' ? 'Mio. kr.' : unit === 't.kr' ? '1.000 kr.' : 'Kr.';
  return priceLevelYear === null ? u : `${u} ${priceLevelYear} p/l`;
}

/** A payback cell as the 2026 template prints it: the number of years, or why there is none. */
export function paybackText(years: number | null): string {
  return years === null ? 'Ingen' : String(years);
}

/**
 * The economic table ("Tabel 1. Forslagets samlede økonomiske konsekvenser") of a proposal, in the
 * 2026 template's row order, filled from the engine. Null when the proposal has no economy.
 */
export function economyTable(p: Proposal): EconomyTableView | null {
  const economy = p.economy;
  const derived = deriveProposal(p);
  if (economy === null || derived === null) return null;
  // The header's columns, plus any year the engine found a value in (never drop a number).
  const years = [...new Set([...economy.years, ...derived.years])].sort((a, b) => a - b);
  const rows: EconomyRowView[] = [];
  const section = (s: 'varig' | 'implementering') =>
    economy.lines.map((line, i) => ({ line, i })).filter(({ line }) => line.section === s);
  const included = (list: ReturnType<typeof section>) =>
    list.filter(({ line }) => line.outsideTotals !== true).map(({ i }) => `L${i}`);

  // One block's line rows, then its per-area subtotals (amounts from the engine, the summed rows named).
  const pushLinesAndSubtotals = (
    list: ReturnType<typeof section>,
    prefix: 'PS' | 'IS',
    areaOrder: readonly BudgetArea[],
    byArea: Partial<Record<BudgetArea, YearAmounts>>,
    subtotalLabel: Record<BudgetArea, string>,
  ): void => {
    for (const { line, i } of list) {
      rows.push({
        id: `L${i}`,
        kind: 'line',
        label: line.label,
        area: line.budgetArea ? AREA_LABEL[line.budgetArea] : '',
        amounts: line.amounts,
        ...(line.outsideTotals ? { outsideTotals: true } : {}),
      });
    }
    for (const area of areaOrder) {
      const amounts = byArea[area];
      if (!amounts) continue;
      const ids = list
        .filter(({ line }) => line.budgetArea === area && line.outsideTotals !== true)
        .map(({ i }) => `L${i}`);
      rows.push({
        id: `${prefix}:${area}`,
        kind: 'subtotal',
        label: subtotalLabel[area],
        area: AREA_LABEL[area],
        amounts,
        sumOf: ids,
      });
    }
  };

  const permanent = section('varig');
  const implementation = section('implementering');
  const hasImplementation = implementation.length > 0 || p.kind === 'investering';

  rows.push({
    id: 'GP',
    kind: 'group',
    label: 'Varige ændringer (effektiviseringer og drift)',
    area: '',
    amounts: {},
  });
  pushLinesAndSubtotals(permanent, 'PS', PERMANENT_AREA_ORDER, derived.permanentByArea, PERMANENT_SUBTOTAL);
  rows.push({
    id: 'P',
    kind: 'total',
    label: 'Samlet varig ændring',
    area: '',
    amounts: derived.permanentChange,
    sumOf: included(permanent),
  });

  if (hasImplementation) {
    rows.push({
      id: 'GI',
      kind: 'group',
      label: 'Implementeringsomkostninger (midler fra investeringspuljen)',
      area: '',
      amounts: {},
    });
    pushLinesAndSubtotals(
      implementation,
      'IS',
      IMPLEMENTATION_AREA_ORDER,
      derived.implementationByArea,
      IMPLEMENTATION_SUBTOTAL,
    );
    rows.push({
      id: 'I',
      kind: 'total',
      label: 'Samlede implementeringsomkostninger',
      area: '',
      amounts: derived.implementationCost,
      sumOf: included(implementation),
    });
    rows.push({
      id: 'E',
      kind: 'impact',
      label: 'Samlet økonomisk påvirkning',
      area: '',
      amounts: derived.economicImpact,
      sumOf: ['P', 'I'],
    });
    rows.push({
      id: 'BS',
      kind: 'payback',
      label: 'Tilbagebetalingstid baseret på serviceeffektivisering',
      area: '',
      amounts: {},
      text: paybackText(derived.paybackService),
    });
    rows.push({
      id: 'BT',
      kind: 'payback',
      label: 'Tilbagebetalingstid baseret på totaløkonomi',
      area: '',
      amounts: {},
      text: paybackText(derived.paybackTotal),
    });
  }
  return {
    unit: economy.unit,
    unitLabel: unitHeading(economy.unit, economy.priceLevelYear),
    priceLevelYear: economy.priceLevelYear,
    years,
    rows,
    derived,
  };
}

/** An amount cell: exact Danish formatting in the table's unit; blank stays blank. */
export function cell(amounts: YearAmounts, year: number, unit: AmountUnit): string {
  const v = amounts[String(year)];
  return v === undefined ? '' : formatAmount(v, unit);
}

/** Proposal heading as the 2026 template prints it: "Forslag 5 Investering i bedre vikardækning". */
export function proposalHeading(p: Proposal): string {
  return `${p.ref} ${p.title}`.trim();
}

/**
 * The catalog tables to print, built by the core aggregation (buildCatalog) from the proposals, so
 * the overview always adds up to the proposals it summarises. A catalog the document carries (as
 * imported) only lends its committee per proposal, its "Godkendt med" and its year columns. With
 * no proposals, or when the aggregation cannot place a proposal, the carried catalog is printed as
 * it is.
 */
export function catalogTables(doc: GevinstDocument): CatalogTable[] {
  return catalogForExport(doc).tables;
}

/** The catalog tables, and a Danish note when they could not be built from the proposals. */
export function catalogForExport(doc: GevinstDocument): { tables: CatalogTable[]; note: string | null } {
  if (doc.proposals.length === 0) return { tables: doc.catalog?.tables ?? [], note: null };
  const committeeOf: Record<string, string> = {};
  const approvedWith: Record<string, string> = {};
  for (const r of doc.catalog?.rows ?? []) {
    if (r.rowType !== 'proposal' || !r.proposalRef) continue;
    const c = masterData.committee(r.committee) ?? masterData.findCommittee(r.committee);
    if (c) committeeOf[r.proposalRef] = c.id;
    if (r.approvedWith) approvedWith[r.proposalRef] = r.approvedWith;
  }
  const printedYears = doc.catalog?.tables.find((t) => t.rows.some((r) => r.rowType === 'proposal'))?.years;
  try {
    const built = buildCatalog(doc.proposals, {
      committeeOf,
      approvedWith,
      unit: 't.kr',
      priceLevelYear:
        doc.priceLevelYear ?? doc.proposals.find((p) => p.economy)?.economy?.priceLevelYear ?? null,
      ...(printedYears && printedYears.length > 0 ? { years: printedYears } : {}),
    });
    return { tables: [built.committeeTable, built.proposalTable], note: null };
  } catch (e) {
    // Said in the document, never silent: the overview is then the source's, not recomputed.
    const reason = e instanceof Error ? e.message : String(e);
    const tables = doc.catalog?.tables ?? [];
    const note = tables.length
      ? `Oversigten er gengivet som i kildedokumentet og ikke beregnet fra forslagene: ${reason}`
      : `Der er ingen oversigt, fordi den ikke kunne beregnes fra forslagene: ${reason}`;
    return { tables, note };
  }
}

/** "Beskæftigelses- og Integrationsforvaltningen" for "BIF"; the id itself when unknown. */
export function administrationName(id: string): string {
  return masterData.administration(id)?.name ?? id;
}

/** The text sections in template order, with the standard headings where the proposal has them. */
export function describedSections(p: Proposal): { heading: string; text: string }[] {
  return p.sections.map((s) => ({ heading: s.heading, text: s.text }));
}

/** Consultations split the way the 2026 template prints them: CFØ (Tabel 4) and the bodies (Tabel 6). */
export function consultationTables(p: Proposal): {
  cfo: Proposal['consultations'];
  bodies: Proposal['consultations'];
} {
  const isCfo = (body: string) => /center for økonomi|cfø/i.test(body);
  return {
    cfo: p.consultations.filter((c) => isCfo(c.body)),
    bodies: p.consultations.filter((c) => !isCfo(c.body)),
  };
}

/** "Ja", "Nej" or "" for a consultation answer. */
export function answerText(answer: 'ja' | 'nej' | null): string {
  return answer === 'ja' ? 'Ja' : answer === 'nej' ? 'Nej' : '';
}

/** Danish date ("29. januar 2025") from an ISO date; the printed text when there is no ISO date. */
export function dateText(iso: string | null, printed: string | null): string {
  if (iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (m) {
      const text = formatDanishDate(iso) ?? iso;
      return printed && printed !== text ? `${text} ${printed}` : text;
    }
  }
  return printed ?? '';
}
