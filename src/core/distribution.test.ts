import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distribute, distributeByCount, distributeByPercent, distributeSeries } from './distribution.ts';
import type { AmountUnit } from './model.ts';

function sum(values: Record<string, number>): number {
  return Object.values(values).reduce((a, b) => a + b, 0);
}

describe('distribute (largest remainder)', () => {
  it('splits 1.000 t.kr. 2:1 into 667 and 333', () => {
    expect(distribute(1_000_000, { BUU: 2, SUU: 1 }, 't.kr')).toEqual({ BUU: 667_000, SUU: 333_000 });
  });

  it('gives leftover units to the largest remainders, ties to the earlier key', () => {
    // 10 over three equal weights: 3,33 each → 4, 3, 3.
    expect(distribute(10, { a: 1, b: 1, c: 1 })).toEqual({ a: 4, b: 3, c: 3 });
    // 100 by 0,5/0,3/0,2 is exact.
    expect(distribute(100, { a: 0.5, b: 0.3, c: 0.2 })).toEqual({ a: 50, b: 30, c: 20 });
    // 7 by 5:3:2 → quotas 3,5 / 2,1 / 1,4 → floors 3,2,1 and the one left goes to a (0,5).
    expect(distribute(7, { a: 5, b: 3, c: 2 })).toEqual({ a: 4, b: 2, c: 1 });
  });

  it('rounds negative amounts symmetrically', () => {
    expect(distribute(-10_000, { a: 1, b: 1, c: 1 }, 't.kr')).toEqual({ a: -4000, b: -3000, c: -3000 });
  });

  it('distributes by counts (devices per administration)', () => {
    const parts = distributeByCount(-2_450_000, { BUF: 1200, SOF: 800, KFF: 37 }, 't.kr');
    expect(sum(parts)).toBe(-2_450_000);
    expect(parts).toEqual({ BUF: -1_443_000, SOF: -962_000, KFF: -45_000 });
    expect(() => distributeByCount(10, { a: 1.5 })).toThrow(/helt tal/);
  });

  it('distributes by percentages that must add up to 100', () => {
    expect(distributeByPercent(1_000, { a: 33.3, b: 33.3, c: 33.4 })).toEqual({ a: 333, b: 333, c: 334 });
    expect(() => distributeByPercent(1_000, { a: 50, b: 49.9 })).toThrow(
      'Procenterne skal give 100 i alt, men giver 99,9.',
    );
  });

  it('rejects what cannot be distributed, in Danish', () => {
    expect(() => distribute(1_500, { a: 1 }, 't.kr')).toThrow(/ikke et helt antal 1.000 kr/);
    expect(() => distribute(100, { a: 0, b: 0 })).toThrow(/0 for alle/);
    expect(() => distribute(100, { a: -1, b: 2 })).toThrow(/"a"/);
    expect(() => distribute(100, {})).toThrow(/ingen/);
    expect(() =>
      distribute(100, [
        ['a', 1],
        ['a', 2],
      ]),
    ).toThrow(/to gange/);
  });

  it('splits a series year by year and keeps blank years blank', () => {
    const out = distributeSeries({ '2026': -1_000, '2027': -2_000 }, { a: 1, b: 2 });
    expect(out).toEqual({ a: { '2026': -333, '2027': -667 }, b: { '2026': -667, '2027': -1_333 } });
  });
});

const unitArb = fc.constantFrom<AmountUnit>('kr', 't.kr', 'mio.kr');
const step: Record<AmountUnit, number> = { kr: 1, 't.kr': 1000, 'mio.kr': 1_000_000 };
// Weights as people write them: counts, or decimals with up to four places (a weight is read as the
// decimal it prints as, so denormal doubles like 3e-323 are no meaningful weights).
const weightsArb = fc
  .array(
    fc.oneof(
      fc.nat({ max: 10_000 }),
      fc.integer({ min: 0, max: 10_000_000 }).map((x) => x / 10_000),
    ),
    {
      minLength: 1,
      maxLength: 12,
    },
  )
  .filter((ws) => ws.some((w) => w > 0))
  .map((ws) => ws.map((w, i) => [`k${i}`, w] as const));

describe('distribute: properties', () => {
  it('always sums exactly to the whole, in whole units, each part within one unit of its quota', () => {
    fc.assert(
      fc.property(unitArb, fc.integer({ min: -1e9, max: 1e9 }), weightsArb, (unit, units, weights) => {
        const whole = units * step[unit];
        const parts = distribute(whole, weights, unit);
        expect(sum(parts)).toBe(whole);
        const total = weights.reduce((a, [, w]) => a + w, 0);
        for (const [key, w] of weights) {
          const part = parts[key] as number;
          expect(Math.abs(part % step[unit])).toBe(0);
          const quota = (whole * w) / total;
          // quota is a float here (the test's own estimate), so allow its rounding error on top.
          expect(Math.abs(part - quota)).toBeLessThanOrEqual(step[unit] + Math.abs(quota) * 1e-9 + 1e-6);
        }
      }),
    );
  });

  it('series: every year sums exactly', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.integer({ min: 2000, max: 2100 }).map(String), fc.integer({ min: -1e7, max: 1e7 })),
        weightsArb,
        (series, weights) => {
          const parts = distributeSeries(series, weights);
          for (const year of Object.keys(series)) {
            expect(
              weights.reduce((a, [k]) => a + ((parts[k] as Record<string, number>)[year] as number), 0),
            ).toBe(series[year]);
          }
        },
      ),
    );
  });
});
