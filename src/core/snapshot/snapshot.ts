// Decision snapshots: a round frozen at a decision point (the committees, ØU, the budget, the
// OFS). What is frozen: who and when, which proposals with which versions and figures, the pool's
// use per source and year, and the round's document (catalog and proposals) from which every
// export of the snapshot is rendered, so a later edit changes nothing of that day's documents.
// The diff between two snapshots says which proposals came in or went out, which changed (version
// and figures) and how the pool's use moved.
import { deriveProposal } from '../derive.ts';
import type { Proposal, YearAmounts } from '../model.ts';
import type { LedgerView, Snapshot, SnapshotDiff, SnapshotProposal } from '../schema/pool.ts';

export interface SnapshotEntry {
  proposalId: number;
  version: number;
  status: string;
  committee: string | null;
  proposal: Proposal;
}

const negate = (a: YearAmounts): YearAmounts =>
  Object.fromEntries(Object.entries(a).map(([y, v]) => [y, v === 0 ? 0 : -v]));

/** The figures a snapshot keeps of each proposal (computed by the engine on the day). */
export function snapshotProposal(e: SnapshotEntry): SnapshotProposal {
  let d: ReturnType<typeof deriveProposal>;
  try {
    d = deriveProposal(e.proposal);
  } catch {
    d = null;
  }
  const hasInvestment = d !== null && Object.values(d.implementationCost).some((v) => v > 0);
  return {
    proposalId: e.proposalId,
    ref: e.proposal.ref,
    title: e.proposal.title,
    version: e.version,
    status: e.status,
    committee: e.committee,
    investment: hasInvestment && d ? d.investmentTotal : null,
    fullEffect: d?.fullEffect ? (d.fullEffect.total === 0 ? 0 : -d.fullEffect.total) : null,
    effect: d ? negate(d.permanentChange) : {},
    implementationCost: d?.implementationCost ?? {},
    paybackTotal: d?.paybackTotal ?? null,
  };
}

/** Each source's use per year (granted − paid back, pending conditional grants refused). */
export function poolUse(view: LedgerView): Snapshot['poolUse'] {
  return view.sources.map((s) => ({
    sourceId: s.source.id,
    name: s.source.name,
    byYear: Object.fromEntries(s.years.map((y) => [String(y.year), y.granted - y.paidBack])),
  }));
}

const FIELDS = [
  'status',
  'investment',
  'fullEffect',
  'paybackTotal',
  'effect',
  'implementationCost',
] as const;

export function diffSnapshots(from: Snapshot, to: Snapshot): SnapshotDiff {
  const before = new Map(from.proposals.map((p) => [p.proposalId, p]));
  const after = new Map(to.proposals.map((p) => [p.proposalId, p]));
  const added = to.proposals
    .filter((p) => !before.has(p.proposalId))
    .map((p) => ({ ref: p.ref, title: p.title }));
  const removed = from.proposals
    .filter((p) => !after.has(p.proposalId))
    .map((p) => ({ ref: p.ref, title: p.title }));
  const changed: SnapshotDiff['changed'] = [];
  for (const b of to.proposals) {
    const a = before.get(b.proposalId);
    if (!a) continue;
    const fields: SnapshotDiff['changed'][number]['fields'] = FIELDS.filter(
      (f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]),
    ).map((f) => ({ field: f, from: a[f], to: b[f] }));
    if (a.title !== b.title) fields.unshift({ field: 'title', from: a.title, to: b.title });
    if (fields.length > 0 || a.version !== b.version)
      changed.push({ ref: b.ref, title: b.title, fromVersion: a.version, toVersion: b.version, fields });
  }
  const names = [...new Set([...from.poolUse, ...to.poolUse].map((s) => s.name))];
  const pool: SnapshotDiff['poolUse'] = [];
  for (const name of names) {
    const f = from.poolUse.find((s) => s.name === name)?.byYear ?? {};
    const t = to.poolUse.find((s) => s.name === name)?.byYear ?? {};
    const years = [...new Set([...Object.keys(f), ...Object.keys(t)])].sort();
    for (const y of years) {
      const a = f[y] ?? 0;
      const b = t[y] ?? 0;
      if (a !== b) pool.push({ name, year: Number(y), from: a, to: b });
    }
  }
  const summary = ({ proposals: _p, poolUse: _u, tables: _t, ...s }: Snapshot) => s;
  return { from: summary(from), to: summary(to), added, removed, changed, poolUse: pool };
}
