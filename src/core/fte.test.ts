import { describe, expect, it } from 'vitest';
import { UnknownPriceLevel } from './errors.ts';
import { fteAmount, parseFteRate } from './fte.ts';

describe('fteAmount', () => {
  const rate2025 = { kroner: 660_000, priceLevelYear: 2025 }; // "660 t. kr. (2025 p/l)"
  it('multiplies ÅV given as Danish decimal text', () => {
    expect(fteAmount('1,3', rate2025)).toBe(858_000);
    expect(fteAmount('0,5', { kroner: 608_000, priceLevelYear: 2026 })).toBe(304_000);
    expect(fteAmount(2, rate2025)).toBe(1_320_000);
    expect(fteAmount(' 12 ', rate2025)).toBe(7_920_000);
  });

  it('rounds once, half away from zero', () => {
    expect(fteAmount('0,001', { kroner: 1_500, priceLevelYear: 2025 })).toBe(2); // 1,5
    expect(fteAmount('0,3333', { kroner: 1_000, priceLevelYear: 2025 })).toBe(333);
  });

  it('converts the rate to another p/l first', () => {
    // 660 t.kr. in 2025 p/l is 660 × 107,4 / 104,8 = 676,374… t.kr. in 2026 p/l.
    expect(fteAmount('1', rate2025, 2026)).toBe(676_374);
    expect(fteAmount('2', rate2025, 2026)).toBe(1_352_748);
    expect(() => fteAmount('1', rate2025, 2030)).toThrow(UnknownPriceLevel);
  });

  it('rejects what is not a number of ÅV, in Danish', () => {
    expect(() => fteAmount('1,3 ÅV', rate2025)).toThrow(
      'Antal årsværk skal være et tal som "1,3", men er "1,3 ÅV".',
    );
    expect(() => fteAmount('-1', rate2025)).toThrow(/årsværk/);
    expect(() => fteAmount(Number.NaN, rate2025)).toThrow(/årsværk/);
  });
});

describe('parseFteRate', () => {
  it.each<[string, number, number]>([
    ['660 t. kr. (2025 p/l)', 660_000, 2025],
    ['608 t.kr. (2026 p/l)', 608_000, 2026],
    ['0,65 mio. kr. i 2025 p/l', 650_000, 2025],
    ['en sats på 612.500 kr. (2026-p/l) pr. årsværk', 612_500, 2026],
  ])('"%s"', (text, kroner, year) => {
    expect(parseFteRate(text)).toEqual({ kroner, priceLevelYear: year });
  });

  it.each(['660 t. kr.', '(2025 p/l)', '1,3 årsværk', ''])('"%s" states no full rate', (text) => {
    expect(parseFteRate(text)).toBeNull();
  });

  it('feeds fteAmount: 1,3 ÅV at "660 t. kr. (2025 p/l)"', () => {
    const rate = parseFteRate('660 t. kr. (2025 p/l)');
    expect(rate && fteAmount('1,3', rate)).toBe(858_000);
  });
});
