// Import: choose a round (or make a new one), a file (PDF, Word or text), preview what Gevinst
// understood (proposals, warnings and findings) and only then store it. Numbers the round already
// holds are named, and the finance officer chooses: skip those proposals, or import elsewhere.
// The catalog's decisions ("Godkendt med") can be recorded as they are stored. Nothing is stored
// before "Gem", and a new round is created in the import's own transaction.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../api/endpoints.ts';
import type { ImportTarget } from '../api/endpoints.ts';
import { ApiError } from '../api/client.ts';
import type { ImportCommit, ImportPreview, RoundFields } from '../api/types.ts';
import { da } from '../i18n/da.ts';
import { href } from '../lib/router.ts';
import { useAsync } from '../lib/use-async.ts';
import { deriveProposal, formatAmount } from '../lib/engine.ts';
import { paybackText } from '../lib/economy-rows.ts';
import { FindingsList } from '../components/findings-list.tsx';
import { ErrorNotice, Loading } from '../components/status.tsx';
import { RoundFieldInputs } from '../components/round-field-inputs.tsx';

type Destination = 'existing' | 'new';

function defaultRound(): RoundFields {
  const year = new Date().getFullYear() + 1;
  return { name: `Budget ${year}`, kind: 'budget', year, priceLevelYear: year };
}

export function ImportPage({ initialRound }: { initialRound: number | null }) {
  const rounds = useAsync(() => api.rounds(), []);
  const [destination, setDestination] = useState<Destination | null>(null);
  const [roundId, setRoundId] = useState<number | null>(initialRound);
  const [newRound, setNewRound] = useState<RoundFields>(defaultRound);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [skipTaken, setSkipTaken] = useState(false);
  const [recordDecisions, setRecordDecisions] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<ImportCommit | null>(null);
  const [busy, setBusy] = useState(false);

  const hasRounds = (rounds.data?.length ?? 0) > 0;
  // With no round yet, the only place to import into is a new one.
  const chosenDestination: Destination = destination ?? (hasRounds ? 'existing' : 'new');
  const chosenRound = roundId ?? rounds.data?.[0]?.id ?? null;
  const target = (): ImportTarget | null =>
    chosenDestination === 'new'
      ? {
          newRound: {
            name: newRound.name,
            kind: newRound.kind ?? 'budget',
            year: newRound.year,
            ...(newRound.priceLevelYear ? { priceLevelYear: newRound.priceLevelYear } : {}),
          },
        }
      : chosenRound === null
        ? null
        : { roundId: chosenRound };

  /** A changed choice makes the preview stale: it was read against another round. */
  function reset() {
    setPreview(null);
    setDone(null);
    setSkipTaken(false);
  }

  async function onPreview(e: FormEvent) {
    e.preventDefault();
    setError(null);
    reset();
    const t = target();
    if (!file || t === null) {
      setError(da.import.noFile);
      return;
    }
    setBusy(true);
    try {
      // The file goes as it is (PDF, Word or text); the server reads it and runs every rule with
      // the text it read, so the findings here are the ones the round will have.
      setPreview(await api.importPreview('roundId' in t ? t.roundId : null, file));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  async function onCommit() {
    const t = target();
    if (!file || t === null || !preview) return;
    setBusy(true);
    setError(null);
    try {
      const res = await api.importCommit(t, file, {
        onConflict: skipTaken ? 'skip' : 'refuse',
        recordDecisions,
      });
      setDone(res);
      setPreview(null);
      rounds.reload();
      setDestination('existing');
      setRoundId(res.roundId);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  const taken = new Set(preview?.conflicts ?? []);
  const decisionOf = new Map((preview?.decisions ?? []).map((d) => [d.ref, d]));
  const toStore = (preview?.document.proposals ?? []).filter((p) => !taken.has(p.ref)).length;
  const blocked = preview !== null && (toStore === 0 || (taken.size > 0 && !skipTaken));

  return (
    <>
      <h1>{da.import.title}</h1>
      <p>{da.import.intro}</p>
      {rounds.error && <ErrorNotice error={rounds.error} />}
      {!rounds.data && <Loading />}
      {rounds.data && (
        <form className="form" onSubmit={(e) => void onPreview(e)}>
          <fieldset>
            <legend>{da.import.destination}</legend>
            <div className="choice">
              <input
                type="radio"
                id="import-to-existing"
                name="destination"
                checked={chosenDestination === 'existing'}
                disabled={!hasRounds}
                onChange={() => {
                  setDestination('existing');
                  reset();
                }}
              />
              <label htmlFor="import-to-existing">{da.import.existingRound}</label>
            </div>
            {chosenDestination === 'existing' && hasRounds && (
              <>
                <label htmlFor="import-round">{da.import.round}</label>
                <select
                  id="import-round"
                  value={chosenRound ?? ''}
                  onChange={(e) => {
                    setRoundId(Number(e.target.value));
                    reset();
                  }}
                >
                  {rounds.data.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}
                    </option>
                  ))}
                </select>
              </>
            )}
            <div className="choice">
              <input
                type="radio"
                id="import-to-new"
                name="destination"
                checked={chosenDestination === 'new'}
                onChange={() => {
                  setDestination('new');
                  reset();
                }}
              />
              <label htmlFor="import-to-new">{da.import.newRound}</label>
            </div>
            {chosenDestination === 'new' && (
              <div className="grid2">
                <RoundFieldInputs
                  fields={newRound}
                  setFields={(fn) => {
                    setNewRound(fn);
                    reset();
                  }}
                  prefix="import-new"
                />
                <p className="hint span2">{da.import.newRoundHint}</p>
              </div>
            )}
          </fieldset>
          <label htmlFor="import-file">{da.import.file}</label>
          <input
            id="import-file"
            type="file"
            accept=".pdf,.docx,.txt,.md,.html,.json,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              reset();
            }}
          />
          <button type="submit" disabled={busy}>
            {da.import.preview}
          </button>
        </form>
      )}
      {busy && <Loading />}
      <ErrorNotice error={error} />
      {done && (
        <div className="ok" role="status">
          <p>{da.import.committed(done.proposals.length)}</p>
          {done.skipped.length > 0 && <p>{da.import.skippedDone(done.skipped)}</p>}
          {done.decisionsRecorded > 0 && <p>{da.import.decisionsDone(done.decisionsRecorded)}</p>}
          <p>
            <a href={href(`/runder/${done.roundId}`)}>{da.import.openRound}</a>
          </p>
        </div>
      )}
      {preview && (
        <section aria-labelledby="h-preview">
          <h2 id="h-preview">{da.import.proposals(preview.document.proposals.length)}</h2>
          {taken.size > 0 && (
            <fieldset className="warn-box" data-testid="import-conflicts">
              <legend>{da.import.conflictsTitle(taken.size, preview.document.proposals.length)}</legend>
              <p>{[...taken].join(', ')}</p>
              <div className="choice">
                <input
                  type="radio"
                  id="conflict-refuse"
                  name="conflict"
                  checked={!skipTaken}
                  onChange={() => setSkipTaken(false)}
                />
                <label htmlFor="conflict-refuse">{da.import.conflictRefuse}</label>
              </div>
              <div className="choice">
                <input
                  type="radio"
                  id="conflict-skip"
                  name="conflict"
                  checked={skipTaken}
                  disabled={toStore === 0}
                  onChange={() => setSkipTaken(true)}
                />
                <label htmlFor="conflict-skip">{da.import.conflictSkip(taken.size, toStore)}</label>
              </div>
            </fieldset>
          )}
          <div className="table-wrap">
            <table data-testid="import-preview">
              <thead>
                <tr>
                  <th scope="col">{da.round.ref}</th>
                  <th scope="col">{da.round.title}</th>
                  <th scope="col">{da.round.kind}</th>
                  <th scope="col" className="num">
                    {da.round.investment} ({da.unitTkr})
                  </th>
                  <th scope="col">{da.proposal.paybackTotal}</th>
                  <th scope="col">{da.import.decisionColumn}</th>
                </tr>
              </thead>
              <tbody>
                {preview.document.proposals.map((p, i) => {
                  const d = deriveProposal(p);
                  const invests = d !== null && d.investmentTotal !== 0;
                  return (
                    <tr key={i} className={taken.has(p.ref) ? 'taken' : undefined}>
                      <th scope="row">
                        {p.ref}
                        {taken.has(p.ref) && <span className="tag">{da.import.exists}</span>}
                      </th>
                      <td>{p.title}</td>
                      <td>{da.kinds[p.kind] ?? p.kind}</td>
                      <td className="num">{invests ? formatAmount(d.investmentTotal, 't.kr') : '-'}</td>
                      <td>{invests ? paybackText(d.paybackTotal, d.paybackTotalYear) : ''}</td>
                      <td>{decisionOf.get(p.ref)?.approvedWith ?? ''}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {preview.decisions.length > 0 && (
            <div className="choice">
              <input
                type="checkbox"
                id="record-decisions"
                checked={recordDecisions}
                onChange={(e) => setRecordDecisions(e.target.checked)}
              />
              <label htmlFor="record-decisions">{da.import.recordDecisions(preview.decisions.length)}</label>
            </div>
          )}
          {preview.document.warnings.length > 0 && (
            <details>
              <summary>
                {da.import.warnings} ({preview.document.warnings.length})
              </summary>
              <ul>
                {preview.document.warnings.map((w, i) => (
                  <li key={i}>
                    {w.message}
                    {w.sourceLine !== null && ` (${da.proposal.sourceLine(w.sourceLine)})`}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <h2>
            {da.proposal.findings} ({preview.findings.length})
          </h2>
          <FindingsList findings={preview.findings} />
          <button
            type="button"
            className="primary"
            disabled={busy || blocked}
            onClick={() => void onCommit()}
          >
            {chosenDestination === 'new' ? da.import.commitNew(toStore) : da.import.commit(toStore)}
          </button>
          {blocked && <p className="hint">{toStore === 0 ? da.import.allTaken : da.import.chooseConflict}</p>}
        </section>
      )}
    </>
  );
}
