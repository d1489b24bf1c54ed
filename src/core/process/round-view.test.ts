import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { masterData } from '../master-data.ts';
import { type Economy, type Proposal, emptyProposal } from '../model.ts';
import type { RoundDetail } from '../schema/api.ts';
import { proposalsArb } from '../testing/arbitraries.ts';
import { deriveRisingProfiles, manualProfileLines } from './rising-profiles.ts';
import { type RoundEntry, roundView } from './round-view.ts';
import { STATUSES, type Status } from './statuses.ts';

const T = 1000;

function economy(lines: [string, 'varig' | 'implementering', Record<number, number>][]): Economy {
  return {
    unit: 't.kr',
    priceLevelYear: 2027,
    years: [2027, 2028, 2029, 2030],
    lines: lines.map(([label, section, byYear]) => ({
      label,
      section,
      budgetArea: 'service' as const,
      amounts: Object.fromEntries(Object.entries(byYear).map(([y, v]) => [y, v * T])),
      sourceLine: null,
    })),
    stated: {
      permanentChange: {},
      implementationCost: {},
      economicImpact: {},
      paybackService: null,
      paybackTotal: null,
    },
  };
}

function entry(id: number, p: Proposal, status: Status, administration = 'BUF'): RoundEntry {
  p.presentingAdministrations = [administration];
  return {
    id,
    roundId: 1,
    ref: p.ref,
    title: p.title,
    kind: p.kind,
    administration,
    committee: null,
    status,
    approvedWith: status === 'vedtaget' ? 'Budget 2027' : null,
    version: 1,
    origin: 'authored',
    updatedAt: '2027-01-01T00:00:00.000Z',
    updatedBy: null,
    proposal: p,
  };
}

const round: RoundDetail = {
  id: 1,
  organisationId: 1,
  organisation: { id: 1, slug: 'kk', name: 'Københavns Kommune' },
  name: 'Budget 2027',
  kind: 'budget',
  year: 2027,
  priceLevelYear: 2027,
  published: false,
  proposalCount: 3,
  revision: 1,
  createdAt: '2027-01-01T00:00:00.000Z',
  deadlines: [],
  targets: [2027, 2028].map((year) => ({ committee: 'BUU', year, amount: 1_000 * T })),
  risingProfiles: [{ id: 7, committee: 'BUU', title: 'Gammel besparelse', amounts: { '2027': 100 * T } }],
};

function withEconomy(ref: string, e: Economy): Proposal {
  const p = emptyProposal(ref, `Titel ${ref}`, 'investering');
  p.economy = e;
  return p;
}

describe('roundView', () => {
  const a = withEconomy(
    'Forslag 1',
    economy([
      ['Besparelse', 'varig', { 2027: -300, 2028: -600 }],
      ['Invest', 'implementering', { 2027: 500 }],
    ]),
  );
  const b = withEconomy('Forslag 2', economy([['Besparelse', 'varig', { 2027: -200, 2028: -200 }]]));
  const rejected = withEconomy('Forslag 3', economy([['Besparelse', 'varig', { 2027: -9_999 }]]));
  const entries = [entry(1, a, 'vedtaget'), entry(2, b, 'indsendt'), entry(3, rejected, 'afvist')];

  it('sums only counted proposals; a rejected one is listed but never summed', () => {
    const v = roundView({
      round,
      entries,
      risingProfiles: manualProfileLines(round.risingProfiles),
      masterData,
    });
    const total = v.tables[0]?.rows.find((r) => r.rowType === 'total');
    expect(total?.amounts).toEqual({ '2027': 500 * T, '2028': 800 * T });
    expect(total?.investment).toBe(500 * T);
    expect(v.proposals.map((p) => [p.ref, p.counted])).toEqual([
      ['Forslag 1', true],
      ['Forslag 2', true],
      ['Forslag 3', false],
    ]);
    expect(v.paybackBuckets.reduce((s, b) => s + b.count, 0)).toBe(1);
  });

  it('counts rising profiles and this round against the måltal', () => {
    const v = roundView({
      round,
      entries,
      risingProfiles: manualProfileLines(round.risingProfiles),
      masterData,
    });
    const buu = v.targets.find((t) => t.committee === 'BUU');
    expect(buu?.years[0]).toMatchObject({
      year: 2027,
      effect: 500 * T,
      risingProfile: 100 * T,
      total: 600 * T,
      surplus: -400 * T,
      met: false,
    });
  });

  it('what came in: a realised figure replaces the counted one in target attainment', () => {
    const v = roundView({
      round,
      entries,
      risingProfiles: manualProfileLines(round.risingProfiles),
      masterData,
      // Forslag 1 planned to save 300 in 2027 and saved 250.
      realised: new Map([[1, { '2027': -250 * T }]]),
    });
    const buu = v.targets.find((t) => t.committee === 'BUU');
    expect(buu?.years.map((y) => [y.year, y.total, y.cameIn, y.cameInSurplus])).toEqual([
      [2027, 600 * T, 550 * T, -450 * T],
      [2028, 800 * T, 800 * T, -200 * T],
    ]);
  });

  it('filters in core, keeping the year columns of the whole round', () => {
    const v = roundView({ round, entries, risingProfiles: [], masterData, filter: { status: 'indsendt' } });
    expect(v.proposals.map((p) => p.ref)).toEqual(['Forslag 2']);
    expect(v.years).toEqual([2027, 2028]);
    expect(v.tables[0]?.rows.find((r) => r.rowType === 'total')?.amounts).toEqual({
      '2027': 200 * T,
      '2028': 200 * T,
    });
    expect(v.options.statuses).toEqual(['indsendt', 'vedtaget', 'afvist']);
  });

  it('a proposal without a committee is listed with the reason and a coded warning', () => {
    const lost = withEconomy('Forslag 9', economy([['x', 'varig', { 2027: -1 }]]));
    const e = entry(9, lost, 'kladde', 'UKENDT');
    e.proposal.presentingAdministrations = [];
    const v = roundView({ round, entries: [e], risingProfiles: [], masterData });
    expect(v.warnings.map((w) => w.code)).toEqual(['catalog.no-committee']);
    expect(v.proposals[0]?.leftOut).not.toBeNull();
  });

  it('Tabel 1 always equals the sum of Tabel 2 proposal rows (random rounds)', () => {
    fc.assert(
      fc.property(
        proposalsArb({ maxLines: 4 }),
        fc.array(fc.constantFrom(...STATUSES), { minLength: 8, maxLength: 8 }),
        (ps, statuses) => {
          const es = ps.map((p, i) =>
            entry(i + 1, p, statuses[i % 8] as Status, ['BUF', 'SOF', 'TMF'][i % 3]),
          );
          const v = roundView({
            round: { ...round, targets: [] },
            entries: es,
            risingProfiles: [],
            masterData,
          });
          const rows = v.tables[1]?.rows.filter((r) => r.rowType === 'proposal') ?? [];
          const total = v.tables[0]?.rows.find((r) => r.rowType === 'total');
          for (const y of v.years) {
            const sum = rows.reduce((s, r) => s + (r.amounts[String(y)] ?? 0), 0);
            expect(total?.amounts[String(y)] ?? 0).toBe(sum);
          }
          const counted = v.proposals.filter((p) => p.counted && p.leftOut === null).length;
          expect(rows.length).toBe(counted);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('deriveRisingProfiles', () => {
  const adopted = withEconomy(
    'Forslag 4',
    economy([['Besparelse', 'varig', { 2027: -500, 2028: -1000, 2029: -1500, 2030: -1500 }]]),
  );
  const earlier = {
    proposalId: 4,
    roundId: 9,
    roundName: 'Budget 2027',
    roundYear: 2027,
    committee: 'BUU',
    proposal: adopted,
  };

  it('counts the rise beyond the level budgeted before the later round starts', () => {
    const [line] = deriveRisingProfiles({ year: 2028 }, [2028, 2029, 2030, 2031], [earlier]);
    expect(line?.amounts).toEqual({ '2028': 500 * T, '2029': 1000 * T, '2030': 1000 * T, '2031': 1000 * T });
    expect(line?.source).toEqual({
      kind: 'derived',
      proposalId: 4,
      ref: 'Forslag 4',
      roundId: 9,
      roundName: 'Budget 2027',
    });
  });

  it('gives nothing once the saving stops rising, and never from the same or a later round', () => {
    expect(deriveRisingProfiles({ year: 2030 }, [2030, 2031], [earlier])).toEqual([]);
    expect(deriveRisingProfiles({ year: 2027 }, [2027, 2028], [earlier])).toEqual([]);
  });
});
