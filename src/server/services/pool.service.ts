// The investment pool of a round: sources and their amounts, the ledger of decisions, scenarios
// (run, save, compare, adopt as the round's decision). Access: every internal role reads and runs
// scenarios; only the finance centre writes. Everything is scoped to the actor's organisation (a
// round of another organisation is a 404), every write is one transaction with its audit entry,
// and every figure is core's (src/core/pool, src/core/scenario).
import { Conflict, InvalidInput, NotFound } from '../../core/errors.ts';
import { messageText } from '../../core/messages/index.ts';
import type { YearAmounts } from '../../core/model.ts';
import { checkEntry, ledgerView } from '../../core/pool/ledger.ts';
import { COUNTED_STATUSES } from '../../core/process/statuses.ts';
import { compareScenarios } from '../../core/scenario/compare.ts';
import type { RoundView } from '../../core/schema/api.ts';
import { candidateOf } from '../../core/scenario/candidates.ts';
import type { ScenarioTarget } from '../../core/scenario/solve.ts';
import type {
  LedgerView,
  PoolEntryInput,
  PoolSourceKind,
  SavedScenario,
  ScenarioAnswer,
  ScenarioComparison,
  ScenarioConstraintsInput,
} from '../../core/schema/pool.ts';
import type { Db, Queryable } from '../../store/db.ts';
import { appendAudit } from '../../store/repositories/audit.repository.ts';
import * as pool from '../../store/repositories/pool.repository.ts';
import * as repo from '../../store/repositories/proposals.repository.ts';
import * as rounds from '../../store/repositories/rounds.repository.ts';
import * as scenarios from '../../store/repositories/scenarios.repository.ts';
import type { User } from '../../store/types.ts';
import { type Actor, FINANCE, requireInternal, requireRole } from './access.ts';
import type { CatalogService } from './catalog.service.ts';
import { loadContext } from './master-data.ts';
import { runInWorker } from '../workers/pool.ts';
import { unwrap } from '../workers/tasks.ts';

export class PoolService {
  constructor(
    private readonly db: Db,
    private readonly catalog: CatalogService,
  ) {}

  private async round(q: Queryable, org: number, roundId: number) {
    const r = await rounds.getRound(q, org, roundId);
    if (!r) throw new NotFound('Budgetrunden findes ikke.');
    return r;
  }

  private async view(q: Queryable, org: number, roundId: number): Promise<LedgerView> {
    const [sources, entries, proposals] = await Promise.all([
      pool.listSources(q, org, roundId),
      pool.listEntries(q, org, roundId),
      repo.listProposalsWithBodies(q, org, roundId),
    ]);
    return ledgerView(roundId, sources, entries, proposals);
  }

  async ledger(actor: Actor, roundId: number): Promise<LedgerView> {
    const user = requireInternal(actor);
    await this.round(this.db, user.organisationId, roundId);
    return this.view(this.db, user.organisationId, roundId);
  }

  /** Runs `change` in one transaction with the round's ledger locked, audits it, answers the ledger. */
  private async write(
    actor: Actor,
    roundId: number,
    what: string,
    change: (
      tx: Queryable,
      user: User,
    ) => Promise<{ action: string; entityId: number | string; before?: unknown; after?: unknown }>,
  ): Promise<LedgerView> {
    const user = requireRole(actor, FINANCE, what);
    const org = user.organisationId;
    await this.db.transaction(async (tx) => {
      if (!(await pool.lockLedger(tx, org, roundId))) throw new NotFound('Budgetrunden findes ikke.');
      const a = await change(tx, user);
      await appendAudit(tx, { organisationId: org, userId: user.id, entity: 'pool', ...a });
    });
    return this.view(this.db, org, roundId);
  }

  /** Sets the investment pool's amount per year (creates the pool the first time). */
  setPoolAmounts(actor: Actor, roundId: number, amounts: YearAmounts): Promise<LedgerView> {
    return this.write(actor, roundId, 'ændre investeringspuljen', async (tx, user) => {
      const org = user.organisationId;
      const existing = (await pool.listSources(tx, org, roundId)).find((s) => s.kind === 'investeringspulje');
      if (existing) {
        await pool.setSourceAmounts(tx, org, existing.id, amounts);
        return { action: 'pool.amounts', entityId: existing.id, before: existing.amounts, after: amounts };
      }
      const id = await pool.insertSource(tx, org, roundId, {
        name: 'Investeringspuljen',
        kind: 'investeringspulje',
        amounts,
      });
      return {
        action: 'pool.source',
        entityId: id,
        after: { name: 'Investeringspuljen', kind: 'investeringspulje', amounts },
      };
    });
  }

  addSource(
    actor: Actor,
    roundId: number,
    s: { name: string; kind: PoolSourceKind; amounts: YearAmounts },
  ): Promise<LedgerView> {
    return this.write(actor, roundId, 'tilføje finansieringskilder', async (tx, user) => {
      const org = user.organisationId;
      const sources = await pool.listSources(tx, org, roundId);
      if (sources.some((x) => x.name.toLowerCase() === s.name.toLowerCase()))
        throw new Conflict(messageText('pool.source-taken', { name: s.name }), {
          field: 'name',
          reason: 'pool.source-taken',
        });
      if (s.kind === 'investeringspulje' && sources.some((x) => x.kind === 'investeringspulje'))
        throw new Conflict(messageText('pool.source-taken', { name: 'Investeringspuljen' }), {
          field: 'kind',
        });
      const id = await pool.insertSource(tx, org, roundId, s);
      return { action: 'pool.source', entityId: id, after: s };
    });
  }

  setSourceAmounts(
    actor: Actor,
    roundId: number,
    sourceId: number,
    amounts: YearAmounts,
  ): Promise<LedgerView> {
    return this.write(actor, roundId, 'ændre finansieringskilder', async (tx, user) => {
      const source = (await pool.listSources(tx, user.organisationId, roundId)).find(
        (s) => s.id === sourceId,
      );
      if (!source) throw new NotFound('Kilden findes ikke.');
      await pool.setSourceAmounts(tx, user.organisationId, sourceId, amounts);
      return { action: 'pool.amounts', entityId: sourceId, before: source.amounts, after: amounts };
    });
  }

  addEntry(actor: Actor, roundId: number, e: PoolEntryInput): Promise<LedgerView> {
    return this.write(actor, roundId, 'bogføre i puljen', async (tx, user) => {
      const org = user.organisationId;
      const sources = await pool.listSources(tx, org, roundId);
      for (const [field, id] of [
        ['sourceId', e.sourceId],
        ['replacesSourceId', e.replacesSourceId],
      ] as const)
        if (id !== null && !sources.some((s) => s.id === id))
          throw new InvalidInput(`${field}: ${messageText('pool.unknown-source', {})}`, {
            field,
            reason: 'pool.unknown-source',
          });
      if (e.proposalId !== null) {
        const p = await repo.getProposal(tx, org, e.proposalId);
        if (!p || p.roundId !== roundId)
          throw new InvalidInput(`proposalId: ${messageText('pool.unknown-proposal', {})}`, {
            field: 'proposalId',
            reason: 'pool.unknown-proposal',
          });
      }
      checkEntry(await this.view(tx, org, roundId), e);
      const id = await pool.insertEntry(tx, org, roundId, user.id, e);
      return { action: `pool.entry.${e.kind}`, entityId: id, after: e };
    });
  }

  private async entryRound(actor: Actor, entryId: number): Promise<number> {
    const user = requireRole(actor, FINANCE, 'bogføre i puljen');
    const e = await pool.getEntry(this.db, user.organisationId, entryId);
    if (!e) throw new NotFound('Posteringen findes ikke.');
    return e.roundId;
  }

  async decide(
    actor: Actor,
    entryId: number,
    outcome: 'bevilget' | 'afslaaet',
    note: string | null,
  ): Promise<LedgerView> {
    const roundId = await this.entryRound(actor, entryId);
    return this.write(actor, roundId, 'registrere udfald', async (tx, user) => {
      const e = await pool.getEntry(tx, user.organisationId, entryId);
      if (!e) throw new NotFound('Posteringen findes ikke.');
      if (e.kind !== 'betinget')
        throw new Conflict(messageText('pool.not-conditional', {}), { reason: 'pool.not-conditional' });
      if (e.voidedAt !== null) throw new Conflict(messageText('pool.voided', {}), { reason: 'pool.voided' });
      if (e.outcome !== 'afventer')
        throw new Conflict(messageText('pool.already-decided', {}), { reason: 'pool.already-decided' });
      await pool.decideEntry(tx, user.organisationId, entryId, user.id, outcome, note);
      return {
        action: 'pool.outcome',
        entityId: entryId,
        before: { outcome: e.outcome },
        after: { outcome, note },
      };
    });
  }

  async voidEntry(actor: Actor, entryId: number, reason: string): Promise<LedgerView> {
    const roundId = await this.entryRound(actor, entryId);
    return this.write(actor, roundId, 'annullere posteringer', async (tx, user) => {
      const e = await pool.getEntry(tx, user.organisationId, entryId);
      if (!e) throw new NotFound('Posteringen findes ikke.');
      if (e.voidedAt !== null) throw new Conflict(messageText('pool.voided', {}), { reason: 'pool.voided' });
      await pool.voidEntry(tx, user.organisationId, entryId, user.id, reason);
      return { action: 'pool.void', entityId: entryId, before: e, after: { reason } };
    });
  }

  // ---- scenarios ------------------------------------------------------------------------------

  private async compute(
    user: User,
    roundId: number,
    c: ScenarioConstraintsInput,
  ): Promise<{ result: ScenarioAnswer; versions: SavedScenario['versions'] }> {
    const org = user.organisationId;
    await this.round(this.db, org, roundId);
    const entries = await repo.listProposalsWithBodies(this.db, org, roundId, {
      status: [...COUNTED_STATUSES],
    });
    const ctx = await loadContext(this.db, org);
    const targets: ScenarioTarget[] = [];
    if (c.useTargets) {
      const view = JSON.parse((await this.catalog.catalog(user, roundId)).json) as RoundView;
      for (const t of view.targets) {
        if (t.committee === 'I alt') continue;
        for (const y of t.years) {
          const amount = y.target - y.risingProfile;
          if (amount > 0) targets.push({ committee: t.committee, year: y.year, amount });
        }
      }
    }
    // The solve and the simulation run in a worker thread: at 200 proposals they take about a
    // second or two, which the event loop (health checks, other users' pages) must not wait for.
    const answer = await runInWorker({
      kind: 'scenario',
      entries: entries.map((e) => ({ committee: e.committee, body: JSON.stringify(e.proposal) })),
      constraints: {
        pool: c.pool,
        poolByYear: c.poolByYear,
        maxPayback: c.maxPayback,
        require: c.require,
        exclude: c.exclude,
        targets,
      },
      settings: ctx.organisation.settings,
    });
    const result = unwrap(answer, 'scenario').answer;
    return {
      result,
      versions: entries.map((e) => ({ proposalId: e.id, ref: e.proposal.ref, version: e.version })),
    };
  }

  async run(actor: Actor, roundId: number, c: ScenarioConstraintsInput): Promise<ScenarioAnswer> {
    const user = requireInternal(actor);
    return (await this.compute(user, roundId, c)).result;
  }

  private async saved(org: number, r: scenarios.ScenarioRecord): Promise<SavedScenario> {
    const now = await repo.listProposals(this.db, org, r.roundId);
    const current = new Map(now.map((p) => [p.id, p]));
    const stale = r.versions
      .filter((v) => current.get(v.proposalId)?.version !== v.version)
      .map((v) => v.ref);
    // A proposal added since the run is new to the scenario too.
    const known = new Set(r.versions.map((v) => v.proposalId));
    for (const p of now) if (!known.has(p.id) && COUNTED_STATUSES.includes(p.status)) stale.push(p.ref);
    const { constraints: _c, ...rest } = r;
    return { ...rest, stale };
  }

  async save(
    actor: Actor,
    roundId: number,
    name: string,
    c: ScenarioConstraintsInput,
  ): Promise<SavedScenario> {
    const user = requireRole(actor, FINANCE, 'gemme scenarier');
    const { result, versions } = await this.compute(user, roundId, c);
    const org = user.organisationId;
    const id = await this.db.transaction(async (tx) => {
      const id = await scenarios.insertScenario(tx, org, roundId, user.id, {
        name,
        constraints: c,
        result,
        versions,
      });
      await appendAudit(tx, {
        organisationId: org,
        userId: user.id,
        action: 'scenario.save',
        entity: 'scenario',
        entityId: id,
        after: { name, constraints: c, selected: result.selected },
      });
      return id;
    });
    return this.get(actor, id);
  }

  async list(actor: Actor, roundId: number): Promise<SavedScenario[]> {
    const user = requireInternal(actor);
    await this.round(this.db, user.organisationId, roundId);
    const all = await scenarios.listScenarios(this.db, user.organisationId, roundId);
    return Promise.all(all.map((s) => this.saved(user.organisationId, s)));
  }

  async get(actor: Actor, id: number): Promise<SavedScenario> {
    const user = requireInternal(actor);
    const s = await scenarios.getScenario(this.db, user.organisationId, id);
    if (!s) throw new NotFound('Scenariet findes ikke.');
    return this.saved(user.organisationId, s);
  }

  async compare(actor: Actor, a: number, b: number): Promise<ScenarioComparison> {
    const [sa, sb] = await Promise.all([this.get(actor, a), this.get(actor, b)]);
    if (sa.roundId !== sb.roundId)
      throw new InvalidInput('De to scenarier hører til hver sin budgetrunde.', { field: 'b' });
    return compareScenarios(sa, sb);
  }

  /**
   * Makes a saved scenario the round's decision: grants from the investment pool for each chosen
   * proposal and year of its implementation cost, replacing the grants of an earlier adopted
   * scenario (voided, not deleted). Refused when the scenario has no solution, was computed on
   * older versions, the round has no investment pool, or the pool would be overdrawn.
   */
  async adopt(actor: Actor, id: number): Promise<SavedScenario> {
    const s = await this.get(actor, id);
    const user = requireRole(actor, FINANCE, 'vedtage scenarier');
    const org = user.organisationId;
    if (!s.result.feasible)
      throw new Conflict(messageText('pool.scenario-infeasible', {}), { reason: 'pool.scenario-infeasible' });
    if (s.stale.length > 0)
      throw new Conflict(messageText('pool.scenario-stale', { refs: s.stale.join(', ') }), {
        reason: 'pool.scenario-stale',
      });
    await this.write(actor, s.roundId, 'vedtage scenarier', async (tx) => {
      const sources = await pool.listSources(tx, org, s.roundId);
      const investmentPool = sources.find((x) => x.kind === 'investeringspulje');
      if (!investmentPool)
        throw new Conflict(messageText('pool.no-investment-pool', {}), { reason: 'pool.no-investment-pool' });
      const entries = await pool.listEntries(tx, org, s.roundId);
      const reason = messageText('pool.scenario-replaced', { name: s.name });
      for (const e of entries)
        if (e.scenarioId !== null && e.voidedAt === null)
          await pool.voidEntry(tx, org, e.id, user.id, reason);
      await scenarios.clearAdopted(tx, org, s.roundId);
      const bodies = await repo.listProposalsWithBodies(tx, org, s.roundId);
      for (const p of bodies) {
        if (!s.result.selected.includes(p.proposal.ref)) continue;
        const c = candidateOf({ proposal: p.proposal });
        for (const [year, amount] of Object.entries(c.implementation)) {
          if (amount <= 0) continue;
          await pool.insertEntry(tx, org, s.roundId, user.id, {
            sourceId: investmentPool.id,
            proposalId: p.id,
            kind: 'bevilling',
            year: Number(year),
            amount,
            replacesSourceId: null,
            expectedAnswer: null,
            note: `Scenariet "${s.name}"`,
            scenarioId: s.id,
          });
        }
      }
      const after = await this.view(tx, org, s.roundId);
      const total = after.sources.find((x) => x.source.id === investmentPool.id)?.total;
      if (total && Object.keys(investmentPool.amounts).length > 0 && total.balance < 0)
        throw new Conflict(
          messageText('pool.over-pool', {
            name: investmentPool.name,
            amount: total.granted,
            left: total.amount,
          }),
          { reason: 'pool.over-pool' },
        );
      await scenarios.markAdopted(tx, org, s.id, user.id);
      return { action: 'scenario.adopt', entityId: s.id, after: { selected: s.result.selected } };
    });
    return this.get(actor, id);
  }
}
