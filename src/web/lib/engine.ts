// The web app's single doorway into the core engine. Every number the browser shows is computed
// here by src/core (the same code the server, CLI and importer run); web code formats and lays
// out, it never sums or computes a payback itself.
export { computeEconomy, deriveProposal } from '../../core/derive.ts';
export type { DerivedEconomy } from '../../core/derive.ts';
export { distributeSeries } from '../../core/distribution.ts';
export { formatAmount, formatMio, tryParseAmount, unitLabel } from '../../core/amount.ts';

import type { Proposal } from '../../core/model.ts';
import { DOCUMENT_FORMAT } from '../../core/model.ts';
import { validate } from '../../core/validation/index.ts';
import type { Finding } from '../api/types.ts';

/**
 * Findings for a proposal being edited: core's validation engine over a one-proposal document,
 * the same rules the server runs on save (so what the editor shows is what CFØ will see).
 */
export function liveFindings(proposal: Proposal): Finding[] {
  return validate({
    format: DOCUMENT_FORMAT,
    source: null,
    priceLevelYear: proposal.economy?.priceLevelYear ?? null,
    catalog: null,
    proposals: [proposal],
    warnings: [],
  });
}
