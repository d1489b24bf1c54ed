import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalog, committeeForProposal } from './catalog.ts';
import { computeEconomy } from './derive.ts';
import { InvalidInput } from './errors.ts';
import { emptyProposal, type CatalogRow, type Economy, type Proposal, type YearAmounts } from './model.ts';
import { proposalsArb } from './testing/arbitraries.ts';

const T = 1000;
const ka = (byYear: Record<number, number>): YearAmounts =>
  Object.fromEntries(Object.entries(byYear).map(([y, v]) => [y, v * T]));

/** 2026 file l.644-699, Forslag 1 Digitalt samtykke i beskæftigelsesindsatsen (BIF). */
const forslag1Economy: Economy = {
  unit: 't.kr',
  priceLevelYear: 2026,
  years: [2025, 2026, 2027, 2028, 2029, 2030],
  lines: [
    {
      label: 'Tidsbesparelse rehabilitering',
      section: 'varig',
      budgetArea: 'service',
      amounts: ka({ 2026: -639, 2027: -639, 2028: -639, 2029: -639, 2030: -639 }),
      sourceLine: 655,
    },
    {
      label: 'Tidsbesparelse udrulning i BIF',
      section: 'varig',
      budgetArea: 'service',
      amounts: ka({ 2027: -944, 2028: -944, 2029: -944, 2030: -944 }),
      sourceLine: 657,
    },
    {
      label: 'Samtykke administrator funktion',
      section: 'varig',
      budgetArea: 'service',
      amounts: ka({ 2027: 400, 2028: 400, 2029: 400, 2030: 400 }),
      sourceLine: 659,
    },
    {
      label: 'Udvikling af integration og tilpasning af fagsystem',
      section: 'implementering',
      budgetArea: 'anlaeg',
      amounts: ka({ 2025: 300 }),
      sourceLine: 673,
    },
    {
      label: 'Digitalisering af samtykkeskabeloner',
      section: 'implementering',
      budgetArea: 'anlaeg',
      amounts: ka({ 2025: 300, 2026: 800 }),
      sourceLine: 676,
    },
    {
      label: 'Projektledelse',
      section: 'implementering',
      budgetArea: 'anlaeg',
      amounts: ka({ 2025: 395, 2026: 600 }),
      sourceLine: 678,
    },
    {
      label: 'Uddannelse og oplæring',
      section: 'implementering',
      budgetArea: 'anlaeg',
      amounts: ka({ 2025: 150, 2026: 200 }),
      sourceLine: 680,
    },
    {
      label: 'Tekniske rammer for ibrugtagelse',
      section: 'implementering',
      budgetArea: 'anlaeg',
      amounts: ka({ 2025: 100, 2026: 100 }),
      sourceLine: 682,
    },
  ],
  stated: {
    permanentChange: {},
    implementationCost: {},
    economicImpact: {},
    paybackService: 3,
    paybackTotal: 3,
  },
};

function proposal(
  ref: string,
  admins: string[],
  economy: Economy | null,
  kind: Proposal['kind'] = 'investering',
): Proposal {
  const p = emptyProposal(ref, `Titel ${ref}`, kind);
  p.presentingAdministrations = admins;
  p.economy = economy;
  p.sourceLines = [442, 873];
  return p;
}

const efficiencyOnly: Economy = {
  unit: 't.kr',
  priceLevelYear: 2026,
  years: [2026, 2027, 2028, 2029, 2030],
  lines: [
    {
      label: 'Færre licenser',
      section: 'varig',
      budgetArea: 'service',
      amounts: ka({ 2026: -100, 2027: -200, 2028: -200, 2029: -200, 2030: -200 }),
      sourceLine: 10,
    },
  ],
  stated: {
    permanentChange: {},
    implementationCost: {},
    economicImpact: {},
    paybackService: null,
    paybackTotal: null,
  },
};

describe('buildCatalog', () => {
  it('reproduces the catalog row of 2026 Forslag 1 (Tabel 2 l.91: 639 1.183 … and 2.945)', () => {
    const { proposalTable } = buildCatalog([proposal('Forslag 1', ['BIF'], forslag1Economy)], {
      approvedWith: { 'Forslag 1': 'OFS 24-25' },
    });
    const row = proposalTable.rows.find((r) => r.rowType === 'proposal') as CatalogRow;
    expect(row.committee).toBe('BIU');
    expect(row.amounts).toEqual(ka({ 2026: 639, 2027: 1183, 2028: 1183, 2029: 1183, 2030: 1183 }));
    expect(row.investment).toBe(2945 * T);
    expect(row.approvedWith).toBe('OFS 24-25');
    expect(row.group).toBe('Investeringsforslag');
    expect(row.sourceLine).toBe(442);
    // The same economy's payback is 4 years (2028) by the rule, although the proposal states 3.
    expect(computeEconomy(forslag1Economy).paybackTotal).toBe(4);
    expect(computeEconomy(forslag1Economy).paybackTotalYear).toBe(2028);
  });

  it('adds proposals into committee rows and committees into "I alt"', () => {
    const ps = [
      proposal('Forslag 1', ['BIF'], forslag1Economy),
      proposal('Forslag 2', ['KFF'], efficiencyOnly, 'effektivisering'),
      proposal('Forslag 3', ['Kultur- og Fritidsforvaltningen'], efficiencyOnly, 'effektivisering'),
    ];
    const { committeeTable, proposalTable, warnings } = buildCatalog(ps);
    expect(warnings).toEqual([]);
    expect(committeeTable.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    const [kfu, biu, total] = [
      committeeTable.rows.find((r) => r.committee === 'KFU'),
      committeeTable.rows.find((r) => r.committee === 'BIU'),
      committeeTable.rows.at(-1),
    ];
    expect(kfu?.amounts).toEqual(ka({ 2026: 200, 2027: 400, 2028: 400, 2029: 400, 2030: 400 }));
    expect(kfu?.investment).toBeNull(); // efficiency proposals: "-" in the catalog
    expect(biu?.investment).toBe(2945 * T);
    expect(total?.rowType).toBe('total');
    expect(total?.amounts).toEqual(ka({ 2026: 839, 2027: 1583, 2028: 1583, 2029: 1583, 2030: 1583 }));
    expect(total?.investment).toBe(2945 * T);
    // Master-data order: KFU before BIU; Tabel 2 puts each committee row above its proposals.
    expect(committeeTable.rows.map((r) => r.committee)).toEqual(['KFU', 'BIU', '']);
    expect(proposalTable.rows.map((r) => r.proposalRef ?? r.committee)).toEqual([
      'KFU',
      'Forslag 2',
      'Forslag 3',
      'BIU',
      'Forslag 1',
      '',
    ]);
    expect(proposalTable.rows[0]?.title).toBe('Kultur- og Fritidsudvalget');
  });

  it('restricts rows to the requested columns', () => {
    const { committeeTable } = buildCatalog([proposal('Forslag 1', ['BIF'], forslag1Economy)], {
      years: [2026, 2027],
    });
    expect(committeeTable.rows[0]?.amounts).toEqual(ka({ 2026: 639, 2027: 1183 }));
  });

  it('takes an explicit committee first and warns when administrations span committees', () => {
    const p = proposal('Forslag 4', ['SOF', 'BUF'], efficiencyOnly);
    const warnings: { message: string; sourceLine: number | null }[] = [];
    expect(committeeForProposal(p, {}, warnings)).toBe('SU');
    expect(warnings[0]?.message).toMatch(/flere udvalg \(SU, BUU\)/);
    expect(committeeForProposal(p, { committeeOf: { 'Forslag 4': 'Børne- og Ungdomsudvalget' } })).toBe(
      'BUU',
    );
    expect(() => committeeForProposal(p, { committeeOf: { 'Forslag 4': 'Havneudvalget' } })).toThrow(
      /Havneudvalget/,
    );
  });

  it('refuses a proposal without a committee, naming it in Danish', () => {
    expect(() => buildCatalog([proposal('Forslag 9', [], efficiencyOnly)])).toThrow(InvalidInput);
    expect(() => buildCatalog([proposal('Forslag 9', ['Ukendt'], efficiencyOnly)])).toThrow(
      /Forslag 9 "Titel Forslag 9" kan ikke henføres til et udvalg/,
    );
  });

  it('warns about a proposal without an economy and keeps its row empty', () => {
    const { proposalTable, warnings } = buildCatalog([proposal('Forslag 5', ['TMF'], null)]);
    expect(warnings[0]?.message).toMatch(/Forslag 5 har ingen økonomitabel/);
    expect(proposalTable.rows.find((r) => r.proposalRef === 'Forslag 5')?.amounts).toEqual({});
  });

  it('splits a cross-cutting proposal over committees so the parts add up exactly', () => {
    const { committeeTable, proposalTable } = buildCatalog(
      [proposal('Forslag 1', ['BIF'], forslag1Economy)],
      {
        committeeShares: { 'Forslag 1': { BIU: 2, Socialudvalget: 1 } },
      },
    );
    const rows = proposalTable.rows.filter((r) => r.rowType === 'proposal');
    expect(rows.map((r) => r.committee)).toEqual(['SU', 'BIU']);
    expect(rows.every((r) => r.crossCutting === true)).toBe(true);
    const biu = rows.find((r) => r.committee === 'BIU') as CatalogRow;
    const su = rows.find((r) => r.committee === 'SU') as CatalogRow;
    // 639 t.kr. split 2:1 in whole 1.000 kr.: 426 and 213; 1.183 → 789 and 394; 2.945 → 1.963 and 982.
    expect(biu.amounts['2026']).toBe(426 * T);
    expect(su.amounts['2026']).toBe(213 * T);
    expect(biu.amounts['2027']! + su.amounts['2027']!).toBe(1183 * T);
    expect(biu.investment).toBe(1963 * T);
    expect(su.investment).toBe(982 * T);
    expect(committeeTable.rows.at(-1)?.amounts).toEqual(
      ka({ 2026: 639, 2027: 1183, 2028: 1183, 2029: 1183, 2030: 1183 }),
    );
    expect(committeeTable.rows.at(-1)?.investment).toBe(2945 * T);
    expect(() =>
      buildCatalog([proposal('Forslag 1', ['BIF'], forslag1Economy)], {
        committeeShares: { 'Forslag 1': { Havneudvalget: 1 } },
      }),
    ).toThrow('Udvalget "Havneudvalget" i fordelingen af Forslag 1 findes ikke i stamdata.');
  });

  it('property: committee rows are the sum of their proposals, "I alt" the sum of committees', () => {
    fc.assert(
      fc.property(proposalsArb({ maxLines: 6 }), (ps) => {
        const { committeeTable, proposalTable } = buildCatalog(ps);
        const committees = committeeTable.rows.filter((r) => r.rowType === 'committee');
        const total = committeeTable.rows.at(-1) as CatalogRow;
        const sum = (rows: CatalogRow[], y: string) => rows.reduce((a, r) => a + (r.amounts[y] ?? 0), 0);
        for (const y of committeeTable.years.map(String)) {
          expect(total.amounts[y] ?? 0).toBe(sum(committees, y));
          for (const c of committees) {
            const mine = proposalTable.rows.filter(
              (r) => r.rowType === 'proposal' && r.committee === c.committee,
            );
            expect(c.amounts[y] ?? 0).toBe(sum(mine, y));
          }
          // And each proposal row is −(Samlet varig ændring) of its own lines.
          for (const r of proposalTable.rows.filter((x) => x.rowType === 'proposal')) {
            const p = ps.find((q) => q.ref === r.proposalRef) as Proposal;
            const perm = p.economy ? computeEconomy(p.economy).permanentChange[y] : undefined;
            expect(r.amounts[y]).toBe(perm === undefined ? undefined : 0 - perm);
          }
        }
        const inv = committees.reduce((a, c) => a + (c.investment ?? 0), 0);
        expect(total.investment ?? 0).toBe(inv);
      }),
      { numRuns: 200 },
    );
  });
});
