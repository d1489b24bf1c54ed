// The stated rows a generated proposal prints, taken from the engine (src/core/derive.ts), limited
// to the rows the 2026 template has: an efficiency proposal prints no implementation block, no
// "Samlet økonomisk påvirkning" and no payback. Used for demo data, the benchmark corpus and the
// round-trip property: never a second implementation of the sums.
import { computeEconomy } from '../../../core/derive.ts';
import type { Economy, ProposalKind, StatedEconomy } from '../../../core/model.ts';

export function statedFromEngine(economy: Economy, kind: ProposalKind): StatedEconomy {
  const d = computeEconomy(economy);
  if (kind === 'effektivisering') {
    return {
      permanentChange: d.permanentChange,
      permanentByArea: d.permanentByArea,
      implementationCost: {},
      economicImpact: {},
      paybackService: null,
      paybackTotal: null,
    };
  }
  return {
    permanentChange: d.permanentChange,
    permanentByArea: d.permanentByArea,
    implementationCost: d.implementationCost,
    implementationByArea: d.implementationByArea,
    economicImpact: d.economicImpact,
    paybackService: d.paybackService,
    paybackTotal: d.paybackTotal,
  };
}

/** The economy with its stated rows replaced by the engine's. */
export function withEngineStated(economy: Economy, kind: ProposalKind): Economy {
  return { ...economy, stated: statedFromEngine(economy, kind) };
}
