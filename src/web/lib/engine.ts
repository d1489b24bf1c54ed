// The web app's single doorway into the core engine. Every number the browser shows is computed
// here by src/core (the same code the server, CLI and importer run); web code formats and lays
// out, it never sums or computes a payback itself.
export { computeEconomy, deriveProposal } from '../../core/derive.ts';
export type { DerivedEconomy } from '../../core/derive.ts';
export { distributeSeries } from '../../core/distribution.ts';
export { formatAmount, formatMio, tryParseAmount, unitLabel } from '../../core/amount.ts';

import type { Proposal } from '../../core/model.ts';
import type { Finding } from '../api/types.ts';

/**
 * Findings for a proposal being edited, from core's validation engine.
 * TODO: wire core's validate() when src/core/validation has its entry point; until then the
 * editor shows only unreadable cells (reported by the editor itself).
 */
export function liveFindings(_proposal: Proposal): Finding[] {
  return [];
}
