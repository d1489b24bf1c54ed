import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeRows } from './placement.ts';

/** Column sums of rows placed at offsets. */
function sums(rows: number[][], offsets: number[], columns: number): number[] {
  const out = new Array<number>(columns).fill(0);
  rows.forEach((r, i) => r.forEach((v, k) => (out[offsets[i]! + k]! += v)));
  return out;
}

describe('placeRows', () => {
  it('places the rows of Forslag 4 (2026 file) by the printed subtotal', () => {
    // Years 2025-2029; service subtotal -1.215 -750 -750 -750 is itself short.
    const rows = [
      { values: [0, -1215, -750, -750, -750], fallbackOffset: 5 }, // Samlet varig ændring (full)
      { values: [-840, -1680, -1680, -1680], fallbackOffset: 5 },
      { values: [-375, -750, -750, -750], fallbackOffset: 5 },
      { values: [1680, 1680, 1680], fallbackOffset: 5 },
    ];
    const r = placeRows(rows, 5, [{ target: 0, parts: [1, 2, 3] }]);
    expect(r.offsets).toEqual([0, 1, 1, 2]);
    expect(r.residual.get(0)).toBe(0);
    expect(r.ties.get(0)).toBe(1);
  });

  it('reports equally good placements and then prefers the fallback offsets', () => {
    const rows = [
      { values: [5, 5], fallbackOffset: 3 },
      { values: [5, 5], fallbackOffset: 3 },
    ];
    const r = placeRows(rows, 3, [{ target: 0, parts: [1] }]);
    expect(r.ties.get(0)).toBe(2);
    expect(r.offsets).toEqual([1, 1]);
  });

  it('leaves rows no constraint mentions at their fallback and says so', () => {
    const r = placeRows(
      [
        { values: [1, 2], fallbackOffset: 0 },
        { values: [7], fallbackOffset: 9 },
      ],
      4,
      [],
    );
    expect(r.offsets).toEqual([0, 3]);
    expect(r.undecided).toEqual([0, 1]);
  });

  it('reports the residual when no placement adds up', () => {
    const r = placeRows(
      [
        { values: [10, 10, 10], fallbackOffset: 0 },
        { values: [3], fallbackOffset: 0 },
      ],
      3,
      [{ target: 0, parts: [1] }],
    );
    expect(r.residual.get(0)).toBeGreaterThan(0);
  });

  it('always finds a placement that adds up when one exists', () => {
    const table = fc.integer({ min: 2, max: 6 }).chain((columns) =>
      fc.tuple(
        fc.constant(columns),
        fc.array(
          fc
            .integer({ min: 1, max: columns })
            .chain((len) =>
              fc.tuple(
                fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: len, maxLength: len }),
                fc.integer({ min: 0, max: columns - len }),
              ),
            ),
          { minLength: 1, maxLength: 8 },
        ),
      ),
    );
    fc.assert(
      fc.property(table, ([columns, items]) => {
        const values = items.map(([v]) => v);
        const truth = sums(
          values,
          items.map(([, o]) => o),
          columns,
        );
        const rows = [
          { values: truth, fallbackOffset: 0 },
          ...values.map((v) => ({ values: v, fallbackOffset: columns })),
        ];
        const r = placeRows(rows, columns, [{ target: 0, parts: values.map((_, i) => i + 1) }]);
        expect(r.residual.get(0)).toBe(0);
        expect(sums(values, r.offsets.slice(1), columns)).toEqual(truth);
      }),
      { numRuns: 300 },
    );
  });
});

describe('placeRows on a table with very many short rows', () => {
  // An exponential search would hit the test timeout; nothing here measures time.
  it('stays bounded and still returns a placement', () => {
    const columns = 6;
    const items = Array.from({ length: 40 }, (_, i) => ({ values: [1 + (i % 3), 2], fallbackOffset: 0 }));
    const total = { values: [0, 0, 0, 0, 0, 0], fallbackOffset: 0 };
    items.forEach((r) => r.values.forEach((v, k) => (total.values[k]! += v)));
    const r = placeRows([total, ...items], columns, [{ target: 0, parts: items.map((_, i) => i + 1) }]);
    expect(r.offsets).toHaveLength(41);
    expect(r.residual.get(0)).toBeGreaterThanOrEqual(0);
  }, 30_000);
});
