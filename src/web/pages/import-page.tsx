// Import: choose a round and a text file, preview what Gevinst understood (proposals, warnings and
// findings) and only then commit it into the round. Nothing is stored before "Gem i runden".
import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/client.ts';
import type { ImportPreview } from '../api/types.ts';
import { da } from '../i18n/da.ts';
import { href } from '../lib/router.ts';
import { useAsync } from '../lib/use-async.ts';
import { deriveProposal, formatAmount } from '../lib/engine.ts';
import { paybackText } from '../lib/economy-rows.ts';
import { FindingsList } from '../components/findings-list.tsx';
import { ErrorNotice, Loading } from '../components/status.tsx';

export function ImportPage({ initialRound }: { initialRound: number | null }) {
  const rounds = useAsync(() => api.rounds(), []);
  const [roundId, setRoundId] = useState<number | null>(initialRound);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ count: number; roundId: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const chosenRound = roundId ?? rounds.data?.[0]?.id ?? null;

  async function onPreview(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setPreview(null);
    setDone(null);
    if (!file || chosenRound === null) {
      setError(da.import.noFile);
      return;
    }
    setBusy(true);
    try {
      // The file goes as it is (PDF, Word or text); the server reads it and runs every rule with
      // the text it read, so the findings here are the ones the round will have.
      const answer = await api.importPreview(chosenRound, file);
      setPreview(answer);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  async function onCommit() {
    if (!file || chosenRound === null) return;
    setBusy(true);
    setError(null);
    try {
      const res = await api.importCommit(chosenRound, file);
      setDone({ count: res.proposals.length, roundId: chosenRound });
      setPreview(null);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1>{da.import.title}</h1>
      <p>{da.import.intro}</p>
      {rounds.error && <ErrorNotice error={rounds.error} />}
      {!rounds.data && <Loading />}
      {rounds.data && (
        <form className="form" onSubmit={(e) => void onPreview(e)}>
          <label htmlFor="import-round">{da.import.round}</label>
          <select
            id="import-round"
            value={chosenRound ?? ''}
            onChange={(e) => setRoundId(Number(e.target.value))}
          >
            {rounds.data.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
          <label htmlFor="import-file">{da.import.file}</label>
          <input
            id="import-file"
            type="file"
            accept=".pdf,.docx,.txt,.md,.html,.json,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <button type="submit" disabled={busy}>
            {da.import.preview}
          </button>
        </form>
      )}
      {busy && <Loading />}
      <ErrorNotice error={error} />
      {done && (
        <p className="ok" role="status">
          {da.import.committed(done.count)} <a href={href(`/runder/${done.roundId}`)}>{da.rounds.open}</a>
        </p>
      )}
      {preview && (
        <section aria-labelledby="h-preview">
          <h2 id="h-preview">{da.import.proposals(preview.document.proposals.length)}</h2>
          {preview.conflicts.length > 0 && <ErrorNotice error={preview.conflicts.join(' ')} />}
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
                </tr>
              </thead>
              <tbody>
                {preview.document.proposals.map((p, i) => {
                  const d = deriveProposal(p);
                  const invests = d !== null && d.investmentTotal !== 0;
                  return (
                    <tr key={i}>
                      <th scope="row">{p.ref}</th>
                      <td>{p.title}</td>
                      <td>{da.kinds[p.kind] ?? p.kind}</td>
                      <td className="num">{invests ? formatAmount(d.investmentTotal, 't.kr') : '-'}</td>
                      <td>{invests ? paybackText(d.paybackTotal, d.paybackTotalYear) : ''}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
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
          {(() => {
            const shown = preview.findings;
            return (
              <>
                <h2>
                  {da.proposal.findings} ({shown.length})
                </h2>
                <FindingsList findings={shown} />
              </>
            );
          })()}
          <button
            type="button"
            className="primary"
            disabled={busy || preview.conflicts.length > 0}
            onClick={() => void onCommit()}
          >
            {da.import.commit}
          </button>
        </section>
      )}
    </>
  );
}
