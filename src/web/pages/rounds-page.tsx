import { api } from '../api/endpoints.ts';
import { da } from '../i18n/da.ts';
import { href } from '../lib/router.ts';
import { useAsync } from '../lib/use-async.ts';
import { ErrorNotice, Loading } from '../components/status.tsx';

export function RoundsPage() {
  const rounds = useAsync(() => api.rounds(), []);
  return (
    <>
      <h1>{da.rounds.title}</h1>
      {rounds.error && <ErrorNotice error={rounds.error} />}
      {!rounds.data && !rounds.error && <Loading />}
      {rounds.data && rounds.data.length === 0 && <p>{da.rounds.empty}</p>}
      {rounds.data && rounds.data.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{da.rounds.name}</th>
              <th scope="col">{da.year}</th>
              <th scope="col" className="num">
                {da.rounds.proposals}
              </th>
            </tr>
          </thead>
          <tbody>
            {rounds.data.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <a href={href(`/runder/${r.id}`)}>{r.name}</a>
                </th>
                <td>{r.year}</td>
                <td className="num">{r.proposalCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
