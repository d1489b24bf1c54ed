import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeEconomy, deriveProposal } from './derive.ts';
import type { BudgetArea, Economy, EconomyLine, Section, YearAmounts } from './model.ts';
import { BUDGET_AREAS, emptyProposal } from './model.ts';
import { economyArb, investmentEconomyArb } from './testing/arbitraries.ts';

// Tables written out by hand from the corpus (1.000 kr. → kroner: × 1000).
const T = 1000;

function line(
  label: string,
  section: Section,
  budgetArea: BudgetArea | null,
  byYear: Record<number, number>,
  sourceLine: number,
  flags: Partial<Pick<EconomyLine, 'grundinvestering' | 'outsideTotals'>> = {},
): EconomyLine {
  const amounts: Record<string, number> = {};
  for (const [y, v] of Object.entries(byYear)) amounts[y] = v * T;
  return { label, section, budgetArea, amounts, sourceLine, ...flags };
}

function economy(years: number[], lines: EconomyLine[]): Economy {
  return {
    unit: 't.kr',
    priceLevelYear: years[0] ?? null,
    years,
    lines,
    stated: {
      permanentChange: {},
      implementationCost: {},
      economicImpact: {},
      paybackService: null,
      paybackTotal: null,
    },
  };
}

/** 2021 file l.37-49, BC01 Belysningspakke 2d. */
const bc01 = economy(
  [2021, 2022, 2023, 2024, 2025, 2026],
  [
    line(
      'Energibesparelse',
      'varig',
      'service',
      { 2021: -517, 2022: -1034, 2023: -1034, 2024: -1034, 2025: -1034, 2026: -1034 },
      40,
    ),
    line('Anlægsinvestering', 'implementering', 'anlaeg', { 2021: 5580 }, 43),
  ],
);

/** 2021 file l.1077-1093, BC13 Ny arrangementsafvikling på udvalgte biblioteker. */
const bc13 = economy(
  [2020, 2021, 2022, 2023, 2024, 2025],
  [
    line(
      'Reduktion af antal arrangementer',
      'varig',
      'service',
      { 2021: -500, 2022: -880, 2023: -880, 2024: -880, 2025: -880 },
      1080,
    ),
    line(
      'Færre enkeltstående arrangementer',
      'varig',
      'service',
      { 2022: -260, 2023: -260, 2024: -260, 2025: -260 },
      1081,
    ),
    line(
      'Udvikling af nyt tværgående arrangementsformat',
      'implementering',
      'service',
      { 2021: 250, 2022: 250, 2023: 175, 2024: 0, 2025: 0 },
      1084,
    ),
    line(
      'Borgerrettet kommunikation og digital formidling',
      'implementering',
      'service',
      { 2022: 300, 2023: 421, 2024: 0, 2025: 0 },
      1085,
    ),
    line(
      'Udstyr til afvikling af arrangementer',
      'implementering',
      'service',
      { 2022: 1483, 2023: 1146, 2024: 0, 2025: 0 },
      1086,
    ),
    line(
      'Øge indsats for flere borgerdrevne arrangementer',
      'implementering',
      'service',
      { 2022: 360, 2023: 360 },
      1087,
    ),
    line(
      'Kompetenceudvikling og projektledelse',
      'implementering',
      'service',
      { 2021: 200, 2022: 525, 2023: 525, 2024: 0, 2025: 0 },
      1088,
    ),
  ],
);

/** 2026 file l.6189-6229, Forslag 16 Effektive administrative kvadratmeter på Hovedbiblioteket. */
const f16 = economy(
  [2025, 2026, 2027, 2028, 2029, 2030],
  [
    line(
      'Reduceret husleje',
      'varig',
      'service',
      { 2026: -313, 2027: -313, 2028: -313, 2029: -313, 2030: -313 },
      6197,
    ),
    line(
      'Færre driftsudgifter (Faciliteter)',
      'varig',
      'service',
      { 2026: -72, 2027: -112, 2028: -112, 2029: -112, 2030: -112 },
      6199,
    ),
    line('Fraflytningsudgifter', 'implementering', 'service', { 2025: 259 }, 6205),
    line(
      'Udgifter til indretning og flytning af kontormiljø',
      'implementering',
      'service',
      { 2025: 311 },
      6207,
    ),
  ],
);

describe('computeEconomy: the worked examples of domain.md §4', () => {
  it('BC01 pays back in 6 years (2026)', () => {
    const c = computeEconomy(bc01);
    expect(c.economicImpact['2021']).toBe(5063 * T);
    expect(c.investmentTotal).toBe(5580 * T);
    expect(c.paybackTotal).toBe(6);
    expect(c.paybackTotalYear).toBe(2026);
    expect(c.paybackService).toBe(6);
  });

  it('BC13 pays back in 6 years, not 1: year 1 is the first year with an implementation cost', () => {
    const c = computeEconomy(bc13);
    expect(c.permanentChange).toEqual({
      '2021': -500 * T,
      '2022': -1140 * T,
      '2023': -1140 * T,
      '2024': -1140 * T,
      '2025': -1140 * T,
    });
    expect(c.implementationCost).toEqual({
      '2021': 450 * T,
      '2022': 2918 * T,
      '2023': 2627 * T,
      '2024': 0,
      '2025': 0,
    });
    expect(c.economicImpact).toEqual({
      '2021': -50 * T,
      '2022': 1778 * T,
      '2023': 1487 * T,
      '2024': -1140 * T,
      '2025': -1140 * T,
    });
    expect(c.paybackStartYear).toBe(2021);
    expect(c.paybackTotal).toBe(6);
    expect(c.paybackTotalYear).toBe(2026);
    expect(c.paybackService).toBe(6);
  });

  it('2026 Forslag 16 pays back in 3 years (2027)', () => {
    const c = computeEconomy(f16);
    expect(c.economicImpact).toEqual({
      '2025': 570 * T,
      '2026': -385 * T,
      '2027': -425 * T,
      '2028': -425 * T,
      '2029': -425 * T,
      '2030': -425 * T,
    });
    expect(c.paybackTotal).toBe(3);
    expect(c.paybackTotalYear).toBe(2027);
    expect(c.paybackService).toBe(3);
    expect(c.fullEffect).toEqual({ year: 2030, total: -425 * T, service: -425 * T, other: 0 });
  });
});

describe('computeEconomy: totals and flags', () => {
  it('keeps blank years absent: the 2020 column of BC13 is empty everywhere', () => {
    const c = computeEconomy(bc13);
    expect(c.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect('2020' in c.permanentChange).toBe(false);
    expect('2020' in c.economicImpact).toBe(false);
  });

  it('splits by area and leaves outsideTotals lines out of every total', () => {
    const e = economy(
      [2025, 2026],
      [
        line('Service', 'varig', 'service', { 2025: -100, 2026: -200 }, 1),
        line('Overførsler', 'varig', 'overfoersler', { 2026: -50 }, 2),
        line('Ny drift', 'varig', 'service', { 2026: 30 }, 3),
        line('Indkøb', 'varig', 'service', { 2025: -999, 2026: -999 }, 4, { outsideTotals: true }),
        line('Anlæg', 'implementering', 'anlaeg', { 2025: 400 }, 5),
        line('Service impl.', 'implementering', 'service', { 2025: 100, 2026: 20 }, 6),
      ],
    );
    const c = computeEconomy(e);
    expect(c.permanentChange).toEqual({ '2025': -100 * T, '2026': -220 * T });
    expect(c.permanentByArea.service).toEqual({ '2025': -100 * T, '2026': -170 * T });
    expect(c.permanentByArea.overfoersler).toEqual({ '2026': -50 * T });
    expect(c.implementationByArea.anlaeg).toEqual({ '2025': 400 * T });
    expect(c.investmentByArea).toEqual({ anlaeg: 400 * T, service: 120 * T });
    expect(c.investmentTotal).toBe(520 * T);
    expect(c.grossSavings).toEqual({ '2025': -100 * T, '2026': -250 * T });
    expect(c.newRunningCosts).toEqual({ '2026': 30 * T });
    expect(c.netEffect).toEqual(c.permanentChange);
    expect(c.outsideTotals).toEqual({ '2025': -999 * T, '2026': -999 * T });
    expect(c.fullEffect).toEqual({ year: 2026, total: -220 * T, service: -170 * T, other: -50 * T });
  });

  it('leaves grundinvestering out of the service payback only', () => {
    const e = economy(
      [2025, 2026, 2027],
      [
        line('Besparelse', 'varig', 'service', { 2026: -100, 2027: -100 }, 1),
        line('Grundinvestering', 'implementering', 'anlaeg', { 2025: 1000 }, 2, { grundinvestering: true }),
        line('Projekt', 'implementering', 'service', { 2025: 200 }, 3),
      ],
    );
    const c = computeEconomy(e);
    // Total: 1200 paid back by 100 a year from 2026 → 2037, year 1 = 2025 → 13 years.
    expect(c.paybackTotal).toBe(13);
    expect(c.paybackTotalYear).toBe(2037);
    // Service: 200 → 2026: 100, 2027: 0 → 3 years.
    expect(c.paybackService).toBe(3);
    expect(c.paybackServiceYear).toBe(2027);
  });

  it('gives null and a Danish reason when there is no implementation cost or no steady saving', () => {
    const eff = computeEconomy(
      economy([2026, 2027], [line('Besparelse', 'varig', 'service', { 2026: -100, 2027: -100 }, 1)]),
    );
    expect(eff.paybackTotal).toBeNull();
    expect(eff.paybackTotalReason).toMatch(/Ingen implementeringsomkostninger/);
    const never = computeEconomy(
      economy(
        [2026, 2027],
        [
          line('Drift', 'varig', 'service', { 2026: -100, 2027: 10 }, 1),
          line('Inv', 'implementering', 'service', { 2026: 50 }, 2),
        ],
      ),
    );
    expect(never.paybackTotal).toBeNull();
    expect(never.paybackTotalReason).toMatch(/aldrig/);
  });

  it('rejects a year key that is not a four-digit year, in Danish', () => {
    const bad = economy(
      [2026],
      [{ label: 'X', section: 'varig', budgetArea: null, amounts: { år: 1 }, sourceLine: 1 }],
    );
    expect(() => computeEconomy(bad)).toThrow(/firecifret år/);
  });

  it('deriveProposal returns null without an economy', () => {
    expect(deriveProposal(emptyProposal('Forslag 1', 'x', 'effektivisering'))).toBeNull();
    const p = { ...emptyProposal('BC01', 'Belysning', 'investering'), economy: bc01 };
    expect(deriveProposal(p)?.paybackTotal).toBe(6);
  });
});

describe('computeEconomy: properties', () => {
  it('subtotals always add up (against a direct sum over the lines)', () => {
    fc.assert(
      fc.property(economyArb(), (e) => {
        const c = computeEconomy(e);
        const years = new Set<string>();
        for (const l of e.lines) for (const y of Object.keys(l.amounts)) years.add(y);
        for (const y of years) {
          const included = e.lines.filter((l) => !l.outsideTotals && y in l.amounts);
          const perm = included.filter((l) => l.section === 'varig');
          const impl = included.filter((l) => l.section === 'implementering');
          const sum = (ls: EconomyLine[]) => ls.reduce((a, l) => a + (l.amounts[y] as number), 0);
          expect(c.permanentChange[y]).toBe(perm.length ? sum(perm) : undefined);
          expect(c.implementationCost[y]).toBe(impl.length ? sum(impl) : undefined);
          if (perm.length || impl.length) expect(c.economicImpact[y]).toBe(sum(perm) + sum(impl));
          else expect(c.economicImpact[y]).toBeUndefined();
          for (const a of BUDGET_AREAS) {
            const inArea = perm.filter((l) => l.budgetArea === a);
            expect(c.permanentByArea[a]?.[y]).toBe(inArea.length ? sum(inArea) : undefined);
          }
          const areaSum = BUDGET_AREAS.reduce((a, area) => a + (c.implementationByArea[area]?.[y] ?? 0), 0);
          expect(areaSum + sum(impl.filter((l) => l.budgetArea === null))).toBe(
            impl.length ? c.implementationCost[y] : 0,
          );
          expect((c.grossSavings[y] ?? 0) + (c.newRunningCosts[y] ?? 0)).toBe(c.permanentChange[y] ?? 0);
        }
        expect(c.investmentTotal).toBe(Object.values(c.implementationCost).reduce((a, b) => a + b, 0));
      }),
      { numRuns: 300 },
    );
  });

  /** Brute force: walk the years one by one (far beyond the table) and find where it stays ≤ 0. */
  function bruteForcePayback(e: Economy): number | null {
    const c = computeEconomy(e);
    const ys = c.years;
    if (ys.length === 0) return null;
    const first = ys.find((y) => (c.implementationCost[String(y)] ?? 0) > 0);
    if (first === undefined) return null;
    const last = Math.max(...e.years, ...ys);
    const steady = c.permanentChange[String(last)] ?? 0;
    if (steady > 0) return null; // a lasting extra cost makes the running total grow without bound
    const totals: number[] = [];
    let running = 0;
    for (let y = first; y <= last + 400; y++) {
      running += y <= last ? (c.economicImpact[String(y)] ?? 0) : steady;
      totals.push(running);
    }
    let lastPositive = -1;
    totals.forEach((t, i) => {
      if (t > 0) lastPositive = i;
    });
    if (lastPositive === totals.length - 1) return null;
    if (lastPositive >= totals.length - 50) return null; // still climbing at the horizon
    return lastPositive + 2;
  }

  it('total payback agrees with a year-by-year brute force', () => {
    fc.assert(
      fc.property(investmentEconomyArb, (e) => {
        const expected = bruteForcePayback(e);
        const got = computeEconomy(e).paybackTotal;
        if (expected !== null) expect(got).toBe(expected);
        else if (got !== null) expect(got).toBeGreaterThan(300); // beyond the brute-force horizon
      }),
      { numRuns: 500 },
    );
  });

  it('payback never gets longer when savings grow', () => {
    fc.assert(
      fc.property(
        investmentEconomyArb,
        fc.array(fc.nat({ max: 2_000 }), { minLength: 8, maxLength: 8 }),
        (e, extra) => {
          const before = computeEconomy(e);
          const more: Economy = {
            ...e,
            lines: e.lines.map((l) => {
              if (l.section !== 'varig') return l;
              const amounts: YearAmounts = {};
              e.years.forEach(
                (y, i) => (amounts[String(y)] = (l.amounts[String(y)] ?? 0) - (extra[i] as number) * 1000),
              );
              return { ...l, amounts };
            }),
          };
          const after = computeEconomy(more);
          for (const [b, a] of [
            [before.paybackTotal, after.paybackTotal],
            [before.paybackService, after.paybackService],
          ]) {
            if (b !== null && b !== undefined) {
              expect(a).not.toBeNull();
              expect(a as number).toBeLessThanOrEqual(b);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('computeEconomy: bad numbers never slip through', () => {
  it('names the line and year of an amount that is not whole kroner', () => {
    const bad = economy(
      [2026],
      [
        {
          label: 'Husleje',
          section: 'varig',
          budgetArea: 'service',
          amounts: { '2026': 1.5 },
          sourceLine: 12,
        },
      ],
    );
    expect(() => computeEconomy(bad)).toThrow(
      'Linjen "Husleje" har i 2026 beløbet 1.5, som ikke er et helt antal kroner.',
    );
    const nan = economy(
      [2026],
      [{ label: 'X', section: 'varig', budgetArea: null, amounts: { '2026': Number.NaN }, sourceLine: 1 }],
    );
    expect(() => computeEconomy(nan)).toThrow(/beløbet NaN, som ikke er et helt antal kroner/);
  });

  it('refuses sums beyond exact integer arithmetic', () => {
    const big = Number.MAX_SAFE_INTEGER;
    const e = economy(
      [2026],
      [
        { label: 'A', section: 'varig', budgetArea: null, amounts: { '2026': big }, sourceLine: 1 },
        { label: 'B', section: 'varig', budgetArea: null, amounts: { '2026': big }, sourceLine: 2 },
      ],
    );
    expect(() => computeEconomy(e)).toThrow(/for stor/);
  });

  it('keeps a value in a year outside the header columns (never dropped)', () => {
    const e = economy(
      [2026],
      [
        {
          label: 'A',
          section: 'varig',
          budgetArea: 'service',
          amounts: { '2026': -1, '2031': -2 },
          sourceLine: 1,
        },
      ],
    );
    const c = computeEconomy(e);
    expect(c.permanentChange).toEqual({ '2026': -1, '2031': -2 });
    expect(c.fullEffect?.year).toBe(2031);
  });
});

describe('computeEconomy: service payback reasons', () => {
  it('says when no permanent line is marked Service, or when areas are missing', () => {
    const noArea = computeEconomy(
      economy(
        [2025, 2026],
        [
          line('Besparelse', 'varig', null, { 2026: -500 }, 1),
          line('Inv', 'implementering', null, { 2025: 100 }, 2),
        ],
      ),
    );
    expect(noArea.paybackTotal).toBe(2);
    expect(noArea.paybackService).toBeNull();
    expect(noArea.paybackServiceReason).toMatch(/Ingen varig linje er angivet med styringsområdet Service/);
    const transfers = computeEconomy(
      economy(
        [2025, 2026],
        [
          line('Besparelse', 'varig', 'overfoersler', { 2026: -500 }, 1),
          line('Inv', 'implementering', 'service', { 2025: 100 }, 2),
        ],
      ),
    );
    expect(transfers.paybackServiceReason).toBe(
      'Forslaget har ingen varige ændringer på styringsområdet Service.',
    );
  });
});

describe('computeEconomy: year keys', () => {
  it.each(['0202', '2026.5', ' 2026', '20260', '-202'])('rejects the key "%s"', (key) => {
    const bad = economy(
      [2026],
      [{ label: 'X', section: 'varig', budgetArea: null, amounts: { [key]: 1 }, sourceLine: 1 }],
    );
    expect(() => computeEconomy(bad)).toThrow(
      `Linjen "X" har årstallet "${key}", som ikke er et firecifret år.`,
    );
  });
});

describe('memory follows the table, not the numbers typed in it', () => {
  it('refuses a span of years no table has, before allocating anything', () => {
    const e = economy([2027], [line('x', 'varig', 'service', {}, 1)]);
    e.lines[0]!.amounts = { '2027': -1, '9999': -1 };
    expect(() => computeEconomy(e)).toThrow(/spænder over/);
  });

  it('two derivations never share state (no module-level buffers)', () => {
    const a = economy([2026, 2027], [line('a', 'varig', 'service', { 2026: -1, 2027: -2 }, 1)]);
    const b = economy([1990], [line('b', 'implementering', 'anlaeg', { 1990: 5 }, 2)]);
    const first = computeEconomy(a);
    computeEconomy(b);
    expect(first.permanentChange).toEqual({ '2026': -1 * T, '2027': -2 * T });
    expect(computeEconomy(a)).toEqual(first);
  });
});
