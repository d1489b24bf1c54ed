// A budget round as core computes it on the server (GET /api/rounds/:id/catalog): Tabel 1 per
// committee, the proposals with their figures, target attainment with the rising profiles and where
// they come from, and the overview charts. One request per view; a filter is a new request that the
// server answers from its cache. The page only renders: it neither sums nor decides what counts.
import { useState } from 'react';
import { api } from '../api/endpoints.ts';
import type { RoundFilter, RoundView, TargetAttainment } from '../api/types.ts';
import { da } from '../i18n/da.ts';
import { daFollowUp } from '../i18n/da-followup.ts';
import { href } from '../lib/router.ts';
import { can, useSession } from '../lib/session.tsx';
import { useAsync } from '../lib/use-async.ts';
import { formatAmount } from '../lib/engine.ts';
import { formatDate } from '../lib/dates.ts';
import { paybackText } from '../lib/economy-rows.ts';
import { Bars, Scatter, StackedBars } from '../components/charts.tsx';
import { ErrorNotice, Loading, StatusBadge } from '../components/status.tsx';
import { Downloads } from '../components/downloads.tsx';
import { RoundTabs } from '../components/round-tabs.tsx';
import { PriceLevel } from '../components/abbr.tsx';
import { FilterSelect } from '../components/filter-select.tsx';
import { RisingProfileTable } from '../components/rising-profiles.tsx';

type FilterKey = keyof RoundFilter;

export function RoundPage({ roundId }: { roundId: number }) {
  const [filter, setFilter] = useState<RoundFilter>({});
  const data = useAsync(() => api.roundView(roundId, filter), [roundId, JSON.stringify(filter)]);
  const { user } = useSession();

  if (data.error) return <ErrorNotice error={data.error} />;
  // While another filter is asked for, the last view stays (marked busy) instead of flickering;
  // it is the same round, since the round id is part of the address and of the page's key.
  const shown = data.data ?? (data.previous?.round.id === roundId ? data.previous : null);
  if (!shown) return <Loading />;
  const view: RoundView = shown;
  const { round, years } = view;
  const [committeeTable] = view.tables;
  const committees = committeeTable?.rows.filter((r) => r.rowType === 'committee') ?? [];
  const total = committeeTable?.rows.find((r) => r.rowType === 'total') ?? null;
  const proposalRows = new Map(
    (view.tables[1]?.rows ?? []).filter((r) => r.rowType === 'proposal').map((r) => [r.proposalRef, r]),
  );
  const committeeName = (id: string | null) =>
    (id && committees.find((c) => c.committee === id)?.title) || id || da.none;
  const cell = (v: number | undefined) => (v === undefined ? '' : formatAmount(v, view.unit));
  const setF = (key: FilterKey, value: string) =>
    setFilter((f) => {
      const next: Record<string, string> = { ...(f as Record<string, string>) };
      if (value === '') delete next[key];
      else next[key] = value;
      return next;
    });
  const charted = view.proposals.filter((p) => p.inTables);

  return (
    <>
      <p className="crumbs">
        <a href={href('/')}>{da.nav.rounds}</a>
      </p>
      <RoundTabs roundId={roundId} current="round" />
      <h1>{round.name}</h1>
      <p>
        <PriceLevel year={round.priceLevelYear} />
        {user && can.createProposal(user.role) && (
          <>
            {' · '}
            <a href={href(`/runder/${round.id}/nyt`)}>{da.round.newProposal}</a>
          </>
        )}
      </p>
      <p>
        <a href={href(`/runder/${round.id}/opfoelgning`)}>{daFollowUp.roundLink}</a>
      </p>
      {user && can.runRound(user.role) && (
        <p>
          <a href={href(`/runder/${round.id}/indstillinger`)}>{da.roundSettings.link}</a>
          {' · '}
          <a href={href(`/importer?runde=${round.id}`)}>{da.round.importInto}</a>
        </p>
      )}
      {round.deadlines.length > 0 && (
        <section aria-labelledby="h-deadlines">
          <h2 id="h-deadlines">{da.roundSettings.deadlines}</h2>
          <ul className="deadlines">
            {round.deadlines.map((d) => (
              <li key={`${d.date}${d.label}`}>
                <time dateTime={d.date}>{formatDate(d.date)}</time>: {d.label}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Downloads path={`/api/rounds/${round.id}/export`} label={da.downloads.round} />

      <fieldset className="filters" aria-busy={data.loading}>
        <legend>{da.round.filters}</legend>
        <FilterSelect
          id="flt-committee"
          label={da.round.committee}
          value={filter.committee ?? ''}
          all={da.round.allCommittees}
          choices={view.options.committees.map((c) => [c, committeeName(c)])}
          onChange={(v) => setF('committee', v)}
        />
        <FilterSelect
          id="flt-kind"
          label={da.round.kind}
          value={filter.kind ?? ''}
          all={da.round.allKinds}
          choices={view.options.kinds.map((k) => [k, da.kinds[k]])}
          onChange={(v) => setF('kind', v)}
        />
        <FilterSelect
          id="flt-status"
          label={da.round.state}
          value={filter.status ?? ''}
          all={da.round.allStates}
          choices={view.options.statuses.map((x) => [x, da.states[x]])}
          onChange={(v) => setF('status', v)}
        />
        <FilterSelect
          id="flt-approved"
          label={da.round.approvedWith}
          value={filter.approvedWith ?? ''}
          all={da.round.allApprovedWith}
          choices={view.options.approvedWith.map((a) => [a, a])}
          onChange={(v) => setF('approvedWith', v)}
        />
        <p role="status" className="count">
          {da.round.shown(view.proposals.length, round.proposalCount)}
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
              {committees.map((r) => (
                <tr key={r.committee}>
                  <th scope="row">{r.title}</th>
                  {years.map((y) => (
                    <td key={y} className="num">
                      {cell(r.amounts[String(y)])}
                    </td>
                  ))}
                  <td className="num">
                    {r.investment === null ? '-' : formatAmount(r.investment, view.unit)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="computed total" data-row="total">
                <th scope="row">{da.total}</th>
                {years.map((y) => (
                  <td key={y} className="num">
                    {cell(total?.amounts[String(y)])}
                  </td>
                ))}
                <td className="num">
                  {total?.investment == null ? '-' : formatAmount(total.investment, view.unit)}
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
                <th scope="col">
                  <abbr title={da.proposal.paybackTotal}>{da.round.paybackShort}</abbr>
                </th>
              </tr>
            </thead>
            <tbody>
              {view.proposals.map((p) => {
                const row = p.inTables ? proposalRows.get(p.ref) : undefined;
                return (
                  <tr key={p.id} className={p.inTables ? undefined : 'not-counted'}>
                    <td>{p.ref}</td>
                    <th scope="row">
                      <a href={href(`/forslag/${p.id}`)}>{p.title}</a>
                    </th>
                    <td>{committeeName(p.committee)}</td>
                    <td>
                      <StatusBadge status={p.status} />
                    </td>
                    <td>{p.approvedWith ?? ''}</td>
                    {years.map((y) => (
                      <td key={y} className="num">
                        {cell(row?.amounts[String(y)])}
                      </td>
                    ))}
                    <td className="num">
                      {p.investment === null ? '-' : formatAmount(p.investment, view.unit)}
                    </td>
                    <td>{p.investment === null ? '' : paybackText(p.paybackTotal, p.paybackTotalYear)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      {(view.warnings.length > 0 || view.proposals.some((p) => !p.counted)) && (
        <div className="notice" role="note">
          <ul>
            {view.proposals
              .filter((p) => !p.counted)
              .map((p) => (
                <li key={`n${p.id}`}>{da.round.notCounted(p.ref)}</li>
              ))}
            {view.warnings.map((w, k) => (
              <li key={k}>{w.message}</li>
            ))}
          </ul>
        </div>
      )}

      <section aria-labelledby="h-targets">
        <h2 id="h-targets">{da.round.targets}</h2>
        <p className="hint">{da.round.targetsIntro}</p>
        {view.targets.length === 0 ? (
          <p>{da.round.noTargets}</p>
        ) : (
          <TargetTable targets={view.targets} name={committeeName} unit={view.unit} />
        )}
        {view.risingProfiles.length > 0 && (
          <RisingProfileTable
            lines={view.risingProfiles}
            years={years}
            unit={view.unit}
            caption={da.round.risingCaption}
            committeeName={committeeName}
            testId="rising-profiles"
          />
        )}
      </section>

      <section aria-labelledby="h-charts">
        <h2 id="h-charts">{da.round.charts}</h2>
        <div className="charts">
          <StackedBars
            id="chart-effect"
            title={da.charts.effectPerYear}
            years={years}
            series={committees.map((r) => ({ name: r.title, values: r.amounts }))}
          />
          <Scatter
            id="chart-invest"
            title={da.charts.investmentVsEffect}
            xLabel={da.charts.investmentAxis}
            yLabel={da.charts.effectAxis}
            points={charted
              .filter((p) => p.investment !== null && p.fullEffect !== null)
              .map((p) => ({
                label: `${p.ref} ${p.title}`,
                x: p.investment ?? 0,
                // Catalog sign (saving positive), as the tables beside it.
                y: 0 - (p.fullEffect ?? 0),
              }))}
          />
          <Bars
            id="chart-payback"
            title={da.charts.paybackDistribution}
            labelHeader={da.charts.paybackBucket}
            valueHeader={da.charts.count}
            integer
            bars={view.paybackBuckets.map((b) => ({
              label: b.bucket === 'none' ? da.charts.noPayback : da.charts.bucketLabel(b.bucket),
              value: b.count,
            }))}
          />
          <div>
            <StackedBars
              id="chart-pool"
              title={da.charts.investmentPerYear}
              years={years}
              series={charted
                .filter((p) => p.investment !== null)
                .map((p) => ({ name: p.ref, values: p.implementationCost }))}
              legendLabel={da.round.ref}
            />
            <p className="hint">
              {da.charts.investmentTotal}:{' '}
              {total?.investment == null
                ? da.none
                : `${formatAmount(total.investment, view.unit)} ${da.unitTkr}`}
            </p>
          </div>
        </div>
      </section>
    </>
  );
}

/** Måltal per committee (rows) and year (columns): reached / target with a bar, as core computed them. */
function TargetTable({
  targets,
  name,
  unit,
}: {
  targets: TargetAttainment[];
  name: (c: string) => string;
  unit: RoundView['unit'];
}) {
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
              <th scope="row">{c.committee === 'I alt' ? da.total : name(c.committee)}</th>
              {years.map((y) => {
                const t = c.years.find((x) => x.year === y);
                if (!t) return <td key={y} />;
                // The bar's length is display only; the figures beside it are core's.
                const pct = t.target === 0 ? null : Math.max(0, Math.floor((t.total * 100) / t.target));
                return (
                  <td key={y} className="target-cell">
                    <span className="num">
                      {formatAmount(t.total, unit)} / {formatAmount(t.target, unit)}
                    </span>
                    <span className="bar" aria-hidden="true">
                      <span
                        className={t.met ? 'fill met' : 'fill'}
                        style={{ width: `${Math.min(100, pct ?? 0)}%` }}
                      />
                    </span>
                    <span className="pct">
                      {pct === null ? da.none : `${pct} %`}{' '}
                      {t.met ? da.round.met : da.round.shortfall(formatAmount(-t.surplus, unit))}
                      {t.realisedDifference !== 0 && (
                        <span className="came-in">
                          {' '}
                          {daFollowUp.attainment.cameIn(
                            formatAmount(t.cameIn, unit),
                            formatAmount(t.realisedDifference, unit),
                          )}
                        </span>
                      )}
                      {t.risingProfile !== 0 && (
                        <span className="rising">
                          {' '}
                          ({da.round.rising.toLowerCase()} {formatAmount(t.risingProfile, unit)})
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
