// The round as the finance centre and the round page see it: Tabel 1 (per committee) and Tabel 2
// (per proposal) over the proposals that count, every proposal with its figures, target
// attainment against måltal plus rising profiles, the payback distribution, and the choices the
// filters offer. The server computes it once per round revision; the web only renders it. Neither
// sums nor filters on its own.
import { buildCatalog, committeeForProposal } from '../catalog.ts';
import { type DerivedEconomy, deriveProposal } from '../derive.ts';
import { isGevinstError } from '../errors.ts';
import type { MasterData } from '../master-data.ts';
import { warning } from '../messages/index.ts';
import type { Proposal, ProposalKind, Warning, YearAmounts } from '../model.ts';
import type {
  ProposalSummary,
  RisingProfileLine,
  RoundDetail,
  RoundFilter,
  RoundProposal,
  RoundView,
} from '../schema/api.ts';
import { targetAttainment } from '../targets.ts';
import { profilesByCommittee } from './rising-profiles.ts';
import { STATUSES, type Status, isCounted } from './statuses.ts';

/** One proposal of the round: its list columns and its current body. */
export interface RoundEntry extends ProposalSummary {
  proposal: Proposal;
}

export interface RoundViewInput {
  round: RoundDetail;
  entries: readonly RoundEntry[];
  /** Typed-in and derived rising profiles (rising-profiles.ts). */
  risingProfiles: readonly RisingProfileLine[];
  masterData: MasterData;
  filter?: RoundFilter;
  /**
   * Proposal id → realised permanent change per year (proposal sign), for the years the follow-up
   * has one (src/core/follow-up). Target attainment shows what came in beside what was counted.
   */
  realised?: ReadonlyMap<number, YearAmounts>;
}

interface Placed {
  entry: RoundEntry;
  derived: DerivedEconomy | null;
  committee: string | null;
  leftOut: string | null;
}

const KINDS: readonly ProposalKind[] = ['investering', 'effektivisering', 'foranalyse'];

/** Payback buckets of the distribution chart: "1".."6", "7+" and "none" (proposals with an investment). */
export function paybackBuckets(
  derived: readonly (DerivedEconomy | null)[],
): { bucket: string; count: number }[] {
  const buckets = ['1', '2', '3', '4', '5', '6', '7+', 'none'];
  const counts = new Map(buckets.map((b) => [b, 0]));
  for (const d of derived) {
    if (!d || Object.keys(d.implementationCost).length === 0) continue;
    const p = d.paybackTotal;
    const b = p === null ? 'none' : p >= 7 ? '7+' : String(Math.max(1, p));
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  return buckets.map((bucket) => ({ bucket, count: counts.get(bucket) ?? 0 }));
}

function place(entry: RoundEntry, md: MasterData, warnings: Warning[]): Placed {
  const p = entry.proposal;
  let derived: DerivedEconomy | null;
  try {
    derived = deriveProposal(p);
  } catch (err) {
    const w = warning(
      'catalog.economy-unreadable',
      { ref: p.ref, reason: isGevinstError(err) ? err.message : 'økonomitabellen kan ikke beregnes.' },
      { proposalRef: p.ref },
    );
    if (isCounted(entry.status)) warnings.push(w);
    return { entry, derived: null, committee: entry.committee, leftOut: w.message };
  }
  let committee: string;
  if (entry.committee !== null && md.committee(entry.committee)) committee = entry.committee;
  else {
    try {
      committee = committeeForProposal(p, { masterData: md });
    } catch {
      const w = warning('catalog.no-committee', { ref: p.ref, title: p.title }, { proposalRef: p.ref });
      if (isCounted(entry.status)) warnings.push(w);
      return { entry, derived, committee: null, leftOut: w.message };
    }
  }
  return { entry, derived, committee, leftOut: null };
}

function matches(x: Placed, f: RoundFilter): boolean {
  const e = x.entry;
  return (
    (f.committee === undefined || x.committee === f.committee) &&
    (f.kind === undefined || e.kind === f.kind) &&
    (f.status === undefined || e.status === f.status) &&
    (f.approvedWith === undefined || e.approvedWith === f.approvedWith)
  );
}

function yearsOf(placed: readonly Placed[]): number[] {
  const years = new Set<number>();
  for (const x of placed) {
    if (!x.derived || x.leftOut !== null || !isCounted(x.entry.status)) continue;
    for (const y of Object.keys(x.derived.permanentChange)) years.add(Number(y));
  }
  return [...years].sort((a, b) => a - b);
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'da'));

/** Computes the round's page and catalog. Pure: the same input gives the same answer. */
export function roundView(input: RoundViewInput): RoundView {
  const { round, masterData: md } = input;
  const filter = input.filter ?? {};
  const warnings: Warning[] = [];
  const placed = input.entries.map((e) => place(e, md, warnings));
  const years = yearsOf(placed);
  const shown = placed.filter((x) => matches(x, filter));
  const inTables = shown.filter((x) => isCounted(x.entry.status) && x.leftOut === null);

  const committeeOf: Record<string, string> = {};
  const approvedWith: Record<string, string> = {};
  const derivedOf = new Map<Proposal, DerivedEconomy | null>();
  for (const x of inTables) {
    const ref = x.entry.proposal.ref;
    if (x.committee !== null) committeeOf[ref] = x.committee;
    if (x.entry.approvedWith) approvedWith[ref] = x.entry.approvedWith;
    derivedOf.set(x.entry.proposal, x.derived);
  }
  const tables = buildCatalog(
    inTables.map((x) => x.entry.proposal),
    {
      committeeOf,
      approvedWith,
      priceLevelYear: round.priceLevelYear,
      masterData: md,
      years,
      derive: (p) => (derivedOf.has(p) ? (derivedOf.get(p) ?? null) : deriveProposal(p)),
    },
  );
  warnings.push(...tables.warnings);

  const targets: Record<string, YearAmounts> = {};
  for (const t of round.targets) {
    if (filter.committee !== undefined && t.committee !== filter.committee) continue;
    (targets[t.committee] ??= {})[String(t.year)] = t.amount;
  }
  // What came in minus what was counted, in catalog sign: −(realised − planned) per proposal.
  const realisedDifference: Record<string, YearAmounts> = {};
  for (const x of inTables) {
    const realised = input.realised?.get(x.entry.id);
    if (!realised || x.committee === null || !x.derived) continue;
    const into = (realisedDifference[x.committee] ??= {});
    for (const [y, r] of Object.entries(realised)) {
      into[y] = (into[y] ?? 0) - (r - (x.derived.permanentChange[y] ?? 0));
    }
  }
  const profiles = input.risingProfiles.filter(
    (l) => filter.committee === undefined || l.committee === filter.committee,
  );

  const proposals: RoundProposal[] = shown.map((x) => {
    const { proposal: _body, ...summary } = x.entry;
    const d = x.derived;
    const hasInvestment = d !== null && Object.keys(d.implementationCost).length > 0;
    return {
      ...summary,
      counted: isCounted(x.entry.status),
      leftOut: x.leftOut,
      inTables: isCounted(x.entry.status) && x.leftOut === null,
      investment: hasInvestment ? d.investmentTotal : null,
      implementationCost: d?.implementationCost ?? {},
      paybackTotal: d?.paybackTotal ?? null,
      paybackTotalYear: d?.paybackTotalYear ?? null,
      paybackService: d?.paybackService ?? null,
      fullEffect: d?.fullEffect?.total ?? null,
    };
  });

  const { targets: _t, risingProfiles: _r, ...summary } = round;
  return {
    round: summary,
    filter,
    years,
    unit: tables.committeeTable.unit,
    tables: [tables.committeeTable, tables.proposalTable],
    proposals,
    targets:
      Object.keys(targets).length > 0
        ? targetAttainment(tables.committeeTable, {
            targets,
            risingProfiles: profilesByCommittee(profiles),
            realisedDifference,
          })
        : [],
    risingProfiles: [...profiles],
    paybackBuckets: paybackBuckets(inTables.map((x) => x.derived)),
    options: {
      committees: sorted(placed.flatMap((x) => (x.committee === null ? [] : [x.committee]))),
      kinds: KINDS.filter((k) => placed.some((x) => x.entry.kind === k)),
      statuses: STATUSES.filter((s: Status) => placed.some((x) => x.entry.status === s)),
      approvedWith: sorted(placed.flatMap((x) => (x.entry.approvedWith ? [x.entry.approvedWith] : []))),
    },
    warnings,
  };
}
