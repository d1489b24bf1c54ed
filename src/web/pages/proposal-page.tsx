// One proposal, every section: header and workflow, texts, the economic table (computed rows set
// apart, differences flagged), distribution, Kvantum tables, follow-up, consultations, findings
// the status history (who moved it, when, why) and the version history, where any two versions
// can be compared, numbers and texts.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/client.ts';
import type { ProposalRecord, TransitionEntry } from '../api/types.ts';
import { type TransitionRule, transitionRule } from '../../core/process/workflow.ts';
import { Downloads } from '../components/downloads.tsx';
import { da } from '../i18n/da.ts';
import { daFollowUp } from '../i18n/da-followup.ts';
import { isAdopted } from '../../core/process/statuses.ts';
import { href } from '../lib/router.ts';
import { can, useSession } from '../lib/session.tsx';
import { useAsync } from '../lib/use-async.ts';
import { useMasterData } from '../lib/master-data.ts';
import { deriveProposal, formatAmount } from '../lib/engine.ts';
import { diffWords } from 'diff';
import { diffProposals, formatChangedAmount } from '../lib/version-diff.ts';
import { formatDate, formatTimestamp } from '../lib/dates.ts';
import type { ProposalDiff } from '../lib/version-diff.ts';
import { EconomyTable } from '../components/economy-table.tsx';
import { AmountTableView } from '../components/amount-table.tsx';
import { FindingsList } from '../components/findings-list.tsx';
import { DistributionTable } from '../components/distribution-table.tsx';
import { ErrorNotice, Loading, StatusBadge } from '../components/status.tsx';
import { RiskPicture } from '../components/risk-picture.tsx';

export function ProposalPage({ proposalId }: { proposalId: number }) {
  const record = useAsync(() => api.proposal(proposalId), [proposalId]);
  if (record.error) return <ErrorNotice error={record.error} />;
  if (!record.data) return <Loading />;
  return <ProposalView record={record.data} onChange={record.set} />;
}

function ProposalView({
  record,
  onChange,
}: {
  record: ProposalRecord;
  onChange: (r: ProposalRecord) => void;
}) {
  const { user } = useSession();
  const md = useMasterData();
  const p = record.proposal;
  const derived = deriveProposal(p);
  const findings = useAsync(() => api.findings(record.id), [record.id, record.version]);
  const extra = useAsync(
    () => Promise.all([api.consultations(record.id), api.transitions(record.id)]),
    [record.id, record.version, record.status],
  );
  const editable =
    user !== null &&
    can.edit(user, record.administration) &&
    (record.status === 'kladde' || record.status === 'indsendt');

  return (
    <article className="proposal" aria-labelledby="proposal-title">
      <p className="crumbs">
        <a href={href(`/runder/${record.roundId}`)}>{da.nav.rounds}</a>
      </p>
      <h1 id="proposal-title">
        {p.ref} {p.title}
      </h1>
      <Downloads path={`/api/proposals/${record.id}/export`} label={da.downloads.proposal} />
      <dl className="facts">
        <dt>{da.round.kind}</dt>
        <dd>{da.kinds[p.kind] ?? p.kind}</dd>
        <dt>{da.proposal.state}</dt>
        <dd data-testid="status">
          <StatusBadge status={record.status} />
        </dd>
        <dt>{da.round.approvedWith}</dt>
        <dd>{record.approvedWith ?? da.none}</dd>
        <dt>{da.proposal.presenting}</dt>
        <dd>{p.presentingAdministrations.join(', ') || da.none}</dd>
        <dt>{da.proposal.versionLabel}</dt>
        <dd>
          {da.proposal.version(record.version)} · {da.proposal.origin[record.origin]}
        </dd>
      </dl>

      <Workflow record={record} onChange={onChange} editable={editable} />

      {p.summary && (
        <section aria-labelledby="h-summary">
          <h2 id="h-summary">{da.proposal.summary}</h2>
          <p className="prose">{p.summary}</p>
        </section>
      )}
      {p.affectedAdministrations.length > 0 && (
        <section aria-labelledby="h-affected">
          <h2 id="h-affected">{da.proposal.affected}</h2>
          <ul className="inline">
            {p.affectedAdministrations.map((a) => (
              <li key={a.administration}>
                {a.checked ? '☒' : '☐'} {a.administration}
              </li>
            ))}
          </ul>
        </section>
      )}
      {p.innovationOrigin !== null && (
        <p>
          {da.proposal.innovation}: {p.innovationOrigin ? da.yes : da.no}
        </p>
      )}
      {p.sections.map((s, i) => (
        <section key={i} aria-label={s.heading}>
          <h2>{s.heading}</h2>
          <p className="prose">{s.text}</p>
        </section>
      ))}

      <section aria-labelledby="h-economy">
        <h2 id="h-economy">{da.proposal.economy}</h2>
        {p.requestedAmount !== null && (
          <p>
            {da.proposal.requestedAmount}: {formatAmount(p.requestedAmount, 'kr')} kr.
          </p>
        )}
        {p.economy && derived ? (
          <>
            <EconomyTable economy={p.economy} derived={derived} />
            <DistributionTable
              md={md}
              administrations={p.presentingAdministrations}
              series={derived.permanentChange}
              years={derived.years}
              unit={p.economy.unit}
            />
          </>
        ) : (
          <p>{da.proposal.noEconomy}</p>
        )}
      </section>

      {p.economy && <RiskPicture proposal={p} />}

      {p.administrationEffect && (
        <section aria-labelledby="h-admin">
          <h2 id="h-admin">{da.proposal.administrationEffect}</h2>
          <AmountTableView table={p.administrationEffect} />
        </section>
      )}
      {p.kvantumTables.length > 0 && (
        <section aria-labelledby="h-kvantum">
          <h2 id="h-kvantum">{da.proposal.kvantum}</h2>
          {p.kvantumTables.map((t) => (
            <AmountTableView key={t.id} table={t} />
          ))}
        </section>
      )}

      <section aria-labelledby="h-followup">
        <h2 id="h-followup">{da.proposal.followUp}</h2>
        {p.followUp.length > 0 && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{da.proposal.followUpTarget}</th>
                  <th scope="col">{da.proposal.followUpMeasure}</th>
                  <th scope="col">{da.proposal.followUpResponsible}</th>
                  <th scope="col">{da.proposal.followUpWhen}</th>
                </tr>
              </thead>
              <tbody>
                {p.followUp.map((f, i) => (
                  <tr key={i}>
                    <td>
                      {f.group && <span className="tag">{f.group}</span>} {f.target}
                    </td>
                    <td>{f.measure}</td>
                    <td>{f.responsible}</td>
                    <td>{f.when}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {isAdopted(record.status) && (
          <p>
            <a href={href(`/forslag/${record.id}/opfoelgning`)}>{daFollowUp.proposalLink}</a>
          </p>
        )}
        {p.followUp.length === 0 && !isAdopted(record.status) && <p>{da.none}</p>}
      </section>

      <section aria-labelledby="h-consult">
        <h2 id="h-consult">{da.proposal.consultations}</h2>
        {p.consultations.length + (extra.data?.[0].length ?? 0) === 0 && <p>{da.proposal.noConsultations}</p>}
        <div className="table-wrap" hidden={p.consultations.length + (extra.data?.[0].length ?? 0) === 0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{da.proposal.body}</th>
                <th scope="col">{da.proposal.answer}</th>
                <th scope="col">{da.proposal.date}</th>
                <th scope="col">{da.proposal.note}</th>
              </tr>
            </thead>
            <tbody>
              {[...p.consultations, ...(extra.data?.[0] ?? [])].map((c, i) => (
                <tr key={i}>
                  <td>{c.body}</td>
                  <td>{c.answer === 'ja' ? da.yes : c.answer === 'nej' ? da.no : da.none}</td>
                  <td>{c.date === null ? '' : formatDate(c.date)}</td>
                  <td>{c.text ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {p.partners.length > 0 && (
          <p>
            {da.proposal.partners}: {p.partners.join(', ')}
          </p>
        )}
      </section>

      {p.risk && (
        <section aria-labelledby="h-risk">
          <h2 id="h-risk">{da.proposal.risk}</h2>
          {p.risk.level && (
            <p>
              {da.proposal.riskLevel}: {p.risk.level}
            </p>
          )}
          <p className="prose">{p.risk.text}</p>
        </section>
      )}

      <section aria-labelledby="h-findings">
        <h2 id="h-findings">{da.proposal.findings}</h2>
        {findings.error ? (
          <ErrorNotice error={findings.error} />
        ) : findings.data ? (
          <FindingsList findings={findings.data.findings} />
        ) : (
          <Loading />
        )}
      </section>

      <Comments record={record} canWrite={user !== null && user.role !== 'laeser'} />

      <StatusHistory entries={extra.data?.[1]} />

      <VersionHistory record={record} />
    </article>
  );
}

function Workflow({
  record,
  onChange,
  editable,
}: {
  record: ProposalRecord;
  onChange: (r: ProposalRecord) => void;
  editable: boolean;
}) {
  const [note, setNote] = useState('');
  const [approvedWith, setApprovedWith] = useState('');
  const [pending, setPending] = useState<TransitionRule | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The steps, their labels and what they require are core's (src/core/process/workflow.ts).
  const steps = record.allowedTransitions
    .map((to) => transitionRule(record.status, to))
    .filter((t): t is TransitionRule => t !== null);
  const needsReason = (t: TransitionRule) =>
    t.requires.includes('reason') || t.requires.includes('follow-up-complete-or-reason');

  async function go(t: TransitionRule) {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      const next = await api.transition(
        record.id,
        t.to,
        record.version,
        note.trim() || undefined,
        t.requires.includes('approved-with') ? approvedWith : undefined,
      );
      onChange(next);
      setNote('');
      setPending(null);
      setMessage(da.proposal.transitionDone(da.states[next.status] ?? next.status));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="h-actions" className="actions">
      <h2 id="h-actions">{da.proposal.actions}</h2>
      {editable && (
        <p>
          <a className="button" href={href(`/forslag/${record.id}/rediger`)}>
            {da.proposal.edit}
          </a>
        </p>
      )}
      {steps.length === 0 && !editable && <p>{da.proposal.noActions}</p>}
      {steps.length > 0 && pending === null && (
        <>
          <label htmlFor="transition-note">{da.proposal.comment}</label>
          <input id="transition-note" value={note} onChange={(e) => setNote(e.target.value)} />
          {steps.some((t) => t.requires.includes('approved-with')) && (
            <>
              <label htmlFor="approved-with">{da.proposal.approvedWithLabel}</label>
              <input
                id="approved-with"
                value={approvedWith}
                onChange={(e) => setApprovedWith(e.target.value)}
              />
            </>
          )}
          <div className="buttons">
            {steps.map((t) => (
              <button
                key={t.to}
                type="button"
                disabled={busy}
                onClick={() => (needsReason(t) ? setPending(t) : void go(t))}
                className={t.to === 'afvist' || t.to === 'trukket_tilbage' ? 'danger' : undefined}
              >
                {t.action}
              </button>
            ))}
          </div>
        </>
      )}
      {pending !== null && (
        <form
          className="confirm"
          aria-labelledby="h-confirm"
          onSubmit={(e) => {
            e.preventDefault();
            void go(pending);
          }}
        >
          <h3 id="h-confirm">
            {da.proposal.confirmTitle(pending.action, da.states[pending.to] ?? pending.to)}
          </h3>
          <label htmlFor="transition-reason">{da.proposal.reason}</label>
          <textarea
            id="transition-reason"
            required={pending.requires.includes('reason')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <p className="hint">{da.proposal.reasonHint}</p>
          <div className="buttons">
            <button type="submit" disabled={busy} className={pending.to === 'kladde' ? undefined : 'danger'}>
              {da.proposal.confirm(pending.action)}
            </button>
            <button type="button" className="secondary" onClick={() => setPending(null)}>
              {da.cancel}
            </button>
          </div>
        </form>
      )}
      <div aria-live="polite">
        {message && <p className="ok">{message}</p>}
        <ErrorNotice error={error} />
      </div>
    </section>
  );
}

function StatusHistory({ entries }: { entries: TransitionEntry[] | undefined }) {
  return (
    <section aria-labelledby="h-status-history">
      <h2 id="h-status-history">{da.proposal.statusHistory}</h2>
      {entries === undefined ? (
        <Loading />
      ) : entries.length === 0 ? (
        <p>{da.proposal.noStatusHistory}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="status-history">
            <thead>
              <tr>
                <th scope="col">{da.proposal.when}</th>
                <th scope="col">{da.proposal.statusChange}</th>
                <th scope="col">{da.proposal.by}</th>
                <th scope="col">{da.proposal.versionLabel}</th>
                <th scope="col">{da.proposal.note}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => (
                <tr key={i}>
                  <td>{formatTimestamp(e.at)}</td>
                  <td>
                    {da.states[e.from] ?? e.from} → <strong>{da.states[e.to] ?? e.to}</strong>
                    {e.approvedWith && (
                      <>
                        {' '}
                        ({da.round.approvedWith}: {e.approvedWith})
                      </>
                    )}
                  </td>
                  <td>{e.user ?? da.none}</td>
                  <td>{e.version}</td>
                  <td className="prose">{e.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function VersionHistory({ record }: { record: ProposalRecord }) {
  const versions = useAsync(() => api.versions(record.id), [record.id, record.version]);
  const [from, setFrom] = useState(Math.max(1, record.version - 1));
  const [to, setTo] = useState(record.version);
  const [diff, setDiff] = useState<{ from: number; to: number; diff: ProposalDiff } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function compare(a: number, b: number) {
    setError(null);
    setFrom(a);
    setTo(b);
    if (a === b) {
      setDiff(null);
      setError(da.diff.sameVersion);
      return;
    }
    try {
      const [x, y] = await Promise.all([api.version(record.id, a), api.version(record.id, b)]);
      setDiff({ from: a, to: b, diff: diffProposals(x.proposal, y.proposal) });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }

  const unit = record.proposal.economy?.unit ?? 't.kr';
  const numbers = versions.data?.map((v) => v.version) ?? [];
  return (
    <section aria-labelledby="h-versions">
      <h2 id="h-versions">{da.proposal.versions}</h2>
      {versions.data ? (
        <ol className="versions" reversed>
          {versions.data.map((v) => (
            <li key={v.version}>
              {da.proposal.version(v.version)}{' '}
              {v.current && <span className="tag">{da.proposal.current}</span>} · {v.author ?? da.none} ·{' '}
              {formatTimestamp(v.createdAt)}
              {v.note && <> · {v.note}</>}{' '}
              {v.version > 1 && (
                <button
                  type="button"
                  className="link"
                  onClick={() => void compare(v.version - 1, v.version)}
                  aria-label={`${da.diff.compareWithPrevious}: ${da.proposal.version(v.version)}`}
                >
                  {da.diff.compareWithPrevious}
                </button>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <Loading />
      )}
      {numbers.length > 1 && (
        <form
          className="compare-form"
          onSubmit={(e) => {
            e.preventDefault();
            void compare(from, to);
          }}
        >
          <label>
            {da.diff.from}
            <select value={from} onChange={(e) => setFrom(Number(e.target.value))}>
              {numbers.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <label>
            {da.diff.to}
            <select value={to} onChange={(e) => setTo(Number(e.target.value))}>
              {numbers.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{da.diff.compare}</button>
        </form>
      )}
      <ErrorNotice error={error} />
      {diff && <DiffView diff={diff} unit={unit} />}
    </section>
  );
}

function DiffView({
  diff,
  unit,
}: {
  diff: { from: number; to: number; diff: ProposalDiff };
  unit: Parameters<typeof formatChangedAmount>[1];
}) {
  const { numbers, texts } = diff.diff;
  return (
    <div className="diff" data-testid="version-diff">
      <h3>{da.diff.title(diff.from, diff.to)}</h3>
      {numbers.length === 0 && texts.length === 0 && <p>{da.diff.noChanges}</p>}
      {numbers.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>
              {da.diff.numbersCaption} ({unit})
            </caption>
            <thead>
              <tr>
                <th scope="col">{da.proposal.line}</th>
                <th scope="col">{da.diff.table}</th>
                <th scope="col">{da.year}</th>
                <th scope="col" className="num">
                  {da.proposal.version(diff.from)}
                </th>
                <th scope="col" className="num">
                  {da.proposal.version(diff.to)}
                </th>
              </tr>
            </thead>
            <tbody>
              {numbers.map((c, i) => (
                <tr key={i}>
                  <th scope="row">{c.line}</th>
                  <td>{c.table}</td>
                  <td>{c.year ?? da.diff.oneOff}</td>
                  <td className="num">
                    <del>{formatChangedAmount(c.before, unit)}</del>
                  </td>
                  <td className="num changed">
                    <ins>{formatChangedAmount(c.after, unit)}</ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {texts.length > 0 && (
        <dl className="text-diff" aria-label={da.diff.textsCaption}>
          {texts.map((t) => (
            <div key={t.field}>
              <dt>{t.field}</dt>
              <dd className="prose">
                {diffWords(t.before, t.after).map((part, i) =>
                  part.removed ? (
                    <del key={i} title={da.diff.removed}>
                      {part.value}
                    </del>
                  ) : part.added ? (
                    <ins key={i} title={da.diff.added}>
                      {part.value}
                    </ins>
                  ) : (
                    <span key={i}>{part.value}</span>
                  ),
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

function Comments({ record, canWrite }: { record: ProposalRecord; canWrite: boolean }) {
  const list = useAsync(() => api.comments(record.id), [record.id]);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function add(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await api.addComment(record.id, text.trim());
      setText('');
      list.reload();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="h-comments">
      <h2 id="h-comments">{da.proposal.comments}</h2>
      {list.error && <ErrorNotice error={list.error} />}
      {list.data && list.data.length === 0 && <p>{da.proposal.noComments}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="comments">
          {list.data.map((c) => (
            <li key={c.id}>
              <p className="prose">{c.text}</p>
              <p className="src">
                {c.user ?? da.none} · {formatTimestamp(c.createdAt)} · {da.proposal.version(c.version)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <form className="form" onSubmit={(e) => void add(e)}>
          <label htmlFor="comment-text">{da.proposal.newComment}</label>
          <textarea id="comment-text" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          <ErrorNotice error={error} />
          <button type="submit" disabled={busy || !text.trim()}>
            {da.proposal.addComment}
          </button>
        </form>
      )}
    </section>
  );
}
