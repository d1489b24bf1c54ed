// The risk picture off the page's thread: core's Monte Carlo simulation (src/core/risk) in a Web
// Worker, so the editor stays responsive while the author types. One message in, one out.
import type { Proposal } from '../../core/model.ts';
import type { OrganisationSettings } from '../../core/process/organisation.ts';
import { prepareRisk, simulate, simulationOptions } from '../../core/risk/monte-carlo.ts';

export interface RiskRequest {
  id: number;
  proposals: Proposal[];
  settings: OrganisationSettings;
  draws?: number;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<RiskRequest>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (e) => {
  const { id, proposals, settings, draws } = e.data;
  const started = performance.now();
  try {
    const result = simulate(
      proposals.map((p) => prepareRisk(p, settings)),
      simulationOptions(settings, draws),
    );
    scope.postMessage({ id, result, ms: performance.now() - started });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
