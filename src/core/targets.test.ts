import { describe, expect, it } from 'vitest';
import type { CatalogTable } from './model.ts';
import { targetAttainment } from './targets.ts';

const M = 1_000_000;

// Committee rows shaped like 2026 Tabel 1 (l.27-45): SU has no new proposals and meets its target
// with rising profiles from earlier years (the footnote "Socialudvalget*").
const table: CatalogTable = {
  name: 'Tabel 1',
  title: 'Effektiviseringer i budget 2026 fordelt på forvaltninger',
  unit: 't.kr',
  priceLevelYear: 2026,
  years: [2026, 2027],
  sourceLine: 27,
  rows: [
    {
      rowType: 'committee',
      proposalRef: null,
      title: 'Socialudvalget',
      committee: 'SU',
      amounts: { '2026': 0, '2027': 0 },
      investment: null,
      approvedWith: null,
      sourceLine: 35,
    },
    {
      rowType: 'committee',
      proposalRef: null,
      title: 'Økonomiudvalget',
      committee: 'ØU',
      amounts: { '2026': 5_673_000, '2027': 7_144_000 },
      investment: null,
      approvedWith: null,
      sourceLine: 41,
    },
    {
      rowType: 'total',
      proposalRef: null,
      title: 'I alt',
      committee: '',
      amounts: { '2026': 5_673_000, '2027': 7_144_000 },
      investment: null,
      approvedWith: null,
      sourceLine: 47,
    },
  ],
};

describe('targetAttainment', () => {
  it('adds rising profiles to the effect and reports surplus or shortfall per year', () => {
    const result = targetAttainment(table, {
      targets: { SU: { '2026': 20 * M }, ØU: { '2026': 6 * M, '2027': 7 * M } },
      risingProfiles: { SU: { '2026': 21 * M } },
    });
    expect(result.map((r) => r.committee)).toEqual(['SU', 'ØU', 'I alt']);
    expect(result[0]?.years).toEqual([
      {
        year: 2026,
        effect: 0,
        risingProfile: 21 * M,
        total: 21 * M,
        target: 20 * M,
        surplus: 1 * M,
        met: true,
        cameIn: 21 * M,
        realisedDifference: 0,
        cameInSurplus: 1 * M,
      },
    ]);
    expect(result[1]?.years).toEqual([
      {
        year: 2026,
        effect: 5_673_000,
        risingProfile: 0,
        total: 5_673_000,
        target: 6 * M,
        surplus: -327_000,
        met: false,
        cameIn: 5_673_000,
        realisedDifference: 0,
        cameInSurplus: -327_000,
      },
      {
        year: 2027,
        effect: 7_144_000,
        risingProfile: 0,
        total: 7_144_000,
        target: 7 * M,
        surplus: 144_000,
        met: true,
        cameIn: 7_144_000,
        realisedDifference: 0,
        cameInSurplus: 144_000,
      },
    ]);
    expect(result[2]?.years[0]).toEqual({
      year: 2026,
      effect: 5_673_000,
      risingProfile: 21 * M,
      total: 26_673_000,
      target: 26 * M,
      surplus: 673_000,
      met: true,
      cameIn: 26_673_000,
      realisedDifference: 0,
      cameInSurplus: 673_000,
    });
  });

  it('what came in: the realised difference of followed-up proposals on top of what was counted', () => {
    const result = targetAttainment(table, {
      targets: { ØU: { '2026': 6 * M, '2027': 7 * M } },
      // ØU's proposals saved 400.000 kr. less than counted in 2026 and 100.000 kr. more in 2027.
      realisedDifference: { ØU: { '2026': -400_000, '2027': 100_000 } },
    });
    expect(result[0]?.years.map((y) => [y.year, y.total, y.cameIn, y.surplus, y.cameInSurplus])).toEqual([
      [2026, 5_673_000, 5_273_000, -327_000, -727_000],
      [2027, 7_144_000, 7_244_000, 144_000, 244_000],
    ]);
    expect(result[0]?.years.map((y) => y.realisedDifference)).toEqual([-400_000, 100_000]);
    expect(result[1]?.years.map((y) => [y.cameIn, y.realisedDifference])).toEqual([
      [5_273_000, -400_000],
      [7_244_000, 100_000],
    ]);
  });

  it('counts a committee without proposals as zero effect', () => {
    const result = targetAttainment(table, { targets: { KFU: { '2026': 1 * M } } });
    expect(result[0]?.years[0]?.surplus).toBe(-1 * M);
  });
});
