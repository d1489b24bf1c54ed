import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGevinstError } from '../errors.ts';
import { type Economy, type Proposal, emptyProposal } from '../model.ts';
import { checkEntry, entryYears } from './entry.ts';
import { planOf } from './plan.ts';
import {
  EMPTY_REALISATION,
  type RealisationEntry,
  type RealisationState,
  currentCells,
  followUpYears,
  yearComplete,
  yearStatus,
} from './realisation.ts';
import { type FollowedProposal, dueList, followUpOf, followUpReport, followUpTotals } from './report.ts';
import { endOfMonthAfter, occurrenceState, occurrencesOf, quarterOf, scheduleOf } from './targets.ts';

const T = 1000;

function proposal(): Proposal {
  const p = emptyProposal('Forslag 1', 'Energioptimering', 'investering');
  const line = (
    label: string,
    section: 'varig' | 'implementering',
    budgetArea: Economy['lines'][0]['budgetArea'],
    byYear: Record<number, number>,
  ) => ({
    label,
    section,
    budgetArea,
    amounts: Object.fromEntries(Object.entries(byYear).map(([y, v]) => [y, v * T])),
    sourceLine: null,
  });
  p.presentingAdministrations = ['BUF'];
  p.economy = {
    unit: 't.kr',
    priceLevelYear: 2025,
    years: [2025, 2026, 2027, 2028],
    lines: [
      line('Lavere elforbrug', 'varig', 'service', { 2025: -400, 2026: -1200, 2027: -1800, 2028: -1800 }),
      line('Lavere husleje', 'varig', null, { 2025: 0, 2026: -100, 2027: -100, 2028: -100 }),
      line('Udskiftning af anlæg', 'implementering', 'anlaeg', { 2025: 4500, 2026: 3500 }),
      line('Projektledelse', 'implementering', 'service', { 2025: 400, 2026: 300 }),
      { ...line('Kun til orientering', 'varig', 'service', { 2025: -999 }), outsideTotals: true },
    ],
    stated: {
      permanentChange: {},
      implementationCost: {},
      economicImpact: {},
      paybackService: null,
      paybackTotal: null,
    },
  };
  p.followUp = [
    {
      group: null,
      target: 'Elforbrug falder 35 pct.',
      measure: 'kWh',
      responsible: 'BUF, Drift',
      when: 'Q2 2026',
      sourceLine: null,
    },
    {
      group: null,
      target: 'Status til udvalget',
      measure: 'Notat',
      responsible: 'BUF',
      when: 'Årligt fra 2025',
      sourceLine: null,
    },
    {
      group: null,
      target: 'Evaluering',
      measure: 'Rapport',
      responsible: 'BUF',
      when: 'Når det passer',
      sourceLine: null,
    },
  ];
  return p;
}

function state(
  entries: Omit<RealisationEntry, 'version'>[][],
  confirm: [number, number][] = [],
): RealisationState {
  return {
    versions: entries.map((_, i) => ({
      version: i + 1,
      by: 'buf@test.dk',
      at: `2026-0${i + 1}-01T00:00:00Z`,
    })),
    entries: entries.flatMap((es, i) => es.map((e) => ({ ...e, version: i + 1 }))),
    notes: [],
    confirmations: confirm.map(([year, version]) => ({
      year,
      version,
      by: 'cfoe@test.dk',
      at: '2026-06-01T00:00:00Z',
    })),
  };
}

const loose = { percent: 10, kroner: 100_000 };
const strict = { percent: 10, kroner: 0 };

describe('the plan comes from the engine', () => {
  it('per year and budget area, outside-the-totals lines left out', () => {
    const plan = planOf(proposal());
    expect(plan?.years).toEqual([2025, 2026, 2027, 2028]);
    expect(plan?.permanent).toEqual({
      '2025': -400 * T,
      '2026': -1300 * T,
      '2027': -1900 * T,
      '2028': -1900 * T,
    });
    expect(plan?.implementation).toEqual({ '2025': 4900 * T, '2026': 3800 * T });
    expect(plan?.areas.map((a) => [a.section, a.budgetArea, a.amounts['2026']])).toEqual([
      ['varig', 'service', -1200 * T],
      ['varig', null, -100 * T],
      ['implementering', 'service', 300 * T],
      ['implementering', 'anlaeg', 3500 * T],
    ]);
    expect(plan?.areas[0]?.lines.map((l) => l.label)).toEqual(['Lavere elforbrug']);
  });
});

describe('realised against planned', () => {
  const cells2025 = [
    { year: 2025, section: 'varig' as const, budgetArea: 'service' as const, line: null, amount: -350 * T },
    { year: 2025, section: 'varig' as const, budgetArea: null, line: null, amount: 0 },
    {
      year: 2025,
      section: 'implementering' as const,
      budgetArea: 'anlaeg' as const,
      line: null,
      amount: 4800 * T,
    },
    {
      year: 2025,
      section: 'implementering' as const,
      budgetArea: 'service' as const,
      line: 'Projektledelse',
      amount: 450 * T,
    },
  ];

  it('a hand-checked year: deviation, status, spending and a partly entered year', () => {
    const plan = planOf(proposal())!;
    const s = state([
      cells2025,
      [{ year: 2026, section: 'varig', budgetArea: 'service', line: null, amount: -1000 * T }],
    ]);
    const [y25, y26, y27] = followUpYears(plan, s, strict);
    expect(y25).toMatchObject({
      year: 2025,
      planned: -400 * T,
      realised: -350 * T,
      deviation: 50 * T,
      // 50.000 kr. less saved than planned: more than 10 % of 400.000 kr.
      status: 'behind',
      spending: { planned: 4900 * T, realised: 5250 * T, deviation: 350 * T },
    });
    expect(followUpYears(plan, s, loose)[0]?.status).toBe('on_track');
    // 2026: the area without a budget area has a plan and no figure yet: not realised.
    expect(y26).toMatchObject({ planned: -1300 * T, realised: null, deviation: null, status: 'pending' });
    expect(y26?.areas.find((a) => a.budgetArea === 'service' && a.section === 'varig')).toMatchObject({
      realised: -1000 * T,
      deviation: 200 * T,
    });
    expect(y27).toMatchObject({ realised: null, status: 'pending' });
  });

  it('a figure for a section as a whole (no area, as migrated) counts until its areas are all entered, never beside them', () => {
    const plan = planOf(proposal())!;
    // The implementation spending plans Anlæg and Service, nothing without an area.
    const whole = { year: 2025, section: 'implementering' as const, budgetArea: null, line: null };
    const anlaeg = {
      year: 2025,
      section: 'implementering' as const,
      budgetArea: 'anlaeg' as const,
      line: null,
    };
    const service = { ...anlaeg, budgetArea: 'service' as const };
    const spending = (entries: Omit<RealisationEntry, 'version'>[][]) => {
      const y = followUpYears(plan, state(entries), loose)[0]!;
      return {
        realised: y.spending.realised,
        counted: y.areas
          .filter((a) => a.section === 'implementering' && a.realised !== null)
          .map((a) => [a.budgetArea, a.realised, a.counted]),
      };
    };
    expect(spending([[{ ...whole, amount: 5000 * T }]])).toEqual({
      realised: 5000 * T,
      counted: [[null, 5000 * T, true]],
    });
    expect(spending([[{ ...whole, amount: 5000 * T }], [{ ...anlaeg, amount: 4800 * T }]])).toEqual({
      realised: 5000 * T,
      counted: [
        ['anlaeg', 4800 * T, false],
        [null, 5000 * T, true],
      ],
    });
    // All areas entered: they count, the whole figure does not (5.250, not 10.250).
    expect(
      spending([
        [{ ...whole, amount: 5000 * T }],
        [
          { ...anlaeg, amount: 4800 * T },
          { ...service, amount: 450 * T },
        ],
      ]),
    ).toEqual({
      realised: 5250 * T,
      counted: [
        ['service', 450 * T, true],
        ['anlaeg', 4800 * T, true],
        [null, 5000 * T, false],
      ],
    });
  });

  it('a later version replaces a cell, clears one, and voids the confirmation of its year', () => {
    const plan = planOf(proposal())!;
    const s = state(
      [
        cells2025,
        [
          { year: 2025, section: 'varig', budgetArea: 'service', line: null, amount: -500 * T },
          { year: 2025, section: 'varig', budgetArea: null, line: null, amount: null },
        ],
      ],
      [[2025, 1]],
    );
    const y = followUpYears(plan, s, loose)[0]!;
    expect(y.realised).toBeNull();
    expect(y.confirmed).toBeNull();
    expect(currentCells(s).filter((c) => c.year === 2025 && c.section === 'varig')).toEqual([
      { year: 2025, section: 'varig', budgetArea: 'service', line: null, amount: -500 * T },
    ]);
    const confirmed = {
      ...s,
      confirmations: [...s.confirmations, { year: 2025, version: 2, by: 'c', at: 'x' }],
    };
    expect(followUpYears(plan, confirmed, loose)[0]?.confirmed?.version).toBe(2);
  });

  it('status: ahead is the mirror of behind; the larger of percent and kroner is the tolerance', () => {
    expect(yearStatus(-1_000_000, 100_000, strict)).toBe('on_track');
    expect(yearStatus(-1_000_000, 100_001, strict)).toBe('behind');
    expect(yearStatus(-1_000_000, -100_001, strict)).toBe('ahead');
    expect(yearStatus(-1_000_000, 150_000, { percent: 10, kroner: 150_000 })).toBe('on_track');
    expect(yearStatus(null, 1, strict)).toBe('behind');
    expect(yearStatus(-5, null, strict)).toBe('pending');
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 1e9 }),
        (planned, deviation, percent, kroner) => {
          const t = { percent, kroner };
          const a = yearStatus(planned, deviation, t);
          const b = yearStatus(planned, -deviation, t);
          if (a === 'on_track') expect(b).toBe('on_track');
          else expect([a, b].sort()).toEqual(['ahead', 'behind']);
        },
      ),
    );
  });

  it('deviation = realised − planned for every area and year (random entries, any order)', () => {
    const plan = planOf(proposal())!;
    const areaArb = fc.constantFrom(
      ['varig', 'service'] as const,
      ['varig', null] as const,
      ['implementering', 'service'] as const,
      ['implementering', 'anlaeg'] as const,
    );
    const entryArb = fc.record({
      year: fc.constantFrom(2025, 2026, 2027, 2028),
      area: areaArb,
      amount: fc.option(fc.integer({ min: -1e9, max: 1e9 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(entryArb, { maxLength: 6 }), { maxLength: 5 }), (versions) => {
        const s = state(
          // A version holds a cell once (the store's key): the last of a generated pair stays.
          versions.map((es) =>
            [...new Map(es.map((e) => [JSON.stringify([e.year, e.area]), e])).values()].map((e) => ({
              year: e.year,
              section: e.area[0],
              budgetArea: e.area[1],
              line: null,
              amount: e.amount,
            })),
          ),
        );
        // The same history in another order gives the same figures.
        const shuffled = { ...s, entries: [...s.entries].reverse() };
        const years = followUpYears(plan, s, loose);
        expect(followUpYears(plan, shuffled, loose)).toEqual(years);
        for (const y of years) {
          for (const a of y.areas) {
            if (a.realised === null) expect(a.deviation).toBeNull();
            else expect(a.deviation).toBe(a.realised - (a.planned ?? 0));
          }
          if (y.realised !== null) {
            expect(y.deviation).toBe(y.realised - (y.planned ?? 0));
            const perm = y.areas.filter((a) => a.section === 'varig');
            expect(perm.every((a) => a.planned === null || a.realised !== null)).toBe(true);
            expect(y.realised).toBe(perm.reduce((sum, a) => sum + (a.realised ?? 0), 0));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('entering is checked against the plan', () => {
  const plan = planOf(proposal())!;
  const reason = (f: () => void): string | null => {
    try {
      f();
    } catch (e) {
      return isGevinstError(e) ? `${e.field ?? ''}:${e.reason ?? ''}` : 'other';
    }
    return null;
  };
  const cell = (over: object = {}) => ({
    section: 'varig' as const,
    budgetArea: 'service' as const,
    line: null as string | null,
    amount: -1,
    ...over,
  });

  it('refuses years outside the table, unknown lines, twice-given cells, an area both whole and by line', () => {
    expect(reason(() => checkEntry(plan, [{ year: 2029, note: null, cells: [] }], EMPTY_REALISATION))).toBe(
      'years[0].year:realisation.year-outside',
    );
    expect(
      reason(() =>
        checkEntry(plan, [{ year: 2025, note: null, cells: [cell({ line: 'Ukendt' })] }], EMPTY_REALISATION),
      ),
    ).toBe('years[0].cells[0].line:realisation.unknown-line');
    // A line of another area is unknown under this one.
    expect(
      reason(() =>
        checkEntry(
          plan,
          [{ year: 2025, note: null, cells: [cell({ line: 'Lavere husleje' })] }],
          EMPTY_REALISATION,
        ),
      ),
    ).toBe('years[0].cells[0].line:realisation.unknown-line');
    expect(
      reason(() =>
        checkEntry(plan, [{ year: 2025, note: null, cells: [cell(), cell()] }], EMPTY_REALISATION),
      ),
    ).toBe('years[0].cells[1]:realisation.duplicate-cell');
    expect(
      reason(() =>
        checkEntry(
          plan,
          [{ year: 2025, note: null, cells: [cell({ line: 'Lavere elforbrug' }), cell()] }],
          EMPTY_REALISATION,
        ),
      ),
    ).toBe('years[0].cells[1]:realisation.area-and-lines');
    expect(
      reason(() =>
        checkEntry(
          plan,
          [
            { year: 2025, note: null, cells: [] },
            { year: 2025, note: null, cells: [] },
          ],
          EMPTY_REALISATION,
        ),
      ),
    ).toBe('years[1].year:realisation.duplicate-year');
    expect(
      reason(() =>
        checkEntry(
          plan,
          [
            {
              year: 2026,
              note: 'ok',
              cells: [cell({ line: 'Lavere elforbrug' }), cell({ budgetArea: 'anlaeg' })],
            },
          ],
          EMPTY_REALISATION,
        ),
      ),
    ).toBeNull();
  });

  it('a year outside the table that already holds figures (migrated) may be corrected and cleared', () => {
    const migrated = state([
      [{ year: 2030, section: 'varig', budgetArea: null, line: null, amount: -5 * T }],
    ]);
    expect(entryYears(plan, migrated)).toEqual([2025, 2026, 2027, 2028, 2030]);
    expect(reason(() => checkEntry(plan, [{ year: 2030, note: null, cells: [] }], migrated))).toBeNull();
    expect(reason(() => checkEntry(plan, [{ year: 2031, note: null, cells: [] }], migrated))).toBe(
      'years[0].year:realisation.year-outside',
    );
    // Once cleared, the year is no longer offered.
    const cleared = state([
      [{ year: 2030, section: 'varig', budgetArea: null, line: null, amount: -5 * T }],
      [{ year: 2030, section: 'varig', budgetArea: null, line: null, amount: null }],
    ]);
    expect(entryYears(plan, cleared)).toEqual(plan.years);
  });
});

describe('targets with dates', () => {
  it('reads "when", or takes a set schedule; never guesses', () => {
    expect(scheduleOf({ when: 'Q2 2026' }, null)).toEqual({
      due: '2026-06-30',
      recurrence: null,
      source: 'parsed',
    });
    expect(scheduleOf({ when: 'Når det passer' }, null)).toEqual({
      due: null,
      recurrence: null,
      source: 'none',
    });
    expect(scheduleOf({ when: 'Når det passer' }, { due: '2027-01-31', recurrence: null })).toEqual({
      due: '2027-01-31',
      recurrence: null,
      source: 'set',
    });
    expect(scheduleOf({ when: 'Q2 2026' }, { due: null, recurrence: null }).source).toBe('parsed');
  });

  it('occurrences of recurring targets run to the end of the table', () => {
    expect(occurrencesOf({ due: '2025-12-31', recurrence: 'årlig' }, { first: 2025, last: 2028 })).toEqual([
      '2025-12-31',
      '2026-12-31',
      '2027-12-31',
      '2028-12-31',
    ]);
    expect(occurrencesOf({ due: null, recurrence: 'kvartalsvis' }, { first: 2027, last: 2027 })).toEqual([
      '2027-03-31',
      '2027-06-30',
      '2027-09-30',
      '2027-12-31',
    ]);
    expect(occurrencesOf({ due: '2026-06-30', recurrence: 'løbende' }, { first: 2025, last: 2028 })).toEqual([
      '2026-06-30',
    ]);
    expect(occurrencesOf({ due: null, recurrence: null }, { first: 2025, last: 2028 })).toEqual([null]);
    // From a day within the month: the same day each period, a missing day as the month's last.
    expect(
      occurrencesOf({ due: '2026-03-15', recurrence: 'kvartalsvis' }, { first: 2026, last: 2026 }),
    ).toEqual(['2026-03-15', '2026-06-15', '2026-09-15', '2026-12-15']);
    expect(
      occurrencesOf({ due: '2027-01-31', recurrence: 'månedlig' }, { first: 2027, last: 2027 }).slice(0, 4),
    ).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30']);
    expect(
      occurrencesOf({ due: '2027-01-30', recurrence: 'månedlig' }, { first: 2027, last: 2027 }).slice(0, 3),
    ).toEqual(['2027-01-30', '2027-02-28', '2027-03-30']);
    expect(endOfMonthAfter('2024-01-31', 1)).toBe('2024-02-29');
    expect(endOfMonthAfter('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('overdue, due this quarter, upcoming, met', () => {
    expect(quarterOf('2026-12-07')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterOf('2027-02-28')).toEqual({ from: '2027-01-01', to: '2027-03-31' });
    const today = '2026-12-07';
    expect(occurrenceState('2026-09-30', false, today)).toBe('overdue');
    expect(occurrenceState('2026-12-06', false, today)).toBe('overdue');
    expect(occurrenceState('2026-12-07', false, today)).toBe('due');
    expect(occurrenceState('2026-12-31', false, today)).toBe('due');
    expect(occurrenceState('2027-01-01', false, today)).toBe('upcoming');
    expect(occurrenceState('2026-09-30', true, today)).toBe('met');
    expect(occurrenceState(null, false, today)).toBe('undated');
  });
});

function followed(over: Partial<FollowedProposal> = {}): FollowedProposal {
  return {
    proposalId: 1,
    roundId: 1,
    roundName: 'Budget 2025',
    committee: 'BUU',
    administration: 'BUF',
    status: 'udmoentet',
    approvedWith: 'Budget 2025',
    approvedVersion: 1,
    proposal: proposal(),
    realisation: EMPTY_REALISATION,
    targets: new Map(),
    ...over,
  };
}

describe('a proposal, the report and the due list', () => {
  const today = '2026-12-07';

  it('targets: the first open occurrence says where a target stands; complete needs every one', () => {
    const f = followUpOf(
      followed({
        targets: new Map([
          [
            0,
            {
              schedule: null,
              met: [{ due: '2026-06-30', by: 'buf@test.dk', at: '2026-07-02T10:00:00Z', evidence: 'Måling' }],
            },
          ],
        ]),
      }),
      loose,
      today,
    );
    expect(f.targets.map((t) => [t.state, t.next])).toEqual([
      ['met', '2026-06-30'],
      ['overdue', '2025-12-31'],
      ['undated', null],
    ]);
    expect(f.targets[1]?.occurrences.map((o) => o.state)).toEqual(['overdue', 'due', 'upcoming', 'upcoming']);
    expect(f.targets[0]?.occurrences[0]?.met).toMatchObject({ by: 'buf@test.dk', evidence: 'Måling' });
    expect(f.complete).toBe(false);
  });

  it('complete when every planned year is realised and confirmed and every target met', () => {
    const plan = planOf(proposal())!;
    const all = plan.years.flatMap((year) =>
      plan.areas
        .filter((a) => a.amounts[String(year)] !== undefined)
        .map((a) => ({
          year,
          section: a.section,
          budgetArea: a.budgetArea,
          line: null,
          amount: a.amounts[String(year)]!,
        })),
    );
    const s = state(
      [all],
      plan.years.map((y) => [y, 1]),
    );
    const met = (due: string | null) => ({ due, by: 'x', at: 'y', evidence: 'z' });
    const done = followed({
      realisation: s,
      targets: new Map([
        [0, { schedule: null, met: [met('2026-06-30')] }],
        [1, { schedule: null, met: ['2025', '2026', '2027', '2028'].map((y) => met(`${y}-12-31`)) }],
        [2, { schedule: null, met: [met(null)] }],
      ]),
    });
    const f = followUpOf(done, loose, today);
    expect(f.years.every(yearComplete)).toBe(true);
    expect(f.totals).toEqual({ planned: -5500 * T, realised: -5500 * T, deviation: 0 });
    expect(f.complete).toBe(true);
    const unconfirmed = followUpOf({ ...done, realisation: { ...s, confirmations: [] } }, loose, today);
    expect(unconfirmed.complete).toBe(false);
    // An economy the engine cannot read (a year "20x6") has no years to follow up: never complete.
    const economy = done.proposal.economy!;
    const unreadable = {
      ...done.proposal,
      economy: { ...economy, lines: [{ ...economy.lines[0]!, amounts: { '20x6': -1 } }] },
    };
    expect(followUpOf({ ...done, proposal: unreadable }, loose, today)).toMatchObject({
      years: [],
      complete: false,
    });
  });

  it('totals per committee and year; "I alt" is their sum (random proposals)', () => {
    const yearArb = fc.record({
      planned: fc.option(fc.integer({ min: -1e9, max: 1e9 }), { nil: null }),
      realised: fc.option(fc.integer({ min: -1e9, max: 1e9 }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            committee: fc.constantFrom('BUU', 'SUU', 'ØU'),
            years: fc.array(yearArb, { minLength: 3, maxLength: 3 }),
          }),
          { maxLength: 8 },
        ),
        (ps) => {
          const proposals = ps.map((p, i) => ({
            ...followUpOf(followed({ proposalId: i + 1 }), loose, today),
            committee: p.committee,
            years: p.years.map((y, k) => ({
              year: 2025 + k,
              planned: y.planned,
              realised: y.realised,
              deviation: y.realised === null ? null : y.realised - (y.planned ?? 0),
              status: 'pending' as const,
              spending: { planned: null, realised: null, deviation: null },
              areas: [],
              note: null,
              confirmed: null,
            })),
          }));
          const totals = followUpTotals(proposals);
          for (const year of [2025, 2026, 2027]) {
            const all = totals.find((t) => t.committee === 'I alt' && t.year === year);
            const parts = totals.filter((t) => t.committee !== 'I alt' && t.year === year);
            const rows = proposals.flatMap((p) => p.years.filter((y) => y.year === year));
            const withRealised = rows.filter((y) => y.realised !== null);
            if (!all) {
              expect(rows.every((y) => y.planned === null && y.realised === null)).toBe(true);
              continue;
            }
            expect(all.planned).toBe(parts.reduce((s, t) => s + t.planned, 0));
            expect(all.realised).toBe(
              withRealised.length === 0 ? null : withRealised.reduce((s, y) => s + y.realised!, 0),
            );
            expect(all.plannedOfRealised).toBe(withRealised.reduce((s, y) => s + (y.planned ?? 0), 0));
            expect(all.deviation).toBe(all.realised === null ? null : all.realised - all.plannedOfRealised);
            expect(all.realisedProposals).toBe(withRealised.length);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the report follows adopted proposals only; the due list groups by administration', () => {
    const r = followUpReport({
      organisation: { id: 1, slug: 'kk', name: 'Københavns Kommune' },
      scope: { kind: 'organisation' },
      thresholds: loose,
      today,
      proposals: [
        followed(),
        followed({ proposalId: 2, administration: 'SUF', committee: 'SUU' }),
        followed({ proposalId: 3, status: 'indsendt' }),
      ],
    });
    expect(r.format).toBe('gevinst.followup/1');
    expect(r.proposals.map((p) => p.proposalId)).toEqual([1, 2]);
    const due = dueList(r.proposals, today);
    expect(due.quarter).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(
      due.administrations.map((a) => [a.administration, a.items.map((i) => [i.targetIndex, i.due, i.state])]),
    ).toEqual([
      [
        'BUF',
        [
          [1, '2025-12-31', 'overdue'],
          [0, '2026-06-30', 'overdue'],
          [1, '2026-12-31', 'due'],
        ],
      ],
      [
        'SUF',
        [
          [1, '2025-12-31', 'overdue'],
          [0, '2026-06-30', 'overdue'],
          [1, '2026-12-31', 'due'],
        ],
      ],
    ]);
  });
});
