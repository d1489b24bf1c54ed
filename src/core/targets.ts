// Målopfyldelse: does each committee meet its effektiviseringsmåltal?
// Per committee and year: this year's effect (the committee row of Tabel 1, positive = saving),
// plus the rising profiles (stigende profiler) from earlier years' proposals, against the target.
// surplus = total − target: positive is overopfyldelse, negative is the shortfall.
// A year without a target is not reported; a blank effect or profile counts as no contribution.
// What came in: the same total with the realised figures of followed-up proposals in place of their
// planned ones (cameIn = total + realised difference), against the same target.

import type { CatalogTable, Kroner, YearAmounts } from './model.ts';

export interface TargetInput {
  /** Committee id → måltal per year (positive = saving required). */
  targets: Record<string, YearAmounts>;
  /** Committee id → rising profile per year from earlier years' proposals (positive = saving). */
  risingProfiles?: Record<string, YearAmounts>;
  /**
   * Committee id → realised minus counted per year (positive = more saved than counted): the
   * follow-up's deviations of the committee's proposals, in catalog sign.
   */
  realisedDifference?: Record<string, YearAmounts>;
}

export interface TargetYear {
  year: number;
  /** Effect of this round's proposals (Tabel 1). */
  effect: Kroner;
  /** Stigende profiler from earlier years. */
  risingProfile: Kroner;
  /** effect + risingProfile. */
  total: Kroner;
  target: Kroner;
  /** total − target: > 0 surplus, < 0 shortfall. */
  surplus: Kroner;
  met: boolean;
  /** total with realised figures where entered: what came in. Equals total until anything is. */
  cameIn: Kroner;
  /** cameIn − total: what the realised figures changed (positive = more saved than counted). */
  realisedDifference: Kroner;
  /** cameIn − target. */
  cameInSurplus: Kroner;
}

export interface TargetAttainment {
  /** Committee id, or "I alt" for the sum over committees. */
  committee: string;
  years: TargetYear[];
}

/**
 * Target attainment per committee from a committee table (buildCatalog's Tabel 1, or one read from
 * a catalog): one entry per committee with a target, in the order of `targets`, then "I alt".
 */
export function targetAttainment(committeeTable: CatalogTable, input: TargetInput): TargetAttainment[] {
  const effectOf = new Map<string, YearAmounts>();
  for (const row of committeeTable.rows)
    if (row.rowType === 'committee') effectOf.set(row.committee, row.amounts);
  const out: TargetAttainment[] = [];
  const sum = new Map<number, TargetYear>();
  for (const committee of Object.keys(input.targets)) {
    const targets = input.targets[committee] as YearAmounts;
    const effects = effectOf.get(committee) ?? {};
    const profiles = input.risingProfiles?.[committee] ?? {};
    const realised = input.realisedDifference?.[committee] ?? {};
    const years = Object.keys(targets)
      .map(Number)
      .sort((a, b) => a - b)
      .map((year): TargetYear => {
        const key = String(year);
        const effect = effects[key] ?? 0;
        const risingProfile = profiles[key] ?? 0;
        const total = effect + risingProfile;
        const target = targets[key] as number;
        const cameIn = total + (realised[key] ?? 0);
        const s = sum.get(year) ?? {
          year,
          effect: 0,
          risingProfile: 0,
          total: 0,
          target: 0,
          surplus: 0,
          met: true,
          cameIn: 0,
          realisedDifference: 0,
          cameInSurplus: 0,
        };
        s.effect += effect;
        s.risingProfile += risingProfile;
        s.total += total;
        s.target += target;
        s.surplus = s.total - s.target;
        s.met = s.surplus >= 0;
        s.cameIn += cameIn;
        s.realisedDifference = s.cameIn - s.total;
        s.cameInSurplus = s.cameIn - s.target;
        sum.set(year, s);
        return {
          year,
          effect,
          risingProfile,
          total,
          target,
          surplus: total - target,
          met: total >= target,
          cameIn,
          realisedDifference: cameIn - total,
          cameInSurplus: cameIn - target,
        };
      });
    out.push({ committee, years });
  }
  out.push({ committee: 'I alt', years: [...sum.values()].sort((a, b) => a.year - b.year) });
  return out;
}
