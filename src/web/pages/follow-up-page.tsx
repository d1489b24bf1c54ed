// One adopted proposal's follow-up (GET /api/proposals/:id/follow-up): planned (the engine's, of
// the approved version) against realised per year as a chart and a table with deviation, status
// and the finance centre's confirmation; the targets with their dates, marked met with evidence or
// given a date; and the history of entries. Every figure and state is core's; the page renders.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import {
  type FollowUpTargetState,
  type ProposalFollowUp,
  type Recurrence,
  followUpApi,
} from '../api/follow-up.ts';
import { GroupedBars } from '../components/charts.tsx';
import { ErrorNotice, Loading, StatusBadge } from '../components/status.tsx';
import { RECURRENCES } from '../../core/schema/follow-up.ts';
import { danishDay } from '../../core/danish-dates.ts';
import { da } from '../i18n/da.ts';
import { daFollowUp as t } from '../i18n/da-followup.ts';
import { formatDate, formatTimestamp } from '../lib/dates.ts';
import { formatAmount } from '../lib/engine.ts';
import { href } from '../lib/router.ts';
import { useAsync } from '../lib/use-async.ts';

const amount = (v: number | null) => (v === null ? '' : formatAmount(v, 't.kr'));

export function FollowUpPage({ proposalId }: { proposalId: number }) {
  const data = useAsync(() => followUpApi.proposal(proposalId), [proposalId]);
  if (data.error) return <ErrorNotice error={data.error} />;
  if (!data.data) return <Loading />;
  return <FollowUpView f={data.data} onChange={data.set} />;
}

function FollowUpView({ f, onChange }: { f: ProposalFollowUp; onChange: (f: ProposalFollowUp) => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const years = f.years.map((y) => y.year);
  // The chart shows savings as positive amounts, as the catalogs' overviews do.
  const saving = (v: number | null) => (v === null ? null : -v);

  async function confirm(year: number) {
    setError(null);
    setMessage(null);
    try {
      onChange(await followUpApi.confirm(f.proposalId, year, f.realisationVersion));
      setMessage(t.page.confirmedDone(year));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }

  return (
    <article aria-labelledby="fu-title">
      <p className="crumbs">
        <a href={href(`/runder/${f.roundId}/opfoelgning`)}>
          {t.roundLink}: {f.roundName}
        </a>
        {' / '}
        <a href={href(`/forslag/${f.proposalId}`)}>
          {f.ref} {f.title}
        </a>
      </p>
      <h1 id="fu-title">{t.page.title(f.ref, f.title)}</h1>
      <dl className="facts">
        <dt>{da.proposal.state}</dt>
        <dd>
          <StatusBadge status={f.status} />
        </dd>
        <dt>{da.round.approvedWith}</dt>
        <dd>{f.approvedWith ?? da.none}</dd>
        <dt>{da.round.committee}</dt>
        <dd>
          {f.committee ?? da.none} · {f.administration ?? da.none}
        </dd>
      </dl>
      <p className="hint">
        {t.page.intro} {t.page.thresholds(f.thresholds.percent, amount(f.thresholds.kroner))}
      </p>
      {f.closedReason && (
        <p className="notice" role="status">
          {f.closedReason}
        </p>
      )}
      {f.complete && (
        <p className="ok" role="status">
          {t.page.complete}
        </p>
      )}
      {f.mayEnter && (
        <p>
          <a className="button" href={href(`/forslag/${f.proposalId}/opfoelgning/indtast`)}>
            {t.page.enter}
          </a>
        </p>
      )}

      {years.length > 0 && (
        <div className="charts single">
          <GroupedBars
            id="fu-chart"
            title={t.page.chart}
            years={years}
            legendLabel={da.year}
            series={[
              {
                name: t.page.planned,
                values: Object.fromEntries(f.years.map((y) => [String(y.year), saving(y.planned)])),
              },
              {
                name: t.page.realised,
                values: Object.fromEntries(f.years.map((y) => [String(y.year), saving(y.realised)])),
              },
            ]}
          />
        </div>
      )}

      <section aria-labelledby="h-fu-years">
        <h2 id="h-fu-years">{t.page.yearsCaption}</h2>
        <div aria-live="polite">
          {message && <p className="ok">{message}</p>}
          <ErrorNotice error={error} />
        </div>
        {years.length === 0 ? (
          <p>{t.entry.nothing}</p>
        ) : (
          <div className="table-wrap">
            <table data-testid="fu-years">
              <caption className="sr-only">{t.page.yearsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{da.year}</th>
                  <th scope="col" className="num">
                    {t.page.planned}
                  </th>
                  <th scope="col" className="num">
                    {t.page.realised}
                  </th>
                  <th scope="col" className="num">
                    {t.page.deviation}
                  </th>
                  <th scope="col">{t.page.status}</th>
                  <th scope="col" className="num">
                    {t.page.spendingPlanned}
                  </th>
                  <th scope="col" className="num">
                    {t.page.spendingRealised}
                  </th>
                  <th scope="col">{t.page.confirmed}</th>
                  <th scope="col">{t.page.note}</th>
                </tr>
              </thead>
              <tbody>
                {f.years.map((y) => (
                  <tr key={y.year} data-year={y.year}>
                    <th scope="row">{y.year}</th>
                    <td className="num">{amount(y.planned)}</td>
                    <td className="num">{amount(y.realised)}</td>
                    <td className="num">{amount(y.deviation)}</td>
                    <td>
                      <span className={`badge badge-fu-${y.status}`}>{t.yearStatus[y.status]}</span>
                    </td>
                    <td className="num">{amount(y.spending.planned)}</td>
                    <td className="num">{amount(y.spending.realised)}</td>
                    <td>
                      {y.confirmed ? (
                        t.page.confirmedBy(y.confirmed.by ?? da.none, formatDate(danishDay(y.confirmed.at)))
                      ) : f.mayConfirm && f.cells.some((c) => c.year === y.year) ? (
                        <button type="button" className="secondary" onClick={() => void confirm(y.year)}>
                          {t.page.confirm(y.year)}
                        </button>
                      ) : (
                        da.none
                      )}
                    </td>
                    <td>{y.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
              {f.totals.realised !== null && (
                <tfoot>
                  <tr>
                    <th scope="row">{t.page.totals}</th>
                    <td className="num">{amount(f.totals.planned)}</td>
                    <td className="num">{amount(f.totals.realised)}</td>
                    <td className="num">{amount(f.totals.deviation)}</td>
                    <td colSpan={5} />
                  </tr>
                </tfoot>
              )}
            </table>
          </div>
        )}
      </section>

      <Targets f={f} onChange={onChange} />
      <History f={f} />
    </article>
  );
}

function Targets({ f, onChange }: { f: ProposalFollowUp; onChange: (f: ProposalFollowUp) => void }) {
  return (
    <section aria-labelledby="h-fu-targets">
      <h2 id="h-fu-targets">{t.page.targets}</h2>
      {f.targets.length === 0 ? (
        <p>{t.page.noTargets}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="fu-targets">
            <thead>
              <tr>
                <th scope="col">{t.page.target}</th>
                <th scope="col">{t.page.responsible}</th>
                <th scope="col">{t.page.when}</th>
                <th scope="col">{t.page.due}</th>
                <th scope="col">{t.page.status}</th>
                <th scope="col">{t.page.met}</th>
              </tr>
            </thead>
            <tbody>
              {f.targets.map((x) => (
                <TargetRow key={x.index} f={f} x={x} onChange={onChange} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function TargetRow({
  f,
  x,
  onChange,
}: {
  f: ProposalFollowUp;
  x: FollowUpTargetState;
  onChange: (f: ProposalFollowUp) => void;
}) {
  const [open, setOpen] = useState<'met' | 'schedule' | null>(null);
  const unmet = x.occurrences.filter((o) => o.met === null);
  const [due, setDue] = useState<string>(unmet[0]?.due ?? '');
  const [evidence, setEvidence] = useState('');
  const [date, setDate] = useState(x.schedule.due ?? '');
  const [recurrence, setRecurrence] = useState<Recurrence | ''>(x.schedule.recurrence ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const met = x.occurrences.filter((o) => o.met !== null);
  const id = `t${x.index}`;

  async function run(e: FormEvent, call: () => Promise<ProposalFollowUp>) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onChange(await call());
      setOpen(null);
      setEvidence('');
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <tr data-target={x.index}>
        <td>
          {x.group && <span className="tag">{x.group}</span>} {x.target}
          <div className="src">{x.measure}</div>
        </td>
        <td>{x.responsible}</td>
        <td>{x.when}</td>
        <td>
          {x.next ? formatDate(x.next) : t.page.noDate}
          {x.schedule.recurrence && <> ({t.recurrence[x.schedule.recurrence]})</>}
          <div className="src">{t.page.scheduleSource[x.schedule.source]}</div>
        </td>
        <td>
          <span className={`badge badge-fu-${x.state}`}>{t.state[x.state]}</span>
        </td>
        <td>
          {met.map((o) => (
            <div key={o.due ?? 'none'}>
              {o.due ? `${formatDate(o.due)}: ` : ''}
              {o.met && t.page.metBy(o.met.by ?? da.none, formatTimestamp(o.met.at), o.met.evidence)}
            </div>
          ))}
          {f.mayEnter && (
            <div className="buttons">
              {unmet.length > 0 && (
                <button type="button" className="link" onClick={() => setOpen(open === 'met' ? null : 'met')}>
                  {t.page.markMet}
                </button>
              )}
              <button
                type="button"
                className="link"
                onClick={() => setOpen(open === 'schedule' ? null : 'schedule')}
              >
                {t.page.setSchedule}
              </button>
            </div>
          )}
        </td>
      </tr>
      {open === 'met' && (
        <tr>
          <td colSpan={6}>
            <form
              className="form"
              aria-label={`${t.page.markMet}: ${x.target}`}
              onSubmit={(e) =>
                void run(e, () =>
                  followUpApi.markMet(f.proposalId, x.index, due === '' ? null : due, evidence),
                )
              }
            >
              <label htmlFor={`${id}-due`}>{t.page.occurrence}</label>
              <select id={`${id}-due`} value={due} onChange={(e) => setDue(e.target.value)}>
                {unmet.map((o) => (
                  <option key={o.due ?? ''} value={o.due ?? ''}>
                    {o.due ? `${formatDate(o.due)} (${t.state[o.state]})` : t.page.noDate}
                  </option>
                ))}
              </select>
              <label htmlFor={`${id}-evidence`}>{t.page.evidence}</label>
              <textarea
                id={`${id}-evidence`}
                rows={2}
                required
                value={evidence}
                onChange={(e) => setEvidence(e.target.value)}
              />
              <ErrorNotice error={error} />
              <div className="buttons">
                <button type="submit" disabled={busy || evidence.trim() === ''}>
                  {t.page.saveMet}
                </button>
                <button type="button" className="secondary" onClick={() => setOpen(null)}>
                  {da.cancel}
                </button>
              </div>
            </form>
          </td>
        </tr>
      )}
      {open === 'schedule' && (
        <tr>
          <td colSpan={6}>
            <form
              className="form"
              aria-label={`${t.page.setSchedule}: ${x.target}`}
              onSubmit={(e) =>
                void run(e, () =>
                  followUpApi.setSchedule(
                    f.proposalId,
                    x.index,
                    date === '' ? null : date,
                    recurrence === '' ? null : recurrence,
                  ),
                )
              }
            >
              <label htmlFor={`${id}-date`}>{t.page.scheduleDate}</label>
              <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
              <label htmlFor={`${id}-rec`}>{t.page.scheduleRecurrence}</label>
              <select
                id={`${id}-rec`}
                value={recurrence}
                onChange={(e) => setRecurrence(e.target.value as Recurrence | '')}
              >
                <option value="">{t.page.noRecurrence}</option>
                {RECURRENCES.map((r) => (
                  <option key={r} value={r}>
                    {t.recurrence[r]}
                  </option>
                ))}
              </select>
              <ErrorNotice error={error} />
              <div className="buttons">
                <button type="submit" disabled={busy}>
                  {t.page.saveSchedule}
                </button>
                {x.schedule.source === 'set' && (
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy}
                    onClick={(e) =>
                      void run(e, () => followUpApi.setSchedule(f.proposalId, x.index, null, null))
                    }
                  >
                    {t.page.resetSchedule}
                  </button>
                )}
                <button type="button" className="secondary" onClick={() => setOpen(null)}>
                  {da.cancel}
                </button>
              </div>
            </form>
          </td>
        </tr>
      )}
    </>
  );
}

function History({ f }: { f: ProposalFollowUp }) {
  return (
    <section aria-labelledby="h-fu-history">
      <h2 id="h-fu-history">{t.page.history}</h2>
      {f.history.length === 0 ? (
        <p>{t.page.noHistory}</p>
      ) : (
        <ol className="versions" reversed>
          {f.history.map((v) => (
            <li key={v.version}>
              {t.page.version(v.version, v.by ?? da.none, formatTimestamp(v.at), v.changes.length)}
              <ul>
                {v.changes.map((c, i) => (
                  <li key={i}>
                    {c.year} · {t.section(c.section)}, {t.area(c.budgetArea)}
                    {c.line !== null && <> · {c.line}</>}:{' '}
                    {c.amount === null ? t.page.cleared : amount(c.amount)}
                  </li>
                ))}
                {v.notes.map((n) => (
                  <li key={`n${n.year}`}>
                    {t.page.note} {n.year}: {n.note ?? t.page.cleared}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
