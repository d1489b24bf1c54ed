// Every body the HTTP API takes and gives, described once. The server validates requests and
// responses with these (Fastify type provider) and builds /api/openapi.json from them; the web's
// API types are inferred from them. No layer keeps a hand-copied type.
import * as z from 'zod';
import { organisationSettingsSchema } from '../process/organisation.ts';
import { ROLES } from '../process/roles.ts';
import { STATUSES } from '../process/statuses.ts';
import { catalogTableSchema, documentSchema, proposalSchema, warningSchema } from './document.ts';
import {
  AMOUNT_UNITS,
  BUDGET_AREAS,
  LIMITS,
  budgetArea,
  isoDate,
  kroner,
  list,
  proposalKind,
  text,
  year,
  yearAmounts,
} from './primitives.ts';

const id = z.int().min(1);
const timestamp = z.string();
const nonBlank = (max: number) => text(max).refine((s) => s.trim() !== '', { error: 'skal udfyldes' });
const optionalText = (max: number) =>
  text(max)
    .nullable()
    .optional()
    .transform((s) => (s === undefined || s === null || s.trim() === '' ? null : s));

export const status = z.enum(STATUSES, { error: `skal være en af ${STATUSES.join(', ')}` });
export const role = z.enum(ROLES, { error: `skal være en af ${ROLES.join(', ')}` });

// ---- organisations and users ------------------------------------------------------------------

export const organisationRefSchema = z.object({ id, slug: text(50), name: text(200) });

export const organisationAnswerSchema = organisationRefSchema.extend({
  settings: organisationSettingsSchema,
});

export const settingsBody = z.object({ settings: organisationSettingsSchema });

export const userSchema = z.object({
  id,
  email: text(320),
  name: text(LIMITS.name).nullable(),
  role,
  administration: text(LIMITS.ref).nullable(),
  organisationId: id,
  organisation: organisationRefSchema,
});

export const sessionSchema = z.object({ user: userSchema, csrfToken: text(200) });

export const loginBody = z.object({ email: text(320), password: text(1000) });

export const passwordBody = z.object({ currentPassword: text(1000), newPassword: text(1000) });

export const userCreateBody = z.object({
  email: nonBlank(320),
  name: optionalText(LIMITS.name),
  role,
  administration: optionalText(LIMITS.ref),
  password: text(1000),
});

export const okSchema = z.object({ ok: z.literal(true) });

/** A user as the admin's account page shows it. */
export const accountSchema = userSchema.extend({
  disabled: z.boolean(),
  /** Live sessions. */
  sessions: z.int(),
  oidc: z.boolean(),
  createdAt: timestamp,
});

export const roleBody = z.object({ role, administration: optionalText(LIMITS.ref) });

export const passwordResetBody = z
  .object({ password: text(1000).optional() })
  .optional()
  .transform((b) => b?.password ?? null);

export const passwordResetAnswer = z.object({
  account: accountSchema,
  /** A generated password, shown once; null when the admin chose one. */
  temporaryPassword: z.string().nullable(),
});

// ---- rounds -----------------------------------------------------------------------------------

export const roundKind = z.enum(['budget', 'ofs'], { error: 'skal være "budget" eller "ofs"' });

/** A deadline of the round: what is due, and when. */
export const roundDeadlineSchema = z.object({ label: nonBlank(LIMITS.title), date: isoDate });

export const roundSchema = z.object({
  id,
  organisationId: id,
  /** The municipality the round belongs to (the public lists rounds of every organisation). */
  organisation: organisationRefSchema,
  name: text(200),
  kind: roundKind,
  /** The first budget year the round decides. */
  year,
  priceLevelYear: year.nullable(),
  published: z.boolean(),
  proposalCount: z.int(),
  revision: z.int(),
  createdAt: timestamp,
  deadlines: list(roundDeadlineSchema, 50),
});

export const roundTargetSchema = z.object({
  committee: nonBlank(LIMITS.ref),
  year,
  /** Måltal, positive = saving required. */
  amount: kroner,
});

/** A rising profile typed in by the finance centre (savings decided outside Gevinst). */
export const risingProfileSchema = z.object({
  id,
  committee: text(LIMITS.ref),
  title: text(LIMITS.title),
  amounts: yearAmounts,
});

export const roundDetailSchema = roundSchema.extend({
  targets: list(roundTargetSchema, 5_000),
  risingProfiles: list(risingProfileSchema, 5_000),
});

export const roundCreateBody = z.object({
  name: nonBlank(200),
  kind: roundKind,
  year,
  priceLevelYear: year.nullable().optional().default(null),
  deadlines: list(roundDeadlineSchema, 50).optional().default([]),
});

/** Changing a round's name, kind, years and deadlines (its proposals stay). */
export const roundUpdateBody = roundCreateBody;

export const targetsBody = z.object({ targets: list(roundTargetSchema, 5_000) });

export const risingProfilesBody = z.object({
  risingProfiles: list(
    z.object({ committee: nonBlank(LIMITS.ref), title: nonBlank(LIMITS.title), amounts: yearAmounts }),
    5_000,
  ),
});

export const publishedBody = z.object({ published: z.boolean({ error: 'skal være true eller false' }) });

// ---- proposals --------------------------------------------------------------------------------

/** Imported: carries the document's printed figures (`stated`); authored: saved in Gevinst. */
export const versionOrigin = z.enum(['imported', 'authored']);

export const proposalSummarySchema = z.object({
  id,
  roundId: id,
  ref: text(LIMITS.ref),
  title: text(LIMITS.title),
  kind: proposalKind,
  administration: text(LIMITS.ref).nullable(),
  committee: text(LIMITS.ref).nullable(),
  status,
  approvedWith: text(LIMITS.name).nullable(),
  version: z.int(),
  origin: versionOrigin,
  updatedAt: timestamp,
  updatedBy: text(320).nullable(),
});

/** The engine's figures (src/core/derive.ts DerivedEconomy); more fields than named here. */
export const computedSchema = z.looseObject({
  permanentChange: yearAmounts,
  implementationCost: yearAmounts,
  economicImpact: yearAmounts,
  investmentTotal: z.number(),
  paybackService: z.number().nullable(),
  paybackTotal: z.number().nullable(),
});

export const proposalOutSchema = proposalSchema.extend({ computed: computedSchema.nullable().optional() });

/** A proposal as an author writes it: a number and a title are required. */
export const authoredProposalSchema = proposalSchema.extend({
  ref: nonBlank(LIMITS.ref).transform((s) => s.trim()),
  title: nonBlank(LIMITS.title).transform((s) => s.trim()),
});

export const proposalRecordSchema = proposalSummarySchema.extend({
  proposal: proposalOutSchema,
  allowedTransitions: z.array(status),
});

/** A new proposal: its number may be left empty, and the round numbers it ("Forslag N"). */
export const proposalCreateBody = z.object({
  proposal: authoredProposalSchema.extend({ ref: text(LIMITS.ref).transform((s) => s.trim()) }),
});

export const proposalSaveBody = z.object({
  basedOnVersion: z.int().min(1),
  proposal: authoredProposalSchema,
  note: optionalText(2_000),
});

export const transitionBody = z.object({
  to: status,
  basedOnVersion: z.int().min(1),
  note: optionalText(2_000),
  approvedWith: optionalText(200),
});

export const versionSchema = z.object({
  version: z.int(),
  author: text(320).nullable(),
  createdAt: timestamp,
  current: z.boolean(),
  note: text(2_000).nullable(),
  origin: versionOrigin,
});

export const transitionEntrySchema = z.object({
  from: status,
  to: status,
  version: z.int(),
  user: text(320).nullable(),
  at: timestamp,
  note: text(2_000).nullable(),
  approvedWith: text(200).nullable(),
});

export const commentSchema = z.object({
  id,
  version: z.int(),
  user: text(320).nullable(),
  text: text(20_000),
  createdAt: timestamp,
});

export const commentBody = z.object({ text: nonBlank(20_000) });

export const consultationRecordSchema = z.object({
  id,
  body: text(LIMITS.name),
  answer: z.enum(['ja', 'nej']).nullable(),
  date: isoDate.nullable(),
  text: text(20_000).nullable(),
  user: text(320).nullable(),
  createdAt: timestamp,
});

export const consultationBody = z.object({
  body: nonBlank(LIMITS.name),
  answer: z
    .enum(['ja', 'nej'], { error: 'skal være "ja", "nej" eller null' })
    .nullable()
    .optional()
    .default(null),
  date: isoDate.nullable().optional().default(null),
  text: optionalText(20_000),
});

export const auditEntrySchema = z.object({
  id: z.int(),
  at: timestamp,
  user: text(320).nullable(),
  action: text(200),
  entity: text(200),
  entityId: text(200).nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

/** A validation finding: the public `gevinst.findings/1` shape (src/core/validation/finding.ts). */
export const findingSchema = z.object({
  rule: text(200),
  code: text(200).optional(),
  severity: z.enum(['error', 'warning', 'info']),
  proposalRef: text(LIMITS.ref).nullable(),
  year: z.int().nullable(),
  expected: z.union([z.number(), z.string()]).nullable(),
  found: z.union([z.number(), z.string()]).nullable(),
  message: text(LIMITS.shortText),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  sourceLine: z.int().nullable(),
});

export const findingsAnswerSchema = z.object({
  format: z.literal('gevinst.findings/1'),
  findings: z.array(findingSchema),
});

// ---- search (GET /api/search, GET /api/search/options) -----------------------------------------

/** A piece of highlighted text: `hit` marks what the query matched (a word, or part of one). */
export const textPartSchema = z.object({ text: z.string(), hit: z.boolean() });

export const SEARCH_MATCHES = ['fulltext', 'part'] as const;

/** A search answers this many proposals at most, the best first. */
export const SEARCH_LIMIT = 50;

export const searchHitSchema = proposalSummarySchema.extend({
  /** Higher first: 2–3 for full-text matches, 1–2 for part-of-word matches. */
  rank: z.number(),
  /** The stemmed full text matched, or every query word is part of some word of the text. */
  match: z.enum(SEARCH_MATCHES),
  titleParts: z.array(textPartSchema),
  snippet: z.array(textPartSchema),
});

const queryId = z
  .string()
  .regex(/^\d{1,9}$/, { error: 'skal være et helt tal' })
  .transform(Number);

export const searchQuerySchema = z.object({
  q: z
    .string()
    .max(500, { error: 'må højst være 500 tegn' })
    .refine((q) => q.trim() !== '', { error: 'skal udfyldes' }),
  roundId: queryId.optional(),
  status: status.optional(),
  committee: text(LIMITS.ref).optional(),
  kind: proposalKind.optional(),
});

export const searchOptionsSchema = z.object({
  rounds: z.array(z.object({ id, name: text(200) })),
  committees: z.array(text(LIMITS.ref)),
  kinds: z.array(proposalKind),
  statuses: z.array(status),
});

// ---- master data and p/l index ----------------------------------------------------------------

const masterEntry = {
  id: nonBlank(20),
  name: nonBlank(200),
  abbreviations: list(text(20), 50).default([]),
  variants: list(text(200), 200).default([]),
};

export const masterDataFileSchema = z.object({
  description: text(LIMITS.shortText).optional(),
  committees: list(z.object(masterEntry), 200),
  administrations: list(
    z.object({ ...masterEntry, committee: nonBlank(20), parent: text(20).nullable().default(null) }),
    500,
  ),
  budgetAreas: list(
    z.object({ id: budgetArea, name: nonBlank(200), variants: list(text(200), 200).default([]) }),
    BUDGET_AREAS.length,
  ).optional(),
});

export const priceIndexEntrySchema = z.object({
  year,
  /** Index point as decimal text ("104.8"; base year = 100): never a float in the store. */
  index: z.string().regex(/^\d{1,8}(\.\d{1,6})?$/, { error: 'skal være et positivt indekstal som "104.8"' }),
});

export const priceIndexBody = z.object({
  entries: list(
    z.object({
      year,
      index: z
        .union([z.string(), z.number()])
        .transform((v) => (typeof v === 'number' ? String(v) : v))
        .pipe(
          z
            .string()
            .regex(/^\d{1,8}(\.\d{1,6})?$/, { error: 'skal være et positivt indekstal som "104.8"' })
            .refine((s) => Number(s) > 0, { error: 'skal være større end 0' }),
        ),
    }),
    500,
  ),
});

// ---- the round's catalog and page (core/process/round-view.ts) --------------------------------

export const roundFilterSchema = z.object({
  committee: text(LIMITS.ref).optional(),
  kind: proposalKind.optional(),
  status: status.optional(),
  approvedWith: text(200).optional(),
});

const targetYearSchema = z.object({
  year,
  effect: z.number(),
  risingProfile: z.number(),
  total: z.number(),
  target: z.number(),
  surplus: z.number(),
  met: z.boolean(),
  /** total with the realised figures of followed-up proposals in place of planned: what came in. */
  cameIn: z.number(),
  /** cameIn − total: what the realised figures changed (positive = more saved than counted). */
  realisedDifference: z.number(),
  cameInSurplus: z.number(),
});

export const targetAttainmentSchema = z.object({
  committee: text(LIMITS.ref),
  years: z.array(targetYearSchema),
});

/** A rising profile as the round counts it: typed in, or derived from an earlier adopted proposal. */
export const risingProfileLineSchema = z.object({
  committee: text(LIMITS.ref),
  title: text(LIMITS.title),
  amounts: yearAmounts,
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('manual'), id }),
    z.object({
      kind: z.literal('derived'),
      proposalId: id,
      ref: text(LIMITS.ref),
      roundId: id,
      roundName: text(200),
    }),
  ]),
});

export const roundProposalSchema = proposalSummarySchema.extend({
  /** False for rejected and withdrawn proposals: listed, never summed. */
  counted: z.boolean(),
  /** Why it is not in the tables although counted (no committee, unreadable table), else null. */
  leftOut: text(LIMITS.shortText).nullable(),
  /** In Tabel 1 and 2, the target attainment and the charts: counted and placed. */
  inTables: z.boolean(),
  investment: kroner.nullable(),
  implementationCost: yearAmounts,
  paybackTotal: z.number().nullable(),
  paybackTotalYear: z.int().nullable(),
  paybackService: z.number().nullable(),
  /** Net permanent change at full phase-in (proposal sign: negative = saving). */
  fullEffect: kroner.nullable(),
});

export const roundViewSchema = z.object({
  round: roundSchema,
  filter: roundFilterSchema,
  /** Year columns of the tables: over every counted proposal, stable while filtering. */
  years: z.array(year),
  unit: z.enum(AMOUNT_UNITS),
  /** Tabel 1 (per committee, "I alt") and Tabel 2 (per proposal): each row once. */
  tables: z.array(catalogTableSchema),
  proposals: z.array(roundProposalSchema),
  targets: z.array(targetAttainmentSchema),
  risingProfiles: z.array(risingProfileLineSchema),
  paybackBuckets: z.array(z.object({ bucket: z.string(), count: z.int() })),
  options: z.object({
    committees: z.array(z.string()),
    kinds: z.array(proposalKind),
    statuses: z.array(status),
    approvedWith: z.array(z.string()),
  }),
  warnings: z.array(warningSchema),
});

// ---- import -----------------------------------------------------------------------------------

export const importPreviewSchema = z.object({
  document: documentSchema.extend({ proposals: z.array(proposalOutSchema) }),
  findings: z.array(findingSchema),
  /** Refs that already exist in the round: committing would be refused. */
  conflicts: z.array(z.string()),
  /** Per proposal, the decision its catalog row prints ("Godkendt med"), for recording it. */
  decisions: z.array(
    z.object({ ref: text(LIMITS.ref), approvedWith: text(LIMITS.name), sourceLine: z.number().int() }),
  ),
});

/** A year as a query parameter ("2027"). */
const yearParam = z
  .string()
  .regex(/^\d{4}$/, { error: 'skal være et årstal (åååå)' })
  .transform(Number)
  .pipe(year);

/**
 * The choices of an import, as query parameters (the body is the file itself): the file's name,
 * what to do with numbers the round already holds, and whether to record the catalog's decisions.
 */
export const importQuerySchema = z.object({
  fileName: text(255).optional(),
  onConflict: z
    .enum(['refuse', 'skip'], { error: 'skal være "refuse" (afvis importen) eller "skip" (spring over)' })
    .default('refuse'),
  recordDecisions: z
    .enum(['true', 'false'], { error: 'skal være true eller false' })
    .default('false')
    .transform((v) => v === 'true'),
});

/** An import into a new round, created in the import's transaction. */
export const importNewRoundQuerySchema = importQuerySchema.extend({
  roundName: nonBlank(200),
  roundKind: roundKind.default('budget'),
  roundYear: yearParam,
  roundPriceLevelYear: yearParam.optional(),
});

export const importCommitSchema = z.object({
  importId: id,
  roundId: id,
  proposals: z.array(proposalSummarySchema),
  /** Numbers left out because the round already held them. */
  skipped: z.array(z.string()),
  /** Proposals recorded as adopted from the catalog's "Godkendt med". */
  decisionsRecorded: z.int().min(0),
});

// ---- public -----------------------------------------------------------------------------------

export const publicProposalSchema = z.object({
  id,
  roundId: id,
  ref: text(LIMITS.ref),
  title: text(LIMITS.title),
  kind: proposalKind,
  status,
  approvedWith: text(200).nullable(),
  proposal: proposalOutSchema,
});

// ---- errors -----------------------------------------------------------------------------------

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().nullable(),
    sourceLine: z.int().nullable(),
    /** The message code of the cause, where the server knows it ("workflow.not-editable"). */
    reason: z.string().nullable().optional(),
  }),
});

// ---- the types, inferred ----------------------------------------------------------------------

export type Role = z.output<typeof role>;
export type OrganisationRef = z.output<typeof organisationRefSchema>;
export type User = z.output<typeof userSchema>;
export type Account = z.output<typeof accountSchema>;
export type Session = z.output<typeof sessionSchema>;
export type RoundKind = z.output<typeof roundKind>;
export type RoundDeadline = z.output<typeof roundDeadlineSchema>;
export type Round = z.output<typeof roundSchema>;
export type RoundTarget = z.output<typeof roundTargetSchema>;
export type RisingProfile = z.output<typeof risingProfileSchema>;
export type RoundDetail = z.output<typeof roundDetailSchema>;
export type VersionOrigin = z.output<typeof versionOrigin>;
export type ProposalSummary = z.output<typeof proposalSummarySchema>;
export type ProposalRecord = z.output<typeof proposalRecordSchema>;
export type Version = z.output<typeof versionSchema>;
export type TransitionEntry = z.output<typeof transitionEntrySchema>;
export type Comment = z.output<typeof commentSchema>;
export type ConsultationRecord = z.output<typeof consultationRecordSchema>;
export type AuditEntry = z.output<typeof auditEntrySchema>;
export type PriceIndexEntry = z.output<typeof priceIndexEntrySchema>;
export type MasterDataInput = z.output<typeof masterDataFileSchema>;
export type RoundFilter = z.output<typeof roundFilterSchema>;
export type TargetAttainmentAnswer = z.output<typeof targetAttainmentSchema>;
export type RisingProfileLine = z.output<typeof risingProfileLineSchema>;
export type RoundProposal = z.output<typeof roundProposalSchema>;
export type RoundView = z.output<typeof roundViewSchema>;
export type ImportPreview = z.output<typeof importPreviewSchema>;
export type ImportCommit = z.output<typeof importCommitSchema>;
export type SearchHit = z.output<typeof searchHitSchema>;
export type TextPart = z.output<typeof textPartSchema>;
export type SearchOptions = z.output<typeof searchOptionsSchema>;
export type SearchQuery = z.input<typeof searchQuerySchema>;
export type PublicProposal = z.output<typeof publicProposalSchema>;
export type ErrorBody = z.output<typeof errorBodySchema>;
