// Decision snapshots of a round: take one at a decision point, list them with their downloads
// (exports of the frozen document, exactly as on the day), and show the diff between two.
import { useState } from 'react';
import type { SnapshotDiff, SnapshotPoint } from '../../core/schema/pool.ts';
import { SNAPSHOT_POINTS } from '../../core/schema/pool.ts';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/client.ts';
import { poolApi } from '../api/pool.ts';
import { RoundTabs } from '../components/round-tabs.tsx';
import { ErrorNotice, Loading } from '../components/status.tsx';
import { daPool } from '../i18n/da-pool.ts';
import { formatAmount } from '../lib/engine.ts';
import { useSession } from '../lib/session.tsx';
import { useAsync } from '../lib/use-async.ts';

const t = daPool.snapshots;

function show(v: unknown): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'number') return formatAmount(v, 'kr');
  if (typeof v === 'object')
    return Object.entries(v as Record<string, number>)
      .map(([y, n]) => `${y}: ${formatAmount(n, 'kr')}`)
      .join(', ');
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function Diff({ d }: { d: SnapshotDiff }) {
  const empty = d.added.length + d.removed.length + d.changed.length + d.poolUse.length === 0;
  return (
    <div data-testid="snapshot-diff">
      {empty && <p>{t.nothing}</p>}
      {d.added.length > 0 && (
        <>
          <h3>{t.added}</h3>
          <ul>
            {d.added.map((p) => (
              <li key={p.ref}>
                {p.ref} {p.title}
              </li>
            ))}
          </ul>
        </>
      )}
      {d.removed.length > 0 && (
        <>
          <h3>{t.removed}</h3>
          <ul>
            {d.removed.map((p) => (
              <li key={p.ref}>
                {p.ref} {p.title}
              </li>
            ))}
          </ul>
        </>
      )}
      {d.changed.length > 0 && (
        <>
          <h3>{t.changed}</h3>
          <ul>
            {d.changed.map((c) => (
              <li key={c.ref} data-ref={c.ref}>
                <strong>
                  {c.ref} {c.title}
                </strong>{' '}
                ({t.version(c.fromVersion, c.toVersion)})
                <ul>
                  {c.fields.map((f) => (
                    <li key={f.field}>
                      {t.fields[f.field] ?? f.field}: {show(f.from)} → {show(f.to)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      {d.poolUse.length > 0 && (
        <>
          <h3>{t.poolUse}</h3>
          <ul>
            {d.poolUse.map((u) => (
              <li key={`${u.name}-${u.year}`}>
                {u.name} {u.year}: {formatAmount(u.from, 'kr')} → {formatAmount(u.to, 'kr')} kr.
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function SnapshotsPage({ roundId }: { roundId: number }) {
  const { user } = useSession();
  const finance = user?.role === 'admin' || user?.role === 'oekonomi';
  const data = useAsync(async () => {
    const [round, list] = await Promise.all([api.round(roundId), poolApi.snapshots(roundId)]);
    return { round, list };
  }, [roundId]);
  const [point, setPoint] = useState<SnapshotPoint>('udvalg');
  const [label, setLabel] = useState('');
  const [pair, setPair] = useState<{ from: number; to: number }>({ from: 0, to: 0 });
  const [diff, setDiff] = useState<SnapshotDiff | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  if (data.loading && !data.data) return <Loading />;
  if (data.error || !data.data) return <ErrorNotice error={data.error} />;
  const { round, list } = data.data;
  const fail = (e: unknown) => setError(e instanceof ApiError ? e : new ApiError(0, String(e), null, null));

  return (
    <>
      <RoundTabs roundId={roundId} current="snapshots" />
      <h1>{t.title(round.name)}</h1>
      <p>{t.intro}</p>
      {error && <ErrorNotice error={error} />}
      {finance && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!label.trim()) return;
            poolApi
              .takeSnapshot(roundId, point, label)
              .then(async () => {
                setLabel('');
                data.set({ round, list: await poolApi.snapshots(roundId) });
              })
              .catch(fail);
          }}
        >
          <label>
            {t.point}
            <select value={point} onChange={(e) => setPoint(e.target.value as SnapshotPoint)}>
              {SNAPSHOT_POINTS.map((p) => (
                <option key={p} value={p}>
                  {t.points[p]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.label}
            <input value={label} onChange={(e) => setLabel(e.target.value)} data-testid="snapshot-label" />
          </label>
          <button type="submit" className="primary">
            {t.take}
          </button>
        </form>
      )}
      <section aria-labelledby="h-snapshots">
        <h2 id="h-snapshots">{t.list}</h2>
        {list.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <div className="table-wrap">
            <table data-testid="snapshots">
              <thead>
                <tr>
                  <th scope="col">{t.label}</th>
                  <th scope="col">{t.point}</th>
                  <th scope="col">{t.takenAt}</th>
                  <th scope="col">{t.takenBy}</th>
                  <th scope="col" className="num">
                    {t.proposals}
                  </th>
                  <th scope="col">{t.download}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">{s.label}</th>
                    <td>{t.points[s.point]}</td>
                    <td>{new Date(s.takenAt).toLocaleString('da-DK')}</td>
                    <td>{s.takenBy ?? ''}</td>
                    <td className="num">{s.proposalCount}</td>
                    <td>
                      {(['pdf', 'docx', 'xlsx'] as const).map((f) => (
                        <a key={f} href={`/api/snapshots/${s.id}/export?format=${f}`} download>
                          {f.toUpperCase()} <span className="sr-only">{s.label}</span>{' '}
                        </a>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {list.length >= 2 && (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              const from = pair.from || list[0]!.id;
              const to = pair.to || list[list.length - 1]!.id;
              poolApi.diff(from, to).then(setDiff).catch(fail);
            }}
          >
            {(['from', 'to'] as const).map((k) => (
              <label key={k}>
                {t[k]}
                <select
                  value={pair[k] || (k === 'from' ? list[0]!.id : list[list.length - 1]!.id)}
                  onChange={(e) => setPair({ ...pair, [k]: Number(e.target.value) })}
                >
                  {list.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.label}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            <button type="submit" className="secondary">
              {t.show}
            </button>
          </form>
        )}
        {diff && (
          <section aria-labelledby="h-diff">
            <h2 id="h-diff">{t.diff}</h2>
            <Diff d={diff} />
          </section>
        )}
      </section>
    </>
  );
}
