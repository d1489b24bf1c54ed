// Tables whose grid the input kept: extent, year header, unit, and placing a row's cells on years.
import { describe, expect, it } from 'vitest';
import { normaliseLine } from '../input/text.ts';
import { findYearHeader, placeRow, readUnitAndLevel, tableAt, toRow } from './grid.ts';
import { cleanCell, splitLines } from './reader.ts';
import { yearOf } from './table-rows.ts';

const row = (text: string, n = 1) => toRow({ n, text });

describe('cells as the reader gets them', () => {
  it('have HTML remnants, markdown emphasis and symbol bullets removed', () => {
    expect(cleanCell(normaliseLine('<p>6. marts 2024</p> <b>**Socialforvaltningen**</b>\uf0b7 x'))).toBe(
      '6. marts 2024 Socialforvaltningen x',
    );
    expect(normaliseLine('<input checked="" type="checkbox"/> Økonomiforvaltningen')).toBe(
      '☒ Økonomiforvaltningen',
    );
    expect(normaliseLine('<input type="checkbox"/>\tSocialforvaltningen')).toBe('☐\tSocialforvaltningen');
  });
});

describe('year header', () => {
  it('reads letter-spaced years and reports a repeated year column', () => {
    expect(yearOf('2 0 2 5')).toBe(2025);
    expect(yearOf('2025 p/l')).toBeNull();
    const h = findYearHeader([row('Udvalg\t1.000 kr.'), row('\tBevilling\t2024\t2025\t2026\t2026', 2)]);
    expect(h).toMatchObject({ rowIndex: 1, years: [2024, 2025, 2026], cols: [2, 3, 4] });
    expect(h?.repeated).toEqual([{ year: 2026, n: 2 }]);
  });

  it('reads unit and price level, also the "p/1" misprint', () => {
    expect(readUnitAndLevel(['Udvalg', '1.000 kr. 2025 p/1'])).toEqual({
      unit: 't.kr',
      priceLevelYear: 2025,
    });
    expect(readUnitAndLevel(['Mio. kr. 2021 p/l'])).toEqual({ unit: 'mio.kr', priceLevelYear: 2021 });
  });
});

describe('tableAt', () => {
  it('keeps blank lines inside a table and stops at prose', () => {
    const l = splitLines('Tabel 1\n\na\t1\n\nb\t2\n\nProse follows.\nc\t3');
    const t = tableAt(l, 0, l.length)!;
    expect(t.rows.map((r) => r.cells[0])).toEqual(['a', 'b']);
    expect(t.end).toBe(5);
  });

  it('skips horizontal rules drawn with dashes but keeps a lone "-"', () => {
    const l = splitLines('a\t-\t1\n--------\t--\t--\nb\t2\t3');
    expect(tableAt(l, 0, l.length)!.rows.map((r) => r.cells.join('|'))).toEqual(['a|-|1', 'b|2|3']);
  });
});

describe('placeRow', () => {
  const header = { rowIndex: 0, years: [2024, 2025, 2026], cols: [2, 3, 4], width: 5, repeated: [] };

  it('places values by cell position; blank stays absent, "-" is zero, "--43.142" is negative', () => {
    const placed = placeRow(row('x\tService\t\t-\t--43.142'), header, 't.kr');
    expect(placed.amounts).toEqual({ '2025': 0, '2026': -43_142_000 });
    expect(placed).toMatchObject({ unreadable: [], inOrder: null, stray: [], extraNumber: [] });
  });

  it('moves the values of a row that lost a cell, one per year, and reports it as a guess', () => {
    const placed = placeRow(row('Socialudvalget\t0\t-516\t-1.032', 7), header, 't.kr');
    expect(placed.amounts).toEqual({ '2024': 0, '2025': -516_000, '2026': -1_032_000 });
    expect(placed.inOrder).toEqual({ count: 3, from: 2024, to: 2026 });
  });

  it('reports cells beyond the year columns and unreadable numbers instead of guessing', () => {
    const placed = placeRow(row('x\t\t1\tabc\t2\t9', 3), header, 't.kr');
    expect(placed.amounts).toEqual({ '2024': 1000, '2026': 2000 });
    expect(placed.unreadable).toEqual(['abc']);
    expect(placed.stray).toEqual(['9']);
  });
});
