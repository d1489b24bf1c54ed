import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectUnit,
  formatAmount,
  formatKroner,
  formatMio,
  formatRounded,
  looksLikeAmount,
  parseAmount,
  parseTypedAmount,
  tryParseAmount,
} from './amount.ts';
import { InvalidNumber } from './errors.ts';
import type { AmountUnit } from './model.ts';

describe('parseAmount: every form of domain.md §7', () => {
  it.each<[string, AmountUnit, number]>([
    ['-1.895', 't.kr', -1_895_000],
    ['1680', 't.kr', 1_680_000],
    ['22,1', 'mio.kr', 22_100_000],
    ['--43.142', 't.kr', -43_142_000],
    ['-0', 't.kr', 0],
    ['-', 't.kr', 0],
    ['- 6 3 9', 't.kr', -639_000],
    ['2 0 2 5', 'kr', 2025],
    ['−639', 't.kr', -639_000],
    ['–5', 'kr', -5],
    ['1.234,5', 't.kr', 1_234_500],
    ['0,3', 'mio.kr', 300_000],
    ['41,92', 'mio.kr', 41_920_000],
    ['5.580', 't.kr', 5_580_000],
    ['1.895.000', 'kr', 1_895_000],
    ['+12', 'kr', 12],
    ['12,000', 'kr', 12],
    ['\u00a01\u00a0034 ', 't.kr', 1_034_000],
  ])('"%s" in %s is %i kr.', (text, unit, expected) => {
    expect(parseAmount(text, unit)).toBe(expected);
    expect(Object.is(parseAmount(text, unit), -0)).toBe(false);
  });

  it('defaults to kroner', () => {
    expect(parseAmount('1.034')).toBe(1034);
  });

  it.each<[string, AmountUnit, RegExp]>([
    ['', 't.kr', /Tomt felt/],
    ['   ', 'kr', /Tomt felt/],
    ['abc', 'kr', /"abc" er ikke et tal/],
    ['1.23', 'kr', /ikke et tal/],
    ['12,5,3', 'kr', /ikke et tal/],
    ['1,5', 'kr', /ikke et helt antal kroner i enheden kr\./],
    ['0,0005', 't.kr', /ikke et helt antal kroner i enheden 1\.000 kr\./],
    ['99999999999999999', 'kr', /for stort/],
    ['4 år', 'kr', /ikke et tal/],
  ])('rejects "%s" in %s with a Danish message', (text, unit, message) => {
    expect(() => parseAmount(text, unit)).toThrow(InvalidNumber);
    expect(() => parseAmount(text, unit)).toThrow(message);
    const r = tryParseAmount(text, unit);
    expect(typeof r).toBe('object');
  });

  it('looksLikeAmount tells value cells from labels', () => {
    expect(looksLikeAmount('-1.034')).toBe(true);
    expect(looksLikeAmount('Service')).toBe(false);
  });
});

describe('formatting', () => {
  it('formats exactly in a unit', () => {
    expect(formatAmount(-1_895_000, 't.kr')).toBe('-1.895');
    expect(formatAmount(-1_895_500, 't.kr')).toBe('-1.895,5');
    expect(formatAmount(22_100_000, 'mio.kr')).toBe('22,1');
    expect(formatAmount(5, 't.kr')).toBe('0,005');
    expect(formatAmount(0, 'mio.kr')).toBe('0');
    expect(formatKroner(1_895_000)).toBe('1.895.000 kr.');
  });

  it('rounds half away from zero with integer arithmetic', () => {
    expect(formatRounded(22_149_999, 'mio.kr', 1)).toBe('22,1');
    expect(formatRounded(22_150_000, 'mio.kr', 1)).toBe('22,2');
    expect(formatRounded(-22_150_000, 'mio.kr', 1)).toBe('-22,2');
    expect(formatRounded(1_499, 't.kr', 0)).toBe('1');
    expect(formatRounded(-400, 't.kr', 0)).toBe('0');
    expect(formatMio(41_920_000, 2)).toBe('41,92 mio. kr.');
  });

  it('refuses non-integers', () => {
    expect(() => formatAmount(1.5)).toThrow(InvalidNumber);
  });
});

describe('detectUnit', () => {
  it.each<[string, AmountUnit | null]>([
    ['1.000 kr. 2026 p/l', 't.kr'],
    ['Mio. kr. 2021 p/l', 'mio.kr'],
    ['t. kr.', 't.kr'],
    ['Beløb i kr.', 'kr'],
    ['Styringsområde', null],
  ])('"%s" → %s', (header, unit) => {
    expect(detectUnit(header)).toBe(unit);
  });
});

describe('properties', () => {
  const unit = fc.constantFrom<AmountUnit>('kr', 't.kr', 'mio.kr');
  it('parse ∘ format is the identity on safe integers', () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger().filter((x) => Math.abs(x) <= Number.MAX_SAFE_INTEGER),
        unit,
        (x, u) => {
          expect(parseAmount(formatAmount(x, u), u)).toBe(x);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('letter spacing never changes the value', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), unit, (x, u) => {
        const spaced = formatAmount(x, u).split('').join(' ');
        expect(parseAmount(spaced, u)).toBe(x);
      }),
    );
  });
});

describe('parseTypedAmount (what a person types in a cell)', () => {
  it('reads Danish numbers like tryParseAmount', () => {
    expect(parseTypedAmount('-1.500', 't.kr')).toBe(-1_500_000);
    expect(parseTypedAmount(' 22,1 ', 'mio.kr')).toBe(22_100_000);
  });
  it('refuses a blank inside the number instead of joining the digits', () => {
    for (const text of ['1 500', '100\t200', '1\u00a0500']) {
      const r = parseTypedAmount(text, 't.kr');
      expect(typeof r === 'object' && r.error).toMatch(/mellemrum/);
    }
  });
});
