// Small shared pieces: loading and error notices, the status badge.
import type { ApiError } from '../api/client.ts';
import { da } from '../i18n/da.ts';

export function Loading() {
  return (
    <p className="notice" role="status">
      {da.loading}
    </p>
  );
}

export function ErrorNotice({ error }: { error: ApiError | Error | string | null }) {
  if (!error) return null;
  const message = typeof error === 'string' ? error : error.message;
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-${status}`}>{da.states[status] ?? status}</span>;
}
