// What a citizen sees without logging in: the published rounds and their catalogs, with only the
// proposals a committee has approved (the server filters; its tables are core's buildCatalog).
import type { CatalogTable } from '../../core/model.ts';
import { request } from '../api/client.ts';
import type { Round, RoundView } from '../api/types.ts';
import { da } from '../i18n/da.ts';
import { href } from '../lib/router.ts';
import { useAsync } from '../lib/use-async.ts';
import { formatAmount, unitLabel } from '../lib/engine.ts';
import { ErrorNotice, Loading } from '../components/status.tsx';

function CatalogTableView({ table }: { table: CatalogTable }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>
          {table.name}: {table.title} ({unitLabel(table.unit)} {da.priceLevel(table.priceLevelYear)};{' '}
          {da.public.signNote})
        </caption>
        <thead>
          <tr>
            <th scope="col">{da.round.title}</th>
            {table.years.map((y) => (
              <th scope="col" key={y} className="num">
                {y}
              </th>
            ))}
            <th scope="col" className="num">
              {da.round.investment}
            </th>
            <th scope="col">{da.round.approvedWith}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i} className={r.rowType === 'proposal' ? undefined : 'computed total'}>
              <th scope="row">{r.rowType === 'proposal' ? `${r.proposalRef ?? ''} ${r.title}` : r.title}</th>
              {table.years.map((y) => {
                const v = r.amounts[String(y)];
                return (
                  <td key={y} className="num">
                    {v === undefined ? '' : formatAmount(v, table.unit)}
                  </td>
                );
              })}
              <td className="num">{r.investment === null ? '-' : formatAmount(r.investment, table.unit)}</td>
              <td>{r.approvedWith ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PublicPage({ roundId }: { roundId: number | null }) {
  const rounds = useAsync(() => request<Round[]>('GET', '/api/public/rounds', { quiet401: true }), []);
  const catalog = useAsync(
    () =>
      roundId === null
        ? Promise.resolve(null)
        : request<RoundView>('GET', `/api/public/rounds/${roundId}/catalog`, { quiet401: true }),
    [roundId],
  );
  return (
    <main id="main" className="public">
      <p className="brand-login">
        {da.appName} <span>{da.appTagline}</span>
      </p>
      <p>
        <a href={href('/')}>{da.login.title}</a>
      </p>
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
      {catalog.error && <ErrorNotice error={catalog.error} />}
      {catalog.data && (
        <section aria-labelledby="h-public-catalog">
          <h2 id="h-public-catalog">
            {catalog.data.round.name}, {catalog.data.round.organisation.name}
          </h2>
          {catalog.data.tables.map((t) => (
            <CatalogTableView key={t.name} table={t} />
          ))}
        </section>
      )}
    </main>
  );
}
