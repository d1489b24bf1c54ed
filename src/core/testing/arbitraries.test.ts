import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeEconomy } from '../derive.ts';
import { consistentEconomyArb, documentArb, economyArb, investmentEconomyArb } from './arbitraries.ts';
import { syntheticProposals } from './synthetic.ts';

describe('arbitraries', () => {
  it('economies are valid model values: integer kroner in the unit, keys among the header years', () => {
    fc.assert(
      fc.property(economyArb({ unit: 't.kr' }), (e) => {
        for (const l of e.lines) {
          for (const [y, v] of Object.entries(l.amounts)) {
            expect(e.years).toContain(Number(y));
            expect(Number.isSafeInteger(v) && v % 1000 === 0).toBe(true);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('consistent economies state exactly what the engine computes', () => {
    fc.assert(
      fc.property(consistentEconomyArb(), (e) => {
        const c = computeEconomy(e);
        expect(e.stated.permanentChange).toEqual(c.permanentChange);
        expect(e.stated.paybackTotal).toBe(c.paybackTotal);
      }),
      { numRuns: 50 },
    );
  });

  it('investment cases have an implementation cost, so year 1 exists', () => {
    fc.assert(
      fc.property(investmentEconomyArb, (e) => {
        expect(computeEconomy(e).paybackStartYear).not.toBeNull();
      }),
      { numRuns: 50 },
    );
  });

  it('documents have distinct proposal refs', () => {
    fc.assert(
      fc.property(documentArb(), (d) => {
        expect(new Set(d.proposals.map((p) => p.ref)).size).toBe(d.proposals.length);
      }),
      { numRuns: 50 },
    );
  });

  it('synthetic proposals are deterministic and about 20 lines × 6 years', () => {
    const [a, b] = [syntheticProposals(3, 7), syntheticProposals(3, 7)];
    expect(a).toEqual(b);
    expect(a[0]?.economy?.lines).toHaveLength(20);
    expect(a[0]?.economy?.years).toHaveLength(6);
  });
});
