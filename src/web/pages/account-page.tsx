// The logged-in user's own account: who they are, in which organisation, and a new password.
import { useState } from 'react';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/client.ts';
import { da } from '../i18n/da.ts';
import { useSession } from '../lib/session.tsx';
import { ErrorNotice } from '../components/status.tsx';

export function AccountPage() {
  const { user } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!user) return null;
  return (
    <>
      <h1>{da.account.title}</h1>
      <dl className="facts">
        <dt>{da.account.name}</dt>
        <dd>{user.name ?? user.email}</dd>
        <dt>{da.login.username}</dt>
        <dd>{user.email}</dd>
        <dt>{da.account.role}</dt>
        <dd>{da.roles[user.role] ?? user.role}</dd>
        <dt>{da.account.organisation}</dt>
        <dd>{user.organisation.name}</dd>
      </dl>
      <section aria-labelledby="h-password">
        <h2 id="h-password">{da.account.changePassword}</h2>
        <form
          className="form grid2"
          onSubmit={(e) => {
            e.preventDefault();
            setMessage(null);
            setError(null);
            if (next !== repeat) {
              setError(da.account.mismatch);
              return;
            }
            api
              .changePassword(current, next)
              .then(() => {
                setMessage(da.account.changed);
                setCurrent('');
                setNext('');
                setRepeat('');
              })
              .catch((err: unknown) => setError(err instanceof ApiError ? err.message : String(err)));
          }}
        >
          <label htmlFor="pw-current">{da.account.current}</label>
          <input
            id="pw-current"
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            required
          />
          <label htmlFor="pw-new">{da.account.next}</label>
          <input
            id="pw-new"
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.target.value)}
            required
          />
          <label htmlFor="pw-repeat">{da.account.repeat}</label>
          <input
            id="pw-repeat"
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            required
          />
          <div className="buttons span2">
            <button type="submit">{da.account.save}</button>
          </div>
        </form>
        <div aria-live="polite">
          {message && <p className="ok">{message}</p>}
          <ErrorNotice error={error} />
        </div>
      </section>
    </>
  );
}
