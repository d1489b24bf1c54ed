import { describe, expect, it } from 'vitest';
import { isFollowUpWhen, parseFollowUpWhen, splitTrailingWhen } from './follow-up-when.ts';

describe('parseFollowUpWhen', () => {
  // Every form below is printed in a "Hvornår" cell of the 2021, 2025 or 2026 catalog.
  it.each([
    ['Q2 2026', '2026-04-01', '2026-06-30', null],
    ['2Q 2025', '2025-04-01', '2025-06-30', null],
    ['Tredje kvartal 2025', '2025-07-01', '2025-09-30', null],
    ['Første kvartal 2027', '2027-01-01', '2027-03-31', null],
    ['PKR 2. kvartal 2026', '2026-04-01', '2026-06-30', null],
    ['1. halvår 2021', '2021-01-01', '2021-06-30', null],
    ['Medio 2025', '2025-06-01', '2025-07-31', null],
    ['Ultimo 2024', '2024-12-01', '2024-12-31', null],
    ['Primo 2025 (løbende)', '2025-01-01', '2025-03-31', 'løbende'],
    ['Dec. 2026.', '2026-12-01', '2026-12-31', null],
    ['Primo aug. 2025', '2025-08-01', '2025-08-31', null],
    ['Februar 2024', '2024-02-01', '2024-02-29', null],
    ['Sommeren 2025', '2025-06-01', '2025-08-31', null],
    ['Årligt fra 2022', '2022-01-01', '2022-12-31', 'årlig'],
    ['Q4 2021 og herefter kvartalsvis opfølgning', '2021-10-01', '2021-12-31', 'kvartalsvis'],
    ['2025', '2025-01-01', '2025-12-31', null],
    ['Kvartalsvis', null, null, 'kvartalsvis'],
    ['Hvert halve år', null, null, 'halvårlig'],
    ['Opgøres månedligt', null, null, 'månedlig'],
  ])('%s', (text, from, due, recurrence) => {
    expect(parseFollowUpWhen(text)).toEqual({ from, due, recurrence });
  });

  it('gives null for text without a period or recurrence, never a guessed date', () => {
    expect(parseFollowUpWhen('Ved udmøntningssagen og budgetudmeldingen.')).toBeNull();
    expect(parseFollowUpWhen('Direktionen')).toBeNull();
    expect(parseFollowUpWhen('')).toBeNull();
  });
});

describe('isFollowUpWhen', () => {
  it('is true for a cell that is one when-phrase only', () => {
    for (const t of [
      'Q2 2026',
      'Q2  2026',
      'Kvartalsvis',
      'Primo 2025 (løbende)',
      'Ultimo 2026',
      '2026.',
      'Fra januar 2027',
    ])
      expect(isFollowUpWhen(t), t).toBe(true);
  });
  it('is false for other cells', () => {
    for (const t of ['Direktionen', 'Kontor for digitalisering (BIF)', 'Budget 2026', 'Antal sager i 2026'])
      expect(isFollowUpWhen(t), t).toBe(false);
  });
});

describe('splitTrailingWhen', () => {
  it('splits a responsible and a when printed on one line', () => {
    expect(splitTrailingWhen('Koncernservice December 2026')).toEqual({
      before: 'Koncernservice',
      when: 'December 2026',
    });
    expect(splitTrailingWhen('KIT Primo Q2 2025')).toEqual({ before: 'KIT', when: 'Primo Q2 2025' });
    expect(splitTrailingWhen('TMF Q2 2025')).toEqual({ before: 'TMF', when: 'Q2 2025' });
    expect(splitTrailingWhen('KBS Opgøres månedligt')).toEqual({ before: 'KBS', when: 'Opgøres månedligt' });
  });
  it('does not cut a bare year or a month word off a sentence', () => {
    expect(splitTrailingWhen('Budget 2026')).toBeNull();
    expect(splitTrailingWhen('Planen godkendes inden juni')).toBeNull();
    expect(splitTrailingWhen('Direktionen')).toBeNull();
  });
});
