import { describe, expect, it } from 'vitest';
import type { BudgetArea, Economy, EconomyLine, YearAmounts } from '../../core/model.ts';
import { areasFromSubtotals } from './area-from-subtotal.ts';

const line = (
  label: string,
  section: 'varig' | 'implementering',
  area: BudgetArea | null,
  amounts: YearAmounts,
): EconomyLine => ({
  label,
  section,
  budgetArea: area,
  amounts,
  sourceLine: 10,
});

function economy(lines: EconomyLine[], permanentByArea?: Partial<Record<BudgetArea, YearAmounts>>): Economy {
  return {
    unit: 't.kr',
    priceLevelYear: 2026,
    years: [2026, 2027],
    lines,
    stated: {
      permanentChange: { '2026': -300000, '2027': -300000 },
      ...(permanentByArea ? { permanentByArea } : {}),
      implementationCost: {},
      economicImpact: {},
      paybackService: null,
      paybackTotal: null,
    },
  };
}

describe('areasFromSubtotals', () => {
  it('gives the only area subtotal to lines without area when they sum to it, and says so', () => {
    const e = economy(
      [
        line('Husleje', 'varig', null, { '2026': -200000, '2027': -200000 }),
        line('Drift', 'varig', null, { '2026': -100000, '2027': -100000 }),
      ],
      { service: { '2026': -300000, '2027': -300000 } },
    );
    const warnings = areasFromSubtotals(e, 'Forslag 1');
    expect(e.lines.map((l) => l.budgetArea)).toEqual(['service', 'service']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      code: 'economy.area-from-subtotal',
      params: { ref: 'Forslag 1', count: 2, example: 'Husleje', area: 'service' },
      proposalRef: 'Forslag 1',
    });
    expect(warnings[0]!.sourceLine).toBe(10);
  });

  it('leaves the lines alone when their sum differs from the subtotal in any year', () => {
    const e = economy([line('Husleje', 'varig', null, { '2026': -200000, '2027': -299000 })], {
      service: { '2026': -200000, '2027': -300000 },
    });
    expect(areasFromSubtotals(e, 'Forslag 1')).toEqual([]);
    expect(e.lines[0]!.budgetArea).toBeNull();
  });

  it('leaves the lines alone when the block names two areas or a line has another area', () => {
    const two = economy([line('Husleje', 'varig', null, { '2026': -300000, '2027': -300000 })], {
      service: { '2026': -300000, '2027': -300000 },
      overfoersler: { '2026': 0, '2027': 0 },
    });
    expect(areasFromSubtotals(two, 'Forslag 1')).toEqual([]);
    const other = economy(
      [
        line('Husleje', 'varig', null, { '2026': -300000, '2027': -300000 }),
        line('Ydelser', 'varig', 'overfoersler', { '2026': 0 }),
      ],
      { service: { '2026': -300000, '2027': -300000 } },
    );
    expect(areasFromSubtotals(other, 'Forslag 1')).toEqual([]);
    expect(other.lines[0]!.budgetArea).toBeNull();
  });
});

describe('areasFromSubtotals, lines that are not needed for the sum', () => {
  it('leaves a line of zeros without area (it says nothing), and lines the sum does not need', () => {
    const zeros = economy(
      [
        line('Husleje', 'varig', 'service', { '2026': -300000, '2027': -300000 }),
        line('Vedligehold', 'varig', null, { '2026': 0, '2027': 0 }),
      ],
      { service: { '2026': -300000, '2027': -300000 } },
    );
    expect(areasFromSubtotals(zeros, 'Forslag 1')).toEqual([]);
    expect(zeros.lines[1]!.budgetArea).toBeNull();
  });
});
