import { useState } from 'react';
import { api } from '../api/endpoints.ts';
import { da } from '../i18n/da.ts';
import { href, navigate } from '../lib/router.ts';
import { useAsync } from '../lib/use-async.ts';
import { ErrorNotice, Loading, StatusBadge } from '../components/status.tsx';

export function SearchPage({ query }: { query: string }) {
  const [text, setText] = useState(query);
  const results = useAsync(() => (query.trim() ? api.search(query.trim()) : Promise.resolve(null)), [query]);
  const rounds = useAsync(() => api.rounds(), []);
  const roundName = (id: number) => rounds.data?.find((r) => r.id === id)?.name ?? '';
  return (
    <>
      <h1>{da.search.title}</h1>
      <form
        role="search"
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`/soeg?q=${encodeURIComponent(text)}`);
        }}
      >
        <label htmlFor="search-q">{da.search.query}</label>
        <input id="search-q" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit">{da.search.submit}</button>
      </form>
      {results.error && <ErrorNotice error={results.error} />}
      {results.loading && query && <Loading />}
      {results.data && (
        <>
          <p role="status">
            {results.data.length === 0 ? da.search.none : da.search.results(results.data.length)}
          </p>
          <ul className="results">
            {results.data.map((h) => (
              <li key={h.id}>
                <a href={href(`/forslag/${h.id}`)}>
                  {h.ref} {h.title}
                </a>{' '}
                <StatusBadge status={h.status} /> <span className="src">{roundName(h.roundId)}</span>
                {h.snippet && <p className="snippet">{h.snippet.replace(/<[^>]*>/g, '')}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
