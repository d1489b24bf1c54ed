import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import { da } from '../i18n/da.ts';
import { useSession } from '../lib/session.tsx';
import { href } from '../lib/router.ts';
import { ErrorNotice } from '../components/status.tsx';

export function LoginPage() {
  const { login } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email.trim(), password);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : da.login.failed);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="login">
      <p className="brand-login">
        {da.appName} <span>{da.appTagline}</span>
      </p>
      <h1>{da.login.title}</h1>
      <p>{da.login.intro}</p>
      <form onSubmit={(e) => void submit(e)} className="form" aria-describedby="login-hint">
        <label htmlFor="login-email">{da.login.username}</label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor="login-password">{da.login.password}</label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <ErrorNotice error={error} />
        <button type="submit" disabled={busy}>
          {da.login.submit}
        </button>
      </form>
      <p id="login-hint" className="hint">
        {da.login.demoHint}
      </p>
      <p>
        <a href={href('/offentlig')}>{da.public.link}</a>
      </p>
    </main>
  );
}
