// What a citizen sees without logging in: the published rounds, their catalogs with only the
// proposals a committee has approved (the server filters; its tables are core's buildCatalog),
// each proposal on its own page, and every catalog and proposal as a file to download.
import type { CatalogTable } from '../../core/model.ts';
import { request } from '../api/client.ts';
import type { PublicProposal, Round, RoundView } from '../api/types.ts';
import { da } from '../i18n/da.ts';
import { href } from '../lib/router.ts';
import { useAsync } from '../lib/use-async.ts';
import { deriveProposal, formatAmount, unitLabel } from '../lib/engine.ts';
import { Downloads } from '../components/downloads.tsx';
import { EconomyTable } from '../components/economy-table.tsx';
import { AmountTableView } from '../components/amount-table.tsx';
import { ErrorNotice, Loading, StatusBadge } from '../components/status.tsx';
import { PriceLevel } from '../components/abbr.tsx';

const publicGet = <T,>(path: string) => request<T>('GET', path, { quiet401: true });

function CatalogTableView({
  table,
  roundId,
  idOf,
}: {
  table: CatalogTable;
  roundId: number;
  idOf: (ref: string | null) => number | undefined;
}) {
  // Tabel 1 lists committees, Tabel 2 proposals: the first column is headed by what it holds.
  const ofProposals = table.rows.some((r) => r.rowType === 'proposal');
  return (
    <div className="table-wrap">
      <table>
        <caption>
          {table.name}: {table.title} ({unitLabel(table.unit)} <PriceLevel year={table.priceLevelYear} />;{' '}
          {da.public.signNote})
        </caption>
        <thead>
          <tr>
            <th scope="col">{ofProposals ? da.public.proposalsHeader : da.public.committeesHeader}</th>
            {table.years.map((y) => (
              <th scope="col" key={y} className="num">
                {y}
              </th>
            ))}
            <th scope="col" className="num">
              {da.round.investment}
            </th>
            {ofProposals && <th scope="col">{da.round.approvedWith}</th>}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => {
            const id = r.rowType === 'proposal' ? idOf(r.proposalRef) : undefined;
            const name = r.rowType === 'proposal' ? `${r.proposalRef ?? ''} ${r.title}`.trim() : r.title;
            return (
              <tr key={i} className={r.rowType === 'proposal' ? undefined : 'computed total'}>
                <th scope="row">
                  {id === undefined ? name : <a href={href(`/offentlig/${roundId}/forslag/${id}`)}>{name}</a>}
                </th>
                {table.years.map((y) => {
                  const v = r.amounts[String(y)];
                  return (
                    <td key={y} className="num">
                      {v === undefined ? '' : formatAmount(v, table.unit)}
                    </td>
                  );
                })}
                <td className="num">
                  {r.investment === null ? '-' : formatAmount(r.investment, table.unit)}
                </td>
                {ofProposals && <td>{r.approvedWith ?? ''}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function PublicCatalog({ roundId }: { roundId: number }) {
  const catalog = useAsync(() => publicGet<RoundView>(`/api/public/rounds/${roundId}/catalog`), [roundId]);
  if (catalog.error) return <ErrorNotice error={catalog.error} />;
  if (!catalog.data) return <Loading />;
  const view = catalog.data;
  const ids = new Map(view.proposals.map((p) => [p.ref, p.id]));
  return (
    <section aria-labelledby="h-public-catalog">
      <h2 id="h-public-catalog">
        {view.round.name}, {view.round.organisation.name}
      </h2>
      <Downloads path={`/api/public/rounds/${roundId}/export`} label={da.downloads.round} />
      {view.tables.map((t) => (
        <CatalogTableView
          key={t.name}
          table={t}
          roundId={roundId}
          idOf={(ref) => (ref ? ids.get(ref) : undefined)}
        />
      ))}
    </section>
  );
}

function PublicProposalView({ roundId, proposalId }: { roundId: number; proposalId: number }) {
  const record = useAsync(
    () => publicGet<PublicProposal>(`/api/public/proposals/${proposalId}`),
    [proposalId],
  );
  const round = useAsync(() => publicGet<Round[]>('/api/public/rounds'), []);
  if (record.error) return <ErrorNotice error={record.error} />;
  if (!record.data) return <Loading />;
  const p = record.data.proposal;
  const derived = deriveProposal(p);
  const roundName = round.data?.find((r) => r.id === roundId)?.name ?? '';
  return (
    <article aria-labelledby="public-proposal-title">
      <p className="crumbs">
        <a href={href(`/offentlig/${roundId}`)}>{da.public.backToCatalog(roundName)}</a>
      </p>
      <h1 id="public-proposal-title">
        {p.ref} {p.title}
      </h1>
      <Downloads path={`/api/public/proposals/${proposalId}/export`} label={da.downloads.proposal} />
      <dl className="facts">
        <dt>{da.round.kind}</dt>
        <dd>{da.kinds[p.kind] ?? p.kind}</dd>
        <dt>{da.proposal.state}</dt>
        <dd>
          <StatusBadge status={record.data.status} />
        </dd>
        <dt>{da.round.approvedWith}</dt>
        <dd>{record.data.approvedWith ?? da.none}</dd>
        <dt>{da.proposal.presenting}</dt>
        <dd>{p.presentingAdministrations.join(', ') || da.none}</dd>
      </dl>
      {p.summary && (
        <section aria-labelledby="h-public-summary">
          <h2 id="h-public-summary">{da.proposal.summary}</h2>
          <p className="prose">{p.summary}</p>
        </section>
      )}
      {p.sections.map((s, i) => (
        <section key={i} aria-label={s.heading}>
          <h2>{s.heading}</h2>
          <p className="prose">{s.text}</p>
        </section>
      ))}
      <section aria-labelledby="h-public-economy">
        <h2 id="h-public-economy">{da.proposal.economy}</h2>
        {p.economy && derived ? (
          <EconomyTable economy={p.economy} derived={derived} />
        ) : (
          <p>{da.proposal.noEconomy}</p>
        )}
      </section>
      {p.kvantumTables.length > 0 && (
        <section aria-labelledby="h-public-kvantum">
          <h2 id="h-public-kvantum">{da.proposal.kvantum}</h2>
          {p.kvantumTables.map((t) => (
            <AmountTableView key={t.id} table={t} />
          ))}
        </section>
      )}
    </article>
  );
}

export function PublicPage({ roundId, proposalId }: { roundId: number | null; proposalId: number | null }) {
  const rounds = useAsync(() => publicGet<Round[]>('/api/public/rounds'), []);
  return (
    <main id="main" className="public">
      <p className="brand-login">
        {da.appName} <span>{da.appTagline}</span>
      </p>
      <p>
        <a href={href('/')}>{da.public.login}</a>
      </p>
      {roundId !== null && proposalId !== null ? (
        <PublicProposalView roundId={roundId} proposalId={proposalId} />
      ) : (
        <>
          <h1>{da.public.title}</h1>
          <p>{da.public.intro}</p>
          {rounds.error && <ErrorNotice error={rounds.error} />}
          {!rounds.data && !rounds.error && <Loading />}
          {rounds.data && rounds.data.length === 0 && <p>{da.public.none}</p>}
          {rounds.data && rounds.data.length > 0 && (
            <ul>
              {rounds.data.map((r) => (
                <li key={r.id}>
                  <a href={href(`/offentlig/${r.id}`)} aria-current={r.id === roundId ? 'page' : undefined}>
                    {r.name}, {r.organisation.name}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {roundId !== null && <PublicCatalog roundId={roundId} />}
        </>
      )}
    </main>
  );
}
