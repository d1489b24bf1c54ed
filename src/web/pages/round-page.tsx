// A budget round: committee table and proposal table computed live in the browser from the
// proposals (core derives every figure), filters, target attainment bars and overview charts.
import { useMemo, useState } from 'react';
import { api } from '../api/endpoints.ts';
import type { ProposalSummary } from '../api/types.ts';
import { STATUSES } from '../api/types.ts';
import { da } from '../i18n/da.ts';
import { href } from '../lib/router.ts';
import { can, useSession } from '../lib/session.tsx';
import { useAsync } from '../lib/use-async.ts';
import { committeeName, useMasterData } from '../lib/master-data.ts';
import { formatAmount } from '../lib/engine.ts';
import { paybackText } from '../lib/economy-rows.ts';
import {
  applyFilters,
  attainment,
  NO_FILTER,
  paybackBuckets,
  poolSeries,
  roundTables,
  roundYears,
  toItem,
} from '../lib/round-model.ts';
import type { Filters, RoundItem, TargetAttainment } from '../lib/round-model.ts';
import { Bars, Scatter, StackedBars } from '../components/charts.tsx';
import { ErrorNotice, Loading, StatusBadge } from '../components/status.tsx';
import { Downloads } from '../components/downloads.tsx';
import { RoundTabs } from '../components/round-tabs.tsx';

/** Loads full proposal bodies with a bounded number of parallel requests. */
async function loadItems(summaries: ProposalSummary[]): Promise<RoundItem[]> {
  const out: RoundItem[] = new Array<RoundItem>(summaries.length);
  let next = 0;
  async function worker() {
    while (next < summaries.length) {
      const i = next++;
      const s = summaries[i] as ProposalSummary;
      const r = await api.proposal(s.id);
      out[i] = toItem({ ...s, status: r.status, approvedWith: r.approvedWith }, r.proposal);
    }
  }
  await Promise.all(Array.from({ length: Math.min(8, summaries.length) }, () => worker()));
  return out;
}

export function RoundPage({ roundId }: { roundId: number }) {
  const data = useAsync(async () => {
    const [round, summaries] = await Promise.all([api.round(roundId), api.roundProposals(roundId)]);
    const items = await loadItems(summaries);
    return { round, items };
  }, [roundId]);
  const { user } = useSession();
  const md = useMasterData();
  const [filters, setFilters] = useState<Filters>(NO_FILTER);

  const view = useMemo(() => {
    if (!data.data) return null;
    const { round, items } = data.data;
    const shown = applyFilters(items, filters);
    const years = roundYears(items, round.priceLevelYear);
    const tables = roundTables(shown, round.priceLevelYear, years);
    return { shown, years, tables, targets: attainment(round, tables) };
  }, [data.data, filters]);

  if (data.error) return <ErrorNotice error={data.error} />;
  if (!data.data || !view) return <Loading />;
  const { round, items } = data.data;
  const { shown, years, tables, targets } = view;
  const options = (values: (string | null)[]) =>
    [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b, 'da'));
  const committeeOptions = options(items.map((i) => i.summary.committee));
  const approvedOptions = options(items.map((i) => i.summary.approvedWith));
  const name = (c: string) => committeeName(md, c) || da.none;
  const cell = (v: number | undefined) => (v === undefined ? '' : formatAmount(v, 't.kr'));
  const setF = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));

  return (
    <>
      <p className="crumbs">
        <a href={href('/')}>{da.nav.rounds}</a>
      </p>
      <RoundTabs roundId={roundId} current="round" />
      <h1>{round.name}</h1>
      <p>
        {da.priceLevel(round.priceLevelYear)} ·{' '}
        {user && can.createProposal(user.role) && (
          <a href={href(`/runder/${round.id}/nyt`)}>{da.round.newProposal}</a>
        )}
      </p>
      <Downloads path={`/api/rounds/${round.id}/export`} label={da.downloads.round} />

      <fieldset className="filters">
        <legend>{da.round.filters}</legend>
        <label htmlFor="flt-committee">{da.round.committee}</label>
        <select
          id="flt-committee"
          value={filters.committee}
          onChange={(e) => setF({ committee: e.target.value })}
        >
          <option value="">{da.round.allCommittees}</option>
          {committeeOptions.map((c) => (
            <option key={c} value={c}>
              {name(c)}
            </option>
          ))}
        </select>
        <label htmlFor="flt-kind">{da.round.kind}</label>
        <select id="flt-kind" value={filters.kind} onChange={(e) => setF({ kind: e.target.value })}>
          <option value="">{da.round.allKinds}</option>
          {Object.entries(da.kinds).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
        <label htmlFor="flt-status">{da.round.state}</label>
        <select id="flt-status" value={filters.status} onChange={(e) => setF({ status: e.target.value })}>
          <option value="">{da.round.allStates}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {da.states[s]}
            </option>
          ))}
        </select>
        <label htmlFor="flt-approved">{da.round.approvedWith}</label>
        <select
          id="flt-approved"
          value={filters.approvedWith}
          onChange={(e) => setF({ approvedWith: e.target.value })}
        >
          <option value="">{da.round.allApprovedWith}</option>
          {approvedOptions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
        <p role="status" className="count">
          {da.round.shown(shown.length, items.length)}
        </p>
      </fieldset>

      <section aria-labelledby="h-committees">
        <h2 id="h-committees">{da.round.committeeTable}</h2>
        <div className="table-wrap">
          <table data-testid="committee-table">
            <caption>{da.round.effectNote}</caption>
            <thead>
              <tr>
                <th scope="col">{da.round.committee}</th>
                {years.map((y) => (
                  <th scope="col" key={y} className="num">
                    {y}
                  </th>
                ))}
                <th scope="col" className="num">
                  {da.round.investment}
                </th>
              </tr>
            </thead>
            <tbody>
              {tables.committees.map((r) => (
                <tr key={r.committee}>
                  <th scope="row">{name(r.committee)}</th>
                  {years.map((y) => (
                    <td key={y} className="num">
                      {cell(r.amounts[String(y)])}
                    </td>
                  ))}
                  <td className="num">{r.investment === null ? '-' : formatAmount(r.investment, 't.kr')}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="computed total" data-row="total">
                <th scope="row">{da.total}</th>
                {years.map((y) => (
                  <td key={y} className="num">
                    {cell(tables.total?.amounts[String(y)])}
                  </td>
                ))}
                <td className="num">
                  {tables.total?.investment == null ? '-' : formatAmount(tables.total.investment, 't.kr')}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>

      <section aria-labelledby="h-proposals">
        <h2 id="h-proposals">{da.round.proposalTable}</h2>
        <div className="table-wrap">
          <table data-testid="proposal-table">
            <caption>{da.round.effectNote}</caption>
            <thead>
              <tr>
                <th scope="col">{da.round.ref}</th>
                <th scope="col">{da.round.title}</th>
                <th scope="col">{da.round.committee}</th>
                <th scope="col">{da.round.state}</th>
                <th scope="col">{da.round.approvedWith}</th>
                {years.map((y) => (
                  <th scope="col" key={y} className="num">
                    {y}
                  </th>
                ))}
                <th scope="col" className="num">
                  {da.round.investment}
                </th>
                <th scope="col">{da.round.paybackShort}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((i) => {
                const row = tables.rowOf.get(i.summary.id);
                return (
                  <tr key={i.summary.id}>
                    <td>{i.summary.ref}</td>
                    <th scope="row">
                      <a href={href(`/forslag/${i.summary.id}`)}>{i.summary.title}</a>
                    </th>
                    <td>{name(i.summary.committee ?? '')}</td>
                    <td>
                      <StatusBadge status={i.summary.status} />
                    </td>
                    <td>{i.summary.approvedWith ?? ''}</td>
                    {years.map((y) => (
                      <td key={y} className="num">
                        {cell(row?.amounts[String(y)])}
                      </td>
                    ))}
                    <td className="num">
                      {row?.investment == null ? '-' : formatAmount(row.investment, 't.kr')}
                    </td>
                    <td>
                      {row?.investment == null || !i.derived
                        ? ''
                        : paybackText(i.derived.paybackTotal, i.derived.paybackTotalYear)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      {(tables.warnings.length > 0 || tables.unplaced.length > 0 || tables.notCounted.length > 0) && (
        <div className="notice" role="note">
          <ul>
            {tables.notCounted.map((i) => (
              <li key={`n${i.summary.id}`}>{da.round.notCounted(i.summary.ref)}</li>
            ))}
            {tables.unplaced.map((i) => (
              <li key={i.summary.id}>{da.round.unplaced(i.summary.ref)}</li>
            ))}
            {tables.warnings.map((w, k) => (
              <li key={k}>{w.message}</li>
            ))}
          </ul>
        </div>
      )}

      <section aria-labelledby="h-targets">
        <h2 id="h-targets">{da.round.targets}</h2>
        <p className="hint">{da.round.targetsIntro}</p>
        {targets.length === 0 ? <p>{da.round.noTargets}</p> : <TargetTable targets={targets} name={name} />}
      </section>

      <section aria-labelledby="h-charts">
        <h2 id="h-charts">{da.round.charts}</h2>
        <div className="charts">
          <StackedBars
            id="chart-effect"
            title={da.charts.effectPerYear}
            years={years}
            series={tables.committees.map((r) => ({ name: name(r.committee), values: r.amounts }))}
          />
          <Scatter
            id="chart-invest"
            title={da.charts.investmentVsEffect}
            xLabel={da.charts.investmentAxis}
            yLabel={da.charts.effectAxis}
            points={shown
              .filter((i) => i.derived?.fullEffect && tables.rowOf.get(i.summary.id)?.investment != null)
              .map((i) => ({
                label: `${i.summary.ref} ${i.summary.title}`,
                x: tables.rowOf.get(i.summary.id)?.investment ?? 0,
                // Catalog sign (saving positive): the full phase-in effect is the table's last column.
                y: tables.rowOf.get(i.summary.id)?.amounts[String(i.derived?.fullEffect?.year)] ?? 0,
              }))}
          />
          <Bars
            id="chart-payback"
            title={da.charts.paybackDistribution}
            labelHeader={da.charts.paybackBucket}
            valueHeader={da.charts.count}
            integer
            bars={paybackBuckets(shown).map((b) => ({
              label: b.bucket === 'none' ? da.charts.noPayback : da.charts.bucketLabel(b.bucket),
              value: b.count,
            }))}
          />
          <PoolChart
            items={shown}
            years={years}
            used={tables.total?.investment ?? null}
            budget={round.poolBudget ?? null}
          />
        </div>
      </section>
    </>
  );
}

function PoolChart({
  items,
  years,
  used,
  budget,
}: {
  items: RoundItem[];
  years: number[];
  used: number | null;
  budget: number | null;
}) {
  return (
    <div>
      <StackedBars
        id="chart-pool"
        title={da.charts.poolUse}
        years={years}
        series={poolSeries(items)}
        legendLabel={da.round.ref}
      />
      <p className="hint">
        {da.charts.poolUsed}: {used === null ? da.none : `${formatAmount(used, 't.kr')} ${da.unitTkr}`}
        {budget === null
          ? ` · ${da.charts.noPoolBudget}`
          : ` · ${da.charts.poolBudget}: ${formatAmount(budget, 't.kr')} ${da.unitTkr}`}
      </p>
    </div>
  );
}

/** Måltal per committee (rows) and year (columns): reached / target with a bar, by core's targetAttainment. */
function TargetTable({ targets, name }: { targets: TargetAttainment[]; name: (c: string) => string }) {
  const years = [...new Set(targets.flatMap((t) => t.years.map((y) => y.year)))].sort((a, b) => a - b);
  return (
    <div className="table-wrap">
      <table className="targets" data-testid="target-table">
        <caption>
          {da.round.reached} / {da.round.target} ({da.unitTkr})
        </caption>
        <thead>
          <tr>
            <th scope="col">{da.round.committee}</th>
            {years.map((y) => (
              <th scope="col" key={y}>
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {targets.map((c) => (
            <tr key={c.committee}>
              <th scope="row">{name(c.committee)}</th>
              {years.map((y) => {
                const t = c.years.find((x) => x.year === y);
                if (!t) return <td key={y} />;
                // The bar's length is display only; the figures beside it are core's.
                const pct = t.target === 0 ? null : Math.max(0, Math.floor((t.total * 100) / t.target));
                return (
                  <td key={y} className="target-cell">
                    <span className="num">
                      {formatAmount(t.total, 't.kr')} / {formatAmount(t.target, 't.kr')}
                    </span>
                    <span className="bar" aria-hidden="true">
                      <span
                        className={t.met ? 'fill met' : 'fill'}
                        style={{ width: `${Math.min(100, pct ?? 0)}%` }}
                      />
                    </span>
                    <span className="pct">
                      {pct === null ? da.none : `${pct} %`}{' '}
                      {t.met ? da.round.met : da.round.shortfall(formatAmount(-t.surplus, 't.kr'))}
                      {t.risingProfile !== 0 && (
                        <span className="rising">
                          {' '}
                          ({da.round.rising.toLowerCase()} {formatAmount(t.risingProfile, 't.kr')})
                        </span>
                      )}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
