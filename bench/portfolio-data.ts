// The round the pool benchmarks work on: 200 synthetic proposals (20 lines × 6 years, the engine
// bench's generator), placed under the committees of their administrations, with risk levels.
import { committeeForProposal } from '../src/core/catalog.ts';
import type { Proposal } from '../src/core/model.ts';
import { type Candidate, candidateOf } from '../src/core/scenario/candidates.ts';
import type { ScenarioConstraints } from '../src/core/scenario/solve.ts';
import { syntheticProposals } from '../src/core/testing/synthetic.ts';

export const ROUND_SIZE = 200;
const LEVELS = ['Lav', 'Middel', 'Høj'];

export function benchProposals(count = ROUND_SIZE): Proposal[] {
  return syntheticProposals(count, 2027).map((p, i) => ({
    ...p,
    risk: { level: LEVELS[i % 3] as string, text: '', sourceLine: null },
  }));
}

export function benchCandidates(proposals: Proposal[]): Candidate[] {
  return proposals.map((p) => candidateOf({ proposal: p, committee: committeeForProposal(p) }));
}

/**
 * A hard round: the pool holds 40 % of what the proposals ask for, each of the first three years
 * 45 % of that year's asks, and each of the seven committees must reach 30 % of the effect its
 * proposals could give in the third year.
 */
export function benchConstraints(candidates: Candidate[]): ScenarioConstraints {
  const total = candidates.reduce((s, x) => s + x.investment, 0);
  const years = [...new Set(candidates.flatMap((x) => Object.keys(x.implementation)))].sort().slice(0, 3);
  const poolByYear: Record<string, number> = {};
  for (const y of years)
    poolByYear[y] = Math.floor(0.45 * candidates.reduce((s, x) => s + (x.implementation[y] ?? 0), 0));
  const targetYear = 2028;
  const committees = [...new Set(candidates.map((x) => x.committee ?? ''))].filter(Boolean).sort();
  const targets = committees.map((committee) => ({
    committee,
    year: targetYear,
    amount: Math.floor(
      0.3 *
        candidates
          .filter((x) => x.committee === committee)
          .reduce((s, x) => s + Math.max(0, x.effect[String(targetYear)] ?? 0), 0),
    ),
  }));
  return { pool: Math.floor(0.4 * total), poolByYear, maxPayback: null, require: [], exclude: [], targets };
}
