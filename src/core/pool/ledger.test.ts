import { describe, expect, it } from 'vitest';
import { Conflict } from '../errors.ts';
import { emptyProposal } from '../model.ts';
import type { PoolEntry, PoolSource } from '../schema/pool.ts';
import { checkEntry, ledgerView } from './ledger.ts';

/** 2026 catalog, Forslag 8 (the electric bus, l.3880–4090), in kroner. */
function bus() {
  const p = emptyProposal('Forslag 8', 'El-bus til Cassiopeia', 'investering');
  const y = (v: number) => ({ 2026: v, 2027: v, 2028: v, 2029: v, 2030: v });
  p.economy = {
    unit: 't.kr',
    priceLevelYear: 2026,
    years: [2025, 2026, 2027, 2028, 2029, 2030],
    lines: [
      {
        label: 'Samlet varig ændring',
        section: 'varig',
        budgetArea: 'service',
        amounts: { 2025: -141_000, ...y(-515_000) },
        sourceLine: null,
      },
      {
        label: 'El-bus m.m.',
        section: 'implementering',
        budgetArea: 'service',
        amounts: { 2025: 4_600_000 },
        sourceLine: null,
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
  return { id: 8, ref: p.ref, title: p.title, proposal: p };
}

const pool: PoolSource = {
  id: 1,
  name: 'Investeringspuljen',
  kind: 'investeringspulje',
  amounts: { 2025: 30_000_000, 2026: 20_000_000 },
};
const climate: PoolSource = { id: 2, name: 'Klimapuljen', kind: 'pulje', amounts: {} };

function entry(
  e: Partial<PoolEntry> & Pick<PoolEntry, 'id' | 'sourceId' | 'kind' | 'year' | 'amount'>,
): PoolEntry {
  return {
    proposalId: 8,
    proposalRef: 'Forslag 8',
    replacesSourceId: null,
    expectedAnswer: null,
    outcome: e.kind === 'betinget' ? 'afventer' : null,
    decidedAt: null,
    decidedBy: null,
    note: null,
    scenarioId: null,
    createdAt: '2026-12-07T09:00:00.000Z',
    createdBy: 'cfoe@test.dk',
    voidedAt: null,
    voidedBy: null,
    voidReason: null,
    ...e,
  };
}

const grant = entry({ id: 1, sourceId: 1, kind: 'bevilling', year: 2025, amount: 4_600_000 });
const climateAsk = entry({
  id: 2,
  sourceId: 2,
  kind: 'betinget',
  year: 2025,
  amount: 2_385_000,
  replacesSourceId: 1,
  expectedAnswer: '2025-04-03',
});

describe('the pool ledger', () => {
  it('shows both outcomes of the electric bus’s climate-pool application until it is decided', () => {
    const v = ledgerView(1, [pool, climate], [grant, climateAsk], [bus()]);
    const c = v.conditional[0]!;
    expect(c.outcome).toBe('afventer');
    expect(c.ifGranted).toEqual({ net: { '1': 2_215_000, '2': 2_385_000 }, paybackTotal: 6 });
    expect(c.ifRefused).toEqual({ net: { '1': 4_600_000 }, paybackTotal: 10 });
    const [p2025, p2026] = v.sources[0]!.years;
    expect(p2025).toEqual({
      year: 2025,
      amount: 30_000_000,
      granted: 4_600_000,
      disbursed: 0,
      paidBack: 0,
      balance: 25_400_000,
      cumulative: 25_400_000,
    });
    expect(p2026?.cumulative).toBe(45_400_000);
    expect(v.sources[0]!.yearsIfGranted[0]).toMatchObject({ paidBack: 2_385_000, balance: 27_785_000 });
    expect(v.proposals[0]?.sources).toEqual([
      {
        sourceId: 1,
        granted: 4_600_000,
        grantedByYear: { 2025: 4_600_000 },
        disbursed: 0,
        paidBack: 0,
        remaining: 4_600_000,
        net: 4_600_000,
      },
    ]);
  });

  it('a decided outcome counts as recorded; disbursements and paybacks follow; voided entries do not count', () => {
    const decided = { ...climateAsk, outcome: 'bevilget' as const, decidedAt: '2025-04-03T10:00:00.000Z' };
    const paid = entry({ id: 3, sourceId: 1, kind: 'udbetaling', year: 2025, amount: 4_600_000 });
    const wrong = entry({
      id: 4,
      sourceId: 1,
      kind: 'bevilling',
      year: 2026,
      amount: 1_000_000,
      voidedAt: '2026-01-01T00:00:00.000Z',
    });
    const v = ledgerView(1, [pool, climate], [grant, decided, paid, wrong], [bus()]);
    expect(v.sources[0]!.years).toEqual(v.sources[0]!.yearsIfGranted);
    expect(v.proposals[0]?.sources).toEqual([
      {
        sourceId: 1,
        granted: 4_600_000,
        grantedByYear: { 2025: 4_600_000 },
        disbursed: 4_600_000,
        paidBack: 2_385_000,
        remaining: 0,
        net: 2_215_000,
      },
      {
        sourceId: 2,
        granted: 2_385_000,
        grantedByYear: { 2025: 2_385_000 },
        disbursed: 0,
        paidBack: 0,
        remaining: 2_385_000,
        net: 2_385_000,
      },
    ]);
    expect(v.conditional[0]?.ifGranted.paybackTotal).toBe(6);
    expect(v.sources[0]!.total).toEqual({
      amount: 50_000_000,
      granted: 4_600_000,
      disbursed: 4_600_000,
      paidBack: 2_385_000,
      balance: 47_785_000,
    });
  });

  it('refuses impossible entries with a coded reason', () => {
    const v = ledgerView(1, [pool, climate], [grant], [bus()]);
    const base = { proposalId: 8, replacesSourceId: null, expectedAnswer: null, note: null };
    const reason = (f: () => void) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(Conflict);
        return (e as Conflict).reason;
      }
      return null;
    };
    expect(
      reason(() =>
        checkEntry(v, { ...base, sourceId: 1, kind: 'udbetaling', year: 2025, amount: 4_600_001 }),
      ),
    ).toBe('pool.disbursed-over-granted');
    expect(
      reason(() =>
        checkEntry(v, { ...base, sourceId: 1, kind: 'udbetaling', year: 2025, amount: 4_600_000 }),
      ),
    ).toBeNull();
    expect(
      reason(() =>
        checkEntry(v, { ...base, sourceId: 1, kind: 'tilbagebetaling', year: 2026, amount: 5_000_000 }),
      ),
    ).toBe('pool.paid-back-over-net');
    expect(
      reason(() =>
        checkEntry(v, { ...base, sourceId: 1, kind: 'bevilling', year: 2026, amount: 45_400_001 }),
      ),
    ).toBe('pool.over-pool');
    expect(
      reason(() =>
        checkEntry(v, {
          ...base,
          sourceId: 2,
          kind: 'betinget',
          year: 2025,
          amount: 4_600_001,
          replacesSourceId: 1,
        }),
      ),
    ).toBe('pool.conditional-over-grant');
    // A source without stated amounts (the climate pool) is not limited here.
    expect(
      reason(() => checkEntry(v, { ...base, sourceId: 2, kind: 'bevilling', year: 2025, amount: 9_000_000 })),
    ).toBeNull();
  });
});
