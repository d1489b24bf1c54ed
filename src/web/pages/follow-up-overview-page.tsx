// The follow-up of a round (GET /api/rounds/:id/follow-up) or of every round of the organisation
// (GET /api/follow-up): a chart per committee of planned against realised savings, the totals per
// committee and year, every followed-up proposal with its years' status, and the report as XLSX,
// PDF and Word. The figures are the report's (core's); the page renders them.
import { type FollowUpReport, followUpApi } from '../api/follow-up.ts';
import { GroupedBars } from '../components/charts.tsx';
import { Downloads } from '../components/downloads.tsx';
import { ErrorNotice, Loading, StatusBadge } from '../components/status.tsx';
import { da } from '../i18n/da.ts';
import { daFollowUp as t } from '../i18n/da-followup.ts';
import { formatAmount } from '../lib/engine.ts';
import { committeeName, useMasterData } from '../lib/master-data.ts';
import { href } from '../lib/router.ts';
import { useAsync } from '../lib/use-async.ts';

const amount = (v: number | null) => (v === null ? '' : formatAmount(v, 't.kr'));
const FORMATS = ['xlsx', 'pdf', 'docx'] as const;

export function FollowUpOverviewPage({ roundId }: { roundId: number | null }) {
  const data = useAsync(
    () => (roundId === null ? followUpApi.organisationReport() : followUpApi.roundReport(roundId)),
    [roundId],
  );
  if (data.error) return <ErrorNotice error={data.error} />;
  if (!data.data) return <Loading />;
  return (
    <Overview r={data.data} path={roundId === null ? '/api/follow-up' : `/api/rounds/${roundId}/follow-up`} />
  );
}

function Overview({ r, path }: { r: FollowUpReport; path: string }) {
  const md = useMasterData();
  const scope = r.scope.kind === 'round' ? r.scope.roundName : t.overview.allRounds;
  const committees = [...new Set(r.totals.map((x) => x.committee))].filter((c) => c !== 'I alt');
  const years = [...new Set(r.totals.map((x) => x.year))].sort((a, b) => a - b);
  const yearsWithRealised = (c: string) => r.totals.filter((x) => x.committee === c).map((x) => x.year);
  const saving = (v: number | null) => (v === null ? null : -v);
  const name = (c: string) => (c === 'I alt' ? da.total : committeeName(md, c));

  return (
    <article aria-labelledby="ov-title">
      <p className="crumbs">
        {r.scope.kind === 'round' ? (
          <a href={href(`/runder/${r.scope.roundId}`)}>{r.scope.roundName}</a>
        ) : (
          <a href={href('/')}>{da.nav.rounds}</a>
        )}
      </p>
      <h1 id="ov-title">{t.overview.title(scope)}</h1>
      <p className="hint">{t.overview.intro}</p>
      <Downloads path={path} label={t.overview.downloads} formats={FORMATS}>
        {' · '}
        <a href={href('/opfoelgning/frister')}>{t.overview.dueLink}</a>
        {r.scope.kind === 'round' && (
          <>
            {' · '}
            <a href={href('/opfoelgning')}>{t.overview.allRounds}</a>
          </>
        )}
      </Downloads>
      {r.proposals.length === 0 ? (
        <p>{t.overview.none}</p>
      ) : (
        <>
          <div className="charts">
            {committees.map((c) => {
              const ys = yearsWithRealised(c);
              const row = (y: number) => r.totals.find((x) => x.committee === c && x.year === y);
              return (
                <GroupedBars
                  key={c}
                  id={`ov-${c}`}
                  title={t.overview.committeeChart(name(c))}
                  years={ys}
                  legendLabel={da.year}
                  series={[
                    {
                      name: t.page.planned,
                      values: Object.fromEntries(ys.map((y) => [String(y), saving(row(y)?.planned ?? null)])),
                    },
                    {
                      name: t.page.realised,
                      values: Object.fromEntries(
                        ys.map((y) => [String(y), saving(row(y)?.realised ?? null)]),
                      ),
                    },
                  ]}
                />
              );
            })}
          </div>

          <section aria-labelledby="h-ov-totals">
            <h2 id="h-ov-totals">{t.overview.totals}</h2>
            <div className="table-wrap">
              <table data-testid="ov-totals">
                <caption>{t.overview.totalsCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{da.round.committee}</th>
                    <th scope="col">{da.year}</th>
                    <th scope="col" className="num">
                      {t.page.planned}
                    </th>
                    <th scope="col" className="num">
                      {t.page.realised}
                    </th>
                    <th scope="col" className="num">
                      {t.overview.plannedOfRealised}
                    </th>
                    <th scope="col" className="num">
                      {t.page.deviation}
                    </th>
                    <th scope="col" className="num">
                      {t.overview.proposals}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {r.totals.map((x) => (
                    <tr
                      key={`${x.committee}${x.year}`}
                      className={x.committee === 'I alt' ? 'total' : undefined}
                    >
                      <th scope="row">{name(x.committee)}</th>
                      <td>{x.year}</td>
                      <td className="num">{amount(x.planned)}</td>
                      <td className="num">{amount(x.realised)}</td>
                      <td className="num">{x.realised === null ? '' : amount(x.plannedOfRealised)}</td>
                      <td className="num">{amount(x.deviation)}</td>
                      <td className="num">{t.overview.realisedCount(x.realisedProposals, x.proposals)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="h-ov-proposals">
            <h2 id="h-ov-proposals">{t.overview.proposalsTitle}</h2>
            <div className="table-wrap">
              <table data-testid="ov-proposals">
                <thead>
                  <tr>
                    <th scope="col">{t.due.proposal}</th>
                    <th scope="col">{da.round.committee}</th>
                    <th scope="col">{da.proposal.state}</th>
                    {years.map((y) => (
                      <th scope="col" key={y}>
                        {y}
                      </th>
                    ))}
                    <th scope="col">{t.page.targets}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.proposals.map((p) => (
                    <tr key={p.proposalId}>
                      <th scope="row">
                        <a href={href(`/forslag/${p.proposalId}/opfoelgning`)}>
                          {p.ref} {p.title}
                        </a>
                        {r.scope.kind === 'organisation' && <div className="src">{p.roundName}</div>}
                      </th>
                      <td>{p.committee ?? da.none}</td>
                      <td>
                        <StatusBadge status={p.status} />
                        {p.complete && <div className="src">{t.overview.complete}</div>}
                      </td>
                      {years.map((y) => {
                        const year = p.years.find((x) => x.year === y);
                        return (
                          <td key={y}>
                            {year && (year.planned !== null || year.realised !== null) && (
                              <span className={`badge badge-fu-${year.status}`}>
                                {t.yearStatus[year.status]}
                              </span>
                            )}
                          </td>
                        );
                      })}
                      <td>
                        {p.targets.map((x) => (
                          <span key={x.index} className={`badge badge-fu-${x.state}`} title={x.target}>
                            {t.state[x.state]}
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </article>
  );
}
