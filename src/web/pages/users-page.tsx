// Account administration for admins: every account with its role and state, and the actions the
// server offers (disable/re-enable, role, password reset with a temporary password shown once,
// end sessions). The server checks every rule (the last admin, a forfatter's administration) and
// answers in Danish; this page shows the answer.
import { useState } from 'react';
import { api } from '../api/endpoints.ts';
import type { Account, Role } from '../api/types.ts';
import { ErrorNotice, Loading } from '../components/status.tsx';
import { da } from '../i18n/da.ts';
import { useAsync } from '../lib/use-async.ts';

const ROLES: Role[] = ['admin', 'oekonomi', 'forfatter', 'laeser'];

function AccountRow({ account, onDone }: { account: Account; onDone: (message: string) => void }) {
  const [role, setRole] = useState<Role>(account.role);
  const [administration, setAdministration] = useState(account.administration ?? '');
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);

  const run = (action: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    action()
      .then(onDone)
      .catch((e: unknown) => setError(e instanceof Error ? e : new Error(String(e))))
      .finally(() => setBusy(false));
  };

  return (
    <tr>
      <th scope="row">
        {account.email}
        {account.oidc && <small> ({da.users.oidc})</small>}
        {error && <ErrorNotice error={error} />}
      </th>
      <td>{account.name ?? da.none}</td>
      <td>
        <select
          aria-label={da.users.roleFor(account.email)}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {da.roles[r] ?? r}
            </option>
          ))}
        </select>{' '}
        <input
          aria-label={da.users.administrationFor(account.email)}
          value={administration}
          size={6}
          onChange={(e) => setAdministration(e.target.value)}
        />{' '}
        <button
          type="button"
          className="secondary"
          disabled={busy || (role === account.role && administration === (account.administration ?? ''))}
          onClick={() =>
            run(async () => {
              await api.setRole(account.id, role, administration.trim() || null);
              return da.users.saved(account.email);
            })
          }
        >
          {da.users.saveRole}
        </button>
      </td>
      <td>{account.disabled ? <strong>{da.users.disabled}</strong> : da.users.active}</td>
      <td className="num">{account.sessions}</td>
      <td>
        {account.disabled ? (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() =>
              run(async () => {
                await api.enableUser(account.id);
                return da.users.saved(account.email);
              })
            }
          >
            {da.users.enable}
          </button>
        ) : (
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={() => {
              if (!window.confirm(da.users.confirmDisable(account.email))) return;
              run(async () => {
                await api.disableUser(account.id);
                return da.users.saved(account.email);
              });
            }}
          >
            {da.users.disable}
          </button>
        )}{' '}
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => {
            if (!window.confirm(da.users.confirmReset(account.email))) return;
            run(async () => {
              const { temporaryPassword } = await api.resetPassword(account.id);
              return da.users.temporaryPassword(account.email, temporaryPassword ?? '');
            });
          }}
        >
          {da.users.resetPassword}
        </button>{' '}
        <button
          type="button"
          className="secondary"
          disabled={busy || account.sessions === 0}
          onClick={() =>
            run(async () => {
              const { ended } = await api.endSessions(account.id);
              return da.users.sessionsEnded(account.email, ended);
            })
          }
        >
          {da.users.endSessions}
        </button>
      </td>
    </tr>
  );
}

export function UsersPage() {
  const users = useAsync(() => api.users(), []);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <h1>{da.users.title}</h1>
      <p>{da.users.intro}</p>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {users.error && <ErrorNotice error={users.error} />}
      {!users.data && !users.error && <Loading />}
      {users.data && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{da.users.email}</th>
                <th scope="col">{da.users.name}</th>
                <th scope="col">{da.users.role}</th>
                <th scope="col">{da.users.state}</th>
                <th scope="col" className="num">
                  {da.users.sessions}
                </th>
                <th scope="col">{da.users.actions}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((a) => (
                <AccountRow
                  key={`${a.id}-${a.role}-${a.administration ?? ''}-${a.disabled}-${a.sessions}`}
                  account={a}
                  onDone={(m) => {
                    setMessage(m);
                    users.reload();
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
