// The investment pool and its ledger. The ledger stores decisions (entries: granted, paid out,
// paid back, and grants that depend on another source's answer); this module computes everything
// else from them: per source and year what it has, what is granted, paid out and paid back, the
// balance and the running balance; per proposal and source what is granted, paid out, paid back
// and what remains; and for each conditional grant both outcomes (each source's net share and the
// proposal's payback as the investment pool sees it) until it is decided.
//
// The electric bus of the 2026 catalog (l.3880–4090): the investment pool grants 4.600.000 kr.;
// the climate pool is asked for 2.385.000 kr. (betinget, replacing investment-pool money). If the
// climate pool says yes, 2.385.000 kr. is paid back to the investment pool, which then bears
// 2.215.000 kr., and the payback falls from 10 to 6 years. Until the answer both are shown.
import { Conflict } from '../errors.ts';
import { deriveProposal } from '../derive.ts';
import { denseEconomy } from '../economics/series.ts';
import { messageText } from '../messages/index.ts';
import type { Kroner, Proposal, YearAmounts } from '../model.ts';
import { paybackFromSeries } from '../payback.ts';
import type {
  ConditionalView,
  LedgerView,
  PoolEntry,
  PoolEntryInput,
  PoolSource,
  SourceView,
} from '../schema/pool.ts';

export interface LedgerProposal {
  id: number;
  ref: string;
  title: string;
  proposal: Proposal;
}

/** An entry as it counts: conditional grants resolved to a grant (and a payback) or nothing. */
interface Flow {
  sourceId: number;
  proposalId: number | null;
  kind: 'bevilling' | 'udbetaling' | 'tilbagebetaling';
  year: number;
  amount: Kroner;
}

type Assume = 'refused' | 'granted';

/** The flows of the live entries; a pending conditional grant counts as `assume` (or as `override` says). */
export function flows(
  entries: readonly PoolEntry[],
  assume: Assume,
  override?: { id: number; as: Assume },
): Flow[] {
  const out: Flow[] = [];
  for (const e of entries) {
    if (e.voidedAt !== null) continue;
    if (e.kind !== 'betinget') {
      out.push({
        sourceId: e.sourceId,
        proposalId: e.proposalId,
        kind: e.kind,
        year: e.year,
        amount: e.amount,
      });
      continue;
    }
    const pendingAs = override && override.id === e.id ? override.as : assume;
    const granted = e.outcome === 'bevilget' || (e.outcome === 'afventer' && pendingAs === 'granted');
    if (!granted) continue;
    out.push({
      sourceId: e.sourceId,
      proposalId: e.proposalId,
      kind: 'bevilling',
      year: e.year,
      amount: e.amount,
    });
    if (e.replacesSourceId !== null)
      out.push({
        sourceId: e.replacesSourceId,
        proposalId: e.proposalId,
        kind: 'tilbagebetaling',
        year: e.year,
        amount: e.amount,
      });
  }
  return out;
}

function sum(fs: readonly Flow[], f: (x: Flow) => boolean): Kroner {
  let s = 0;
  for (const x of fs) if (f(x)) s += x.amount;
  return s;
}

function sourceYears(source: PoolSource, fs: readonly Flow[], years: readonly number[]): SourceView['years'] {
  let cumulative = 0;
  return years.map((year) => {
    const mine = (kind: Flow['kind']) =>
      sum(fs, (x) => x.sourceId === source.id && x.year === year && x.kind === kind);
    const amount = source.amounts[String(year)] ?? 0;
    const granted = mine('bevilling');
    const paidBack = mine('tilbagebetaling');
    const balance = amount - granted + paidBack;
    cumulative += balance;
    return { year, amount, granted, disbursed: mine('udbetaling'), paidBack, balance, cumulative };
  });
}

/** The proposal's payback as the investment pool sees it: implementation less what is paid back to it. */
function poolPayback(
  p: LedgerProposal | undefined,
  fs: readonly Flow[],
  poolIds: ReadonlySet<number>,
): number | null {
  if (!p || p.proposal.economy === null) return null;
  let derived;
  try {
    derived = deriveProposal(p.proposal);
  } catch {
    return null;
  }
  if (!derived) return null;
  const d = denseEconomy(p.proposal.economy, derived);
  if (!d) return null;
  const impl = Float64Array.from(d.implementation);
  for (const x of fs) {
    if (x.proposalId !== p.id || x.kind !== 'tilbagebetaling' || !poolIds.has(x.sourceId)) continue;
    const i = x.year - d.firstYear;
    if (i >= 0 && i < d.length) impl[i] = (impl[i] as number) - x.amount;
  }
  return paybackFromSeries(d.permanent, impl, d.length, d.firstYear).years;
}

function netBySource(fs: readonly Flow[], proposalId: number | null): Record<string, Kroner> {
  const out: Record<string, Kroner> = {};
  for (const x of fs) {
    if (x.proposalId !== proposalId || x.kind === 'udbetaling') continue;
    const k = String(x.sourceId);
    out[k] = (out[k] ?? 0) + (x.kind === 'bevilling' ? x.amount : -x.amount);
  }
  return out;
}

export function ledgerView(
  roundId: number,
  sources: readonly PoolSource[],
  entries: readonly PoolEntry[],
  proposals: readonly LedgerProposal[],
): LedgerView {
  const base = flows(entries, 'refused');
  const optimistic = flows(entries, 'granted');
  const yearSet = new Set<number>();
  for (const s of sources) for (const y of Object.keys(s.amounts)) yearSet.add(Number(y));
  for (const e of entries) if (e.voidedAt === null) yearSet.add(e.year);
  const years = [...yearSet].sort((a, b) => a - b);

  const sourceViews: SourceView[] = sources.map((source) => {
    const ys = sourceYears(source, base, years);
    const total = (k: 'amount' | 'granted' | 'disbursed' | 'paidBack' | 'balance') =>
      ys.reduce((s, y) => s + y[k], 0);
    return {
      source,
      years: ys,
      yearsIfGranted: sourceYears(source, optimistic, years),
      total: {
        amount: total('amount'),
        granted: total('granted'),
        disbursed: total('disbursed'),
        paidBack: total('paidBack'),
        balance: total('balance'),
      },
    };
  });

  const byId = new Map(proposals.map((p) => [p.id, p]));
  const withEntries = [...new Set(base.flatMap((x) => (x.proposalId === null ? [] : [x.proposalId])))];
  const proposalViews = withEntries
    .map((pid) => {
      const p = byId.get(pid);
      return {
        proposalId: pid,
        ref: p?.ref ?? `#${String(pid)}`,
        title: p?.title ?? '',
        sources: sources
          .map((s) => {
            const mine = (kind: Flow['kind']) =>
              sum(base, (x) => x.proposalId === pid && x.sourceId === s.id && x.kind === kind);
            const grantedByYear: YearAmounts = {};
            for (const x of base)
              if (x.proposalId === pid && x.sourceId === s.id && x.kind === 'bevilling')
                grantedByYear[String(x.year)] = (grantedByYear[String(x.year)] ?? 0) + x.amount;
            const granted = mine('bevilling');
            const disbursed = mine('udbetaling');
            const paidBack = mine('tilbagebetaling');
            return {
              sourceId: s.id,
              granted,
              grantedByYear,
              disbursed,
              paidBack,
              remaining: granted - disbursed,
              net: granted - paidBack,
            };
          })
          .filter((s) => s.granted !== 0 || s.disbursed !== 0 || s.paidBack !== 0),
      };
    })
    .sort((a, b) => a.ref.localeCompare(b.ref, 'da', { numeric: true }));

  const poolIds = new Set(sources.filter((s) => s.kind === 'investeringspulje').map((s) => s.id));
  const conditional: ConditionalView[] = entries
    .filter((e) => e.kind === 'betinget' && e.voidedAt === null)
    .map((e) => {
      const ifG = flows(entries, 'refused', { id: e.id, as: 'granted' });
      const ifR = flows(entries, 'refused', { id: e.id, as: 'refused' });
      const decided = (as: Assume) => (e.outcome === 'afventer' ? (as === 'granted' ? ifG : ifR) : base);
      const p = e.proposalId === null ? undefined : byId.get(e.proposalId);
      return {
        entryId: e.id,
        proposalId: e.proposalId,
        proposalRef: e.proposalRef,
        sourceId: e.sourceId,
        replacesSourceId: e.replacesSourceId,
        year: e.year,
        amount: e.amount,
        outcome: e.outcome ?? 'afventer',
        expectedAnswer: e.expectedAnswer,
        ifGranted: {
          net: netBySource(decided('granted'), e.proposalId),
          paybackTotal: poolPayback(p, decided('granted'), poolIds),
        },
        ifRefused: {
          net: netBySource(decided('refused'), e.proposalId),
          paybackTotal: poolPayback(p, decided('refused'), poolIds),
        },
      };
    });

  return {
    roundId,
    years,
    sources: sourceViews,
    proposals: proposalViews,
    conditional,
    entries: [...entries],
    warnings: [],
  };
}

/**
 * Refuses an entry that would make the ledger say something impossible: paying out more than is
 * granted, paying back more than the source bears, granting more than a source with stated
 * amounts has in all, or a conditional grant that would pay back more than the replaced source
 * granted. Checked with every pending conditional grant refused (the safe reading).
 */
export function checkEntry(view: LedgerView, e: PoolEntryInput): void {
  const source = view.sources.find((s) => s.source.id === e.sourceId);
  const mine = view.proposals.find((p) => p.proposalId === e.proposalId)?.sources ?? [];
  const at = (sourceId: number) => mine.find((s) => s.sourceId === sourceId);
  if (e.kind === 'udbetaling') {
    const s = at(e.sourceId);
    const left = (s?.granted ?? 0) - (s?.disbursed ?? 0);
    if (e.amount > left)
      throw new Conflict(messageText('pool.disbursed-over-granted', { amount: e.amount, left }), {
        field: 'amount',
        reason: 'pool.disbursed-over-granted',
      });
  }
  if (e.kind === 'tilbagebetaling') {
    const s = at(e.sourceId);
    const left = s?.net ?? 0;
    if (e.amount > left)
      throw new Conflict(messageText('pool.paid-back-over-net', { amount: e.amount, left }), {
        field: 'amount',
        reason: 'pool.paid-back-over-net',
      });
  }
  if (e.kind === 'bevilling' && source && Object.keys(source.source.amounts).length > 0) {
    const left = source.total.balance;
    if (e.amount > left)
      throw new Conflict(
        messageText('pool.over-pool', { name: source.source.name, amount: e.amount, left }),
        {
          field: 'amount',
          reason: 'pool.over-pool',
        },
      );
  }
  if (e.kind === 'betinget' && e.replacesSourceId !== null) {
    const left = at(e.replacesSourceId)?.net ?? 0;
    if (e.amount > left)
      throw new Conflict(messageText('pool.conditional-over-grant', { amount: e.amount, left }), {
        field: 'amount',
        reason: 'pool.conditional-over-grant',
      });
  }
}
