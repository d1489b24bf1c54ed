// An organisation (a municipality) and its settings. Everything a municipality owns hangs under
// it: master data, p/l index, settings, rounds, users. Copenhagen is the first organisation, not a
// constant in code; the settings below are the defaults a new organisation starts with.
import * as z from 'zod';
import { kroner, text } from '../schema/primitives.ts';

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
  /**
   * Follow-up: a year's realised permanent change is on track while it deviates from the planned
   * one by at most this percent of the planned figure, or by `followUpToleranceKroner`, whichever is
   * larger (src/core/follow-up/realisation.ts); beyond, it is behind or ahead.
   */
  followUpTolerancePercent: z
    .int({ error: 'skal være et helt antal procent' })
    .min(0, { error: 'skal være mellem 0 og 100 procent' })
    .max(100, { error: 'skal være mellem 0 og 100 procent' })
    .default(10),
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
