// A scenario as the finance centre sees it: the optimal selection (solve.ts) with its net present
// value and the risk picture of the chosen proposals together (Monte Carlo). One pure function of
// the round's counted proposals, the constraints, the organisation's settings and a solver, so the
// server can run it in a worker thread (the solve and the simulation take up to a few seconds for
// a large round and must not hold the event loop) and get the same answer anywhere.
import { deriveProposal } from '../derive.ts';
import { npvOf } from '../economics/npv.ts';
import { isGevinstError } from '../errors.ts';
import type { Proposal } from '../model.ts';
import type { OrganisationSettings } from '../process/organisation.ts';
import { prepareRisk, simulate, simulationOptions } from '../risk/monte-carlo.ts';
import type { ScenarioAnswer } from '../schema/pool.ts';
import { candidateOf } from './candidates.ts';
import type { BinarySolver } from './program.ts';
import { type ScenarioConstraints, runScenario } from './solve.ts';

export interface ScenarioEntry {
  proposal: Proposal;
  committee: string | null;
}

export function scenarioAnswer(
  entries: readonly ScenarioEntry[],
  constraints: ScenarioConstraints,
  settings: OrganisationSettings,
  solver: BinarySolver,
): ScenarioAnswer {
  const candidates = entries.map((e) => candidateOf({ proposal: e.proposal, committee: e.committee }));
  const result = runScenario(candidates, constraints, solver);
  const selected = new Set(result.selected);
  const chosen = entries.filter((e) => selected.has(e.proposal.ref));
  let npv = 0;
  for (const e of chosen) {
    if (e.proposal.economy === null) continue;
    try {
      const d = deriveProposal(e.proposal);
      if (d) npv += npvOf(e.proposal.economy, d, settings.discountRate, settings.horizonYears)?.value ?? 0;
    } catch (err) {
      // An unreadable economy is never selected; anything else is a bug to see.
      if (!isGevinstError(err)) throw err;
    }
  }
  const risk =
    chosen.length === 0
      ? null
      : simulate(
          chosen.map((e) => prepareRisk(e.proposal, settings)),
          simulationOptions(settings),
        ).total;
  return { ...result, npv, risk };
}
