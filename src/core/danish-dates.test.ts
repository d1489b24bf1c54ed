import { describe, expect, it } from 'vitest';
import { danishMonth, DANISH_MONTH_WORDS, formatDanishDate, formatDanishDay } from './danish-dates.ts';

describe('danish dates', () => {
  it('reads month names and the abbreviations the catalogs print', () => {
    expect(danishMonth('januar')).toBe(1);
    expect(danishMonth('December')).toBe(12);
    expect(danishMonth('Dec.')).toBe(12);
    expect(danishMonth('sept')).toBe(9);
    expect(danishMonth('maj')).toBe(5);
    expect(danishMonth('Budget')).toBeNull();
    // Longest first, so a pattern built from the list matches "september" before "sep".
    expect(DANISH_MONTH_WORDS.indexOf('september')).toBeLessThan(DANISH_MONTH_WORDS.indexOf('sep'));
  });

  it('formats ISO dates and days the Danish way', () => {
    expect(formatDanishDate('2025-01-29')).toBe('29. januar 2025');
    expect(formatDanishDate('2025-13-01')).toBeNull();
    expect(formatDanishDate('29. januar 2025')).toBeNull();
    expect(formatDanishDay(new Date(Date.UTC(2026, 11, 3, 23, 30)))).toBe('3. december 2026');
  });
});
