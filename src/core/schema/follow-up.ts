// Follow-up of adopted proposals (gevinstrealisering): what the finance centre and the
// administrations enter (realised figures, target schedules, targets met), and what Gevinst answers
// (a proposal's follow-up, the report `gevinst.followup/1`, the due list). Described once here; the
// server validates with it, the web's types are inferred from it, the computations are
// src/core/follow-up/.
import * as z from 'zod';
import { STATUSES } from '../process/statuses.ts';
import { LIMITS, budgetArea, isoDate, kroner, list, section, text, year } from './primitives.ts';

export const FOLLOW_UP_FORMAT = 'gevinst.followup/1';

const id = z.int().min(1);
const timestamp = z.string();
const status = z.enum(STATUSES);
const nonBlank = (max: number) => text(max).refine((s) => s.trim() !== '', { error: 'skal udfyldes' });
const note = text(5_000)
  .nullable()
  .optional()
  .transform((s) => (s === undefined || s === null || s.trim() === '' ? null : s.trim()));

/** A year's standing against the plan (thresholds in the organisation's settings). */
export const YEAR_STATUSES = ['on_track', 'behind', 'ahead', 'pending'] as const;
export const yearStatus = z.enum(YEAR_STATUSES);

/** How often a follow-up target recurs (src/core/follow-up-when.ts). */
export const RECURRENCES = ['løbende', 'månedlig', 'kvartalsvis', 'halvårlig', 'årlig'] as const;
export const recurrence = z.enum(RECURRENCES, {
  error: `skal være en af ${RECURRENCES.join(', ')} eller null`,
});

/** Where a target occurrence stands today. */
export const OCCURRENCE_STATES = ['met', 'overdue', 'due', 'upcoming', 'undated'] as const;
export const occurrenceState = z.enum(OCCURRENCE_STATES);

/** A budget area, or null for lines without one ("uden styringsområde"). */
const areaKey = budgetArea.nullable();

// ---- what is entered -----------------------------------------------------------------------

/** One realised figure: a year, a section, a budget area and optionally a line of the table. */
export const realisedCellSchema = z.object({
  year,
  section,
  budgetArea: areaKey,
  /** The label of a line of the approved table; null for the area's figure. */
  line: text(LIMITS.label).nullable(),
  /** Kroner, the proposal's signs (savings negative). */
  amount: kroner,
});

export const realisedYearBody = z.object({
  year,
  note,
  /** Every figure entered for the year; a figure left out is blank (cleared), never 0. */
  cells: list(
    realisedCellSchema
      .omit({ year: true })
      .extend({ line: text(LIMITS.label).nullable().optional().default(null) }),
    2_000,
  ),
});

export const realisedBody = z.object({
  /** The realisation version the entry started from (0 before the first): a later save → 409. */
  basedOnVersion: z.int().min(0),
  /** The years entered; years left out are unchanged. */
  years: list(realisedYearBody, 60),
});

export const confirmBody = z.object({
  year,
  /** The realisation version the finance centre looked at: a later entry → 409. */
  basedOnVersion: z.int().min(1),
});

export const scheduleBody = z.object({
  /** When the (first) follow-up is due; null to go back to what the "when" text says. */
  due: isoDate.nullable(),
  recurrence: recurrence.nullable().optional().default(null),
});

export const targetMetBody = z.object({
  /** The occurrence met (its due date); null for a target without a date. */
  due: isoDate.nullable(),
  evidence: nonBlank(5_000),
});

// ---- what is answered -----------------------------------------------------------------------

const signedOrBlank = kroner.nullable();

export const followUpAreaYearSchema = z.object({
  section,
  budgetArea: areaKey,
  planned: signedOrBlank,
  realised: signedOrBlank,
  deviation: signedOrBlank,
  /**
   * Whether the figure is part of the section's realised figure: the areas once all are entered,
   * or else a figure for the section as a whole (no budget area, where the plan has none such).
   */
  counted: z.boolean(),
});

export const confirmationSchema = z.object({
  version: z.int(),
  by: text(320).nullable(),
  at: timestamp,
});

export const followUpYearSchema = z.object({
  year,
  /** Planned permanent change (the engine's, of the approved version); null when the table has none. */
  planned: signedOrBlank,
  /** Realised permanent change; null until every planned budget area of the year is entered. */
  realised: signedOrBlank,
  /** realised − planned (a blank planned figure plans no change); null while realised is null. */
  deviation: signedOrBlank,
  status: yearStatus,
  /** Implementation spending, the same way. */
  spending: z.object({ planned: signedOrBlank, realised: signedOrBlank, deviation: signedOrBlank }),
  /** Per section and budget area. */
  areas: z.array(followUpAreaYearSchema),
  note: text(5_000).nullable(),
  /** The finance centre's confirmation of the year's current figures; null when none or outdated. */
  confirmed: confirmationSchema.nullable(),
});

export const metSchema = z.object({ by: text(320).nullable(), at: timestamp, evidence: text(5_000) });

export const occurrenceSchema = z.object({
  due: isoDate.nullable(),
  state: occurrenceState,
  met: metSchema.nullable(),
});

export const followUpTargetStateSchema = z.object({
  /** Position in the approved version's follow-up table (stable: the version never changes). */
  index: z.int().min(0),
  group: text(LIMITS.title).nullable(),
  target: text(LIMITS.shortText),
  measure: text(LIMITS.shortText),
  responsible: text(LIMITS.shortText),
  when: text(LIMITS.shortText),
  /** The schedule: read from "when", set by a user, or none. */
  schedule: z.object({
    due: isoDate.nullable(),
    recurrence: recurrence.nullable(),
    source: z.enum(['parsed', 'set', 'none']),
  }),
  /** The first occurrence not met (or the last one when all are met). */
  next: isoDate.nullable(),
  state: occurrenceState,
  occurrences: z.array(occurrenceSchema),
});

const totalsSchema = z.object({ planned: signedOrBlank, realised: signedOrBlank, deviation: signedOrBlank });

export const followUpProposalSchema = z.object({
  proposalId: id,
  roundId: id,
  roundName: text(200),
  ref: text(LIMITS.ref),
  title: text(LIMITS.title),
  committee: text(LIMITS.ref).nullable(),
  administration: text(LIMITS.ref).nullable(),
  status,
  approvedWith: text(LIMITS.name).nullable(),
  /** The version adopted (its economy is the plan). */
  approvedVersion: z.int(),
  years: z.array(followUpYearSchema),
  targets: z.array(followUpTargetStateSchema),
  /** Σ over the years with a realised figure: what came in against what was planned for them. */
  totals: totalsSchema,
  /** Every year realised and confirmed, every target occurrence met. */
  complete: z.boolean(),
});

/** Per committee ("I alt" for all) and year, over the proposals followed up. */
export const followUpTotalSchema = z.object({
  committee: text(LIMITS.ref),
  year,
  /** Σ planned of every proposal. */
  planned: kroner,
  /** Σ realised of the proposals with a realised figure; null when none has one. */
  realised: signedOrBlank,
  /** Σ planned of the same proposals as `realised`. */
  plannedOfRealised: kroner,
  /** realised − plannedOfRealised; null when realised is null. */
  deviation: signedOrBlank,
  proposals: z.int(),
  realisedProposals: z.int(),
});

export const followUpReportSchema = z.object({
  format: z.literal(FOLLOW_UP_FORMAT),
  organisation: z.object({ id, slug: text(50), name: text(200) }),
  /** One round, or every round of the organisation. */
  scope: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('round'), roundId: id, roundName: text(200) }),
    z.object({ kind: z.literal('organisation') }),
  ]),
  /** The day the states (overdue, due) are computed for. */
  today: isoDate,
  unit: z.literal('kr'),
  thresholds: z.object({ percent: z.int(), kroner }),
  proposals: z.array(followUpProposalSchema),
  totals: z.array(followUpTotalSchema),
});

/** The approved table's figures the entry form lays out, per section and budget area. */
export const plannedAreaSchema = z.object({
  section,
  budgetArea: areaKey,
  amounts: z.record(z.string(), kroner),
  lines: z.array(z.object({ label: text(LIMITS.label), amounts: z.record(z.string(), kroner) })),
});

export const realisationVersionSchema = z.object({
  version: z.int(),
  by: text(320).nullable(),
  at: timestamp,
  /** The figures this version changed (amount null = cleared). */
  changes: z.array(realisedCellSchema.extend({ amount: signedOrBlank })),
  notes: z.array(z.object({ year, note: text(5_000).nullable() })),
});

/** One proposal's follow-up page: the report's entry plus what the entry form needs. */
export const proposalFollowUpSchema = followUpProposalSchema.extend({
  today: isoDate,
  thresholds: z.object({ percent: z.int(), kroner }),
  /** The realisation's current version (0 before the first entry): send it back when saving. */
  realisationVersion: z.int(),
  /** The years that may be entered: the approved table's columns. */
  entryYears: z.array(year),
  planned: z.array(plannedAreaSchema),
  cells: z.array(realisedCellSchema),
  history: z.array(realisationVersionSchema),
  /** What the asking user may do. */
  mayEnter: z.boolean(),
  mayConfirm: z.boolean(),
  /** Why nothing may be entered (not adopted, follow-up closed), or null. */
  closedReason: text(LIMITS.shortText).nullable(),
});

export const dueItemSchema = z.object({
  proposalId: id,
  roundId: id,
  roundName: text(200),
  ref: text(LIMITS.ref),
  title: text(LIMITS.title),
  administration: text(LIMITS.ref).nullable(),
  committee: text(LIMITS.ref).nullable(),
  targetIndex: z.int().min(0),
  target: text(LIMITS.shortText),
  responsible: text(LIMITS.shortText),
  due: isoDate,
  recurrence: recurrence.nullable(),
  state: z.enum(['overdue', 'due']),
});

export const dueListSchema = z.object({
  today: isoDate,
  /** The calendar quarter of today. */
  quarter: z.object({ from: isoDate, to: isoDate }),
  administrations: z.array(
    z.object({ administration: text(LIMITS.ref).nullable(), items: z.array(dueItemSchema) }),
  ),
});

export type YearStatus = z.output<typeof yearStatus>;
export type Recurrence = z.output<typeof recurrence>;
export type OccurrenceState = z.output<typeof occurrenceState>;
export type RealisedCell = z.output<typeof realisedCellSchema>;
export type RealisedBody = z.output<typeof realisedBody>;
export type FollowUpAreaYear = z.output<typeof followUpAreaYearSchema>;
export type FollowUpYear = z.output<typeof followUpYearSchema>;
export type FollowUpTargetState = z.output<typeof followUpTargetStateSchema>;
export type FollowUpProposal = z.output<typeof followUpProposalSchema>;
export type FollowUpTotal = z.output<typeof followUpTotalSchema>;
export type FollowUpReport = z.output<typeof followUpReportSchema>;
export type PlannedArea = z.output<typeof plannedAreaSchema>;
export type RealisationVersion = z.output<typeof realisationVersionSchema>;
export type ProposalFollowUp = z.output<typeof proposalFollowUpSchema>;
export type DueItem = z.output<typeof dueItemSchema>;
export type DueList = z.output<typeof dueListSchema>;
