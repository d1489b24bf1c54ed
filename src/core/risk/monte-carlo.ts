// The risk picture: a seeded Monte Carlo simulation of each proposal's economy and of a scenario
// (a set of proposals). Each draw takes every line's amount from a triangular distribution over
// its low / likely / high (./estimates.ts), then computes what the engine computes for one
// proposal: the payback (core's one payback rule, src/core/payback.ts), the net present value
// (the contract's definition, src/core/economics/npv.ts) and the effect at full phase-in.
// Reported: the probability of paying back within the guideline and P10/P50/P90 of the NPV and
// the full effect, in whole kroner (rounded at the end). Same seed, same answer, in Node and in
// the browser.
import { deriveProposal } from '../derive.ts';
import { isGevinstError } from '../errors.ts';
import { discountFactors, wholeKroner } from '../economics/npv.ts';
import { tableSpan } from '../economics/series.ts';
import type { Proposal, Warning } from '../model.ts';
import type { OrganisationSettings, RiskLevel } from '../process/organisation.ts';
import { paybackFromSeries } from '../payback.ts';
import { type RiskModel, riskLevelOf, riskModel } from './estimates.ts';
import { type Rng, hashSeed, sfc32 } from './rng.ts';

export interface Percentiles {
  p10: number;
  p50: number;
  p90: number;
}

export interface RiskPicture {
  draws: number;
  seed: number;
  guidelineYears: number;
  /** Share of draws that pay back within the guideline (0–1, four decimals). */
  paybackWithinGuideline: number;
  /** Net present value (positive = net gain), whole kroner. */
  npv: Percentiles;
  /** Saving at full phase-in (positive = saving), whole kroner. */
  fullEffect: Percentiles;
}

export interface ProposalRisk extends RiskPicture {
  ref: string;
  level: RiskLevel;
  levelSource: 'stated' | 'assumed';
  /** Lines with their own three-point estimate. */
  estimatedLines: number;
  warnings: Warning[];
}

export interface SimulationOptions {
  draws: number;
  seed: number;
  rate: number;
  horizonYears: number;
  guidelineYears: number;
}

export function simulationOptions(s: OrganisationSettings, draws = s.monteCarloDraws): SimulationOptions {
  return {
    draws,
    seed: s.monteCarloSeed,
    rate: s.discountRate,
    horizonYears: s.horizonYears,
    guidelineYears: s.paybackGuidelineYears,
  };
}

/** One proposal ready to draw: its model, its own random stream and its work arrays. */
interface Sampler {
  ref: string;
  model: RiskModel;
  rng: Rng;
  perm: Float64Array;
  impl: Float64Array;
}

/** Inverse CDF of triangular(min, mode, max) at u. */
function triangular(u: number, min: number, mode: number, max: number): number {
  if (max <= min) return mode;
  const f = (mode - min) / (max - min);
  return u < f
    ? min + Math.sqrt(u * (max - min) * (mode - min))
    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}

/** Draws one outcome of the proposal's economy into s.perm / s.impl. */
function draw(s: Sampler): void {
  const m = s.model;
  const ms = triangular(s.rng.next(), m.saving.min, 1, m.saving.max);
  const mc = triangular(s.rng.next(), m.cost.min, 1, m.cost.max);
  const perm = s.perm;
  const impl = s.impl;
  for (let i = 0; i < m.length; i++) {
    perm[i] = (m.permSaving[i] as number) * ms + (m.permCost[i] as number) * mc;
    impl[i] = (m.implSaving[i] as number) * ms + (m.implCost[i] as number) * mc;
  }
  for (const e of m.estimated) {
    const u = s.rng.next();
    const into = e.permanent ? perm : impl;
    for (let i = 0; i < m.length; i++) {
      const likely = e.likely[i] as number;
      into[i] = (into[i] as number) + triangular(u, e.low[i] as number, likely, e.high[i] as number);
    }
  }
}

/** −Σ flow_t·f_t from year 1 (first implementation cost, else the first column), steady state after. */
function presentValue(perm: Float64Array, impl: Float64Array, n: number, factors: Float64Array): number {
  let start = 0;
  for (let i = 0; i < n; i++)
    if ((impl[i] as number) > 0) {
      start = i;
      break;
    }
  const steady = perm[n - 1] as number;
  let sum = 0;
  for (let t = 0; t < factors.length; t++) {
    const i = start + t;
    const flow = i < n ? (perm[i] as number) + (impl[i] as number) : steady;
    sum += flow * (factors[t] as number);
  }
  return -sum;
}

/** Nearest-rank percentiles of the draws (sorted in place), rounded to whole kroner. */
function percentiles(values: Float64Array): Percentiles {
  values.sort();
  const at = (p: number) =>
    wholeKroner(values[Math.max(0, Math.ceil((p / 100) * values.length) - 1)] as number);
  return { p10: at(10), p50: at(50), p90: at(90) };
}

function share(hits: number, draws: number): number {
  return Math.round((hits / draws) * 10_000) / 10_000;
}

export interface Prepared {
  ref: string;
  model: RiskModel | null;
  level: RiskLevel;
  levelSource: 'stated' | 'assumed';
  warnings: Warning[];
}

/** Reads a proposal's risk model (null when it has no readable economy). */
export function prepareRisk(p: Proposal, settings: OrganisationSettings): Prepared {
  const choice = riskLevelOf(p, settings);
  const base = {
    ref: p.ref,
    level: choice.level,
    levelSource: choice.source,
    warnings: choice.warning ? [choice.warning] : [],
  };
  if (p.economy === null) return { ...base, model: null };
  try {
    deriveProposal(p);
  } catch (e) {
    if (!isGevinstError(e)) throw e;
    return { ...base, model: null };
  }
  const span = tableSpan(p.economy);
  if (span === null) return { ...base, model: null };
  return { ...base, model: riskModel(p.economy, span, choice.level, settings) };
}

export interface SimulationResult {
  proposals: Array<ProposalRisk | null>;
  /** The scenario: every proposal with a model, summed per draw; null when there are none. */
  total: RiskPicture | null;
}

/**
 * Simulates every proposal (index-aligned with `prepared`, null where there is no economy) and
 * their sum: the scenario's NPV and full effect are the sums per draw, its payback that of the
 * summed yearly series on a common calendar axis (each table's last column repeating after it).
 */
export function simulate(prepared: readonly Prepared[], o: SimulationOptions): SimulationResult {
  const factors = discountFactors(o.rate, o.horizonYears);
  const samplers: Array<Sampler | null> = prepared.map((p) =>
    p.model === null
      ? null
      : {
          ref: p.ref,
          model: p.model,
          rng: sfc32(hashSeed(o.seed, p.ref)),
          perm: new Float64Array(p.model.length),
          impl: new Float64Array(p.model.length),
        },
  );
  const live = samplers.filter((s): s is Sampler => s !== null);
  const npv = live.map(() => new Float64Array(o.draws));
  const full = live.map(() => new Float64Array(o.draws));
  const hits = new Int32Array(live.length);
  // The scenario's common axis.
  const first = Math.min(...live.map((s) => s.model.firstYear));
  const last = Math.max(...live.map((s) => s.model.firstYear + s.model.length - 1));
  const span = live.length > 0 ? last - first + 1 : 0;
  const totPerm = new Float64Array(span);
  const totImpl = new Float64Array(span);
  const totNpv = new Float64Array(o.draws);
  const totFull = new Float64Array(o.draws);
  let totHits = 0;

  for (let d = 0; d < o.draws; d++) {
    totPerm.fill(0);
    totImpl.fill(0);
    let sumNpv = 0;
    let sumFull = 0;
    for (let k = 0; k < live.length; k++) {
      const s = live[k] as Sampler;
      const m = s.model;
      draw(s);
      const n = m.length;
      const pv = presentValue(s.perm, s.impl, n, factors);
      const fe = -(s.perm[n - 1] as number);
      (npv[k] as Float64Array)[d] = pv;
      (full[k] as Float64Array)[d] = fe;
      sumNpv += pv;
      sumFull += fe;
      const pb = paybackFromSeries(s.perm, s.impl, n, m.firstYear);
      if (pb.years !== null && pb.years <= o.guidelineYears) hits[k] = (hits[k] as number) + 1;
      // Into the common axis: this table, then its steady state to the axis's end.
      const off = m.firstYear - first;
      for (let i = 0; i < n; i++) {
        totPerm[off + i] = (totPerm[off + i] as number) + (s.perm[i] as number);
        totImpl[off + i] = (totImpl[off + i] as number) + (s.impl[i] as number);
      }
      const steady = s.perm[n - 1] as number;
      for (let i = off + n; i < span; i++) totPerm[i] = (totPerm[i] as number) + steady;
    }
    totNpv[d] = sumNpv;
    totFull[d] = sumFull;
    if (live.length > 0) {
      const pb = paybackFromSeries(totPerm, totImpl, span, first);
      if (pb.years !== null && pb.years <= o.guidelineYears) totHits++;
    }
  }

  let k = 0;
  const proposals = prepared.map((p, i): ProposalRisk | null => {
    if (samplers[i] === null || p.model === null) return null;
    const picture: ProposalRisk = {
      ref: p.ref,
      level: p.level,
      levelSource: p.levelSource,
      estimatedLines: p.model.estimated.length,
      warnings: p.warnings,
      draws: o.draws,
      seed: o.seed,
      guidelineYears: o.guidelineYears,
      paybackWithinGuideline: share(hits[k] as number, o.draws),
      npv: percentiles(npv[k] as Float64Array),
      fullEffect: percentiles(full[k] as Float64Array),
    };
    k++;
    return picture;
  });
  const total: RiskPicture | null =
    live.length === 0
      ? null
      : {
          draws: o.draws,
          seed: o.seed,
          guidelineYears: o.guidelineYears,
          paybackWithinGuideline: share(totHits, o.draws),
          npv: percentiles(totNpv),
          fullEffect: percentiles(totFull),
        };
  return { proposals, total };
}

/** The risk picture of one proposal (the proposal page and the editor). */
export function proposalRisk(
  p: Proposal,
  settings: OrganisationSettings,
  draws?: number,
): ProposalRisk | null {
  return simulate([prepareRisk(p, settings)], simulationOptions(settings, draws)).proposals[0] ?? null;
}
