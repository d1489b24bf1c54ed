import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeEconomy } from './derive.ts';
import { UnknownPriceLevel } from './errors.ts';
import type { Economy } from './model.ts';
import {
  DEFAULT_PRICE_INDEX,
  convertAmount,
  convertAmountTable,
  convertEconomy,
  convertSeries,
  priceFactor,
  type PriceIndex,
} from './price-level.ts';

describe('price level', () => {
  it('reproduces the factors in the corpus', () => {
    // 2025 file l.1773/l.1893: 40 mio. kr. in 2024 p/l is 41,92 mio. kr. in 2025 p/l.
    expect(convertAmount(40_000_000, 2024, 2025)).toBe(41_920_000);
    expect(convertAmount(41_920_000, 2025, 2024)).toBe(40_000_000);
    // 2026 file l.4719-4727: 18,8 mio. kr. → 20,2 mio. kr. in 2026 prices (rounded to 0,1 mio.).
    expect(convertAmount(18_800_000, 2024, 2026, DEFAULT_PRICE_INDEX, 'mio.kr')).toBe(20_000_000);
    expect(Math.round(convertAmount(18_800_000, 2024, 2026) / 100_000)).toBe(202);
    expect(priceFactor(2024, 2025)).toBeCloseTo(1.048, 10);
  });

  it('rounds half away from zero, to kroner or to the table unit', () => {
    const index: PriceIndex = { points: { '2020': 100, '2021': 101.5 } };
    expect(convertAmount(1, 2020, 2021, index)).toBe(1); // 1,015
    expect(convertAmount(100, 2020, 2021, index)).toBe(102); // 101,5 → 102
    expect(convertAmount(-100, 2020, 2021, index)).toBe(-102);
    expect(convertAmount(-1_000, 2020, 2021, index, 't.kr')).toBe(-1_000); // -1.015 → -1 t.kr.
    expect(convertAmount(-100_000, 2020, 2021, index, 't.kr')).toBe(-102_000); // -101,5 → -102
    expect(Object.is(convertAmount(-1, 2020, 2021, { points: { '2020': 100, '2021': 10 } }), -0)).toBe(false);
  });

  it('takes the index as a parameter (an edited copy wins over the shipped one)', () => {
    const edited: PriceIndex = { points: { ...DEFAULT_PRICE_INDEX.points, '2027': 110 } };
    expect(convertAmount(100_000, 2024, 2027, edited)).toBe(110_000);
    expect(() => convertAmount(100_000, 2024, 2027)).toThrow(UnknownPriceLevel);
  });

  it('names the unknown year in Danish', () => {
    expect(() => convertAmount(1, 2019, 2025)).toThrow(
      /Pris- og lønniveauet for 2019 kendes ikke\. Indekset har 2024, 2025, 2026/,
    );
  });

  it('converts series, tables and whole economies, blank years stay blank', () => {
    expect(convertSeries({ '2025': 1_000_000 }, 2024, 2025)).toEqual({ '2025': 1_048_000 });
    const e: Economy = {
      unit: 't.kr',
      priceLevelYear: 2024,
      years: [2025, 2026],
      lines: [
        {
          label: 'Besparelse',
          section: 'varig',
          budgetArea: 'service',
          amounts: { '2026': -1_000_000 },
          sourceLine: 3,
        },
        {
          label: 'Inv',
          section: 'implementering',
          budgetArea: 'service',
          amounts: { '2025': 500_000 },
          sourceLine: 4,
        },
      ],
      stated: {
        permanentChange: { '2026': -1_000_000 },
        implementationCost: { '2025': 500_000 },
        economicImpact: {},
        paybackService: 2,
        paybackTotal: 2,
      },
    };
    const c = convertEconomy(e, 2025);
    expect(c.priceLevelYear).toBe(2025);
    expect(c.lines[0]?.amounts).toEqual({ '2026': -1_048_000 });
    expect(c.lines[1]?.amounts).toEqual({ '2025': 524_000 });
    expect(c.lines[1]?.sourceLine).toBe(4);
    expect(c.stated.permanentChange).toEqual({ '2026': -1_048_000 });
    expect(computeEconomy(c).investmentTotal).toBe(524_000);
    expect(e.lines[0]?.amounts).toEqual({ '2026': -1_000_000 }); // the input is not touched
    expect(() => convertEconomy({ ...e, priceLevelYear: null }, 2025)).toThrow(/intet pris- og lønniveau/);
    const t = convertAmountTable(
      {
        id: 'A',
        title: 'Tabel A',
        unit: 't.kr',
        priceLevelYear: 2024,
        years: [2026],
        rows: [{ label: 'BUU', amounts: { '2026': -2_000_000 }, sourceLine: 9 }],
        sourceLine: 8,
      },
      2026,
    );
    expect(t.rows[0]?.amounts).toEqual({ '2026': -2_148_000 });
  });

  it('property: converting there and back stays within rounding of the original', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (x) => {
        const back = convertAmount(convertAmount(x, 2024, 2026), 2026, 2024);
        expect(Math.abs(back - x)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
