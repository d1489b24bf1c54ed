// Deterministic synthetic proposals for benchmarks: fast to generate (no fast-check), realistic in
// shape (about 20 lines over 6 years: savings per area, implementation in the first years).
import { BUDGET_AREAS, emptyProposal, type EconomyLine, type Proposal, type YearAmounts } from '../model.ts';

const ADMINISTRATIONS = ['ØKF', 'BUF', 'KFF', 'SOF', 'SUF', 'TMF', 'BIF'];

/** A small fast PRNG (mulberry32) so every run benchmarks the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticProposal(i: number, random: () => number, lines = 20, yearCount = 6): Proposal {
  const start = 2024 + (i % 4);
  const years = Array.from({ length: yearCount }, (_, k) => start + k);
  const out: EconomyLine[] = [];
  for (let l = 0; l < lines; l++) {
    const implementation = l % 4 === 3;
    const amounts: YearAmounts = {};
    for (let k = 0; k < yearCount; k++) {
      if (implementation && k > 1) continue; // implementation only in the first two years
      if (!implementation && k === 0 && random() < 0.5) continue; // savings often start in year 2
      const v = Math.floor(random() * 2_000) * 1000;
      amounts[String(years[k])] = implementation ? v : -v;
    }
    out.push({
      label: implementation ? `Implementering ${l}` : `Effektivisering ${l}`,
      section: implementation ? 'implementering' : 'varig',
      budgetArea: BUDGET_AREAS[l % 3] ?? 'service',
      amounts,
      sourceLine: 100 + l,
      ...(l === 7 ? { grundinvestering: true } : {}),
    });
  }
  const p = emptyProposal(`Forslag ${i + 1}`, `Syntetisk forslag ${i + 1}`, 'investering');
  p.presentingAdministrations = [ADMINISTRATIONS[i % ADMINISTRATIONS.length] as string];
  p.economy = {
    unit: 't.kr',
    priceLevelYear: 2026,
    years,
    lines: out,
    stated: {
      permanentChange: {},
      implementationCost: {},
      economicImpact: {},
      paybackService: null,
      paybackTotal: null,
    },
  };
  p.sourceLines = [100, 140];
  return p;
}

export function syntheticProposals(count: number, seed = 1): Proposal[] {
  const random = prng(seed);
  return Array.from({ length: count }, (_, i) => syntheticProposal(i, random));
}
