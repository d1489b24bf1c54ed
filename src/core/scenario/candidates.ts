// What a scenario knows about each proposal: its pool need (implementation cost per year and in
// all), its effect per year and at full phase-in (catalog sign: positive = saving), its payback
// and committee. Computed once by the engine (deriveProposal); the solver only sees these numbers.
import { type DerivedEconomy, deriveProposal } from '../derive.ts';
import { isGevinstError } from '../errors.ts';
import type { Kroner, Proposal, ProposalKind, YearAmounts } from '../model.ts';

export interface Candidate {
  ref: string;
  title: string;
  kind: ProposalKind;
  committee: string | null;
  /** Σ implementation cost: what the pool pays (0 for a proposal that needs no pool money). */
  investment: Kroner;
  /** Implementation cost per year. */
  implementation: YearAmounts;
  /** −Samlet varig ændring per table year: positive = saving (the catalog's sign). */
  effect: YearAmounts;
  /** −Samlet varig ændring in the last column; 0 when the table has none. */
  fullEffect: Kroner;
  paybackTotal: number | null;
  /** Has an implementation cost > 0 in some year: competes for the pool. */
  needsPool: boolean;
  /** Why the economy cannot be computed (then nothing else is known), else null. */
  unreadable: string | null;
}

export interface CandidateSource {
  proposal: Proposal;
  /** The committee the round places the proposal under (null when unknown). */
  committee?: string | null;
  /** The engine's figures when the caller has them already. */
  derived?: DerivedEconomy | null;
}

const negate = (a: YearAmounts): YearAmounts => {
  const out: YearAmounts = {};
  for (const [y, v] of Object.entries(a)) out[y] = v === 0 ? 0 : -v;
  return out;
};

export function candidateOf(src: CandidateSource): Candidate {
  const p = src.proposal;
  const base = { ref: p.ref, title: p.title, kind: p.kind, committee: src.committee ?? null };
  let d: DerivedEconomy | null;
  try {
    d = src.derived !== undefined ? src.derived : deriveProposal(p);
  } catch (e) {
    if (!isGevinstError(e)) throw e;
    return {
      ...base,
      investment: 0,
      implementation: {},
      effect: {},
      fullEffect: 0,
      paybackTotal: null,
      needsPool: false,
      unreadable: e.message,
    };
  }
  const implementation = d?.implementationCost ?? {};
  const needsPool = Object.values(implementation).some((v) => v > 0);
  const full = d?.fullEffect?.total ?? 0;
  return {
    ...base,
    // A proposal without an implementation cost needs no pool money (contract: always chosen).
    investment: needsPool ? (d?.investmentTotal ?? 0) : 0,
    implementation: needsPool ? implementation : {},
    effect: d ? negate(d.permanentChange) : {},
    fullEffect: full === 0 ? 0 : -full,
    paybackTotal: d?.paybackTotal ?? null,
    needsPool,
    unreadable: null,
  };
}
