import { describe, expect, it } from 'vitest';
import {
  danishDay,
  danishMonth,
  DANISH_MONTH_WORDS,
  formatDanishDate,
  formatDanishDay,
  parseDanishDate,
} from './danish-dates.ts';

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
    // 23.30 UTC on 3 December is 00.30 on the 4th in Copenhagen: the municipality's day.
    expect(formatDanishDay(new Date(Date.UTC(2026, 11, 3, 23, 30)))).toBe('4. december 2026');
  });

  it('reads the first date of a Danish text, in every form the catalogs print, and only real days', () => {
    expect(parseDanishDate('Ja 29. januar 2025')).toBe('2025-01-29');
    expect(parseDanishDate('2 9 .  januar 2 0 2 5')).toBe('2025-01-29');
    expect(parseDanishDate('Godkendt 28-05-2020 af CFØ')).toBe('2020-05-28');
    expect(parseDanishDate('29.01.2025')).toBe('2025-01-29');
    expect(parseDanishDate('den 22/1-2024 og 3. marts 2024')).toBe('2024-01-22');
    expect(parseDanishDate('22/1 2024')).toBe('2024-01-22');
    expect(parseDanishDate('5. dec. 2026')).toBe('2026-12-05');
    // The two readers used to disagree here: a misprinted day is no date.
    expect(parseDanishDate('31.02.2025')).toBeNull();
    expect(parseDanishDate('31. februar 2025, godkendt 3. marts 2025')).toBe('2025-03-03');
    expect(parseDanishDate('Ikke relevant')).toBeNull();
    expect(parseDanishDate('ØKF har godkendt d. 9. februar 2024.')).toBe('2024-02-09');
    expect(parseDanishDate('godkendt i Center for Økonomi 9/6 2020')).toBe('2020-06-09');
    expect(parseDanishDate('Planlagt: 18. marts 2024 - prægodkendt. 2. april 2024')).toBe('2024-03-18');
    expect(parseDanishDate('Godkendt d. 25. oktober.')).toBeNull();
    expect(parseDanishDate('29-02-2024')).toBe('2024-02-29');
  });
});

describe('the municipality’s day', () => {
  it('is the calendar day in Copenhagen, not in UTC (winter and summer time)', () => {
    expect(danishDay('2026-12-06T22:59:59Z')).toBe('2026-12-06');
    expect(danishDay('2026-12-06T23:30:00Z')).toBe('2026-12-07');
    expect(danishDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(danishDay('2026-06-30T21:59:00Z')).toBe('2026-06-30');
    expect(formatDanishDay(new Date('2026-12-31T23:15:00Z'))).toBe('1. januar 2027');
  });
});
