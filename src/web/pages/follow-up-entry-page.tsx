// Entering realised figures (PUT /api/proposals/:id/follow-up/realised), laid out like the economy
// editor: a row per budget area (and per line, where an area has several), a column per year of
// the approved table, the planned figures above each area, one Danish number per cell read by
// core's parseTypedAmount, arrows and Enter between cells, a note per year. Unsaved work is
// guarded; a save that another made stale is refused by the server and nothing is overwritten.
import { useCallback, useMemo, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { type ProposalFollowUp, type RealisedBody, followUpApi } from '../api/follow-up.ts';
import { AmountInput } from '../components/amount-input.tsx';
import { ErrorNotice, Loading } from '../components/status.tsx';
import type { BudgetArea, Section } from '../../core/model.ts';
import { AREA_ORDER, SECTIONS } from '../../core/follow-up/plan.ts';
import { da } from '../i18n/da.ts';
import { daFollowUp as t } from '../i18n/da-followup.ts';
import { formatAmount } from '../lib/engine.ts';
import { onGridKey } from '../lib/grid-keys.ts';
import { href, navigateNow, useLeaveGuard } from '../lib/router.ts';
import { useAsync } from '../lib/use-async.ts';

interface AreaRows {
  section: Section;
  budgetArea: BudgetArea | null;
  planned: Record<string, number>;
  /** Lines offered for entry one by one (an area with a single line is entered as a whole). */
  lines: string[];
}

const key = (year: number, section: Section, area: BudgetArea | null, line: string | null) =>
  JSON.stringify([year, section, area, line]);

/** The areas and lines of the plan, and any an earlier entry used besides them. */
function layout(f: ProposalFollowUp): AreaRows[] {
  const rows: AreaRows[] = [];
  for (const section of SECTIONS) {
    for (const area of AREA_ORDER) {
      const planned = f.planned.find((a) => a.section === section && a.budgetArea === area);
      const entered = f.cells.filter((c) => c.section === section && c.budgetArea === area);
      if (!planned && entered.length === 0) continue;
      const lines = [
        ...new Set([
          ...(planned && planned.lines.length > 1 ? planned.lines.map((l) => l.label) : []),
          ...entered.flatMap((c) => (c.line === null ? [] : [c.line])),
        ]),
      ];
      rows.push({ section, budgetArea: area, planned: planned?.amounts ?? {}, lines });
    }
  }
  return rows;
}

export function FollowUpEntryPage({ proposalId }: { proposalId: number }) {
  const data = useAsync(() => followUpApi.proposal(proposalId), [proposalId]);
  if (data.error) return <ErrorNotice error={data.error} />;
  if (!data.data) return <Loading />;
  if (!data.data.mayEnter)
    return (
      <div className="notice" role="alert">
        <h1>{da.errors.noAccessTitle}</h1>
        <p>{data.data.closedReason ?? da.errors.noAccessTitle}</p>
      </div>
    );
  // A new answer (after a reload) starts a fresh form.
  return <EntryForm key={data.data.realisationVersion} f={data.data} reload={data.reload} />;
}

function EntryForm({ f, reload }: { f: ProposalFollowUp; reload: () => void }) {
  const areas = useMemo(() => layout(f), [f]);
  const years = f.entryYears;
  // The last readable amount per cell; a cell being typed into that cannot be read (yet) is in
  // `invalid` and keeps its text, as the round settings' cells do.
  const [values, setValues] = useState<Record<string, number | null>>(() =>
    Object.fromEntries(f.cells.map((c) => [key(c.year, c.section, c.budgetArea, c.line), c.amount])),
  );
  const [notes, setNotes] = useState<Record<string, string>>(() =>
    Object.fromEntries(f.years.map((y) => [String(y.year), y.note ?? ''])),
  );
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const dirty = useRef(false);
  useLeaveGuard(useCallback(() => (dirty.current ? t.entry.leaveUnsaved : null), []));

  const set = (k: string, v: number | null | { error: string }) => {
    dirty.current = true;
    setError(null);
    const bad = v !== null && typeof v === 'object';
    setInvalid((s) => {
      const n = new Set(s);
      if (bad) n.add(k);
      else n.delete(k);
      return n;
    });
    if (!bad) setValues((s) => ({ ...s, [k]: v }));
  };

  function body(): RealisedBody | string {
    if (invalid.size > 0) return t.entry.invalid;
    const out: RealisedBody = { basedOnVersion: f.realisationVersion, years: [] };
    for (const year of years) {
      const cells: RealisedBody['years'][number]['cells'] = [];
      for (const a of areas) {
        const whole = values[key(year, a.section, a.budgetArea, null)];
        const lines = a.lines.filter(
          (l) => typeof values[key(year, a.section, a.budgetArea, l)] === 'number',
        );
        if (typeof whole === 'number' && lines.length > 0)
          return t.entry.bothAreaAndLines(`${t.section(a.section)}, ${t.area(a.budgetArea)}`, year);
        if (typeof whole === 'number')
          cells.push({ section: a.section, budgetArea: a.budgetArea, line: null, amount: whole });
        for (const l of lines)
          cells.push({
            section: a.section,
            budgetArea: a.budgetArea,
            line: l,
            amount: values[key(year, a.section, a.budgetArea, l)] as number,
          });
      }
      out.years.push({ year, note: notes[String(year)] ?? null, cells });
    }
    return out;
  }

  async function save() {
    setError(null);
    const b = body();
    if (typeof b === 'string') {
      setError(b);
      return;
    }
    setBusy(true);
    try {
      await followUpApi.saveRealised(f.proposalId, b);
      dirty.current = false;
      navigateNow(`/forslag/${f.proposalId}/opfoelgning`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
      setStale(e instanceof ApiError && e.reason === 'realisation.stale');
    } finally {
      setBusy(false);
    }
  }

  if (years.length === 0) return <p>{t.entry.nothing}</p>;
  let r = 0;
  const name = (a: AreaRows) => `${t.section(a.section)}, ${t.area(a.budgetArea)}`;
  const inputRow = (label: string, a: AreaRows, line: string | null, className?: string) => {
    const row = r++;
    return (
      <tr key={`${a.section}${a.budgetArea}${line}`} className={className}>
        <th scope="row">{label}</th>
        {years.map((y, c) => {
          const k = key(y, a.section, a.budgetArea, line);
          return (
            <td key={y} className={invalid.has(k) ? 'num invalid' : 'num'}>
              <AmountInput
                id={`cell-${row}-${y}`}
                label={t.entry.cellLabel(label, y)}
                value={values[k] ?? null}
                onChange={(x) => set(k, x)}
                grid={{ r: row, c }}
              />
            </td>
          );
        })}
      </tr>
    );
  };

  return (
    <article aria-labelledby="entry-title">
      <p className="crumbs">
        <a href={href(`/forslag/${f.proposalId}/opfoelgning`)}>{t.entry.cancel}</a>
      </p>
      <h1 id="entry-title">{t.entry.title(`${f.ref} ${f.title}`)}</h1>
      <p id="entry-help" className="hint">
        {t.entry.help}
      </p>
      {areas.some(
        (a) =>
          a.budgetArea === null && !f.planned.some((p) => p.section === a.section && p.budgetArea === null),
      ) && (
        <p className="hint" data-testid="whole-section-hint">
          {t.entry.wholeSection}
        </p>
      )}
      <div className="table-wrap">
        <table
          className="economy sheet"
          data-grid="realised"
          aria-describedby="entry-help"
          onKeyDown={(e) => onGridKey(e, 'realised')}
        >
          <caption>{t.entry.caption}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="sr-only">{t.page.target}</span>
              </th>
              {years.map((y) => (
                <th scope="col" key={y} className="num">
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {areas.flatMap((a) => [
              <tr key={`p${a.section}${a.budgetArea}`} className="computed">
                <th scope="row">{t.entry.plannedRow(name(a))}</th>
                {years.map((y) => (
                  <td key={y} className="num">
                    {a.planned[String(y)] === undefined
                      ? ''
                      : formatAmount(a.planned[String(y)] ?? 0, 't.kr')}
                  </td>
                ))}
              </tr>,
              inputRow(t.entry.areaRow(name(a)), a, null),
              ...a.lines.map((l) => inputRow(t.entry.lineRow(l), a, l, 'line-row')),
            ])}
          </tbody>
        </table>
      </div>
      <h2 id="h-notes">{t.entry.notes}</h2>
      <div className="form grid2">
        {years
          .map((y) => (
            <label key={y} htmlFor={`note-${y}`}>
              {t.entry.noteLabel(y)}
            </label>
          ))
          .flatMap((label, i) => [
            label,
            <input
              key={`n${years[i]}`}
              id={`note-${years[i]}`}
              value={notes[String(years[i])] ?? ''}
              onChange={(e) => {
                dirty.current = true;
                setNotes((s) => ({ ...s, [String(years[i])]: e.target.value }));
              }}
            />,
          ])}
      </div>
      <div aria-live="polite">
        <ErrorNotice error={error} />
        {stale && (
          <button type="button" className="secondary" onClick={reload}>
            {t.entry.stale}
          </button>
        )}
      </div>
      <div className="buttons">
        <button type="button" disabled={busy} onClick={() => void save()}>
          {busy ? da.saving : t.entry.save}
        </button>
        <a className="button secondary" href={href(`/forslag/${f.proposalId}/opfoelgning`)}>
          {t.entry.cancel}
        </a>
      </div>
    </article>
  );
}
