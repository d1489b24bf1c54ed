// Stigende profiler: savings of proposals adopted in earlier rounds that keep rising, and so count
// against a later round's efficiency target (2026 catalog l.9–22: "Medregnes de stigende profiler
// fra tidligere års effektiviseringer, indfries det samlede effektiviseringsmåltal").
//
// Rule. A proposal adopted in an earlier round has its permanent change pc(y) (proposal sign,
// negative = saving; beyond its last column the last column repeats, before its first column it
// is 0, as the payback rule reads a table). The level already in the budget when the later round
// starts in year Y is pc(Y − 1). What the later round may count in year y ≥ Y is the saving that
// comes on top of that level: −(pc(y) − pc(Y − 1)), in catalog sign (positive = saving).
// Example: saving 500, 1.000, 1.500, 1.500 in 2026–2029, adopted in Budget 2026. Budget 2027
// counts 500 in 2027 and 1.000 in 2028 and later; Budget 2028 counts 0 in 2028 (no rise).
import { deriveProposal } from '../derive.ts';
import type { Kroner, Proposal, YearAmounts } from '../model.ts';
import type { RisingProfile, RisingProfileLine } from '../schema/api.ts';

/** An adopted proposal of an earlier round, with what the later round needs to name it. */
export interface AdoptedProposal {
  proposalId: number;
  roundId: number;
  roundName: string;
  /** The earlier round's first budget year. */
  roundYear: number;
  committee: string | null;
  proposal: Proposal;
}

/** pc(y) with the steady-state reading: blank before the table is 0, after it the last column. */
function permanentAt(pc: YearAmounts, years: readonly number[], y: number): Kroner {
  const direct = pc[String(y)];
  if (direct !== undefined) return direct;
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined || y < first) return 0;
  if (y > last) return pc[String(last)] ?? 0;
  return 0;
}

/**
 * The rising profiles a round derives from earlier rounds' adopted proposals, one line per
 * proposal that adds a saving (or a cost) in one of `years`. Proposals without a committee or
 * without a readable economy are skipped (they cannot be attributed).
 */
export function deriveRisingProfiles(
  round: { year: number },
  years: readonly number[],
  adopted: readonly AdoptedProposal[],
): RisingProfileLine[] {
  const out: RisingProfileLine[] = [];
  const counted = years.filter((y) => y >= round.year);
  for (const a of adopted) {
    if (a.roundYear >= round.year || a.committee === null) continue;
    let derived;
    try {
      derived = deriveProposal(a.proposal);
    } catch {
      continue;
    }
    if (!derived) continue;
    const pcYears = Object.keys(derived.permanentChange).map(Number);
    const base = permanentAt(derived.permanentChange, pcYears, round.year - 1);
    const amounts: YearAmounts = {};
    let any = false;
    for (const y of counted) {
      const rise = 0 - (permanentAt(derived.permanentChange, pcYears, y) - base);
      if (rise !== 0) any = true;
      amounts[String(y)] = rise;
    }
    if (!any) continue;
    out.push({
      committee: a.committee,
      title: `${a.proposal.ref} ${a.proposal.title}`.trim(),
      amounts,
      source: {
        kind: 'derived',
        proposalId: a.proposalId,
        ref: a.proposal.ref,
        roundId: a.roundId,
        roundName: a.roundName,
      },
    });
  }
  return out;
}

/** Typed-in profiles as lines beside the derived ones. */
export function manualProfileLines(profiles: readonly RisingProfile[]): RisingProfileLine[] {
  return profiles.map((p) => ({
    committee: p.committee,
    title: p.title,
    amounts: p.amounts,
    source: { kind: 'manual' as const, id: p.id },
  }));
}

/** Committee → Σ of its lines per year: the input of target attainment. */
export function profilesByCommittee(lines: readonly RisingProfileLine[]): Record<string, YearAmounts> {
  const out: Record<string, YearAmounts> = {};
  for (const l of lines) {
    const into = (out[l.committee] ??= {});
    for (const [y, v] of Object.entries(l.amounts)) into[y] = (into[y] ?? 0) + v;
  }
  return out;
}
