// Search across the organisation's proposals (docs/web.md): a query and filters whose choices come
// from the server (the organisation's rounds, and the committees, kinds and statuses its proposals
// have), the hits with what matched in <mark>. The address holds the query and the filters, so a
// search can be bookmarked and Back returns to it. The server sends highlights as parts
// ({text, hit}), never markup: React renders every part as text.
import { useState } from 'react';
import { SEARCH_LIMIT } from '../../core/schema/api.ts';
import { api } from '../api/endpoints.ts';
import type { SearchQuery, TextPart } from '../api/types.ts';
import { da } from '../i18n/da.ts';
import { committeeName, useMasterData } from '../lib/master-data.ts';
import { href, navigate } from '../lib/router.ts';
import { useAsync } from '../lib/use-async.ts';
import { ErrorNotice, Loading, StatusBadge } from '../components/status.tsx';
import { FilterSelect } from '../components/filter-select.tsx';

type Params = Partial<Record<keyof SearchQuery, string>>;
const FILTERS = ['roundId', 'committee', 'kind', 'status'] as const;

/** The search as the address states it (#/soeg?q=…&roundId=…&committee=…&kind=…&status=…). */
function paramsOf(query: URLSearchParams): Params {
  const p: Params = { q: query.get('q') ?? '' };
  for (const f of FILTERS) {
    const v = query.get(f);
    if (v) p[f] = v;
  }
  return p;
}

function addressOf(p: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v) q.set(k, v);
  return `/soeg?${q.toString()}`;
}

/** Text with the hits marked; `<mark>` is what screen readers and the eye both recognise. */
function Marked({ parts }: { parts: TextPart[] }) {
  return <>{parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

export function SearchPage({ query }: { query: URLSearchParams }) {
  const asked = paramsOf(query);
  const q = asked.q?.trim() ?? '';
  const [text, setText] = useState(asked.q ?? '');
  const [empty, setEmpty] = useState(false);
  const options = useAsync(() => api.searchOptions(), []);
  const md = useMasterData();
  const results = useAsync(() => (q ? api.search({ ...asked, q }) : Promise.resolve(null)), [asked]);
  const filtered = FILTERS.some((f) => asked[f]);
  const roundName = (id: number) => options.data?.rounds.find((r) => r.id === id)?.name ?? '';

  /** A changed filter searches again at once when there is something to search for. */
  const setFilter = (f: (typeof FILTERS)[number], value: string) =>
    navigate(addressOf({ ...asked, q: text.trim(), [f]: value }));

  const o = options.data;
  return (
    <>
      <h1>{da.search.title}</h1>
      <p>{da.search.intro}</p>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setEmpty(text.trim() === '');
          if (text.trim() !== '') navigate(addressOf({ ...asked, q: text.trim() }));
        }}
      >
        <div className="inline-form">
          <label htmlFor="search-q">{da.search.query}</label>
          <input
            id="search-q"
            type="search"
            value={text}
            aria-describedby={empty ? 'search-empty' : undefined}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit">{da.search.submit}</button>
        </div>
        {empty && (
          <p id="search-empty" className="error" role="alert">
            {da.search.empty}
          </p>
        )}
        <fieldset className="filters">
          <legend>{da.search.filters}</legend>
          <FilterSelect
            id="search-round"
            label={da.search.round}
            value={asked.roundId ?? ''}
            all={da.search.allRounds}
            choices={(o?.rounds ?? []).map((r) => [String(r.id), r.name])}
            onChange={(v) => setFilter('roundId', v)}
          />
          <FilterSelect
            id="search-committee"
            label={da.search.committee}
            value={asked.committee ?? ''}
            all={da.search.allCommittees}
            choices={(o?.committees ?? []).map((c) => [c, committeeName(md, c)])}
            onChange={(v) => setFilter('committee', v)}
          />
          <FilterSelect
            id="search-kind"
            label={da.search.kind}
            value={asked.kind ?? ''}
            all={da.search.allKinds}
            choices={(o?.kinds ?? []).map((k) => [k, da.kinds[k]])}
            onChange={(v) => setFilter('kind', v)}
          />
          <FilterSelect
            id="search-status"
            label={da.search.status}
            value={asked.status ?? ''}
            all={da.search.allStates}
            choices={(o?.statuses ?? []).map((x) => [x, da.states[x]])}
            onChange={(v) => setFilter('status', v)}
          />
        </fieldset>
      </form>
      {options.error && <ErrorNotice error={options.error} />}
      {results.error && <ErrorNotice error={results.error} />}
      {results.loading && q && <Loading />}
      {results.data && (
        <>
          <p role="status" data-testid="search-count">
            {results.data.length === 0
              ? da.search.none(q, filtered)
              : results.data.length >= SEARCH_LIMIT
                ? da.search.limited(results.data.length)
                : da.search.results(results.data.length)}
          </p>
          <ul className="results">
            {results.data.map((h) => (
              <li key={h.id}>
                <a href={href(`/forslag/${h.id}`)}>
                  {h.ref}: <Marked parts={h.titleParts} />
                </a>{' '}
                <StatusBadge status={h.status} />{' '}
                <span className="src">
                  {[roundName(h.roundId), committeeName(md, h.committee), da.kinds[h.kind]]
                    .filter(Boolean)
                    .join(' · ')}
                  {h.match === 'part' && ` · ${da.search.partMatch}`}
                </span>
                {h.snippet.length > 0 && (
                  <p className="snippet">
                    <Marked parts={h.snippet} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
