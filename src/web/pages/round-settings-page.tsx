// The finance centre runs its round here: name, type, years and p/l, deadlines, publication, the
// måltal per committee and year, and the rising profiles typed in for savings decided outside
// Gevinst (those derived from earlier rounds are shown with their source; core derives them).
import { useState } from 'react';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/client.ts';
import type { RoundDeadline, RoundDetail, RoundFields, RoundTarget, RoundView } from '../api/types.ts';
import { da } from '../i18n/da.ts';
import { href } from '../lib/router.ts';
import { useAsync } from '../lib/use-async.ts';
import { useMasterData } from '../lib/master-data.ts';
import { AmountInput } from '../components/amount-input.tsx';
import { RisingProfileTable } from '../components/rising-profiles.tsx';
import { RoundFieldInputs } from '../components/round-field-inputs.tsx';
import { ErrorNotice, Loading } from '../components/status.tsx';

type Saver = (run: () => Promise<RoundDetail>, done: string) => Promise<void>;

export function RoundSettingsPage({ roundId }: { roundId: number }) {
  const data = useAsync(async () => {
    const [round, view] = await Promise.all([api.round(roundId), api.roundView(roundId)]);
    return { round, view };
  }, [roundId]);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (data.error) return <ErrorNotice error={data.error} />;
  if (!data.data) return <Loading />;
  const { round, view } = data.data;

  const save: Saver = async (run, done) => {
    setError(null);
    setMessage(null);
    try {
      await run();
      setMessage(done);
      data.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  return (
    <>
      <p className="crumbs">
        <a href={href('/')}>{da.nav.rounds}</a> / <a href={href(`/runder/${round.id}`)}>{round.name}</a>
      </p>
      <h1>{da.roundSettings.title(round.name)}</h1>
      <div aria-live="polite">
        {message && <p className="ok">{message}</p>}
        <ErrorNotice error={error} />
      </div>
      <RoundFieldsForm key={`f${round.revision}`} round={round} save={save} />
      <Publication round={round} save={save} />
      <Targets key={`t${round.revision}`} round={round} save={save} />
      <RisingProfiles key={`r${round.revision}`} round={round} view={view} save={save} />
    </>
  );
}

function RoundFieldsForm({ round, save }: { round: RoundDetail; save: Saver }) {
  const [fields, setFields] = useState<RoundFields>({
    name: round.name,
    kind: round.kind,
    year: round.year,
    priceLevelYear: round.priceLevelYear,
    deadlines: round.deadlines,
  });
  const deadlines: RoundDeadline[] = fields.deadlines ?? [];
  const setDeadline = (i: number, patch: Partial<RoundDeadline>) =>
    setFields((f) => ({ ...f, deadlines: deadlines.map((d, j) => (j === i ? { ...d, ...patch } : d)) }));
  return (
    <section aria-labelledby="h-round-fields">
      <h2 id="h-round-fields">{da.roundSettings.fields}</h2>
      <form
        className="form grid2"
        onSubmit={(e) => {
          e.preventDefault();
          void save(() => api.updateRound(round.id, fields), da.roundSettings.saved);
        }}
      >
        <RoundFieldInputs fields={fields} setFields={setFields} prefix="rs" />
        <fieldset className="span2">
          <legend>{da.roundSettings.deadlines}</legend>
          {deadlines.length === 0 && <p className="hint">{da.roundSettings.noDeadlines}</p>}
          {deadlines.map((d, i) => (
            <div key={i} className="deadline">
              <label htmlFor={`dl-label-${i}`}>{da.roundSettings.deadlineLabel}</label>
              <input
                id={`dl-label-${i}`}
                value={d.label}
                onChange={(e) => setDeadline(i, { label: e.target.value })}
                required
              />
              <label htmlFor={`dl-date-${i}`}>{da.roundSettings.deadlineDate}</label>
              <input
                id={`dl-date-${i}`}
                type="date"
                value={d.date}
                onChange={(e) => setDeadline(i, { date: e.target.value })}
                required
              />
              <button
                type="button"
                className="secondary"
                onClick={() => setFields((f) => ({ ...f, deadlines: deadlines.filter((_, j) => j !== i) }))}
              >
                {da.roundSettings.removeDeadline(d.label || String(i + 1))}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="secondary"
            onClick={() => setFields((f) => ({ ...f, deadlines: [...deadlines, { label: '', date: '' }] }))}
          >
            {da.roundSettings.addDeadline}
          </button>
        </fieldset>
        <div className="buttons span2">
          <button type="submit">{da.roundSettings.saveFields}</button>
        </div>
      </form>
    </section>
  );
}

function Publication({ round, save }: { round: RoundDetail; save: Saver }) {
  return (
    <section aria-labelledby="h-publication">
      <h2 id="h-publication">{da.roundSettings.publication}</h2>
      <p>{round.published ? da.roundSettings.isPublished : da.roundSettings.notPublished}</p>
      <button
        type="button"
        onClick={() =>
          void save(
            () => api.setPublished(round.id, !round.published),
            round.published ? da.roundSettings.unpublished : da.roundSettings.published,
          )
        }
      >
        {round.published ? da.roundSettings.unpublish : da.roundSettings.publish}
      </button>
      {round.published && (
        <p>
          <a href={`#/offentlig/${round.id}`}>{da.roundSettings.publicLink}</a>
        </p>
      )}
    </section>
  );
}

/** The years a round's targets are set for: its budget year and three more (overslagsår). */
function targetYears(round: RoundDetail): number[] {
  const years = new Set<number>(round.targets.map((t) => t.year));
  for (let y = round.year; y < round.year + 4; y++) years.add(y);
  return [...years].sort((a, b) => a - b);
}

function Targets({ round, save }: { round: RoundDetail; save: Saver }) {
  const md = useMasterData();
  const years = targetYears(round);
  const [values, setValues] = useState<Record<string, number | null>>(() =>
    Object.fromEntries(round.targets.map((t) => [`${t.committee}|${t.year}`, t.amount])),
  );
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  if (!md) return <Loading />;
  const submit = () => {
    const targets: RoundTarget[] = [];
    for (const [key, amount] of Object.entries(values)) {
      if (amount === null) continue;
      const [committee = '', year = ''] = key.split('|');
      targets.push({ committee, year: Number(year), amount });
    }
    void save(() => api.setTargets(round.id, targets), da.roundSettings.targetsSaved);
  };
  return (
    <section aria-labelledby="h-targets-edit">
      <h2 id="h-targets-edit">{da.roundSettings.targets}</h2>
      <p className="hint">{da.roundSettings.targetsHelp}</p>
      <div className="table-wrap">
        <table data-testid="targets-editor">
          <caption>{da.roundSettings.targetsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{da.round.committee}</th>
              {years.map((y) => (
                <th scope="col" key={y} className="num">
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {md.committees.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                {years.map((y) => {
                  const key = `${c.id}|${y}`;
                  return (
                    <td key={y} className="num">
                      <AmountInput
                        id={`target-${c.id}-${y}`}
                        label={da.roundSettings.targetCell(c.name, y)}
                        value={values[key] ?? null}
                        onChange={(v) => {
                          setInvalid((s) => {
                            const n = new Set(s);
                            if (typeof v === 'object' && v !== null) n.add(key);
                            else n.delete(key);
                            return n;
                          });
                          if (typeof v !== 'object' || v === null) setValues((old) => ({ ...old, [key]: v }));
                        }}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" disabled={invalid.size > 0} onClick={submit}>
        {da.roundSettings.saveTargets}
      </button>
    </section>
  );
}

interface ProfileDraft {
  committee: string;
  title: string;
  amounts: Record<string, number>;
}

function RisingProfiles({ round, view, save }: { round: RoundDetail; view: RoundView; save: Saver }) {
  const md = useMasterData();
  const years = targetYears(round);
  const [lines, setLines] = useState<ProfileDraft[]>(() =>
    round.risingProfiles.map((p) => ({ committee: p.committee, title: p.title, amounts: { ...p.amounts } })),
  );
  if (!md) return <Loading />;
  const derived = view.risingProfiles.filter((l) => l.source.kind === 'derived');
  const set = (i: number, patch: Partial<ProfileDraft>) =>
    setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <section aria-labelledby="h-rising-edit">
      <h2 id="h-rising-edit">{da.round.rising}</h2>
      <p className="hint">{da.roundSettings.risingHelp}</p>
      {derived.length > 0 && (
        <RisingProfileTable
          lines={derived}
          years={years}
          unit="t.kr"
          caption={da.roundSettings.derivedCaption}
          committeeName={(id) => md.committees.find((c) => c.id === id)?.name ?? id}
        />
      )}
      <div className="table-wrap">
        <table data-testid="rising-editor">
          <caption>{da.roundSettings.manualCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{da.round.committee}</th>
              <th scope="col">{da.roundSettings.profileTitle}</th>
              {years.map((y) => (
                <th scope="col" key={y} className="num">
                  {y}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">{da.proposal.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr key={i}>
                <td>
                  <select
                    aria-label={da.roundSettings.profileCommittee(i + 1)}
                    value={l.committee}
                    onChange={(e) => set(i, { committee: e.target.value })}
                  >
                    {md.committees.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    aria-label={da.roundSettings.profileTitleOf(i + 1)}
                    value={l.title}
                    onChange={(e) => set(i, { title: e.target.value })}
                  />
                </td>
                {years.map((y) => (
                  <td key={y} className="num">
                    <AmountInput
                      id={`rp-${i}-${y}`}
                      label={da.roundSettings.profileCell(i + 1, y)}
                      value={l.amounts[String(y)] ?? null}
                      onChange={(v) => {
                        if (typeof v === 'object' && v !== null) return;
                        const amounts = { ...l.amounts };
                        if (v === null) delete amounts[String(y)];
                        else amounts[String(y)] = v;
                        set(i, { amounts });
                      }}
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}
                  >
                    {da.roundSettings.removeProfile}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="buttons">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            setLines((ls) => [...ls, { committee: md.committees[0]?.id ?? '', title: '', amounts: {} }])
          }
        >
          {da.roundSettings.addProfile}
        </button>
        <button
          type="button"
          onClick={() =>
            void save(() => api.setRisingProfiles(round.id, lines), da.roundSettings.risingSaved)
          }
        >
          {da.roundSettings.saveProfiles}
        </button>
      </div>
    </section>
  );
}
