import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../core/amount.ts';
import { numberTokens, splitRow, yearsOf } from './table-rows.ts';

const texts = (line: string) => numberTokens(line).map((t) => t.text);
const values = (line: string) => splitRow(line, 't.kr').values.map((v) => v.value);

describe('numberTokens', () => {
  it('glues letter-spaced numbers and keeps double-blank separated ones apart', () => {
    expect(texts('- 6 3 9  - 6 3 9  -639')).toEqual(['-639', '-639', '-639']);
    expect(texts('150 2 0 0  ')).toEqual(['150', '200']);
    expect(texts('1.040 4 6 5  -750')).toEqual(['1.040', '465', '-750']);
  });
  it('repairs blanks inside the thousands separator', () => {
    expect(texts('-1.540 -3 .080 -3 .080')).toEqual(['-1.540', '-3.080', '-3.080']);
    expect(texts('-3 .  599 -3 .  599')).toEqual(['-3.599', '-3.599']);
  });
  it('keeps single digits apart in a line that is not letter-spaced', () => {
    expect(texts('Service 0 0 1 0')).toEqual(['Service', '0', '0', '1', '0']);
  });
  it('glues the digits of the only value of a line whose letter spacing is in the label', () => {
    // Found by the round trip: a row with blank later years, "1 0 .000" read as 1 and 0.
    expect(texts('V e d l i g e h o l d  S e r v i c e  1 0 .000')).toEqual([
      'V',
      'e',
      'd',
      'l',
      'i',
      'g',
      'e',
      'h',
      'o',
      'l',
      'd',
      'S',
      'e',
      'r',
      'v',
      'i',
      'c',
      'e',
      '10.000',
    ]);
    expect(values('V e d l i g e h o l d  S e r v i c e  1 0 .000')).toEqual([10000000]);
  });
  it('reads a row of zeros as zeros', () => {
    expect(texts('0 0 0 0 0 0')).toEqual(['0', '0', '0', '0', '0', '0']);
  });
});

describe('splitRow', () => {
  it('separates label and values', () => {
    const r = splitRow('Tidsbesparelse udruln ing i BIF Service - 9 4 4  - 9 4 4  -944  -944  ', 't.kr');
    expect(r.label).toBe('Tidsbesparelse udruln ing i BIF Service');
    expect(r.values.map((v) => v.value)).toEqual([-944000, -944000, -944000, -944000]);
  });
  it('reads "-" as zero and keeps a broken number as an error, not a guess', () => {
    expect(values('Service 500 - - - - -')).toEqual([500000, 0, 0, 0, 0, 0]);
    const r = splitRow('Samlet økonomisk påvirkning 6.082 -2.30 -3.195', 't.kr');
    expect(r.values[1]).toMatchObject({ raw: '-2.30', value: null });
    expect(r.values[1]?.error).toBeTruthy();
  });
  it('leaves a line without values as label only', () => {
    expect(splitRow('funktion 6.45 og mere', 't.kr').values).toEqual([]);
  });
  it('keeps a malformed number where the values begin in the label', () => {
    const r = splitRow('hovedfunktion 6.45 -117 -117', 't.kr');
    expect(r.label).toBe('hovedfunktion 6.45');
    expect(r.values.map((v) => v.value)).toEqual([-117000, -117000]);
  });
  it('reads back any amount written plainly or letter-spaced', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -99_999, max: 99_999 }), { minLength: 1, maxLength: 7 }),
        fc.boolean(),
        (nums, spaced) => {
          const cells = nums.map((n) => {
            const s = formatAmount(n * 1000, 't.kr');
            // Letter-spacing is only unambiguous for numbers without a leading zero digit run.
            return spaced && !/^-?0/.test(s) ? s.split('').join(' ') : s;
          });
          // Letter-spaced lines separate numbers by two blanks and end in blanks, as in the corpus.
          expect(values('Label Service ' + cells.join('  ') + '  ')).toEqual(nums.map((n) => n * 1000));
        },
      ),
    );
  });
});

describe('yearsOf', () => {
  it('reads a letter-spaced year header', () => {
    expect(yearsOf('2 0 2 5  2 0 2 6  2 0 2 7  2028  2 0 2 9  2 0 3 0')).toEqual([
      2025, 2026, 2027, 2028, 2029, 2030,
    ]);
  });
  it('rejects lines that are not consecutive years', () => {
    expect(yearsOf('2025 2027')).toBeNull();
    expect(yearsOf('Udvalg 2026 2027')).toBeNull();
  });
});
