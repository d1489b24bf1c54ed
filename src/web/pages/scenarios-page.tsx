// Scenarios of a round: constraints (the pool's total and yearly amounts, a maximum payback, the
// committees' targets, proposals pinned in or out), the optimal selection computed on the server
// by core and HiGHS, saved scenarios, two side by side, and adoption as the round's decision.
import { useState } from 'react';
import type { SavedScenario, ScenarioAnswer, ScenarioComparison } from '../../core/schema/pool.ts';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/client.ts';
import { type ScenarioConstraintsBody, poolApi } from '../api/pool.ts';
import { pct } from '../components/risk-picture.tsx';
import { RoundTabs } from '../components/round-tabs.tsx';
import { ErrorNotice, Loading } from '../components/status.tsx';
import { danishDay } from '../../core/danish-dates.ts';
import { daPool } from '../i18n/da-pool.ts';
import { formatDate } from '../lib/dates.ts';
import { formatAmount, tryParseAmount } from '../lib/engine.ts';
import { useSession } from '../lib/session.tsx';
import { useAsync } from '../lib/use-async.ts';

const t = daPool.scenarios;
const kr = (v: number) => formatAmount(v, 'kr');
type Pin = 'free' | 'in' | 'out';

function Result({ r }: { r: ScenarioAnswer }) {
  if (!r.feasible)
    return (
      <p className="error" data-testid="scenario-infeasible">
        {t.infeasible}: {r.reason}
      </p>
    );
  return (
    <div data-testid="scenario-result">
      <dl className="facts">
        <dt>{t.selected}</dt>
        <dd data-testid="scenario-selected">{r.selected.join(', ')}</dd>
        <dt>{t.investment}</dt>
        <dd data-testid="scenario-investment">{kr(r.investment)} kr.</dd>
        <dt>{t.fullEffect}</dt>
        <dd data-testid="scenario-effect">{kr(r.fullEffect)} kr.</dd>
        <dt>{t.npv}</dt>
        <dd>{kr(r.npv)} kr.</dd>
        <dt>{r.optimal ? t.optimal : t.notProven}</dt>
        <dd>{r.reason ?? ''}</dd>
        {r.risk && (
          <>
            <dt>{daPool.risk.payback(r.risk.guidelineYears)}</dt>
            <dd data-testid="scenario-risk-payback">{pct(r.risk.paybackWithinGuideline)}</dd>
            <dt>
              {daPool.risk.npv} ({daPool.risk.p10} / {daPool.risk.p50} / {daPool.risk.p90})
            </dt>
            <dd>
              {kr(r.risk.npv.p10)} / {kr(r.risk.npv.p50)} / {kr(r.risk.npv.p90)} kr.
            </dd>
            <dt>
              {daPool.risk.fullEffect} ({daPool.risk.p10} / {daPool.risk.p50} / {daPool.risk.p90})
            </dt>
            <dd>
              {kr(r.risk.fullEffect.p10)} / {kr(r.risk.fullEffect.p50)} / {kr(r.risk.fullEffect.p90)} kr.
            </dd>
          </>
        )}
      </dl>
      {r.targets.length > 0 && (
        <ul>
          {r.targets.map((x) => (
            <li key={`${x.committee}-${x.year}`}>
              {t.target} {x.committee} {x.year}: {kr(x.effect)} / {kr(x.amount)} kr. –{' '}
              {x.met ? t.met : t.notMet}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>
          {t.rejected} ({r.rejected.length})
        </summary>
        <ul>
          {r.rejected.map((x) => (
            <li key={x.ref}>
              {x.ref}: {x.reason}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

function Comparison({ c }: { c: ScenarioComparison }) {
  const row = (label: string, rows: { year: number; a: number; b: number }[]) => (
    <table>
      <caption>{label}</caption>
      <thead>
        <tr>
          <th scope="col">År</th>
          <th scope="col" className="num">
            {c.a.name}
          </th>
          <th scope="col" className="num">
            {c.b.name}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.year}>
            <th scope="row">{r.year}</th>
            <td className="num">{kr(r.a)}</td>
            <td className="num">{kr(r.b)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <div data-testid="comparison" className="table-wrap">
      <dl className="facts">
        <dt>{t.onlyIn(c.a.name)}</dt>
        <dd data-testid="only-a">{c.onlyInA.join(', ') || '–'}</dd>
        <dt>{t.onlyIn(c.b.name)}</dt>
        <dd data-testid="only-b">{c.onlyInB.join(', ') || '–'}</dd>
        <dt>{t.inBoth}</dt>
        <dd>{c.inBoth.join(', ') || '–'}</dd>
      </dl>
      {row(t.effectByYear, c.effectByYear)}
      {row(t.useByYear, c.investmentByYear)}
      {c.targets.length > 0 && (
        <table>
          <caption>{t.targets}</caption>
          <thead>
            <tr>
              <th scope="col">{t.target}</th>
              <th scope="col" className="num">
                {c.a.name}
              </th>
              <th scope="col" className="num">
                {c.b.name}
              </th>
            </tr>
          </thead>
          <tbody>
            {c.targets.map((x) => (
              <tr key={`${x.committee}-${x.year}`}>
                <th scope="row">
                  {x.committee} {x.year} ({kr(x.amount)})
                </th>
                <td className="num">
                  {kr(x.a)} {x.metA ? t.met : t.notMet}
                </td>
                <td className="num">
                  {kr(x.b)} {x.metB ? t.met : t.notMet}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

export function ScenariosPage({ roundId }: { roundId: number }) {
  const { user } = useSession();
  const finance = user?.role === 'admin' || user?.role === 'oekonomi';
  const data = useAsync(async () => {
    const [round, proposals, ledger, saved] = await Promise.all([
      api.round(roundId),
      api.roundProposals(roundId),
      poolApi.ledger(roundId),
      poolApi.scenarios(roundId),
    ]);
    return { round, proposals, ledger, saved };
  }, [roundId]);
  const [pool, setPool] = useState<string | null>(null);
  const [years, setYears] = useState<Record<string, string>>({});
  const [maxPayback, setMaxPayback] = useState('');
  const [useTargets, setUseTargets] = useState(false);
  const [pins, setPins] = useState<Record<string, Pin>>({});
  const [result, setResult] = useState<ScenarioAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<ApiError | string | null>(null);
  const [pair, setPair] = useState<{ a: number; b: number }>({ a: 0, b: 0 });
  const [comparison, setComparison] = useState<ScenarioComparison | null>(null);

  if (data.loading && !data.data) return <Loading />;
  if (data.error || !data.data) return <ErrorNotice error={data.error} />;
  const { round, proposals, ledger, saved } = data.data;
  const poolView = ledger.sources.find((s) => s.source.kind === 'investeringspulje');
  const poolSource = poolView?.source;
  // The pool's amount over its years as core's ledger sums it; no stated amount prefills nothing.
  const poolTotal =
    poolView && Object.keys(poolView.source.amounts).length > 0 ? poolView.total.amount : null;
  const poolText = pool ?? (poolTotal === null ? '' : formatAmount(poolTotal, 'kr'));
  const yearKeys = poolSource ? Object.keys(poolSource.amounts) : [];

  const constraints = (): ScenarioConstraintsBody | null => {
    const total = poolText.trim() === '' ? null : tryParseAmount(poolText, 'kr');
    if (total !== null && typeof total !== 'number') {
      setError(`${t.pool}: ${total.error}`);
      return null;
    }
    const poolByYear: Record<string, number> = {};
    for (const [y, v] of Object.entries(years)) {
      if (v.trim() === '') continue;
      const n = tryParseAmount(v, 'kr');
      if (typeof n !== 'number') {
        setError(`${t.poolYear(y)}: ${n.error}`);
        return null;
      }
      poolByYear[y] = n;
    }
    const mp = maxPayback.trim() === '' ? null : Number(maxPayback);
    if (mp !== null && !(Number.isInteger(mp) && mp >= 1)) {
      setError(`${t.maxPayback}: skal være et helt antal år.`);
      return null;
    }
    setError(null);
    return {
      pool: total,
      poolByYear,
      maxPayback: mp,
      useTargets,
      require: Object.entries(pins)
        .filter(([, p]) => p === 'in')
        .map(([r]) => r),
      exclude: Object.entries(pins)
        .filter(([, p]) => p === 'out')
        .map(([r]) => r),
    };
  };
  const guard = async <T,>(f: () => Promise<T>): Promise<T | null> => {
    setBusy(true);
    try {
      return await f();
    } catch (e) {
      setError(e instanceof ApiError ? e : String(e));
      return null;
    } finally {
      setBusy(false);
    }
  };
  const reloadSaved = async () => {
    const s = await poolApi.scenarios(roundId);
    data.set({ ...data.data!, saved: s });
  };

  return (
    <>
      <RoundTabs roundId={roundId} current="scenarios" />
      <h1>{t.title(round.name)}</h1>
      <p>{t.intro}</p>
      {error && <ErrorNotice error={error} />}
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const c = constraints();
          if (c) void guard(() => poolApi.runScenario(roundId, c)).then((r) => r && setResult(r));
        }}
      >
        <fieldset>
          <legend>{t.constraints}</legend>
          <div className="inline-form">
            <label>
              {t.pool}
              <input
                inputMode="numeric"
                value={poolText}
                onChange={(e) => setPool(e.target.value)}
                data-testid="scenario-pool"
              />
            </label>
            {yearKeys.map((y) => (
              <label key={y}>
                {t.poolYear(y)}
                <input
                  inputMode="numeric"
                  value={years[y] ?? ''}
                  onChange={(e) => setYears({ ...years, [y]: e.target.value })}
                />
              </label>
            ))}
            <label>
              {t.maxPayback}
              <input
                inputMode="numeric"
                value={maxPayback}
                onChange={(e) => setMaxPayback(e.target.value)}
                data-testid="scenario-max-payback"
              />
            </label>
            <label>
              <input type="checkbox" checked={useTargets} onChange={(e) => setUseTargets(e.target.checked)} />{' '}
              {t.useTargets}
            </label>
          </div>
          <details>
            <summary>{t.pins}</summary>
            <div className="table-wrap">
              <table>
                <tbody>
                  {proposals
                    .filter((p) => p.kind !== 'foranalyse')
                    .map((p) => (
                      <tr key={p.id}>
                        <th scope="row">
                          {p.ref} {p.title}
                        </th>
                        <td>
                          <select
                            aria-label={`${p.ref}: ${t.pins}`}
                            value={pins[p.ref] ?? 'free'}
                            data-testid={`pin-${p.ref}`}
                            onChange={(e) => setPins({ ...pins, [p.ref]: e.target.value as Pin })}
                          >
                            <option value="free">{t.pinNone}</option>
                            <option value="in">{t.pinIn}</option>
                            <option value="out">{t.pinOut}</option>
                          </select>
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          </details>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t.running : t.run}
          </button>
        </fieldset>
      </form>

      {result && (
        <section aria-labelledby="h-result">
          <h2 id="h-result">{t.result}</h2>
          <Result r={result} />
          {finance && result.feasible && (
            <form
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                const c = constraints();
                if (c && name.trim())
                  void guard(() => poolApi.saveScenario(roundId, name, c)).then(async (s) => {
                    if (s) {
                      setName('');
                      await reloadSaved();
                    }
                  });
              }}
            >
              <label>
                {t.name}
                <input value={name} onChange={(e) => setName(e.target.value)} data-testid="scenario-name" />
              </label>
              <button type="submit" className="secondary" disabled={busy}>
                {t.save}
              </button>
            </form>
          )}
        </section>
      )}

      <section aria-labelledby="h-saved">
        <h2 id="h-saved">{t.saved}</h2>
        {saved.length === 0 ? (
          <p>{t.noneSaved}</p>
        ) : (
          <div className="table-wrap">
            <table data-testid="saved-scenarios">
              <thead>
                <tr>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.selected}</th>
                  <th scope="col" className="num">
                    {t.investment}
                  </th>
                  <th scope="col" className="num">
                    {t.fullEffect}
                  </th>
                  <th scope="col">{t.adopted}</th>
                </tr>
              </thead>
              <tbody>
                {saved.map((s: SavedScenario) => (
                  <tr key={s.id} data-scenario={s.name}>
                    <th scope="row">{s.name}</th>
                    <td>{s.result.selected.join(', ')}</td>
                    <td className="num">{kr(s.result.investment)}</td>
                    <td className="num">{kr(s.result.fullEffect)}</td>
                    <td>
                      {s.adoptedAt ? `${t.adopted} ${formatDate(danishDay(s.adoptedAt))}` : ''}
                      {s.stale.length > 0 && <span className="hint"> {t.stale(s.stale.join(', '))}</span>}
                      {finance && !s.adoptedAt && (
                        <button
                          type="button"
                          className="secondary"
                          onClick={() => void guard(() => poolApi.adopt(s.id)).then(reloadSaved)}
                        >
                          {t.adopt}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {saved.length >= 2 && (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              const a = pair.a || saved[0]!.id;
              const b = pair.b || saved[1]!.id;
              void guard(() => poolApi.compare(a, b)).then((c) => c && setComparison(c));
            }}
          >
            {(['a', 'b'] as const).map((k, i) => (
              <label key={k}>
                {k === 'a' ? t.compareA : t.compareB}
                <select
                  value={pair[k] || saved[i]!.id}
                  onChange={(e) => setPair({ ...pair, [k]: Number(e.target.value) })}
                >
                  {saved.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            <button type="submit" className="secondary">
              {t.compare}
            </button>
          </form>
        )}
        {comparison && <Comparison c={comparison} />}
      </section>
    </>
  );
}
