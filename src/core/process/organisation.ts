// An organisation (a municipality) and its settings. Everything a municipality owns hangs under
// it: master data, p/l index, settings, rounds, users. Copenhagen is the first organisation, not a
// constant in code; the settings below are the defaults a new organisation starts with.
import * as z from 'zod';
import { kroner, text } from '../schema/primitives.ts';

const percent = (what: string) =>
  z
    .int({ error: `${what} skal være et helt antal procent` })
    .min(0, { error: 'skal være mellem 0 og 100 procent' })
    .max(100, { error: 'skal være mellem 0 og 100 procent' });

/**
 * The default spread of one risk level (lav / middel / høj), in whole percent of the likely value:
 * how much smaller (shortfall) or larger (upside) a saving may turn out, and how much larger
 * (overrun) or smaller (underrun) a cost. A proposal without three-point estimates gets its risk
 * picture from these (src/core/risk/estimates.ts).
 */
export const riskSpreadSchema = z.object({
  savingShortfall: percent('Besparelsens nedside'),
  savingUpside: percent('Besparelsens opside'),
  costOverrun: percent('Omkostningernes overskridelse'),
  costUnderrun: percent('Omkostningernes underskridelse'),
});

export const RISK_LEVELS = ['lav', 'middel', 'hoej'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const DEFAULT_RISK_SPREADS: Record<RiskLevel, z.output<typeof riskSpreadSchema>> = {
  lav: { savingShortfall: 10, savingUpside: 5, costOverrun: 10, costUnderrun: 5 },
  middel: { savingShortfall: 25, savingUpside: 10, costOverrun: 25, costUnderrun: 10 },
  hoej: { savingShortfall: 50, savingUpside: 15, costOverrun: 50, costUnderrun: 15 },
};

export const organisationSettingsSchema = z.object({
  /** Discount rate of the net present value (3,5 % unless the organisation says otherwise). */
  discountRate: z
    .number()
    .min(0, { error: 'skal være mellem 0 og 0,5' })
    .max(0.5, { error: 'skal være mellem 0 og 0,5' })
    .default(0.035),
  /** Years the net present value counts, from year 1. */
  horizonYears: z.int().min(1).max(50).default(10),
  /** The payback guideline in years (2026 catalog l.5856–5858: at most six years). */
  paybackGuidelineYears: z.int().min(1).max(50).default(6),
  /** Default spreads per risk level (lav / middel / høj), set by the finance centre. */
  riskSpreads: z
    .object({ lav: riskSpreadSchema, middel: riskSpreadSchema, hoej: riskSpreadSchema })
    .default(DEFAULT_RISK_SPREADS),
  /** The risk level assumed for a proposal that states none (the risk picture says so). */
  defaultRiskLevel: z.enum(RISK_LEVELS, { error: 'skal være lav, middel eller hoej' }).default('middel'),
  /** Draws of the Monte Carlo simulation (src/core/risk/monte-carlo.ts). */
  monteCarloDraws: z.int().min(100).max(100_000).default(10_000),
  /** Seed of the simulation: the same seed gives the same risk picture. */
  monteCarloSeed: z.int().min(0).max(2_147_483_647).default(2027),
  /**
   * Follow-up: a year's realised permanent change is on track while it deviates from the planned
   * one by at most this percent of the planned figure, or by `followUpToleranceKroner`, whichever is
   * larger (src/core/follow-up/realisation.ts); beyond, it is behind or ahead.
   */
  followUpTolerancePercent: percent('Opfølgningens tolerance').default(10),
  followUpToleranceKroner: kroner.min(0, { error: 'må ikke være negativt' }).default(100_000),
});

export type OrganisationSettings = z.output<typeof organisationSettingsSchema>;

export const DEFAULT_SETTINGS: OrganisationSettings = organisationSettingsSchema.parse({});

export const organisationSchema = z.object({
  id: z.int(),
  /** Short name used in addresses and the CLI ("kk", "eksempelby"). */
  slug: text(50),
  name: text(200),
  settings: organisationSettingsSchema,
});

export type Organisation = z.output<typeof organisationSchema>;
