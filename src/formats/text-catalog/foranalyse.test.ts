import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../core/amount.ts';
import type { Warning } from '../../core/model.ts';
import { moneyIn, requestedAmount as amountOf } from './foranalyse.ts';
import { proposalWarner } from './warn.ts';

/** requestedAmount with its warnings collected in `w`. */
const requestedAmount = (prose: string, line: number, w: Warning[]) =>
  amountOf(prose, line, proposalWarner(w, 'Foranalyse 1'));

describe('requestedAmount', () => {
  it('prefers the stated total to the parts', () => {
    const w: Warning[] = [];
    const prose =
      'Foranalysen kræver 1,3 årsværk (843 t. kr.). Hertil kommer ekstern konsulent 0,2 mio. kr. Der søges samlet 1,043 mio. kr.';
    expect(moneyIn(prose).map((m) => [m.value, m.total])).toEqual([
      [843_000, false],
      [200_000, false],
      [1_043_000, true],
    ]);
    expect(requestedAmount(prose, 5, w)).toBe(1_043_000);
    expect(w).toEqual([]);
  });

  it('does not count "heraf" parts as the total', () => {
    expect(requestedAmount('I alt 750.000 kr., heraf 450.000 kr. til projektledelse.', 1, [])).toBe(750_000);
  });

  it('ignores numbers that are not kroner (årsværk, p/l years, percentages)', () => {
    expect(moneyIn('1,3 årsværk i 2026 (2026 p/l), 40 % af tiden').length).toBe(0);
  });

  // Property: whatever parts the prose states, with a "samlet" sentence the total wins; without
  // one, the sum of the parts is returned and the warning says it was added up.
  const unitText = fc.constantFrom(
    ['t.kr', 't. kr.'] as const,
    ['mio.kr', 'mio. kr.'] as const,
    ['kr', 'kr.'] as const,
  );
  const part = fc.tuple(fc.integer({ min: 1, max: 9_999 }), unitText).map(([n, [unit, shown]]) => {
    const kroner = n * (unit === 'mio.kr' ? 10_000 : unit === 't.kr' ? 1_000 : 1);
    return { kroner, text: `${formatAmount(kroner, unit)} ${shown}` };
  });

  it('sums parts with a warning, or takes the stated total (property)', () => {
    fc.assert(
      fc.property(
        fc.array(part, { minLength: 1, maxLength: 5 }),
        fc.option(part, { nil: undefined }),
        (parts, total) => {
          const sentences = parts.map((p, i) => `Post ${i + 1} koster ${p.text}`);
          if (total) sentences.push(`Der søges samlet ${total.text}`);
          const w: Warning[] = [];
          const got = requestedAmount(sentences.join('. ') + '.', 3, w);
          if (total) {
            expect(got).toBe(total.kroner);
            expect(w).toEqual([]);
          } else {
            expect(got).toBe(parts.reduce((a, p) => a + p.kroner, 0));
            expect(w.length).toBe(parts.length > 1 ? 1 : 0);
            if (parts.length > 1) expect(w[0]!.code).toBe('preanalysis.amount-summed');
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
