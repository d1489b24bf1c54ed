// The organisation's budget rounds; the finance centre creates a new one here.
import { useState } from 'react';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/client.ts';
import type { RoundFields } from '../api/types.ts';
import { da } from '../i18n/da.ts';
import { href, navigate } from '../lib/router.ts';
import { can, useSession } from '../lib/session.tsx';
import { useAsync } from '../lib/use-async.ts';
import { ErrorNotice, Loading } from '../components/status.tsx';
import { RoundFieldInputs } from '../components/round-field-inputs.tsx';

export function RoundsPage() {
  const rounds = useAsync(() => api.rounds(), []);
  const { user } = useSession();
  return (
    <>
      <h1>{da.rounds.title}</h1>
      {user && <p className="hint">{user.organisation.name}</p>}
      {rounds.error && <ErrorNotice error={rounds.error} />}
      {!rounds.data && !rounds.error && <Loading />}
      {rounds.data && rounds.data.length === 0 && <p>{da.rounds.empty}</p>}
      {rounds.data && rounds.data.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{da.rounds.name}</th>
                <th scope="col">{da.year}</th>
                <th scope="col">{da.rounds.publishedHeader}</th>
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
                  <td>{r.published ? da.yes : da.no}</td>
                  <td className="num">{r.proposalCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {user && can.runRound(user.role) && <NewRound />}
    </>
  );
}

function NewRound() {
  const year = new Date().getFullYear() + 1;
  const [fields, setFields] = useState<RoundFields>({
    name: `Budget ${year}`,
    kind: 'budget',
    year,
    priceLevelYear: year,
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <section aria-labelledby="h-new-round">
      <h2 id="h-new-round">{da.rounds.newRound}</h2>
      <form
        className="form grid2"
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          api
            .createRound(fields)
            .then((r) => navigate(`/runder/${r.id}/indstillinger`))
            .catch((err: unknown) => setError(err instanceof ApiError ? err.message : String(err)))
            .finally(() => setBusy(false));
        }}
      >
        <RoundFieldInputs fields={fields} setFields={setFields} prefix="new" />
        <div className="buttons span2">
          <button type="submit" disabled={busy}>
            {da.rounds.create}
          </button>
        </div>
      </form>
      <ErrorNotice error={error} />
    </section>
  );
}
