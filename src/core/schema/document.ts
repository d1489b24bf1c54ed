// The `gevinst.document/1` shape (../shared/docs/cli-contract.md), described once. The TypeScript
// types of the model (src/core/model.ts) are inferred from these schemas; the CLI's readers, the
// server's request and response validation, the OpenAPI document and the web's types all use them.
// Fields named in the contract are a public interface: add freely, never rename or remove.
//
// Unknown keys are dropped (not refused): a newer writer may add fields, and nothing unchecked is
// ever stored. `computed` is the engine's and is never read from input.
import * as z from 'zod';
import { estimateIssues } from '../estimate-rules.ts';
import {
  LIMITS,
  amountUnit,
  budgetArea,
  isoDate,
  kroner,
  list,
  MAX_YEAR_COLUMNS,
  proposalKind,
  section,
  sourceLine,
  text,
  year,
  yearAmounts,
} from './primitives.ts';

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().default(null);

export const economyLineSchema = z
  .object({
    label: text(LIMITS.label),
    section,
    budgetArea: budgetArea.nullable().default(null),
    amounts: yearAmounts,
    /** 1-based line in the source document; null for lines written in Gevinst. */
    sourceLine: nullable(sourceLine),
    /** Grundinvestering: exempt from the payback requirement, left out of the service-based payback. */
    grundinvestering: z.boolean().optional(),
    /** The document marks this line as outside the totals (e.g. credited to "Fremtidens Indkøb"). */
    outsideTotals: z.boolean().optional(),
    /**
     * Three-point estimate: the low and high amount per year beside the likely one (`amounts`), in
     * the proposal's sign, low ≤ likely ≤ high. A year left out is as likely. Used by the risk
     * picture (src/core/risk); the engine's totals use `amounts` only.
     */
    estimate: z.object({ low: yearAmounts.default({}), high: yearAmounts.default({}) }).optional(),
  })
  .superRefine((line, ctx) => {
    if (!line.estimate) return;
    for (const issue of estimateIssues(line.amounts, line.estimate))
      ctx.addIssue({ code: 'custom', path: ['estimate', issue.which, issue.year], message: issue.message });
  });

const byArea = z.partialRecord(budgetArea, yearAmounts);
const payback = z
  .number({ error: 'skal være et antal år eller null' })
  .min(0, { error: 'skal være et antal år' })
  .max(1000, { error: 'skal være et antal år' });

/** Rows the document prints as totals: reported as printed, never merged with computed values. */
export const statedEconomySchema = z.object({
  permanentChange: yearAmounts.default({}),
  permanentByArea: byArea.optional(),
  implementationCost: yearAmounts.default({}),
  implementationByArea: byArea.optional(),
  economicImpact: yearAmounts.default({}),
  paybackService: nullable(payback),
  paybackTotal: nullable(payback),
  paybackServiceText: text(LIMITS.name).nullable().optional(),
  paybackTotalText: text(LIMITS.name).nullable().optional(),
  sourceLines: z.record(text(100), sourceLine).optional(),
});

export const EMPTY_STATED = {
  permanentChange: {},
  implementationCost: {},
  economicImpact: {},
  paybackService: null,
  paybackTotal: null,
} as const;

export const economySchema = z.object({
  unit: amountUnit.default('t.kr'),
  priceLevelYear: nullable(year),
  /** The table's year columns, read from its header. */
  years: list(year, MAX_YEAR_COLUMNS),
  lines: list(economyLineSchema, LIMITS.lines),
  stated: statedEconomySchema.default({ ...EMPTY_STATED }),
});

export const amountTableRowSchema = z.object({
  label: text(LIMITS.label),
  committee: text(LIMITS.ref).nullable().optional(),
  amounts: yearAmounts,
  sourceLine: nullable(sourceLine),
  isTotal: z.boolean().optional(),
});

export const amountTableSchema = z.object({
  id: text(LIMITS.ref),
  title: text(LIMITS.title).default(''),
  unit: amountUnit.default('t.kr'),
  priceLevelYear: nullable(year),
  years: list(year, MAX_YEAR_COLUMNS).default([]),
  rows: list(amountTableRowSchema, LIMITS.rows),
  sourceLine: nullable(sourceLine),
});

export const followUpTargetSchema = z.object({
  group: text(LIMITS.title).nullable().default(null),
  target: text(LIMITS.shortText),
  measure: text(LIMITS.shortText).default(''),
  responsible: text(LIMITS.shortText).default(''),
  /** The "when" column as printed ("Q2 2026", "Primo 2025 (løbende)"). */
  when: text(LIMITS.shortText).default(''),
  sourceLine: nullable(sourceLine),
});

export const consultationSchema = z.object({
  body: text(LIMITS.shortText),
  answer: z.enum(['ja', 'nej'], { error: 'skal være "ja", "nej" eller null' }).nullable().default(null),
  date: isoDate.nullable().default(null),
  text: text(LIMITS.shortText).nullable().default(null),
  sourceLine: nullable(sourceLine),
});

export const riskSchema = z.object({
  level: text(LIMITS.name).nullable().default(null),
  text: text(LIMITS.longText).default(''),
  sourceLine: nullable(sourceLine),
});

export const textSectionSchema = z.object({
  heading: text(LIMITS.title),
  text: text(LIMITS.longText),
  sourceLine: nullable(sourceLine),
});

export const affectedAdministrationSchema = z.object({
  administration: text(LIMITS.ref),
  checked: z.boolean({ error: 'skal være true eller false' }),
});

export const proposalSchema = z.object({
  /** The proposal's own number as printed: "BC01", "Forslag 5". */
  ref: text(LIMITS.ref),
  title: text(LIMITS.title).default(''),
  kind: proposalKind,
  presentingAdministrations: list(text(LIMITS.ref), 50).default([]),
  affectedAdministrations: list(affectedAdministrationSchema, 100).default([]),
  summary: text(LIMITS.longText).nullable().default(null),
  /** "Forslaget udspringer af et innovationsforslag": null where not stated. */
  innovationOrigin: z.boolean({ error: 'skal være true, false eller null' }).nullable().default(null),
  economy: economySchema.nullable().default(null),
  /** Effektivisering på administration (Tabel 2/3). */
  administrationEffect: amountTableSchema.nullable().default(null),
  /** Kvantum tables A–E and the 2021 technical annex tables. */
  kvantumTables: list(amountTableSchema, LIMITS.tables).default([]),
  /** Other year tables as printed (2021 "Varige ændringer, service", 2025 "Fordeling på udvalg" …). */
  detailTables: list(amountTableSchema, LIMITS.tables).optional(),
  followUp: list(followUpTargetSchema, LIMITS.listItems).default([]),
  consultations: list(consultationSchema, LIMITS.listItems).default([]),
  /** Inddragede samarbejdspartnere. */
  partners: list(text(LIMITS.shortText), LIMITS.listItems).default([]),
  risk: riskSchema.nullable().default(null),
  sections: list(textSectionSchema, LIMITS.sections).default([]),
  /** Foranalyse: the money asked for. */
  requestedAmount: kroner.nullable().default(null),
  /** First and last source line of the proposal. */
  sourceLines: list(sourceLine, 10_000).default([]),
});

export const catalogRowSchema = z.object({
  rowType: z.enum(['proposal', 'committee', 'total']),
  /** "Forslag 1", "BC01", or null for unnumbered rows and group rows. */
  proposalRef: text(LIMITS.ref).nullable(),
  /** The number the catalog prints where it names the proposal otherwise ("1" for BC01). */
  printedRef: text(LIMITS.ref).nullable().optional(),
  title: text(LIMITS.title),
  committee: text(LIMITS.name),
  /** Catalog sign convention: positive = saving. */
  amounts: yearAmounts,
  investment: kroner.nullable(),
  approvedWith: text(LIMITS.name).nullable(),
  group: text(LIMITS.title).nullable().optional(),
  investmentByArea: z.partialRecord(budgetArea, kroner).optional(),
  fullEffectByArea: z.partialRecord(budgetArea, kroner).optional(),
  payback: payback.nullable().optional(),
  crossCutting: z.boolean().optional(),
  note: text(LIMITS.ref).nullable().optional(),
  footnote: text(LIMITS.shortText).nullable().optional(),
  sourceLine,
});

export const catalogTableSchema = z.object({
  name: text(LIMITS.ref),
  title: text(LIMITS.title),
  unit: amountUnit,
  priceLevelYear: year.nullable(),
  years: list(year, MAX_YEAR_COLUMNS),
  rows: list(catalogRowSchema, LIMITS.proposals),
  sourceLine,
});

export const catalogSchema = z.object({
  tables: list(catalogTableSchema, LIMITS.tables),
  /** Every row of every table, in document order (the contract's flat list). */
  rows: list(catalogRowSchema, LIMITS.proposals * 3),
});

const paramValue = z.union([z.string().max(LIMITS.shortText), z.number(), z.boolean(), z.null()]);

export const warningSchema = z.object({
  /** Stable dotted code from the message catalogue (src/core/messages). */
  code: text(LIMITS.ref).optional(),
  message: text(LIMITS.shortText),
  sourceLine: sourceLine.nullable(),
  proposalRef: text(LIMITS.ref).nullable().optional(),
  params: z.record(z.string().max(100), paramValue).optional(),
});

export const DOCUMENT_FORMAT = 'gevinst.document/1';

export const documentSchema = z.object({
  format: z.literal(DOCUMENT_FORMAT, { error: `skal være "${DOCUMENT_FORMAT}"` }),
  source: z
    .object({ path: text(LIMITS.title), sha256: text(64) })
    .nullable()
    .default(null),
  priceLevelYear: nullable(year),
  catalog: catalogSchema.nullable().default(null),
  proposals: list(proposalSchema, LIMITS.proposals),
  warnings: list(warningSchema, LIMITS.proposals * 10).default([]),
});
