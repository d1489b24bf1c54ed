import { describe, expect, it } from 'vitest';
import { estimateIssues } from './estimate-rules.ts';
import { economyLineSchema } from './schema/document.ts';

describe('a line’s three-point estimate', () => {
  const amounts = { '2026': -1000, '2027': -2000 };

  it('low ≤ likely ≤ high in the proposal’s signs, only in years with a likely amount', () => {
    expect(
      estimateIssues(amounts, { low: { '2026': -1500 }, high: { '2026': -500, '2027': -2000 } }),
    ).toEqual([]);
    expect(
      estimateIssues(amounts, { low: { '2026': -900, '2028': -1 }, high: { '2027': -2500 } }).map((i) => [
        i.which,
        i.year,
      ]),
    ).toEqual([
      ['low', '2026'],
      ['low', '2028'],
      ['high', '2027'],
    ]);
  });

  it('the document schema refuses what the rule refuses, naming the cell', () => {
    const line = {
      label: 'Lavere elforbrug',
      section: 'varig',
      budgetArea: 'service',
      amounts,
      sourceLine: null,
      estimate: { low: { '2026': -900 }, high: {} },
    };
    const r = economyLineSchema.safeParse(line);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['estimate.low.2026']);
    expect(
      economyLineSchema.safeParse({ ...line, estimate: { low: { '2026': -1100 }, high: {} } }).success,
    ).toBe(true);
  });
});
