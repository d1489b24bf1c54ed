// The structured proposal and catalog: the one model every room of Gevinst speaks.
// Its JSON form is `gevinst.document/1` (../shared/docs/cli-contract.md); fields named there are a
// public interface. Everything else here may grow, but never rename a contract field.
//
// Amounts are whole kroner (integers). A year key is a four-digit string ("2026"). A value the
// document leaves blank is absent from its YearAmounts, never 0.

/** Whole Danish kroner. Always a safe integer; see `assertKroner`. */
export type Kroner = number;

/** Year ("2026") → amount in kroner. An absent key means blank, which is not zero. */
export type YearAmounts = Record<string, Kroner>;

export type ProposalKind = 'investering' | 'effektivisering' | 'foranalyse';

/** Which block of the economic table a line belongs to. */
export type Section = 'varig' | 'implementering';

/** Styringsområde. */
export type BudgetArea = 'service' | 'anlaeg' | 'overfoersler' | 'efterspoergselsstyret' | 'finansposter';

export const BUDGET_AREAS: readonly BudgetArea[] = [
  'service',
  'anlaeg',
  'overfoersler',
  'efterspoergselsstyret',
  'finansposter',
];

/** The unit a table prints its numbers in. Amounts in the model are always kroner. */
export type AmountUnit = 'kr' | 't.kr' | 'mio.kr';

/** One line of the economic table ("Forslagets samlede økonomiske konsekvenser"). */
export interface EconomyLine {
  label: string;
  section: Section;
  budgetArea: BudgetArea | null;
  amounts: YearAmounts;
  /** 1-based line in the source document; null for lines written in Gevinst. */
  sourceLine: number | null;
  /** Grundinvestering: exempt from the payback requirement, left out of the service-based payback. */
  grundinvestering?: boolean;
  /** The document marks this line as outside the totals (e.g. credited to "Fremtidens Indkøb"). */
  outsideTotals?: boolean;
}

/** Rows the document prints as totals. Reported as printed, never merged with computed values. */
export interface StatedEconomy {
  /** "Samlet varig ændring". */
  permanentChange: YearAmounts;
  /** "Samlet varig ændring, service" etc. */
  permanentByArea?: Partial<Record<BudgetArea, YearAmounts>>;
  /** "Samlede implementeringsomkostninger". */
  implementationCost: YearAmounts;
  /** "Samlede implementeringsomkostninger, service/anlæg". */
  implementationByArea?: Partial<Record<BudgetArea, YearAmounts>>;
  /** "Samlet økonomisk påvirkning". */
  economicImpact: YearAmounts;
  /** "Tilbagebetalingstid baseret på serviceeffektivisering", in years. */
  paybackService: number | null;
  /** "Tilbagebetalingstid baseret på totaløkonomi", in years. */
  paybackTotal: number | null;
  /** The payback cells exactly as printed ("4 år (2028)", "Ikke relevant"). */
  paybackServiceText?: string | null;
  paybackTotalText?: string | null;
  /** Source line of each stated row, keyed by the field name above ("permanentChange", …). */
  sourceLines?: Record<string, number>;
}

export interface Economy {
  unit: AmountUnit;
  priceLevelYear: number | null;
  /** The table's year columns, read from its header. */
  years: number[];
  lines: EconomyLine[];
  stated: StatedEconomy;
}

/** A generic amount table (administration effect, Kvantum tables A–E, technical annex). */
export interface AmountTableRow {
  label: string;
  /** Committee (master-data id) the row belongs to, where the table is per committee. */
  committee?: string | null;
  amounts: YearAmounts;
  sourceLine: number | null;
  /** A total row printed by the document ("Total", "I alt", "Varige ændringer totalt"). */
  isTotal?: boolean;
}

export interface AmountTable {
  /** Stable id: 'A'…'E' for Kvantum tables, 'administration' for Tabel 2/3, '1.13' … for 2021 annexes. */
  id: string;
  title: string;
  unit: AmountUnit;
  priceLevelYear: number | null;
  years: number[];
  rows: AmountTableRow[];
  sourceLine: number | null;
}

/** Opfølgningsmål: one row of the four-column follow-up table. */
export interface FollowUpTarget {
  /** Group row above it, e.g. "Realisering af effektiviseringer". */
  group: string | null;
  target: string;
  measure: string;
  responsible: string;
  /** The "when" column as printed ("Q2 2026", "Primo 2025 (løbende)"). */
  when: string;
  sourceLine: number | null;
}

/** Hvem er hørt: CFØ approval, bodies consulted. */
export interface Consultation {
  body: string;
  answer: 'ja' | 'nej' | null;
  /** ISO date (yyyy-mm-dd) where the document gives a readable date. */
  date: string | null;
  /** Any other text in the row (a date as printed, a consultation answer). */
  text: string | null;
  sourceLine: number | null;
}

export interface Risk {
  /** The level word as printed: "Lav", "Middel", "Høj", "Lav til middel". */
  level: string | null;
  text: string;
  sourceLine: number | null;
}

/** A text section found by its heading ("Baggrund og formål", "Beskrivelse af forslag"). */
export interface TextSection {
  heading: string;
  text: string;
  sourceLine: number | null;
}

export interface AffectedAdministration {
  /** Master-data id ("BUF"). */
  administration: string;
  checked: boolean;
}

/** What Gevinst computes from the lines (filled in by the engine, never by a reader). */
export interface ComputedEconomy {
  permanentChange: YearAmounts;
  implementationCost: YearAmounts;
  economicImpact: YearAmounts;
  investmentTotal: Kroner;
  paybackService: number | null;
  paybackTotal: number | null;
  [more: string]: unknown;
}

export interface Proposal {
  /** The proposal's own number as printed: "BC01", "Forslag 5". */
  ref: string;
  title: string;
  kind: ProposalKind;
  /** Master-data ids of the presenting administrations. */
  presentingAdministrations: string[];
  affectedAdministrations: AffectedAdministration[];
  summary: string | null;
  /** "Forslaget udspringer af et innovationsforslag": true/false, null where not stated. */
  innovationOrigin: boolean | null;
  economy: Economy | null;
  /** Effektivisering på administration (Tabel 2/3). */
  administrationEffect: AmountTable | null;
  /** Kvantum tables A–E and the 2021 technical annex tables. */
  kvantumTables: AmountTable[];
  /** Other year tables of the proposal as printed (2021 "Varige ændringer, service", 2025 "Fordeling på udvalg" …). */
  detailTables?: AmountTable[];
  followUp: FollowUpTarget[];
  consultations: Consultation[];
  /** Inddragede samarbejdspartnere. */
  partners: string[];
  risk: Risk | null;
  sections: TextSection[];
  /** Foranalyse: the money asked for. */
  requestedAmount: Kroner | null;
  /** First and last source line of the proposal. */
  sourceLines: number[];
  /** Filled in by the engine on output. */
  computed?: ComputedEconomy | null;
}

export type CatalogRowType = 'proposal' | 'committee' | 'total';

export interface CatalogRow {
  rowType: CatalogRowType;
  /** "Forslag 1", "BC01", or null for unnumbered cross-cutting rows and group rows. */
  proposalRef: string | null;
  title: string;
  /** Committee (master-data id, e.g. "BUU"), or the printed name where it is not in the master list. */
  committee: string;
  /** Catalog sign convention: positive = saving. */
  amounts: YearAmounts;
  /** "Samlet investering"; null where the catalog prints "-" or nothing. */
  investment: Kroner | null;
  approvedWith: string | null;
  /** Sub-heading the row stands under: "Investeringsforslag", "Tværgående forslag", … */
  group?: string | null;
  /** 2021 overview: investment split and full phase-in effect by area, and the payback column. */
  investmentByArea?: Partial<Record<BudgetArea, Kroner>>;
  fullEffectByArea?: Partial<Record<BudgetArea, Kroner>>;
  payback?: number | null;
  /** Marked cross-cutting (2021 "*"). */
  crossCutting?: boolean;
  /** Footnote mark printed after the title ("*"), removed from `title`. */
  note?: string | null;
  /** The text of that footnote as printed under the table ("Forslaget indgår i forhandlingerne …"). */
  footnote?: string | null;
  sourceLine: number;
}

export interface CatalogTable {
  /** "Tabel 1", "Tabel 2", "Oversigt". */
  name: string;
  title: string;
  unit: AmountUnit;
  priceLevelYear: number | null;
  years: number[];
  rows: CatalogRow[];
  sourceLine: number;
}

export interface Catalog {
  tables: CatalogTable[];
  /** Every row of every table, in document order (the contract's flat list). */
  rows: CatalogRow[];
}

/**
 * A warning: something a reader or the engine could not do, or an inference it made. `code` is a
 * stable dotted identifier from the message catalogue (src/core/messages); `message` is the
 * catalogue's Danish text for `params`. Code and tests look at the code, people read the text.
 */
export interface Warning {
  code?: string;
  message: string;
  sourceLine: number | null;
  /** The proposal the warning concerns, where it concerns one. */
  proposalRef?: string | null;
  params?: Readonly<Record<string, string | number | boolean | null>>;
}

export const DOCUMENT_FORMAT = 'gevinst.document/1';

export interface GevinstDocument {
  format: typeof DOCUMENT_FORMAT;
  source: { path: string; sha256: string } | null;
  priceLevelYear: number | null;
  catalog: Catalog | null;
  proposals: Proposal[];
  warnings: Warning[];
}

/** A proposal with every optional part empty: the starting point for readers and the editor. */
export function emptyProposal(ref: string, title: string, kind: ProposalKind): Proposal {
  return {
    ref,
    title,
    kind,
    presentingAdministrations: [],
    affectedAdministrations: [],
    summary: null,
    innovationOrigin: null,
    economy: null,
    administrationEffect: null,
    kvantumTables: [],
    followUp: [],
    consultations: [],
    partners: [],
    risk: null,
    sections: [],
    requestedAmount: null,
    sourceLines: [],
  };
}
