// A small document in the 2025 cross-cutting template, written for this test, so the reader is
// checked also where the corpus is absent: read as a user's file is read, through readTextCatalog.
import { describe, expect, it } from 'vitest';
import { splitBlocks } from './amount-table.ts';
import { toRow } from './grid.ts';
import { readTextCatalog } from './index.ts';

const T = '\t';
const doc = [
  'Bilag 8',
  '',
  'Tabel 1. Tværgående investeringsforslag til godkendelse',
  '',
  `1.000 kr. 2025 p/l${T}${T}Effektiviseringsbidrag${T}${T}Samlet investering${T}Godkendt med`,
  `Udvalg${T}${T}2025${T}2026${T}${T}`,
  `Socialudvalget og Børne og Ungdomsudvalget${T}${T}${T}${T}${T}`,
  `Forslag 3${T}Fælles indsats*${T}100${T}200${T}-${T}OFS 23-24`,
  `I alt${T}${T}100${T}200${T}${T}`,
  '',
  'Forslag 3 FÆLLES INDSATS',
  '',
  'Kort resumé: SOF og BUF investerer i en fælles indsats.',
  '',
  'Fremstillende forvaltning: Socialforvaltningen og Børne- og Ungdomsforvaltningen',
  '',
  'Berørte forvaltninger:',
  '',
  `<input checked="" type="checkbox"/>${T}Socialforvaltningen${T}<input type="checkbox"/>${T}Økonomiforvaltningen`,
  '',
  '2. Økonomi',
  '',
  'Tabel 1. Forslagets samlede økonomiske konsekvenser',
  '',
  `1.000 kr. 2025 p/l${T}Styringsområde${T}2025${T}2026`,
  `Varige ændringer${T}${T}${T}`,
  `Besparelse${T}Service${T}-100${T}-200`,
  `Samlet varig ændring${T}${T}-100${T}-200`,
  `Implementeringsomkostninger${T}${T}${T}`,
  `Projekt${T}Service${T}300${T}`,
  `Samlede implementeringsomkostninger${T}${T}300${T}`,
  `Samlet økonomisk påvirkning${T}${T}200${T}-200`,
  `Tilbagebetalingstid baseret på serviceeffektivisering${T}3 år (2027)${T}${T}`,
  `Tilbagebetalingstid baseret på totaløkonomi${T}3 år (2027)${T}${T}`,
  '',
  '4. Risikovurdering',
  '',
  'Den samlede risiko vurderes som middel.',
  '',
  'ADMINISTRATIVT BILAG TIL TVÆRGÅENDE INVESTERINGSFORSLAG',
  '',
  '6. Hvem er hørt?',
  '',
  `${T}Ja/Nej${T}Dato for godkendelse`,
  `Center for Økonomi, Økonomiforvaltningen${T}Ja${T}9. februar 2024`,
  '',
  '7. Tekniske tabeller til korrektioner i Kvantum',
  '',
  'Tabel A. Måltalseffekt - hvis forslaget indarbejdes (nettoeffektivisering)',
  '',
  `Udvalg${T}1.000 kr. 2025 p/l${T}${T}`,
  `${T}Bevilling, profit-center mv.*${T}2025${T}2026`,
  `Socialudvalget${T}${T}-100${T}-200`,
  `Total${T}${T}-100${T}-200`,
].join('\n');

describe('the reader on a written sample of the 2025 cross-cutting template', () => {
  const result = readTextCatalog(doc, null);

  it('reads the catalog: group row, proposal row with "-" investment and footnote mark, total', () => {
    expect(
      result.catalog!.rows.map((r) => [
        r.rowType,
        r.proposalRef,
        r.title,
        r.committee,
        r.investment,
        r.approvedWith,
        r.note ?? null,
      ]),
    ).toEqual([
      [
        'committee',
        null,
        'Socialudvalget og Børne og Ungdomsudvalget',
        'Socialudvalget og Børne og Ungdomsudvalget',
        null,
        null,
        null,
      ],
      [
        'proposal',
        'Forslag 3',
        'Fælles indsats',
        'Socialudvalget og Børne og Ungdomsudvalget',
        null,
        'OFS 23-24',
        '*',
      ],
      ['total', null, 'I alt', '', null, null, null],
    ]);
    expect(result.catalog!.rows[1]!.amounts).toEqual({ '2025': 100_000, '2026': 200_000 });
    expect(result.priceLevelYear).toBe(2025);
  });

  it('reads the proposal', () => {
    const [p] = result.proposals;
    expect(p).toMatchObject({
      ref: 'Forslag 3',
      title: 'FÆLLES INDSATS',
      kind: 'investering',
      presentingAdministrations: ['SOF', 'BUF'],
      affectedAdministrations: [
        { administration: 'SOF', checked: true },
        { administration: 'ØKF', checked: false },
      ],
      summary: 'SOF og BUF investerer i en fælles indsats.',
      risk: { level: 'Middel' },
      sourceLines: [11, 54],
    });
    expect(p!.economy!.stated).toMatchObject({
      permanentChange: { '2025': -100_000, '2026': -200_000 },
      implementationCost: { '2025': 300_000 },
      paybackService: 3,
      paybackTotalText: '3 år (2027)',
    });
    expect(p!.consultations).toEqual([
      {
        body: 'Center for Økonomi, Økonomiforvaltningen',
        answer: 'ja',
        date: '2024-02-09',
        text: '9. februar 2024',
        sourceLine: 45,
      },
    ]);
    expect(p!.kvantumTables.map((t) => [t.id, t.rows.map((r) => r.committee)])).toEqual([
      ['A', ['SU', null]],
    ]);
  });

  it('splits a table printed in two blocks with their own unit and years', () => {
    const rows = [
      '\t1.000 kr. løbende p/l',
      '\t2025\t2026',
      'a\t1\t2',
      '\t1.000 kr. 2025 p/l',
      '\t2025\t2026',
      'b\t3\t4',
    ].map((text, i) => toRow({ n: i + 1, text }));
    expect(splitBlocks(rows).map((b) => b.map((r) => r.n))).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });
});
