// scenarioAnswer: the solve with the chosen proposals' NPV and risk, as the worker computes it.
// Solved by the exact enumeration in core (no HiGHS needed); the NPV is checked against each
// chosen proposal's own NPV, the risk against an empty choice.
import { describe, expect, it } from 'vitest';
import { deriveProposal } from '../derive.ts';
import { npvOf } from '../economics/npv.ts';
import { type Proposal, emptyProposal } from '../model.ts';
import { DEFAULT_SETTINGS } from '../process/organisation.ts';
import { scenarioAnswer } from './answer.ts';
import { bruteForceSolver } from './exact.ts';
import type { ScenarioConstraints } from './solve.ts';

const T = 1000;

function investment(ref: string, invest: number, saving: number): Proposal {
  const p = emptyProposal(ref, `Investering ${ref}`, 'investering');
  p.presentingAdministrations = ['BUF'];
  p.risk = { level: 'Middel', text: 'Leverandøren er kendt.', sourceLine: null };
  p.economy = {
    unit: 't.kr',
    priceLevelYear: 2027,
    years: [2027, 2028, 2029, 2030],
    lines: [
      {
        label: 'Besparelse',
        section: 'varig',
        budgetArea: 'service',
        amounts: { '2028': -saving * T, '2029': -saving * T, '2030': -saving * T },
        sourceLine: null,
      },
      {
        label: 'Investering',
        section: 'implementering',
        budgetArea: 'service',
        amounts: { '2027': invest * T },
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
  return p;
}

const entries = [investment('F1', 1000, 400), investment('F2', 800, 250), investment('F3', 600, 300)].map(
  (proposal) => ({ proposal, committee: 'BUU' }),
);
const constraints = (pool: number): ScenarioConstraints => ({
  pool,
  poolByYear: {},
  maxPayback: null,
  require: [],
  exclude: [],
  targets: [],
});
const settings = { ...DEFAULT_SETTINGS, monteCarloDraws: 1_000 };

describe('a scenario with its NPV and risk', () => {
  it('the NPV is the sum of the chosen proposals’ own NPVs; the risk is of the chosen', () => {
    const a = scenarioAnswer(entries, constraints(1_600 * T), settings, bruteForceSolver);
    // 1.600 buys F1 + F3 (effect 700) rather than F2 + F3 (550) or F1 alone.
    expect([...a.selected].sort()).toEqual(['F1', 'F3']);
    const own = entries
      .filter((e) => a.selected.includes(e.proposal.ref))
      .map(
        (e) =>
          npvOf(
            e.proposal.economy!,
            deriveProposal(e.proposal)!,
            settings.discountRate,
            settings.horizonYears,
          )!.value,
      );
    expect(a.npv).toBe(own[0]! + own[1]!);
    expect(a.risk?.draws).toBe(1_000);
    // Seeded: the same answer again.
    expect(scenarioAnswer(entries, constraints(1_600 * T), settings, bruteForceSolver)).toEqual(a);
  });

  it('nothing chosen: NPV 0 and no risk picture', () => {
    const a = scenarioAnswer(entries, constraints(0), settings, bruteForceSolver);
    expect(a.selected).toEqual([]);
    expect(a.npv).toBe(0);
    expect(a.risk).toBeNull();
  });
});
