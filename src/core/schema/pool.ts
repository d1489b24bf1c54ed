// The bodies and answers of the investment pool, its ledger, scenarios and decision snapshots
// (src/core/pool, src/core/scenario, src/core/snapshot), described once like ./api.ts: the server
// validates with them and builds /api/openapi.json from them; the web infers its types from them.
import * as z from 'zod';
import { catalogTableSchema, documentSchema, warningSchema } from './document.ts';
import { LIMITS, isoDate, kroner, list, text, year, yearAmounts } from './primitives.ts';

const id = z.int().min(1);
const timestamp = z.string();
const nonBlank = (max: number) => text(max).refine((s) => s.trim() !== '', { error: 'skal udfyldes' });
const optionalText = (max: number) =>
  text(max)
    .nullable()
    .optional()
    .transform((s) => (s === undefined || s === null || s.trim() === '' ? null : s.trim()));
const positiveKroner = kroner.refine((v) => v > 0, { error: 'skal være et positivt beløb i hele kroner' });
const nonNegativeAmounts = yearAmounts.refine((a) => Object.values(a).every((v) => v >= 0), {
  error: 'må ikke have negative beløb',
});

// ---- sources and the ledger -------------------------------------------------------------------

export const POOL_SOURCE_KINDS = ['investeringspulje', 'pulje', 'medfinansiering', 'fond'] as const;
export const poolSourceKind = z.enum(POOL_SOURCE_KINDS, {
  error: `skal være en af ${POOL_SOURCE_KINDS.join(', ')}`,
});

export const poolSourceSchema = z.object({
  id,
  name: text(200),
  kind: poolSourceKind,
  /** What the source has per year (the investment pool's amount); empty when not stated. */
  amounts: yearAmounts,
});

export const poolSourceBody = z.object({
  name: nonBlank(200).transform((s) => s.trim()),
  kind: poolSourceKind,
  amounts: nonNegativeAmounts.default({}),
});

export const poolAmountsBody = z.object({ amounts: nonNegativeAmounts });

/** bevilling: granted; udbetaling: paid out; tilbagebetaling: paid back; betinget: depends on an answer. */
export const POOL_ENTRY_KINDS = ['bevilling', 'udbetaling', 'tilbagebetaling', 'betinget'] as const;
export const poolEntryKind = z.enum(POOL_ENTRY_KINDS, {
  error: `skal være en af ${POOL_ENTRY_KINDS.join(', ')}`,
});

export const OUTCOMES = ['afventer', 'bevilget', 'afslaaet'] as const;
export const outcome = z.enum(OUTCOMES, { error: 'skal være afventer, bevilget eller afslaaet' });

export const poolEntrySchema = z.object({
  id,
  sourceId: id,
  proposalId: id.nullable(),
  proposalRef: text(LIMITS.ref).nullable(),
  kind: poolEntryKind,
  year,
  amount: kroner,
  /** A conditional grant that, when granted, pays back this much to this source (the investment pool). */
  replacesSourceId: id.nullable(),
  expectedAnswer: isoDate.nullable(),
  /** Only for betinget: pending until decided. */
  outcome: outcome.nullable(),
  decidedAt: timestamp.nullable(),
  decidedBy: text(320).nullable(),
  note: text(2_000).nullable(),
  scenarioId: id.nullable(),
  createdAt: timestamp,
  createdBy: text(320).nullable(),
  voidedAt: timestamp.nullable(),
  voidedBy: text(320).nullable(),
  voidReason: text(2_000).nullable(),
});

export const poolEntryBody = z
  .object({
    sourceId: id,
    proposalId: id.nullable().optional().default(null),
    kind: poolEntryKind,
    year,
    amount: positiveKroner,
    replacesSourceId: id.nullable().optional().default(null),
    expectedAnswer: isoDate.nullable().optional().default(null),
    note: optionalText(2_000),
  })
  .superRefine((b, ctx) => {
    if (b.kind !== 'betinget' && b.replacesSourceId !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['replacesSourceId'],
        message: 'kan kun angives for en betinget bevilling',
      });
    if (b.kind === 'betinget' && b.replacesSourceId === b.sourceId)
      ctx.addIssue({
        code: 'custom',
        path: ['replacesSourceId'],
        message: 'skal være en anden kilde end den betingede',
      });
    if (b.kind !== 'betinget' && b.proposalId === null)
      ctx.addIssue({ code: 'custom', path: ['proposalId'], message: 'skal angive forslaget' });
    if (b.kind === 'betinget' && b.proposalId === null)
      ctx.addIssue({ code: 'custom', path: ['proposalId'], message: 'skal angive forslaget' });
  });

export const outcomeBody = z.object({
  outcome: z.enum(['bevilget', 'afslaaet'], { error: 'skal være "bevilget" eller "afslaaet"' }),
  note: optionalText(2_000),
});

export const voidBody = z.object({ reason: nonBlank(2_000).transform((s) => s.trim()) });

// ---- what the ledger engine computes (src/core/pool/ledger.ts) -------------------------------

const sourceYear = z.object({
  year,
  /** The source's own amount that year (0 when not stated). */
  amount: kroner,
  granted: kroner,
  disbursed: kroner,
  paidBack: kroner,
  /** amount − granted + paidBack. */
  balance: kroner,
  /** Σ balance up to and including the year. */
  cumulative: kroner,
});

export const sourceViewSchema = z.object({
  source: poolSourceSchema,
  /** Decided as recorded, every pending conditional grant refused. */
  years: z.array(sourceYear),
  /** The same with every pending conditional grant granted (equal when nothing is pending). */
  yearsIfGranted: z.array(sourceYear),
  total: z.object({ amount: kroner, granted: kroner, disbursed: kroner, paidBack: kroner, balance: kroner }),
});

const bySource = z.object({
  sourceId: id,
  granted: kroner,
  grantedByYear: yearAmounts,
  disbursed: kroner,
  paidBack: kroner,
  /** granted − disbursed: still to be paid out. */
  remaining: kroner,
  /** granted − paidBack: what the source bears in the end. */
  net: kroner,
});

const outcomeView = z.object({
  /** Σ granted − paid back by source id. */
  net: z.record(z.string(), kroner),
  paybackTotal: z.number().nullable(),
});

export const conditionalViewSchema = z.object({
  entryId: id,
  proposalId: id.nullable(),
  proposalRef: text(LIMITS.ref).nullable(),
  sourceId: id,
  replacesSourceId: id.nullable(),
  year,
  amount: kroner,
  outcome,
  expectedAnswer: isoDate.nullable(),
  ifGranted: outcomeView,
  ifRefused: outcomeView,
});

export const proposalLedgerSchema = z.object({
  proposalId: id,
  ref: text(LIMITS.ref),
  title: text(LIMITS.title),
  sources: z.array(bySource),
});

export const ledgerViewSchema = z.object({
  roundId: id,
  years: z.array(year),
  sources: z.array(sourceViewSchema),
  proposals: z.array(proposalLedgerSchema),
  conditional: z.array(conditionalViewSchema),
  entries: z.array(poolEntrySchema),
  warnings: z.array(warningSchema),
});

// ---- scenarios ---------------------------------------------------------------------------------

export const scenarioConstraintsBody = z.object({
  pool: kroner.nullable().optional().default(null),
  poolByYear: nonNegativeAmounts.default({}),
  maxPayback: z.int().min(1).max(100).nullable().optional().default(null),
  require: list(text(LIMITS.ref), 5_000).default([]),
  exclude: list(text(LIMITS.ref), 5_000).default([]),
  /** Use the round's måltal (less its rising profiles) as minimum effects per committee and year. */
  useTargets: z.boolean().default(false),
});

const targetOutcome = z.object({
  committee: text(LIMITS.ref),
  year,
  amount: kroner,
  effect: kroner,
  met: z.boolean(),
});

const percentiles = z.object({ p10: kroner, p50: kroner, p90: kroner });

/** The risk picture (src/core/risk/monte-carlo.ts) of a proposal or a scenario. */
export const riskPictureSchema = z.object({
  draws: z.int(),
  seed: z.int(),
  guidelineYears: z.int(),
  paybackWithinGuideline: z.number(),
  npv: percentiles,
  fullEffect: percentiles,
});

export const scenarioResultSchema = z.object({
  format: z.literal('gevinst.scenario/1'),
  constraints: z.object({
    pool: kroner.nullable(),
    poolByYear: yearAmounts,
    maxPayback: z.number().nullable(),
    require: z.array(z.string()),
    exclude: z.array(z.string()),
    targets: z.array(z.object({ committee: text(LIMITS.ref), year, amount: kroner })),
  }),
  feasible: z.boolean(),
  reasonCode: z.string().nullable(),
  reason: z.string().nullable(),
  selected: z.array(z.string()),
  rejected: z.array(z.object({ ref: z.string(), code: z.string(), reason: z.string() })),
  notInScenario: z.array(z.string()),
  investment: kroner,
  investmentByYear: yearAmounts,
  fullEffect: kroner,
  effectByYear: yearAmounts,
  targets: z.array(targetOutcome),
  optimal: z.boolean(),
  /** Σ NPV of the chosen (each from its own year 1), whole kroner. */
  npv: kroner,
  /** The chosen proposals' risk picture, summed per draw (seeded; the organisation's settings). */
  risk: riskPictureSchema.nullable().optional(),
});

export const scenarioRunBody = z.object({ constraints: scenarioConstraintsBody });

export const scenarioSaveBody = z.object({
  name: nonBlank(200).transform((s) => s.trim()),
  constraints: scenarioConstraintsBody,
});

export const scenarioSchema = z.object({
  id,
  roundId: id,
  name: text(200),
  result: scenarioResultSchema,
  /** The proposal versions the result was computed from. */
  versions: z.array(z.object({ proposalId: id, ref: text(LIMITS.ref), version: z.int() })),
  /** Proposals changed since: the saved result may be out of date. */
  stale: z.array(z.string()),
  createdAt: timestamp,
  createdBy: text(320).nullable(),
  adoptedAt: timestamp.nullable(),
  adoptedBy: text(320).nullable(),
});

export const scenarioComparisonSchema = z.object({
  a: scenarioSchema,
  b: scenarioSchema,
  onlyInA: z.array(z.string()),
  onlyInB: z.array(z.string()),
  inBoth: z.array(z.string()),
  years: z.array(year),
  effectByYear: z.array(z.object({ year, a: kroner, b: kroner })),
  investmentByYear: z.array(z.object({ year, a: kroner, b: kroner })),
  targets: z.array(
    z.object({
      committee: text(LIMITS.ref),
      year,
      amount: kroner,
      a: kroner,
      b: kroner,
      metA: z.boolean(),
      metB: z.boolean(),
    }),
  ),
});

// ---- decision snapshots ------------------------------------------------------------------------

export const SNAPSHOT_POINTS = ['udvalg', 'oeu', 'budget', 'ofs', 'andet'] as const;
export const snapshotPoint = z.enum(SNAPSHOT_POINTS, {
  error: `skal være en af ${SNAPSHOT_POINTS.join(', ')}`,
});

export const snapshotBody = z.object({
  point: snapshotPoint,
  label: nonBlank(200).transform((s) => s.trim()),
});

export const snapshotProposalSchema = z.object({
  proposalId: id,
  ref: text(LIMITS.ref),
  title: text(LIMITS.title),
  version: z.int(),
  status: z.string(),
  committee: text(LIMITS.ref).nullable(),
  investment: kroner.nullable(),
  fullEffect: kroner.nullable(),
  /** −Samlet varig ændring per year (positive = saving). */
  effect: yearAmounts,
  implementationCost: yearAmounts,
  paybackTotal: z.number().nullable(),
});

export const snapshotSummarySchema = z.object({
  id,
  roundId: id,
  point: snapshotPoint,
  label: text(200),
  takenAt: timestamp,
  takenBy: text(320).nullable(),
  proposalCount: z.int(),
});

export const snapshotSchema = snapshotSummarySchema.extend({
  proposals: z.array(snapshotProposalSchema),
  /** Per source: granted − paid back per year, as the ledger stood. */
  poolUse: z.array(z.object({ sourceId: id, name: text(200), byYear: yearAmounts })),
  tables: z.array(catalogTableSchema),
});

export const snapshotDiffSchema = z.object({
  from: snapshotSummarySchema,
  to: snapshotSummarySchema,
  added: z.array(z.object({ ref: z.string(), title: z.string() })),
  removed: z.array(z.object({ ref: z.string(), title: z.string() })),
  changed: z.array(
    z.object({
      ref: z.string(),
      title: z.string(),
      fromVersion: z.int(),
      toVersion: z.int(),
      fields: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
    }),
  ),
  poolUse: z.array(z.object({ name: z.string(), year, from: kroner, to: kroner })),
});

/** The document a snapshot stores: what every export of it renders. */
export const snapshotDocumentSchema = documentSchema;

export type PoolSource = z.output<typeof poolSourceSchema>;
export type PoolSourceKind = z.output<typeof poolSourceKind>;
export type PoolEntry = z.output<typeof poolEntrySchema>;
export type PoolEntryInput = z.output<typeof poolEntryBody>;
export type Outcome = z.output<typeof outcome>;
export type LedgerView = z.output<typeof ledgerViewSchema>;
export type SourceView = z.output<typeof sourceViewSchema>;
export type ConditionalView = z.output<typeof conditionalViewSchema>;
export type ScenarioConstraintsInput = z.output<typeof scenarioConstraintsBody>;
export type ScenarioAnswer = z.output<typeof scenarioResultSchema>;
export type SavedScenario = z.output<typeof scenarioSchema>;
export type ScenarioComparison = z.output<typeof scenarioComparisonSchema>;
export type SnapshotPoint = z.output<typeof snapshotPoint>;
export type SnapshotSummary = z.output<typeof snapshotSummarySchema>;
export type Snapshot = z.output<typeof snapshotSchema>;
export type SnapshotProposal = z.output<typeof snapshotProposalSchema>;
export type SnapshotDiff = z.output<typeof snapshotDiffSchema>;
