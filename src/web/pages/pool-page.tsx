// The investment pool of a round: its amount per year (set by the finance centre), its sources,
// the balance per year as a chart with a table view, what each proposal has been granted, paid
// out and paid back, conditional grants with both outcomes until decided, and the ledger itself.
// Every figure is computed by core on the server (src/core/pool/ledger.ts); this page shows it.
import { useState } from 'react';
import type { LedgerView, PoolEntry, PoolSourceKind } from '../../core/schema/pool.ts';
import { POOL_ENTRY_KINDS, POOL_SOURCE_KINDS } from '../../core/schema/pool.ts';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/client.ts';
import { poolApi } from '../api/pool.ts';
import { StackedBars } from '../components/charts.tsx';
import { RoundTabs } from '../components/round-tabs.tsx';
import { ErrorNotice, Loading } from '../components/status.tsx';
import { daPool } from '../i18n/da-pool.ts';
import { formatAmount, tryParseAmount } from '../lib/engine.ts';
import { useSession } from '../lib/session.tsx';
import { useAsync } from '../lib/use-async.ts';

const t = daPool.pool;
const kr = (v: number) => formatAmount(v, 'kr');

function parseKroner(text: string): number | null {
  const v = tryParseAmount(text, 'kr');
  return typeof v === 'number' ? v : null;
}

function PoolAmounts({
  view,
  onSave,
}: {
  view: LedgerView;
  onSave: (a: Record<string, number>) => Promise<void>;
}) {
  const pool = view.sources.find((s) => s.source.kind === 'investeringspulje')?.source;
  const [rows, setRows] = useState<Array<{ year: string; amount: string }>>(() =>
    pool && Object.keys(pool.amounts).length > 0
      ? Object.entries(pool.amounts).map(([year, amount]) => ({ year, amount: formatAmount(amount, 'kr') }))
      : [{ year: '', amount: '' }],
  );
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        const amounts: Record<string, number> = {};
        for (const [i, r] of rows.entries()) {
          if (r.year.trim() === '' && r.amount.trim() === '') continue;
          const v = parseKroner(r.amount);
          if (!/^\d{4}$/.test(r.year.trim()) || v === null) {
            setProblem(`Række ${i + 1}: angiv et årstal og et beløb i hele kroner.`);
            return;
          }
          amounts[r.year.trim()] = v;
        }
        setProblem(null);
        void onSave(amounts);
      }}
    >
      <fieldset>
        <legend>{t.amounts}</legend>
        {rows.map((r, i) => (
          <div key={i} className="inline-form">
            <label>
              {t.year}
              <input
                inputMode="numeric"
                value={r.year}
                data-testid={`pool-year-${i}`}
                onChange={(e) => setRows(rows.map((x, j) => (j === i ? { ...x, year: e.target.value } : x)))}
              />
            </label>
            <label>
              {t.amount}
              <input
                inputMode="numeric"
                value={r.amount}
                data-testid={`pool-amount-${i}`}
                onChange={(e) =>
                  setRows(rows.map((x, j) => (j === i ? { ...x, amount: e.target.value } : x)))
                }
              />
            </label>
          </div>
        ))}
        {problem && <p className="error">{problem}</p>}
        <div className="buttons">
          <button
            type="button"
            className="secondary"
            onClick={() => setRows([...rows, { year: '', amount: '' }])}
          >
            {t.addYear}
          </button>
          <button type="submit" className="primary">
            {t.save}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

function BalanceTable({ view, which }: { view: LedgerView; which: 'years' | 'yearsIfGranted' }) {
  return (
    <>
      {view.sources.map((s) => (
        <div className="table-wrap" key={s.source.id}>
          <table data-testid={`balance-${which}-${s.source.id}`}>
            <caption>
              {s.source.name} ({t.kinds[s.source.kind]})
              {which === 'yearsIfGranted' ? ` – ${t.balanceIfGranted}` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.year}</th>
                <th scope="col" className="num">
                  {t.budget}
                </th>
                <th scope="col" className="num">
                  {t.granted}
                </th>
                <th scope="col" className="num">
                  {t.disbursed}
                </th>
                <th scope="col" className="num">
                  {t.paidBack}
                </th>
                <th scope="col" className="num">
                  {t.balanceCol}
                </th>
                <th scope="col" className="num">
                  {t.cumulative}
                </th>
              </tr>
            </thead>
            <tbody>
              {s[which].map((y) => (
                <tr key={y.year} data-year={y.year}>
                  <th scope="row">{y.year}</th>
                  <td className="num">{kr(y.amount)}</td>
                  <td className="num">{kr(y.granted)}</td>
                  <td className="num">{kr(y.disbursed)}</td>
                  <td className="num">{kr(y.paidBack)}</td>
                  <td className="num" data-col="balance">
                    {kr(y.balance)}
                  </td>
                  <td className="num">{kr(y.cumulative)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}

function EntryForm({
  view,
  proposals,
  onAdd,
}: {
  view: LedgerView;
  proposals: { id: number; ref: string }[];
  onAdd: (e: Parameters<typeof poolApi.addEntry>[1]) => Promise<void>;
}) {
  const first = view.sources[0]?.source.id ?? 0;
  const [sourceId, setSourceId] = useState(first);
  const [proposalId, setProposalId] = useState(proposals[0]?.id ?? 0);
  const [kind, setKind] = useState<PoolEntry['kind']>('bevilling');
  const [year, setYear] = useState(String(view.years[0] ?? new Date().getFullYear()));
  const [amount, setAmount] = useState('');
  const [replaces, setReplaces] = useState(0);
  const [expected, setExpected] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (view.sources.length === 0) return null;
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        const v = parseKroner(amount);
        if (v === null || v <= 0 || !/^\d{4}$/.test(year)) {
          setProblem('Angiv et årstal og et positivt beløb i hele kroner.');
          return;
        }
        setProblem(null);
        void onAdd({
          sourceId: sourceId || first,
          proposalId: proposalId || null,
          kind,
          year: Number(year),
          amount: v,
          replacesSourceId: kind === 'betinget' && replaces ? replaces : null,
          expectedAnswer: kind === 'betinget' && expected ? expected : null,
        }).then(() => setAmount(''));
      }}
    >
      <fieldset>
        <legend>{t.newEntry}</legend>
        <div className="inline-form">
          <label>
            {t.kind}
            <select
              value={kind}
              onChange={(e) => setKind(e.target.value as PoolEntry['kind'])}
              data-testid="entry-kind"
            >
              {POOL_ENTRY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.entryKinds[k]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.source}
            <select
              value={sourceId}
              onChange={(e) => setSourceId(Number(e.target.value))}
              data-testid="entry-source"
            >
              {view.sources.map((s) => (
                <option key={s.source.id} value={s.source.id}>
                  {s.source.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.proposal}
            <select
              value={proposalId}
              onChange={(e) => setProposalId(Number(e.target.value))}
              data-testid="entry-proposal"
            >
              {proposals.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.ref}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.year}
            <input
              inputMode="numeric"
              value={year}
              onChange={(e) => setYear(e.target.value)}
              data-testid="entry-year"
            />
          </label>
          <label>
            {t.amount}
            <input
              inputMode="numeric"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              data-testid="entry-amount"
            />
          </label>
          {kind === 'betinget' && (
            <>
              <label>
                {t.replaces}
                <select
                  value={replaces}
                  onChange={(e) => setReplaces(Number(e.target.value))}
                  data-testid="entry-replaces"
                >
                  <option value={0}>{t.none}</option>
                  {view.sources.map((s) => (
                    <option key={s.source.id} value={s.source.id}>
                      {s.source.name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t.expected}
                <input type="date" value={expected} onChange={(e) => setExpected(e.target.value)} />
              </label>
            </>
          )}
        </div>
        {problem && <p className="error">{problem}</p>}
        <button type="submit" className="primary">
          {t.add}
        </button>
      </fieldset>
    </form>
  );
}

function VoidEntry({ id, onVoid }: { id: number; onVoid: (reason: string) => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open)
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        {t.void} <span className="sr-only">#{id}</span>
      </button>
    );
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim()) void onVoid(reason.trim()).then(() => setOpen(false));
      }}
    >
      <label>
        {t.voidReason}
        <input value={reason} onChange={(e) => setReason(e.target.value)} data-testid={`void-reason-${id}`} />
      </label>
      <button type="submit" className="secondary">
        {t.void}
      </button>
    </form>
  );
}

export function PoolPage({ roundId }: { roundId: number }) {
  const { user } = useSession();
  const finance = user?.role === 'admin' || user?.role === 'oekonomi';
  const data = useAsync(async () => {
    const [round, ledger, proposals] = await Promise.all([
      api.round(roundId),
      poolApi.ledger(roundId),
      api.roundProposals(roundId),
    ]);
    return { round, ledger, proposals };
  }, [roundId]);
  const [error, setError] = useState<ApiError | null>(null);
  const [sourceName, setSourceName] = useState('');
  const [sourceKind, setSourceKind] = useState<PoolSourceKind>('pulje');

  if (data.loading && !data.data) return <Loading />;
  if (data.error || !data.data) return <ErrorNotice error={data.error} />;
  const { round, ledger: view, proposals } = data.data;
  const update = async (p: Promise<LedgerView>) => {
    try {
      const ledger = await p;
      data.set({ ...data.data!, ledger });
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, String(e), null, null));
    }
  };
  const nameOf = (id: number | null) => view.sources.find((s) => s.source.id === id)?.source.name ?? t.none;
  // The balance only means something for a source with stated amounts (the investment pool).
  const series = view.sources.flatMap((s) => [
    {
      name: `${s.source.name}: ${t.granted.toLowerCase()}`,
      values: Object.fromEntries(s.years.map((y) => [String(y.year), -y.granted])),
    },
    ...(Object.keys(s.source.amounts).length === 0
      ? []
      : [
          {
            name: `${s.source.name}: ${t.balanceCol.toLowerCase()}`,
            values: Object.fromEntries(s.years.map((y) => [String(y.year), y.balance])),
          },
        ]),
  ]);

  return (
    <>
      <RoundTabs roundId={roundId} current="pool" />
      <h1>{t.title(round.name)}</h1>
      <p>{t.intro}</p>
      {error && <ErrorNotice error={error} />}
      {finance && (
        <PoolAmounts
          key={JSON.stringify(view.sources[0]?.source.amounts ?? {})}
          view={view}
          onSave={(a) => update(poolApi.setPool(roundId, a))}
        />
      )}

      <section aria-labelledby="h-balance">
        <h2 id="h-balance">{t.balance}</h2>
        {view.years.length > 0 && (
          <StackedBars
            id="pool-chart"
            title={t.chart}
            years={view.years}
            series={series}
            legendLabel={t.source}
          />
        )}
        <BalanceTable view={view} which="years" />
        {view.conditional.some((c) => c.outcome === 'afventer') && (
          <BalanceTable view={view} which="yearsIfGranted" />
        )}
      </section>

      <section aria-labelledby="h-sources">
        <h2 id="h-sources">{t.sources}</h2>
        <ul>
          {view.sources.map((s) => (
            <li key={s.source.id}>
              {s.source.name} ({t.kinds[s.source.kind]})
            </li>
          ))}
        </ul>
        {finance && (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void update(poolApi.addSource(roundId, sourceName, sourceKind)).then(() => setSourceName(''));
            }}
          >
            <label>
              {t.sourceName}
              <input
                value={sourceName}
                onChange={(e) => setSourceName(e.target.value)}
                data-testid="source-name"
              />
            </label>
            <label>
              {t.sourceKind}
              <select value={sourceKind} onChange={(e) => setSourceKind(e.target.value as PoolSourceKind)}>
                {POOL_SOURCE_KINDS.filter((k) => k !== 'investeringspulje').map((k) => (
                  <option key={k} value={k}>
                    {t.kinds[k]}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="secondary">
              {t.addSource}
            </button>
          </form>
        )}
      </section>

      <section aria-labelledby="h-proposals">
        <h2 id="h-proposals">{t.perProposal}</h2>
        {view.proposals.length === 0 ? (
          <p>{t.noEntries}</p>
        ) : (
          <div className="table-wrap">
            <table data-testid="pool-proposals">
              <thead>
                <tr>
                  <th scope="col">{t.proposal}</th>
                  <th scope="col">{t.source}</th>
                  <th scope="col" className="num">
                    {t.granted}
                  </th>
                  <th scope="col" className="num">
                    {t.disbursed}
                  </th>
                  <th scope="col" className="num">
                    {t.paidBack}
                  </th>
                  <th scope="col" className="num">
                    {t.remaining}
                  </th>
                  <th scope="col" className="num">
                    {t.net}
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.proposals.flatMap((p) =>
                  p.sources.map((s) => (
                    <tr key={`${p.proposalId}-${s.sourceId}`} data-ref={p.ref}>
                      <th scope="row">{p.ref}</th>
                      <td>{nameOf(s.sourceId)}</td>
                      <td className="num">{kr(s.granted)}</td>
                      <td className="num">{kr(s.disbursed)}</td>
                      <td className="num">{kr(s.paidBack)}</td>
                      <td className="num">{kr(s.remaining)}</td>
                      <td className="num">{kr(s.net)}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="h-conditional">
        <h2 id="h-conditional">{t.conditional}</h2>
        <p className="hint">{t.conditionalIntro}</p>
        {view.conditional.length > 0 && (
          <div className="table-wrap">
            <table data-testid="conditional">
              <thead>
                <tr>
                  <th scope="col">{t.proposal}</th>
                  <th scope="col">{t.source}</th>
                  <th scope="col" className="num">
                    {t.amount}
                  </th>
                  <th scope="col">{t.outcome}</th>
                  <th scope="col">{t.ifGranted}</th>
                  <th scope="col">{t.ifRefused}</th>
                  {finance && (
                    <th scope="col">
                      <span className="sr-only">{t.outcome}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {view.conditional.map((c) => {
                  const side = (o: (typeof c)['ifGranted']) =>
                    `${Object.entries(o.net)
                      .map(([id, v]) => `${nameOf(Number(id))} ${kr(v)}`)
                      .join('; ')}; ${t.payback.toLowerCase()} ${t.yearsN(o.paybackTotal)}`;
                  return (
                    <tr key={c.entryId} data-entry={c.entryId}>
                      <th scope="row">{c.proposalRef}</th>
                      <td>
                        {nameOf(c.sourceId)}
                        {c.replacesSourceId !== null
                          ? ` (${t.replaces.toLowerCase()} ${nameOf(c.replacesSourceId)})`
                          : ''}
                      </td>
                      <td className="num">{kr(c.amount)}</td>
                      <td data-col="outcome">
                        {t.outcomes[c.outcome]}
                        {c.expectedAnswer && c.outcome === 'afventer'
                          ? ` (${t.expected.toLowerCase()} ${c.expectedAnswer})`
                          : ''}
                      </td>
                      <td>{side(c.ifGranted)}</td>
                      <td>{side(c.ifRefused)}</td>
                      {finance && (
                        <td>
                          {c.outcome === 'afventer' && (
                            <span className="buttons">
                              <button
                                type="button"
                                className="secondary"
                                onClick={() => void update(poolApi.decide(c.entryId, 'bevilget'))}
                              >
                                {t.markGranted}
                              </button>
                              <button
                                type="button"
                                className="secondary"
                                onClick={() => void update(poolApi.decide(c.entryId, 'afslaaet'))}
                              >
                                {t.markRefused}
                              </button>
                            </span>
                          )}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="h-entries">
        <h2 id="h-entries">{t.entries}</h2>
        {finance && (
          <EntryForm view={view} proposals={proposals} onAdd={(e) => update(poolApi.addEntry(roundId, e))} />
        )}
        <div className="table-wrap">
          <table data-testid="entries">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t.kind}</th>
                <th scope="col">{t.source}</th>
                <th scope="col">{t.proposal}</th>
                <th scope="col">{t.year}</th>
                <th scope="col" className="num">
                  {t.amount}
                </th>
                <th scope="col">{t.by}</th>
                <th scope="col">{t.note}</th>
                {finance && (
                  <th scope="col">
                    <span className="sr-only">{t.void}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {view.entries.map((e) => (
                <tr key={e.id} className={e.voidedAt ? 'voided' : undefined}>
                  <th scope="row">{e.id}</th>
                  <td>
                    {t.entryKinds[e.kind]}
                    {e.voidedAt ? ` (${t.voided.toLowerCase()}: ${e.voidReason ?? ''})` : ''}
                  </td>
                  <td>{nameOf(e.sourceId)}</td>
                  <td>{e.proposalRef ?? ''}</td>
                  <td>{e.year}</td>
                  <td className="num">{kr(e.amount)}</td>
                  <td>{e.createdBy ?? ''}</td>
                  <td>{e.note ?? ''}</td>
                  {finance && (
                    <td>
                      {e.voidedAt === null && (
                        <VoidEntry id={e.id} onVoid={(reason) => update(poolApi.voidEntry(e.id, reason))} />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
