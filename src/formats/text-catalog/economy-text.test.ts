// The economic table printed as text (the 2026 conversion, pdftotext): rows print only the values
// they have and are placed against the printed subtotals.
import { describe, expect, it } from 'vitest';
import type { Warning } from '../../core/model.ts';
import { readEconomy as read } from './economy.ts';
import { splitLines, type SourceLine } from './index.ts';
import { proposalWarner } from './warn.ts';

function readEconomy(lines: SourceLine[], start: number, stop: number) {
  const warnings: Warning[] = [];
  const { economy } = read(lines, start, stop, proposalWarner(warnings, 'Forslag 1'));
  return { economy, warnings };
}

// A table in the shape of the 2026 file, with its artefacts: letter-spaced title, numbers and
// total labels, a label wrapped over lines with the values on a later line, blank rows, rows with
// fewer values than columns, a page banner inside the table.
const TABLE = [
  'Tabe l  1. Fors lagets  s a m l e d e  økonomiske konsekvense r  ',
  '1.000 kr. 2 0 2 6  p / l  ',
  'S tyr ings-  ',
  'o m r å d e  ',
  '2 0 2 5  2 0 2 6  2 0 2 7  2028  2 0 2 9  2 0 3 0  ',
  'Varige ænd r i nge r  (effektiviseringer og drift) ',
  'Tidsbesparelse rehabil i tering Service - 6 3 9  - 6 3 9  - 6 3 9  -639  -639  ',
  'Tidsbesparelse udruln ing i BIF Service - 9 4 4  - 9 4 4  -944  -944  ',
  'Samtykke administ rator  funktion Service 4 0 0  4 0 0  4 0 0  4 0 0  ',
  'S a m l e t  varig ændr ing ,  service Service -639  -1.183 -1.183 -1.183 -1.183 ',
  'S a m l e t  varig ændr ing ,  f inanspos ter  ',
  'Samle t  varig ændr ing  Serv ice -639  -1.183 -1.183 -1.183 -1.183 ',
  'Overførselssagen 2024-2025',
  'Investeringsforslag',
  'Imp lementer ingsomkostn inger  (m id le r  fra invester ingspul jen) ',
  'Udvikling af integrat ion og t i lpasning af ',
  'fagsystem Anlæg 3 0 0  ',
  'Projektledelse Anlæg 3 9 5  6 0 0  ',
  'S a m l e d e  implementer ingsomkostn in-  ',
  '',
  'ge r ,  a n l æ g  ',
  '695 600',
  'Samlede  imp lemente r ingsomkos tn in -  ',
  'g e r  ',
  'Anlæg 695 600',
  'Samle t  økonomisk  påvirkning 695 -39 -1.183 -1.183 -1.183 -1.183 ',
  'Ti lbagebetal ingstid basere t  på ',
  'serviceeffektivisering ',
  '3 ',
  'Ti lbagebetal ingstid basere t  på ',
  'tota løkonomi ',
  '4 år',
  'Noter  til alle tabeller: …',
];

describe('the economic table as text (2026 conversion)', () => {
  const lines = splitLines(TABLE.join('\n'));
  const { economy, warnings } = readEconomy(lines, 0, lines.length);

  it('reads unit, price level and the year columns from the header', () => {
    expect(economy?.unit).toBe('t.kr');
    expect(economy?.priceLevelYear).toBe(2026);
    expect(economy?.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it('reads every line with section, area, placed amounts and source line', () => {
    expect(economy?.lines.map((l) => [l.label, l.section, l.budgetArea, l.amounts, l.sourceLine])).toEqual([
      [
        'Tidsbesparelse rehabil i tering',
        'varig',
        'service',
        { '2026': -639000, '2027': -639000, '2028': -639000, '2029': -639000, '2030': -639000 },
        7,
      ],
      [
        'Tidsbesparelse udruln ing i BIF',
        'varig',
        'service',
        { '2027': -944000, '2028': -944000, '2029': -944000, '2030': -944000 },
        8,
      ],
      [
        'Samtykke administ rator funktion',
        'varig',
        'service',
        { '2027': 400000, '2028': 400000, '2029': 400000, '2030': 400000 },
        9,
      ],
      [
        'Udvikling af integrat ion og tilpasning af fagsystem',
        'implementering',
        'anlaeg',
        { '2025': 300000 },
        17,
      ],
      ['Projektledelse', 'implementering', 'anlaeg', { '2025': 395000, '2026': 600000 }, 18],
    ]);
  });

  it('reads the printed subtotals, blank rows staying blank, and both paybacks with their text', () => {
    const s = economy!.stated;
    expect(s.permanentChange).toEqual({
      '2026': -639000,
      '2027': -1183000,
      '2028': -1183000,
      '2029': -1183000,
      '2030': -1183000,
    });
    expect(s.permanentByArea).toEqual({ service: s.permanentChange });
    expect(s.implementationCost).toEqual({ '2025': 695000, '2026': 600000 });
    expect(s.implementationByArea).toEqual({ anlaeg: { '2025': 695000, '2026': 600000 } });
    expect(s.economicImpact['2026']).toBe(-39000);
    expect([s.paybackService, s.paybackServiceText, s.paybackTotal, s.paybackTotalText]).toEqual([
      3,
      '3',
      4,
      '4 år',
    ]);
  });

  it('reads a payback printed as spaced single digits ("4 6") as one number', () => {
    // Found by the round trip: "4 6" on the payback's own line was read as 4.
    const spaced = splitLines(TABLE.join('\n').replace(/\n3 \n/, '\n4 6\n'));
    const s = readEconomy(spaced, 0, spaced.length).economy!.stated;
    expect([s.paybackService, s.paybackServiceText]).toEqual([46, '46']);
  });

  it('warns where the printed total does not add up, with the line', () => {
    // Impact 2026: -639 + 600 = -39 holds; nothing else is off.
    expect(warnings.filter((w) => w.code === 'economy.subtotal-differs')).toEqual([]);
    const broken = splitLines(TABLE.join('\n').replace('695 -39 -1.183', '695 39 -1.183'));
    const r = readEconomy(broken, 0, broken.length);
    const differs = r.warnings.filter((w) => w.code === 'economy.subtotal-differs');
    expect(differs.map((w) => w.sourceLine)).toEqual([26]);
  });
});

describe('ambiguous single digits decided by the subtotals (value-readings.ts)', () => {
  const table = (row: string, subtotal: string) =>
    splitLines(
      [
        'Tabel 1. Forslagets samlede økonomiske konsekvenser',
        '1.000 kr. 2026 p/l',
        'Styringsområde 2024 2025 2026 2027',
        'Varige ændringer (effektiviseringer og drift)',
        row,
        'Vedligehold Service 0 0 0 0',
        `Samlet varig ændring, efterspørgselsstyret indsats ${subtotal}`,
        'Samlet varig ændring, service 0 0 0 0',
        `Samlet varig ændring ${subtotal}`,
        'Noter til alle tabeller',
      ].join('\n'),
    );

  it('reads "1 0" as one number when only that reading adds up (a round-trip case)', () => {
    // The writer letter-spaced a line whose only value is 10: "… indsats  1 0". Read as 1 and 0,
    // "Samlet varig ændring, efterspørgselsstyret indsats 10 0 0 0" would not add up.
    const lines = table('Vedligehold  Efterspørgselsstyret  indsats  1 0', '10 0 0 0');
    const { economy, warnings } = readEconomy(lines, 0, lines.length);
    expect(economy!.lines[0]!.amounts).toEqual({ '2024': 10000 });
    expect(warnings.map((w) => [w.code, w.params])).toContainEqual([
      'economy.digits-read-by-subtotals',
      { label: 'Vedligehold', reading: '10', ref: 'Forslag 1' },
    ]);
  });

  it('keeps 1 and 0 when that reading adds up, and says nothing', () => {
    const lines = table('Vedligehold Efterspørgselsstyret indsats 1 0', '1 0 0 0');
    const { economy, warnings } = readEconomy(lines, 0, lines.length);
    expect(economy!.lines[0]!.amounts).toEqual({ '2024': 1000, '2025': 0 });
    expect(warnings.filter((w) => w.code === 'economy.digits-read-by-subtotals')).toEqual([]);
  });
});

describe('one area subtotal beside lines without area', () => {
  it('sums only its own area when it prints other figures than the total (no false difference)', () => {
    const lines = splitLines(
      [
        'Tabel 1. Forslagets samlede økonomiske konsekvenser',
        '1.000 kr. 2026 p/l',
        'Styringsområde 2025 2026 2027',
        'Implementeringsomkostninger (midler fra investeringspuljen)',
        'Konsulenter 300 100 0',
        'Projektledelse Service 200 50 0',
        'Samlede implementeringsomkostninger, service 200 50 0',
        'Samlede implementeringsomkostninger 500 150 0',
        'Noter til alle tabeller',
      ].join('\n'),
    );
    const { economy, warnings } = readEconomy(lines, 0, lines.length);
    expect(economy!.lines.map((l) => [l.label, l.budgetArea, l.amounts])).toEqual([
      ['Konsulenter', null, { '2025': 300000, '2026': 100000, '2027': 0 }],
      ['Projektledelse', 'service', { '2025': 200000, '2026': 50000, '2027': 0 }],
    ]);
    expect(warnings.filter((w) => w.code === 'economy.subtotal-differs')).toEqual([]);
  });
});
