// The economic table where the input kept its grid (tabs: the 2021 and 2025 conversions, a Word
// table): every value in its year column, the area in its own column, totals as printed.
import { describe, expect, it } from 'vitest';
import type { Warning } from '../../core/model.ts';
import { readEconomy } from './economy.ts';
import { splitLines } from './index.ts';
import { proposalWarner } from './warn.ts';

/** The table under its title, its lines numbered from 1 after the title (as the rows were written). */
function read(text: string) {
  const lines = splitLines(`Tabel 1. Forslagets samlede økonomiske konsekvenser\n${text}`).map((l) => ({
    ...l,
    n: l.n - 1,
  }));
  const warnings: Warning[] = [];
  const { economy } = readEconomy(lines, 0, lines.length, proposalWarner(warnings, 'Forslag 1'));
  return { economy: economy!, warnings };
}

const T = '\t';

describe('the economic table as a grid', () => {
  it('reads items by section and area, area subtotals, totals and paybacks as printed', () => {
    const { economy, warnings } = read(
      [
        `1.000 kr. 2025 p/l${T}Styrings- område${T}2 0 2 4${T}2025${T}2026`,
        `Varige ændringer (effektiviseringer og drift)${T}${T}${T}${T}`,
        `Effektivisering${T}Service${T}0${T}-910${T}-2.455`,
        `Drift${T}Overførsler${T}${T}345${T}345`,
        `Samlet varig ændring, service${T}${T}0${T}-910${T}-2.455`,
        `Samlet varig ændring${T}${T}0${T}-565${T}-2.110`,
        `Implementeringsomkostninger (midler fra investeringspuljen)${T}${T}${T}${T}`,
        `Udvikling${T}Anlæg${T}1.500${T}1.050${T}`,
        `Samlede implementeringsomkostninger${T}Anlæg${T}1.500${T}1.050${T}`,
        `Samlede implementeringsomkostninger${T}${T}1.500${T}1.050${T}`,
        `Samlet økonomisk påvirkning${T}${T}1.500${T}485${T}-2.110`,
        `Tilbagebetalingstid baseret på serviceeffektivisering${T}4 år (2027)${T}${T}${T}`,
        `Tilbagebetalingstid baseret på totaløkonomi${T}Ikke relevant${T}${T}${T}`,
      ].join('\n'),
    );
    expect(economy).toMatchObject({ unit: 't.kr', priceLevelYear: 2025, years: [2024, 2025, 2026] });
    expect(economy.lines.map((l) => [l.label, l.section, l.budgetArea, l.sourceLine])).toEqual([
      ['Effektivisering', 'varig', 'service', 3],
      ['Drift', 'varig', 'overfoersler', 4],
      ['Udvikling', 'implementering', 'anlaeg', 8],
    ]);
    expect(economy.lines[1]!.amounts).toEqual({ '2025': 345_000, '2026': 345_000 });
    const s = economy.stated;
    expect(s.permanentChange).toEqual({ '2024': 0, '2025': -565_000, '2026': -2_110_000 });
    expect(s.permanentByArea).toEqual({ service: { '2024': 0, '2025': -910_000, '2026': -2_455_000 } });
    expect(s.implementationByArea).toEqual({ anlaeg: { '2024': 1_500_000, '2025': 1_050_000 } });
    expect(s.implementationCost).toEqual({ '2024': 1_500_000, '2025': 1_050_000 });
    expect(s.economicImpact['2025']).toBe(485_000);
    expect([s.paybackService, s.paybackServiceText, s.paybackTotal, s.paybackTotalText]).toEqual([
      4,
      '4 år (2027)',
      null,
      'Ikke relevant',
    ]);
    expect(s.sourceLines).toMatchObject({
      permanentChange: 6,
      implementationCost: 10,
      economicImpact: 11,
      paybackService: 12,
      paybackTotal: 13,
    });
    expect(warnings).toEqual([]);
  });

  it('takes values printed on the row below their label, and a payback label wrapped over two rows', () => {
    const { economy } = read(
      [
        `1.000 kr. 2021 p/l${T}Styringsområde${T}2021${T}2022`,
        `Besparelse${T}Service${T}-100${T}-200`,
        `Samlet varig ændring${T}${T}-100${T}-200`,
        `Implementeringsomkostninger${T}${T}${T}`,
        `Projekt${T}Anlæg${T}300${T}`,
        `Samlede implementeringsomkostninger${T}${T}300${T}`,
        `Samlet økonomisk påvirkning${T}${T}${T}`,
        `${T}${T}200${T}-200`,
        `Tilbagebetalingstid baseret på serviceeffektivisering${T}2${T}${T}`,
        '',
        `Tilbagebetalingstid baseret på${T}3${T}${T}`,
        `Totaløkonomi${T}${T}${T}`,
      ].join('\n'),
    );
    expect(economy.stated.economicImpact).toEqual({ '2021': 200_000, '2022': -200_000 });
    expect(economy.stated.sourceLines?.economicImpact).toBe(8);
    expect([economy.stated.paybackService, economy.stated.paybackTotal]).toEqual([2, 3]);
    expect(economy.lines.map((l) => l.label)).toEqual(['Besparelse', 'Projekt']);
  });

  it('treats lines after the permanent total as implementation when the heading row is missing', () => {
    const { economy } = read(
      [
        `1.000 kr. 2024 p/l${T}Styringsområde${T}2024${T}2025`,
        `Besparelse${T}Service${T}${T}-100`,
        `Samlet varig ændring${T}${T}${T}-100`,
        `Projektledelse${T}Service${T}50${T}50`,
        `Samlede implementeringsomkostninger${T}${T}50${T}50`,
      ].join('\n'),
    );
    expect(economy.lines.map((l) => l.section)).toEqual(['varig', 'implementering']);
  });

  it('marks a line between the permanent total and the implementation heading as outside the totals', () => {
    const { economy, warnings } = read(
      [
        `1.000 kr. 2025 p/l${T}Styringsområde${T}2025${T}2026`,
        `Besparelse${T}${T}-100${T}-200`,
        `Samlet varig ændring af investeringscasen*${T}${T}-100${T}-200`,
        `<i>Indkøbs effektiviseringer**</i>${T}${T}${T}-449`,
        `Implementeringsomkostninger${T}${T}${T}`,
        `Spor 1${T}Service${T}1.000${T}`,
        `Samlede implementeringsomkostninger${T}${T}1.000${T}`,
      ].join('\n'),
    );
    expect(economy.stated.permanentChange).toEqual({ '2025': -100_000, '2026': -200_000 });
    const outside = economy.lines.find((l) => l.outsideTotals);
    expect(outside).toMatchObject({ label: 'Indkøbs effektiviseringer', section: 'varig', sourceLine: 4 });
    expect(warnings.filter((w) => w.sourceLine === 4).map((w) => w.code)).toEqual([
      'economy.line-outside-totals',
    ]);
  });

  it('warns instead of guessing where a sub-subtotal is not per budget area', () => {
    const { economy, warnings } = read(
      [
        `1.000 kr. 2024 p/l${T}Styringsområde${T}2024${T}2025`,
        `SOF sparer${T}Service${T}${T}-100`,
        `Samlet varig ændring, service SOF${T}Service${T}${T}-100`,
        `Samlet varig ændring${T}${T}${T}-100`,
      ].join('\n'),
    );
    expect(economy.stated.permanentByArea).toBeUndefined();
    expect(warnings.map((x) => [x.code, x.sourceLine, x.params?.label])).toEqual([
      ['economy.subtotal-not-by-area', 3, 'Samlet varig ændring, service SOF'],
    ]);
  });
});

describe('rows that lost their blank cells', () => {
  it('places them by the stated sums, silently where only one placement adds up', () => {
    const { economy, warnings } = read(
      [
        `1.000 kr. 2021 p/l${T}Styringsområde${T}2020${T}2021${T}2022${T}2023`,
        `Husleje${T}Service${T}-750${T}-750${T}-750`,
        `Drift${T}Service${T}${T}100${T}100${T}100`,
        `Samlet varig ændring${T}-650${T}-650${T}-650`,
        `Implementeringsomkostninger${T}${T}${T}${T}${T}`,
        `Bygning${T}Anlæg${T}2.610`,
        `Samlede implementeringsomkostninger${T}${T}2.610${T}${T}${T}`,
      ].join('\n'),
    );
    expect(economy.lines[0]!.amounts).toEqual({ '2021': -750_000, '2022': -750_000, '2023': -750_000 });
    expect(economy.stated.permanentChange).toEqual({ '2021': -650_000, '2022': -650_000, '2023': -650_000 });
    expect(economy.lines[2]!.amounts).toEqual({ '2020': 2_610_000 });
    expect(warnings).toEqual([]);
  });

  it('says so when several placements fit the sums equally well', () => {
    const { economy, warnings } = read(
      [
        `1.000 kr. 2021 p/l${T}Styringsområde${T}2021${T}2022${T}2023`,
        `A${T}Service${T}-5${T}-5`,
        `B${T}Service${T}-5${T}-5`,
        `Samlet varig ændring${T}${T}-5${T}-10${T}-5`,
      ].join('\n'),
    );
    const placed = economy.lines.map((l) => Object.keys(l.amounts).join(','));
    expect(placed.sort()).toEqual(['2021,2022', '2022,2023']);
    expect(warnings.map((w) => [w.code, w.sourceLine, w.params?.count])).toEqual([
      ['economy.rows-placed-ambiguous', 4, 2],
    ]);
  });
});

describe('letter-spaced text', () => {
  it('reads letter-spaced labels, years and numbers', () => {
    const { economy } = read(
      [
        `1.000 kr. 2025 p/l${T}Styrings- område${T}2 0 2 5${T}2 0 2 6`,
        `B e s p a r e l s e${T}Service${T}- 6 3 9${T}-1.278`,
        `S a m l e t  varig ændring${T}${T}- 6 3 9${T}-1.278`,
        `T i l b a g e b e t a l i n g s t i d  baseret på serviceeffektivisering${T}3${T}`,
      ].join('\n'),
    );
    expect(economy.years).toEqual([2025, 2026]);
    expect(economy.lines).toEqual([
      {
        label: 'Besparelse',
        section: 'varig',
        budgetArea: 'service',
        amounts: { '2025': -639_000, '2026': -1_278_000 },
        sourceLine: 2,
      },
    ]);
    expect(economy.stated.permanentChange).toEqual({ '2025': -639_000, '2026': -1_278_000 });
    expect(economy.stated.paybackService).toBe(3);
  });
});
