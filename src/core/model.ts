// The structured proposal and catalog: the one model every room of Gevinst speaks.
// Its JSON form is `gevinst.document/1` (../shared/docs/cli-contract.md); fields named there are a
// public interface. Everything else here may grow, but never rename a contract field.
//
// Amounts are whole kroner (integers). A year key is a four-digit string ("2026"). A value the
// document leaves blank is absent from its YearAmounts, never 0.

import type * as z from 'zod';
import type {
  amountTableRowSchema,
  amountTableSchema,
  affectedAdministrationSchema,
  catalogRowSchema,
  catalogSchema,
  catalogTableSchema,
  consultationSchema,
  documentSchema,
  economyLineSchema,
  economySchema,
  followUpTargetSchema,
  proposalSchema,
  riskSchema,
  statedEconomySchema,
  textSectionSchema,
  warningSchema,
} from './schema/document.ts';

// The types are inferred from the schemas in ./schema/document.ts, which say what each field means
// and which bounds it has: one description, checked at run time and at compile time.

export { DOCUMENT_FORMAT } from './schema/document.ts';
export { BUDGET_AREAS } from './schema/primitives.ts';

/** Whole Danish kroner. Always a safe integer; see `assertKroner`. */
export type Kroner = number;

/** Year ("2026") → amount in kroner. An absent key means blank, which is not zero. */
export type YearAmounts = Record<string, Kroner>;

export type ProposalKind = z.output<typeof proposalSchema>['kind'];

/** Which block of the economic table a line belongs to. */
export type Section = z.output<typeof economyLineSchema>['section'];

/** Styringsområde. */
export type BudgetArea = NonNullable<z.output<typeof economyLineSchema>['budgetArea']>;

/** The unit a table prints its numbers in. Amounts in the model are always kroner. */
export type AmountUnit = z.output<typeof economySchema>['unit'];

/** One line of the economic table ("Forslagets samlede økonomiske konsekvenser"). */
export type EconomyLine = z.output<typeof economyLineSchema>;

/** Rows the document prints as totals. Reported as printed, never merged with computed values. */
export type StatedEconomy = z.output<typeof statedEconomySchema>;

export type Economy = z.output<typeof economySchema>;

/** A generic amount table (administration effect, Kvantum tables A–E, technical annex). */
export type AmountTableRow = z.output<typeof amountTableRowSchema>;
export type AmountTable = z.output<typeof amountTableSchema>;

/** Opfølgningsmål: one row of the four-column follow-up table. */
export type FollowUpTarget = z.output<typeof followUpTargetSchema>;

/** Hvem er hørt: CFØ approval, bodies consulted. */
export type Consultation = z.output<typeof consultationSchema>;

export type Risk = z.output<typeof riskSchema>;

/** A text section found by its heading ("Baggrund og formål", "Beskrivelse af forslag"). */
export type TextSection = z.output<typeof textSectionSchema>;

export type AffectedAdministration = z.output<typeof affectedAdministrationSchema>;

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

export type Proposal = z.output<typeof proposalSchema> & {
  /** Filled in by the engine on output; never read from input. */
  computed?: ComputedEconomy | null;
};

export type CatalogRowType = z.output<typeof catalogRowSchema>['rowType'];
export type CatalogRow = z.output<typeof catalogRowSchema>;
export type CatalogTable = z.output<typeof catalogTableSchema>;
export type Catalog = z.output<typeof catalogSchema>;

/**
 * A warning: something a reader or the engine could not do, or an inference it made. `code` is a
 * stable dotted identifier from the message catalogue (src/core/messages); `message` is the
 * catalogue's Danish text for `params`. Code and tests look at the code, people read the text.
 */
export type Warning = z.output<typeof warningSchema>;

export type GevinstDocument = Omit<z.output<typeof documentSchema>, 'proposals'> & { proposals: Proposal[] };

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
