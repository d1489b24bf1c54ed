import { describe, expect, it } from 'vitest';
import { deriveProposal } from '../derive.ts';
import { npvOf } from '../economics/npv.ts';
import { type Proposal, emptyProposal } from '../model.ts';
import { DEFAULT_SETTINGS, type OrganisationSettings } from '../process/organisation.ts';
import { statedRiskLevel } from './estimates.ts';
import { prepareRisk, proposalRisk, simulate, simulationOptions } from './monte-carlo.ts';

const T = 1000;

/** 2026 file, Forslag 16 (l.6189-6229): 570 invested in 2025, then −385 and −425 a year. */
function forslag16(level: string | null = 'Lav'): Proposal {
  const p = emptyProposal('Forslag 16', 'Effektive administrative kvadratmeter', 'investering');
  p.risk = level === null ? null : { level, text: '', sourceLine: null };
  p.economy = {
    unit: 't.kr',
    priceLevelYear: 2026,
    years: [2025, 2026, 2027, 2028, 2029, 2030],
    lines: [
      {
        label: 'Reduceret husleje',
        section: 'varig',
        budgetArea: 'service',
        amounts: { 2026: -313 * T, 2027: -313 * T, 2028: -313 * T, 2029: -313 * T, 2030: -313 * T },
        sourceLine: null,
      },
      {
        label: 'Færre driftsudgifter',
        section: 'varig',
        budgetArea: 'service',
        amounts: { 2026: -72 * T, 2027: -112 * T, 2028: -112 * T, 2029: -112 * T, 2030: -112 * T },
        sourceLine: null,
      },
      {
        label: 'Fraflytning og indretning',
        section: 'implementering',
        budgetArea: 'service',
        amounts: { 2025: 570 * T },
        sourceLine: null,
      },
    ],
    stated: {
      permanentChange: {},
      implementationCost: {},
      economicImpact: {},
      paybackService: null,
      paybackTotal: null,
    },
  };
  return p;
}

const zeroSpread: OrganisationSettings = {
  ...DEFAULT_SETTINGS,
  riskSpreads: {
    lav: { savingShortfall: 0, savingUpside: 0, costOverrun: 0, costUnderrun: 0 },
    middel: { savingShortfall: 0, savingUpside: 0, costOverrun: 0, costUnderrun: 0 },
    hoej: { savingShortfall: 0, savingUpside: 0, costOverrun: 0, costUnderrun: 0 },
  },
};

describe('the risk picture (Monte Carlo)', () => {
  it('is reproducible: the same seed gives the same picture, another seed another', () => {
    const p = forslag16('Middel');
    const a = proposalRisk(p, DEFAULT_SETTINGS, 5_000);
    const b = proposalRisk(p, DEFAULT_SETTINGS, 5_000);
    expect(a).toEqual(b);
    const c = proposalRisk(p, { ...DEFAULT_SETTINGS, monteCarloSeed: 7 }, 5_000);
    expect(c?.npv).not.toEqual(a?.npv);
  });

  it('without spread every draw is the engine’s own answer: NPV, full effect and payback', () => {
    const p = forslag16();
    const r = proposalRisk(p, zeroSpread, 500);
    const d = deriveProposal(p);
    const npv = npvOf(p.economy!, d!, zeroSpread.discountRate, zeroSpread.horizonYears);
    expect(r?.npv).toEqual({ p10: npv?.value, p50: npv?.value, p90: npv?.value });
    expect(r?.fullEffect).toEqual({ p10: 425 * T, p50: 425 * T, p90: 425 * T });
    expect(d?.paybackTotal).toBe(3);
    expect(r?.paybackWithinGuideline).toBe(1);
    // A guideline below the payback is never met.
    const strict = proposalRisk(p, { ...zeroSpread, paybackGuidelineYears: 2 }, 500);
    expect(strict?.paybackWithinGuideline).toBe(0);
  });

  it('a three-point estimate bounds the draws and centres them on the likely value', () => {
    const p = forslag16();
    const line = p.economy!.lines[0]!;
    // Savings between 213 and 413 a year, likely 313 (symmetric).
    line.estimate = {
      low: Object.fromEntries(Object.entries(line.amounts).map(([y, v]) => [y, v - 100 * T])),
      high: Object.fromEntries(Object.entries(line.amounts).map(([y, v]) => [y, v + 100 * T])),
    };
    const r = proposalRisk(p, zeroSpread, 10_000)!;
    expect(r.estimatedLines).toBe(1);
    // Full effect: 425 likely; between 325 and 525; the median of a symmetric triangle is its mode.
    expect(r.fullEffect.p10).toBeGreaterThan(325 * T);
    expect(r.fullEffect.p90).toBeLessThan(525 * T);
    expect(r.fullEffect.p10).toBeLessThan(r.fullEffect.p50);
    expect(r.fullEffect.p50).toBeLessThan(r.fullEffect.p90);
    expect(Math.abs(r.fullEffect.p50 - 425 * T)).toBeLessThan(3 * T);
    // P10 of Tri(−100, 0, 100) is −100 + √(0.1·200·100) = −55.28: 425 − 55.28 = 369.7.
    expect(Math.abs(r.fullEffect.p10 - 369_720)).toBeLessThan(2 * T);
    // NPV bounded by the NPVs of the all-low and all-high tables.
    const bound = (shift: number) => {
      const q = structuredClone(p);
      q.economy!.lines[0]!.amounts = Object.fromEntries(
        Object.entries(line.amounts).map(([y, v]) => [y, v + shift]),
      );
      return npvOf(q.economy!, deriveProposal(q)!, zeroSpread.discountRate, zeroSpread.horizonYears)!.value;
    };
    expect(r.npv.p10).toBeGreaterThan(bound(100 * T));
    expect(r.npv.p90).toBeLessThan(bound(-100 * T));
  });

  it('the risk level sets the spread: høj is wider than lav; no level is assumed and said', () => {
    const width = (level: string | null) => {
      const r = proposalRisk(forslag16(level), DEFAULT_SETTINGS, 4_000)!;
      return { w: r.npv.p90 - r.npv.p10, r };
    };
    const lav = width('Lav');
    const hoej = width('Høj');
    expect(hoej.w).toBeGreaterThan(lav.w * 2);
    expect(lav.r.levelSource).toBe('stated');
    const none = width(null);
    expect(none.r.level).toBe('middel');
    expect(none.r.levelSource).toBe('assumed');
    expect(none.r.warnings.map((w) => w.code)).toEqual(['risk.level-assumed']);
    const odd = proposalRisk(forslag16('Uafklaret'), DEFAULT_SETTINGS, 100)!;
    expect(odd.warnings.map((w) => w.code)).toEqual(['risk.level-unknown']);
    expect(statedRiskLevel('HØJ.')).toBe('hoej');
  });

  it('a scenario sums its proposals per draw; each proposal’s own picture does not depend on the others', () => {
    const a = forslag16('Lav');
    const b = { ...forslag16('Høj'), ref: 'Forslag 17' };
    const o = simulationOptions(DEFAULT_SETTINGS, 3_000);
    const both = simulate([prepareRisk(a, DEFAULT_SETTINGS), prepareRisk(b, DEFAULT_SETTINGS)], o);
    const alone = simulate([prepareRisk(a, DEFAULT_SETTINGS)], o);
    expect(both.proposals[0]).toEqual(alone.proposals[0]);
    const flat = simulate(
      [prepareRisk(a, zeroSpread), prepareRisk(b, zeroSpread)],
      simulationOptions(zeroSpread, 10),
    );
    // Rounded once at the end: the sum's NPV is within a krone of the sum of the rounded NPVs.
    const sum = (flat.proposals[0]?.npv.p50 ?? 0) + (flat.proposals[1]?.npv.p50 ?? 0);
    expect(Math.abs((flat.total?.npv.p50 ?? 0) - sum)).toBeLessThanOrEqual(1);
    expect(flat.total?.fullEffect.p50).toBe(850 * T);
    expect(flat.total?.paybackWithinGuideline).toBe(1);
    // A proposal without an economy has no picture and does not count.
    const none = simulate([prepareRisk(emptyProposal('X', 'x', 'investering'), DEFAULT_SETTINGS)], o);
    expect(none).toEqual({ proposals: [null], total: null });
  });
});
