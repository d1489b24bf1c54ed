import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeEconomy } from '../derive.ts';
import type { Finding } from './finding.ts';
import { hasErrors, RULES, validate } from './index.ts';
import { catalog, catalogRow, doc, line, proposal, structureSample, table, tkr, T } from './testing.ts';

function only(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

describe('rule catalogue', () => {
  it('has unique, kebab-case dotted ids and Danish titles', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*$/);
      expect(r.title.length).toBeGreaterThan(10);
    }
  });

  it('an empty document has no findings', () => {
    expect(validate(doc([]))).toEqual([]);
  });
});

describe('economy identities (rule 1)', () => {
  // 2021 file, BC11: rows sum to -3.530 but "Samlet varig ændring" prints -3.529 (domain.md §8).
  const bc11 = proposal('BC11', {
    years: [2021],
    lines: [
      line('A', 'varig', 'service', { 2021: -530 }, 470),
      line('B', 'varig', 'overfoersler', { 2021: -3000 }, 471),
    ],
    stated: { permanentChange: tkr({ 2021: -3529 }), sourceLines: { permanentChange: 472 } },
  });

  it('reports a one-unit difference over two rows as rounding (info)', () => {
    const f = only(validate(doc([bc11])), 'economy.permanent-total');
    expect(f).toEqual([
      expect.objectContaining({
        code: 'economy.permanent-total.rounding',
        severity: 'info',
        proposalRef: 'BC11',
        year: 2021,
        expected: -3_530_000,
        found: -3_529_000,
        sourceLine: 472,
      }),
    ]);
    expect(f[0]?.params).toMatchObject({ rows: 2, expected: -3_530_000, found: -3_529_000, unit: 't.kr' });
  });

  it('reports a larger difference as an error', () => {
    const p = proposal('X', {
      years: [2021],
      lines: [line('A', 'varig', 'service', { 2021: -530 }), line('B', 'varig', 'service', { 2021: -3000 })],
      stated: { permanentChange: tkr({ 2021: -3527 }) },
    });
    const f = only(validate(doc([p])), 'economy.permanent-total');
    expect(f.map((x) => [x.code, x.severity, x.expected, x.found])).toEqual([
      ['economy.permanent-total', 'error', -3_530_000, -3_527_000],
    ]);
  });

  // 2026 file, Forslag 9 (l.4380-4425): implementation 800 − savings 600 = +200, printed −200.
  const f9 = proposal('Forslag 9', {
    lines: [
      line('Ressourcer', 'varig', 'service', {
        2026: -3000,
        2027: -3000,
        2028: -3000,
        2029: -3000,
        2030: -3000,
      }),
      line('Samling', 'varig', 'service', { 2026: 2400, 2027: 2400, 2028: 2400, 2029: 2400, 2030: 2400 }),
      line('Overblik', 'implementering', 'anlaeg', { 2025: 100, 2026: 400 }),
      line('Årsværk', 'implementering', 'service', { 2025: 400, 2026: 400 }),
      line('Ansættelse', 'implementering', 'service', { 2025: 1200 }),
    ],
    stated: {
      permanentByArea: {
        service: tkr({ 2025: 0, 2026: -600, 2027: -600, 2028: -600, 2029: -600, 2030: -600 }),
      },
      implementationByArea: {
        service: tkr({ 2025: 1600, 2026: 400 }),
        anlaeg: tkr({ 2025: 100, 2026: 400 }),
      },
      implementationCost: tkr({ 2025: 1700, 2026: 800 }),
      economicImpact: tkr({ 2025: 1700, 2026: -200, 2027: -600, 2028: -600, 2029: -600, 2030: -600 }),
      sourceLines: { economicImpact: 4425 },
    },
  });

  it('finds the sign error in Forslag 9 and nothing else in its table', () => {
    const f = validate(doc([f9])).filter((x) => x.rule.startsWith('economy.'));
    expect(f).toEqual([
      expect.objectContaining({
        rule: 'economy.impact-total',
        severity: 'error',
        year: 2026,
        expected: 200_000,
        found: -200_000,
        sourceLine: 4425,
      }),
    ]);
  });

  it('compares a printed total in a year no row fills with 0, and skips a blank total', () => {
    const p = proposal('Y', {
      lines: [line('A', 'varig', 'service', { 2026: -100 })],
      stated: { permanentChange: tkr({ 2026: -100, 2027: -100 }) },
    });
    const f = only(validate(doc([p])), 'economy.permanent-total');
    expect(f.map((x) => [x.year, x.expected, x.found, x.severity])).toEqual([[2027, 0, -100_000, 'error']]);
  });

  it('does not check area subtotals when a row has no budget area', () => {
    const p = proposal('Z', {
      lines: [line('A', 'varig', null, { 2026: -100 }), line('B', 'varig', 'service', { 2026: -50 })],
      stated: { permanentByArea: { service: tkr({ 2026: -150 }) } },
    });
    expect(only(validate(doc([p])), 'economy.permanent-area-subtotal')).toEqual([]);
  });

  it('property: totals derived by the engine never give identity findings; a shifted total always does', () => {
    const years = [2025, 2026, 2027, 2028];
    const amounts = fc.dictionary(
      fc.constantFrom(...years.map(String)),
      fc.integer({ min: -50_000, max: 50_000 }).map((v) => v * T),
      {
        minKeys: 1,
      },
    );
    const lineArb = fc.record({
      section: fc.constantFrom('varig' as const, 'implementering' as const),
      area: fc.constantFrom('service' as const, 'anlaeg' as const),
      amounts,
    });
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (ls, shiftRows) => {
          const p = proposal('P', {
            years,
            lines: ls.map((l, i) => ({
              label: `r${i}`,
              section: l.section,
              budgetArea: l.area,
              amounts: l.amounts,
              sourceLine: i + 1,
            })),
          });
          const e = p.economy;
          if (!e) throw new Error('economy expected');
          const d = computeEconomy(e);
          e.stated.permanentChange = { ...d.permanentChange };
          e.stated.implementationCost = { ...d.implementationCost };
          e.stated.economicImpact = { ...d.economicImpact };
          e.stated.permanentByArea = { ...d.permanentByArea };
          e.stated.implementationByArea = { ...d.implementationByArea };
          const clean = validate(doc([p])).filter((f) => f.rule.startsWith('economy.'));
          expect(clean).toEqual([]);
          // Shift the first printed economic impact by more than the rounding tolerance (2 terms).
          const y = Object.keys(e.stated.economicImpact)[0];
          if (y === undefined) return;
          const shift = (2 + shiftRows) * T;
          e.stated.economicImpact[y] = (e.stated.economicImpact[y] ?? 0) + shift;
          const f = validate(doc([p])).filter((x) => x.rule === 'economy.impact-total');
          expect(f).toHaveLength(1);
          expect(f[0]?.severity).toBe('error');
          expect((f[0]?.found as number) - (f[0]?.expected as number)).toBe(shift);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('catalog against proposals (rule 2)', () => {
  // 2026 file, Forslag 13: catalog 2.450 a year; the proposal's table −2.500 then −4.000 (domain.md §8).
  const f13 = proposal('Forslag 13', {
    title: 'AI på administrative områder',
    lines: [
      line('AI', 'varig', 'service', { 2026: -2500, 2027: -4000, 2028: -4000, 2029: -4000, 2030: -4000 }),
    ],
    stated: { permanentChange: tkr({ 2026: -2500, 2027: -4000, 2028: -4000, 2029: -4000, 2030: -4000 }) },
  });
  const row13 = catalogRow(
    'proposal',
    '13',
    'AI på administrative områder',
    { 2026: 2450, 2027: 2450, 2028: 2450, 2029: 2450, 2030: 2450 },
    { sourceLine: 120 },
  );

  it('finds every year of Forslag 13 where the catalog differs from the table', () => {
    const f = only(validate(doc([f13], catalog([{ name: 'Tabel 2', rows: [row13] }]))), 'catalog.row-amount');
    expect(f.map((x) => [x.year, x.expected, x.found, x.severity, x.sourceLine])).toEqual([
      [2026, 2_500_000, 2_450_000, 'error', 120],
      [2027, 4_000_000, 2_450_000, 'error', 120],
      [2028, 4_000_000, 2_450_000, 'error', 120],
      [2029, 4_000_000, 2_450_000, 'error', 120],
      [2030, 4_000_000, 2_450_000, 'error', 120],
    ]);
  });

  it('matches by title when the catalog numbers differently, and reports a flipped sign as a sign error', () => {
    const p = proposal('BC01', {
      title: 'Samlet ferieløsning i Serviceportalen',
      lines: [line('X', 'varig', 'service', { 2026: -1474 })],
    });
    const row = catalogRow('proposal', '1', 'Samlet ferieløsning i Serviceportalen', { 2026: -1474 });
    const f = validate(doc([p], catalog([{ name: 'Tabel 1', rows: [row] }])));
    expect(only(f, 'sign.catalog-row').map((x) => [x.proposalRef, x.expected, x.found])).toEqual([
      ['BC01', 1_474_000, -1_474_000],
    ]);
    expect(only(f, 'catalog.row-amount')).toEqual([]);
  });

  it('rounds to the catalog unit (2021 overview in mio. kr.)', () => {
    const p = proposal('BC01', {
      title: 'Belysningspakke 2d',
      years: [2021, 2022],
      lines: [
        line('Energi', 'varig', 'service', { 2021: -517, 2022: -1034 }),
        line('Anlæg', 'implementering', 'anlaeg', { 2021: 5580 }),
      ],
    });
    const row: Parameters<typeof catalog>[0][number]['rows'][number] = catalogRow(
      'proposal',
      'BC01',
      'Belysningspakke 2D',
      {},
      {
        investmentByArea: { service: 0, anlaeg: 5_600_000 },
        fullEffectByArea: { service: 1_000_000, overfoersler: 0 },
      },
    );
    const cat = catalog([{ name: 'Oversigt', rows: [row] }]);
    for (const t of cat.tables) t.unit = 'mio.kr';
    expect(validate(doc([p], cat)).filter((x) => x.rule.startsWith('catalog.'))).toEqual([]);
    row.fullEffectByArea = { service: 1_200_000, overfoersler: 0 };
    expect(
      only(validate(doc([p], cat)), 'catalog.full-effect').map((x) => [x.expected, x.found, x.severity]),
    ).toEqual([[1_000_000, 1_200_000, 'error']]);
  });

  it('checks investment, committee rows, grand total, the committee table and titles', () => {
    const p1 = proposal('Forslag 1', {
      title: 'Digitalt samtykke',
      lines: [
        line('a', 'varig', 'service', { 2026: -639 }),
        line('i', 'implementering', 'service', { 2025: 1884, 2026: 1061 }),
      ],
    });
    const p2 = proposal('Forslag 2', {
      title: 'Vejledning af ledige via selvbetjening',
      lines: [line('a', 'varig', 'service', { 2026: -440 })],
      kind: 'effektivisering',
    });
    const rows = [
      catalogRow(
        'committee',
        null,
        'Beskæftigelses- og Integrationsudvalget',
        { 2026: 1080 },
        { committee: 'BIU', investment: 2945 * T, sourceLine: 20 },
      ),
      catalogRow(
        'proposal',
        '1',
        'Digitalt samtykke',
        { 2026: 639 },
        { committee: 'BIU', investment: 2900 * T, sourceLine: 21 },
      ),
      catalogRow(
        'proposal',
        '2',
        'Selvbetjent vejledning til ledige',
        { 2026: 440 },
        { committee: 'BIU', sourceLine: 22 },
      ),
      catalogRow('total', null, 'I alt', { 2026: 1079 }, { committee: '', sourceLine: 23 }),
    ];
    const summary = [
      catalogRow(
        'committee',
        null,
        'Beskæftigelses- og Integrationsudvalget',
        { 2026: 1090 },
        { committee: 'BIU', sourceLine: 5 },
      ),
    ];
    const f = validate(
      doc(
        [p1, p2],
        catalog([
          { name: 'Tabel 1', rows: summary },
          { name: 'Tabel 2', rows },
        ]),
      ),
    );
    expect(
      only(f, 'catalog.investment').map((x) => [x.proposalRef, x.expected, x.found, x.severity]),
    ).toEqual([['Forslag 1', 2_945_000, 2_900_000, 'error']]);
    // Committee: 639 + 440 = 1.079, printed 1.080: one unit over two rows is rounding.
    expect(only(f, 'catalog.committee-total').map((x) => [x.code, x.year, x.expected, x.found])).toEqual([
      ['catalog.committee-total', null, 2_900_000, 2_945_000],
      ['catalog.committee-total.rounding', 2026, 1_079_000, 1_080_000],
    ]);
    // The investment column is named by its kind, the year column by its year.
    expect(only(f, 'catalog.committee-total').map((x) => [x.params.column, x.params.members])).toEqual([
      ['investment', 2],
      ['year', 2],
    ]);
    expect(only(f, 'catalog.grand-total').map((x) => [x.code, x.expected, x.found, x.severity])).toEqual([
      ['catalog.grand-total.rounding', 1_080_000, 1_079_000, 'info'],
    ]);
    expect(only(f, 'catalog.committee-table').map((x) => [x.expected, x.found, x.sourceLine])).toEqual([
      [1_080_000, 1_090_000, 5],
    ]);
    expect(only(f, 'catalog.title').map((x) => [x.proposalRef, x.expected, x.found])).toEqual([
      ['Forslag 2', 'Vejledning af ledige via selvbetjening', 'Selvbetjent vejledning til ledige'],
    ]);
  });

  it('accepts a catalog converted to its own p/l and flags one copied unconverted', () => {
    const p = proposal('Forslag 5', {
      priceLevelYear: 2024,
      lines: [line('a', 'varig', 'service', { 2026: -40000 })],
    });
    const converted = catalogRow('proposal', 'Forslag 5', 'Titel for Forslag 5', { 2026: 41920 });
    const index = { points: { '2024': 100, '2025': 104.8 } };
    const ok = validate(doc([p], catalog([{ name: 'T', rows: [converted], priceLevelYear: 2025 }])), {
      priceIndex: index,
    });
    expect(ok.filter((x) => x.rule === 'catalog.row-amount' || x.rule.startsWith('price-level.'))).toEqual(
      [],
    );
    const copied = catalogRow('proposal', 'Forslag 5', 'Titel for Forslag 5', { 2026: 40000 });
    const f = validate(doc([p], catalog([{ name: 'T', rows: [copied], priceLevelYear: 2025 }])), {
      priceIndex: index,
    });
    expect(only(f, 'price-level.unconverted').map((x) => [x.expected, x.found])).toEqual([
      [41_920_000, 40_000_000],
    ]);
    expect(only(f, 'catalog.row-amount')).toEqual([]);
  });
});

describe('Kvantum tables (rule 3)', () => {
  const lines = [
    line('a', 'varig', 'service', { 2026: -1144, 2027: -1474 }),
    line('anlæg', 'implementering', 'anlaeg', { 2025: 2000, 2026: 2250 }),
  ];
  it('checks Σ A, B = 0, C = A + B, D against anlæg and the printed total row', () => {
    const a = table(
      'A',
      [2026, 2027],
      [
        { label: 'ØU', byYear: { 2026: -600, 2027: -800 }, committee: 'ØU' },
        { label: 'BUU', byYear: { 2026: -544, 2027: -675 }, committee: 'BUU' },
        { label: 'Total', byYear: { 2026: -1144, 2027: -1474 }, isTotal: true },
      ],
    );
    const b = table(
      'B',
      [2026],
      [
        { label: 'ØU', byYear: { 2026: 100 }, committee: 'ØU' },
        { label: 'BUU', byYear: { 2026: -90 }, committee: 'BUU' },
      ],
    );
    const c = table(
      'C',
      [2026],
      [
        { label: 'ØU', byYear: { 2026: -500 }, committee: 'ØU' },
        { label: 'BUU', byYear: { 2026: -600 }, committee: 'BUU' },
      ],
    );
    const d = table(
      'D',
      [2025, 2026],
      [
        { label: 'KS', byYear: { 2025: 2000, 2026: 2250 } },
        { label: 'Total', byYear: { 2025: 2000, 2026: 2250 }, isTotal: true },
      ],
    );
    const f = validate(doc([proposal('BC01', { lines, kvantumTables: [a, b, c, d] })]));
    // A: rows -600 + -544 = -1.144 ✓; 2027: -800 + -675 = -1.475 vs total -1.474 → rounding info.
    expect(only(f, 'table.total-row').map((x) => [x.code, x.year, x.expected, x.found, x.severity])).toEqual([
      ['table.total-row.rounding', 2027, -1_475_000, -1_474_000, 'info'],
    ]);
    expect(only(f, 'kvantum.table-a')).toEqual([]);
    expect(only(f, 'kvantum.table-b-zero').map((x) => [x.year, x.found, x.severity])).toEqual([
      [2026, 10_000, 'warning'],
    ]);
    expect(only(f, 'kvantum.table-c').map((x) => [x.year, x.expected, x.found])).toEqual([
      [2026, -634_000, -600_000],
    ]);
    expect(only(f, 'kvantum.table-d')).toEqual([]);
  });
});

describe('2021 technical annex (rule 3)', () => {
  // 2021 BC11 (l.793-831): the annex covers the service part only; B repeats "Koncern IT" blank.
  const lines = [
    line('Økonomisk friplads', 'varig', 'service', { 2021: -1772 }),
    line('Sociale ydelser', 'varig', 'overfoersler', { 2021: -2512 }),
    line('Drift af løsning', 'varig', 'service', { 2021: 185 }),
    line('To årsværk', 'varig', 'service', { 2021: 1100 }),
  ];
  const a = table(
    '1.14',
    [2021],
    [
      { label: 'Børne- og Ungdomsudvalget', byYear: { 2021: -487 } },
      { label: 'Total', byYear: { 2021: -487 }, isTotal: true },
    ],
  );
  const b = table(
    '1.16',
    [2021],
    [
      { label: 'Koncern IT', byYear: { 2021: 185 } },
      { label: 'Kultur- og Fritidsudvalget', byYear: { 2021: 1100 } },
      { label: 'Børne- og Ungdomsudvalget', byYear: { 2021: -1285 } },
      { label: 'Koncern IT', byYear: {} },
    ],
  );
  const c = table(
    '1.15',
    [2021],
    [
      { label: 'Koncern IT', byYear: { 2021: 185 } },
      { label: 'Kultur- og Fritidsudvalget', byYear: { 2021: 1100 } },
      { label: 'Børne- og Ungdomsudvalget', byYear: { 2021: -1772 } },
    ],
  );

  it('compares Tabel 1.14 with the service part and C with A + B', () => {
    const f = validate(doc([proposal('BC11', { years: [2021], lines, kvantumTables: [a, b, c] })]));
    expect(f.filter((x) => x.rule.startsWith('kvantum.'))).toEqual([]);
  });

  it('still reports an annex that disagrees with the service part', () => {
    const wrong = table('1.14', [2021], [{ label: 'Børne- og Ungdomsudvalget', byYear: { 2021: -3529 } }]);
    const f = only(
      validate(doc([proposal('BC11', { years: [2021], lines, kvantumTables: [wrong] })])),
      'kvantum.table-a',
    );
    expect(f.map((x) => [x.expected, x.found])).toEqual([[-487_000, -3_529_000]]);
  });
});

describe('payback (rule 4)', () => {
  // 2021 file BC01: 5.580 invested, -517 then -1.034 a year → 6 years.
  const base = () => [
    line('Energi', 'varig', 'service', {
      2021: -517,
      2022: -1034,
      2023: -1034,
      2024: -1034,
      2025: -1034,
      2026: -1034,
    }),
    line('Anlæg', 'implementering', 'anlaeg', { 2021: 5580 }),
  ];
  it('agrees with a correct printed payback and reports a different one', () => {
    const ok = proposal('BC01', {
      years: [2021, 2022, 2023, 2024, 2025, 2026],
      lines: base(),
      stated: { paybackService: 6, paybackTotal: 6 },
    });
    expect(validate(doc([ok])).filter((f) => f.rule.startsWith('payback.'))).toEqual([]);
    const off = proposal('BC01', {
      years: [2021, 2022, 2023, 2024, 2025, 2026],
      lines: base(),
      stated: { paybackService: 5, paybackTotal: 6 },
    });
    const f = validate(doc([off])).filter((x) => x.rule.startsWith('payback.'));
    expect(f.map((x) => [x.code, x.expected, x.found, x.params])).toEqual([
      ['payback.service', 6, 5, { stated: 5, computed: 6, year: 2026, startYear: 2021 }],
    ]);
  });

  it('reports a payback over the guideline unless there is a grundinvestering, and a missing one', () => {
    const lines = [
      line('Besparelse', 'varig', 'service', { 2026: -100, 2027: -100, 2028: -100, 2029: -100, 2030: -100 }),
      line('Bus', 'implementering', 'anlaeg', { 2025: 1000 }),
    ];
    const slow = proposal('Forslag 8', { lines, stated: { paybackService: 11, paybackTotal: 11 } });
    expect(only(validate(doc([slow])), 'payback.guideline').map((x) => [x.expected, x.found])).toEqual([
      [6, 11],
    ]);
    const grund = proposal('G', {
      lines: [...lines.slice(0, 1), { ...lines[1]!, grundinvestering: true }],
      stated: { paybackService: 11, paybackTotal: 11 },
    });
    expect(only(validate(doc([grund])), 'payback.guideline')).toEqual([]);
    const missing = proposal('M', { lines });
    expect(only(validate(doc([missing])), 'payback.missing').map((x) => x.expected)).toEqual([11]);
  });
});

describe('signs (rule 5)', () => {
  it('reports savings printed positive and negative implementation costs', () => {
    const p = proposal('E', {
      kind: 'effektivisering',
      lines: [
        line('Effektivisering af drift', 'varig', 'service', { 2026: 500, 2027: 500 }),
        line('Tilbagebetaling', 'implementering', 'service', { 2026: -50 }),
      ],
    });
    const f = validate(doc([p]));
    expect(only(f, 'sign.efficiency-positive').map((x) => [x.expected, x.found])).toEqual([
      [-500_000, 500_000],
    ]);
    expect(only(f, 'sign.saving-line-positive')).toHaveLength(1);
    expect(only(f, 'sign.implementation-negative').map((x) => [x.year, x.found])).toEqual([[2026, -50_000]]);
  });

  it('does not take a cost row named after a saving for a saving', () => {
    const p = proposal('E', {
      lines: [line('Driftsudgift til effektiviseringsværktøj', 'varig', 'service', { 2026: 500 })],
    });
    expect(only(validate(doc([p])), 'sign.saving-line-positive')).toEqual([]);
  });
});

describe('price level note (rule 6)', () => {
  const p = () =>
    proposal('Forslag 2', {
      sourceLines: [1, 3],
      priceLevelYear: 2025,
      lines: [line('a', 'varig', 'service', { 2026: -1 })],
    });
  it('reports a table whose p/l year the note does not name, and accepts one it names', () => {
    const wrong = [
      'Forslag 2',
      '1.000 kr. 2025 p/l',
      'Noter til alle tabeller: Forslaget skal udarbejdes i 2 0 2 4  p / l men udmøntes i overførselssagen i 2023 p/l.',
    ];
    expect(
      only(validate(doc([p()]), { sourceLines: wrong }), 'price-level.note').map((x) => [
        x.expected,
        x.found,
      ]),
    ).toEqual([['2024 p/l', '2025 p/l']]);
    const allowed = [
      'Forslag 17',
      '1.000 kr. 2025 p/l',
      'Forslaget skal udarbejdes i 2026 p/l, men forslag der udmøntes i overførselssagen udmøntes i 2025 p/l.',
    ];
    expect(only(validate(doc([p()]), { sourceLines: allowed }), 'price-level.note')).toEqual([]);
  });
});

describe('prose against the table (rule 7)', () => {
  const src = (text: string): string[] => ['Forslag 13 AI', ...text.split('\n')];
  const p = () =>
    proposal('Forslag 13', {
      sourceLines: [1, 3],
      lines: [line('AI', 'varig', 'service', { 2026: -2500, 2027: -4000, 2028: -4000 })],
    });

  it('accepts amounts that match, at the printed precision, across a wrapped line', () => {
    const sourceLines = src(
      'Forslaget giver en effektivisering på 2,5 mio. kr. i 2 0 2 6 og 4,0 mio.\nkr. fra 2027.',
    );
    expect(only(validate(doc([p()]), { sourceLines }), 'prose.amount')).toEqual([]);
  });

  it('reports a stated amount that differs from the table, with its line', () => {
    const sourceLines = src(
      'Kort resumé\nForslaget giver en effektivisering på 2,4 mio. kr. i 2026 og 4,7 mio. kr. fra 2027.',
    );
    const f = only(validate(doc([p()]), { sourceLines }), 'prose.amount');
    expect(f.map((x) => [x.year, x.expected, x.found, x.sourceLine])).toEqual([
      [2026, 2_500_000, 2_400_000, 3],
      [2027, 4_000_000, 4_700_000, 3],
    ]);
  });

  it('ignores amounts in another p/l and amounts without a year', () => {
    const sourceLines = src(
      'en effektivisering på 2,4 mio. kr. i 2026 (2025 p/l). En effektivisering på 9 mio. kr. i alt.',
    );
    expect(only(validate(doc([p()]), { sourceLines }), 'prose.amount')).toEqual([]);
  });
});

describe('process (rule 8)', () => {
  const cat = (approvedWith: string | null) =>
    catalog([
      { name: 'T', rows: [catalogRow('proposal', 'Forslag 1', 'Titel for Forslag 1', {}, { approvedWith })] },
    ]);

  it('reports a missing, a "Nej" and an undated CFØ approval on an approved proposal', () => {
    const p = proposal('Forslag 1');
    expect(
      only(validate(doc([p], cat('OFS 24-25'))), 'process.cfo-approval').map((x) => [
        x.code,
        x.severity,
        x.params,
      ]),
    ).toEqual([['process.cfo-approval.missing', 'warning', { decision: 'OFS 24-25' }]]);
    expect(only(validate(doc([p], cat(null))), 'process.cfo-approval')).toEqual([]);
    p.consultations = [{ body: 'Center for Økonomi', answer: 'nej', date: null, text: null, sourceLine: 50 }];
    expect(
      only(validate(doc([p], cat('Budget 2026'))), 'process.cfo-approval').map((x) => [
        x.code,
        x.severity,
        x.sourceLine,
      ]),
    ).toEqual([['process.cfo-approval.rejected', 'error', 50]]);
    p.consultations = [{ body: 'Center for Økonomi', answer: 'ja', date: null, text: null, sourceLine: 50 }];
    expect(only(validate(doc([p], cat('Budget 2026'))), 'process.cfo-approval').map((x) => x.code)).toEqual([
      'process.cfo-approval.undated',
    ]);
    p.consultations = [
      {
        body: 'Center for Økonomi',
        answer: 'ja',
        date: null,
        text: '2. april 2024 - godkendt',
        sourceLine: 50,
      },
    ];
    expect(only(validate(doc([p], cat('Budget 2026'))), 'process.cfo-approval')).toEqual([]);
    // An efficiency proposal's "Dato for orientering": a date without Ja/Nej is enough.
    p.consultations = [
      {
        body: 'Center for Økonomi, Økonomiforvaltningen',
        answer: null,
        date: null,
        text: '29. juli 2024',
        sourceLine: 50,
      },
    ];
    expect(only(validate(doc([p], cat('Budget 2024'))), 'process.cfo-approval')).toEqual([]);
  });

  it('finds template placeholders with their line', () => {
    const p = proposal('BC01', { sourceLines: [1, 4] });
    const sourceLines = [
      'BC01 Titel',
      'Udspringer af innovationsforslag',
      'Ja [Angiv titel på innovationsforslag] [Angiv vedtagelsestidspunkt (budget/OFS)]',
      'Slut',
    ];
    const f = only(validate(doc([p]), { sourceLines }), 'process.placeholder');
    // One finding per line, naming every placeholder on it.
    expect(f.map((x) => [x.found, x.sourceLine])).toEqual([
      ['[Angiv titel på innovationsforslag] … [Angiv vedtagelsestidspunkt (budget/OFS)]', 3],
    ]);
  });

  it('reports a consultation the content requires as info', () => {
    const p = proposal('BC01', { title: 'Samlet ferieløsning i Serviceportalen' });
    p.summary = 'Digitalisering af ferieindberetning.';
    p.consultations = [
      { body: 'Center for Økonomi', answer: 'ja', date: '2024-04-02', text: null, sourceLine: 240 },
      { body: 'IT-kredsen', answer: 'nej', date: null, text: 'Indmeldes til pipeline', sourceLine: 252 },
      { body: 'HR-kredsen', answer: 'ja', date: null, text: '6. marts 2024', sourceLine: 257 },
    ];
    const f = only(validate(doc([p])), 'process.consultation');
    expect(f.map((x) => [x.code, x.severity, x.sourceLine, x.expected, x.params])).toEqual([
      [
        'process.consultation.not-heard',
        'info',
        252,
        'IT-kredsen: Ja',
        { body: 'IT-kredsen', requirement: 'it', note: 'Indmeldes til pipeline' },
      ],
    ]);
  });
});

describe('structure (rule 9)', () => {
  it('reports duplicate references, missing parts and differing year columns', () => {
    const f = validate(structureSample());
    expect(only(f, 'structure.duplicate-ref').map((x) => x.sourceLine)).toEqual([20]);
    expect(only(f, 'structure.year-columns').map((x) => x.found)).toEqual(['2024, 2025']);
    expect(only(f, 'structure.economy-years').map((x) => [x.found, x.proposalRef])).toEqual([
      ['2031', 'Forslag 1'],
    ]);
    expect(
      only(f, 'structure.missing-part')
        .filter((x) => x.sourceLine === 10)
        .map((x) => x.expected),
    ).toContain('Opfølgningsmål');
  });
});

describe('engine', () => {
  it('orders findings by source line and exposes errors', () => {
    const p = proposal('P', {
      sourceLines: [5],
      lines: [line('a', 'varig', 'service', { 2026: -100 }, 7)],
      stated: { permanentChange: tkr({ 2026: -900 }), sourceLines: { permanentChange: 8 } },
    });
    const f = validate(doc([p]));
    const lines = f.map((x) => x.sourceLine ?? Infinity);
    expect([...lines].sort((x, y) => x - y)).toEqual(lines);
    expect(hasErrors(f)).toBe(true);
    expect(validate(doc([p]), { only: ['payback.missing'] }).every((x) => x.rule === 'payback.missing')).toBe(
      true,
    );
  });
});
