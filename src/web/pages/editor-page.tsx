// The proposal editor. The economic table edits like a spreadsheet; every total, both paybacks,
// the committee distribution and the findings are recomputed by core on each keystroke. Work is
// backed up to localStorage continuously; saving sends the version the edit is based on, and a
// 409 from the server is shown, never overwritten.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClipboardEvent, KeyboardEvent } from 'react';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/client.ts';
import type { ProposalRecord, RoundDetail } from '../api/types.ts';
import type { BudgetArea, ProposalKind, Section } from '../../core/model.ts';
import { BUDGET_AREAS, emptyProposal } from '../../core/model.ts';
import { da } from '../i18n/da.ts';
import { href, navigateNow, useLeaveGuard } from '../lib/router.ts';
import { can, useSession } from '../lib/session.tsx';
import { isEditable } from '../../core/process/statuses.ts';
import { useAsync } from '../lib/use-async.ts';
import { useMasterData } from '../lib/master-data.ts';
import { computeEconomy, formatAmount, liveFindings, unitLabel } from '../lib/engine.ts';
import { layoutEconomy } from '../lib/economy-rows.ts';
import { defaultYears, emptyLine, fromProposal, moveLine, toProposal } from '../lib/editor-model.ts';
import type { CellError, EditorLine, EditorState } from '../lib/editor-model.ts';
import { clearDraft, draftKey, loadDraft, storeDraft } from '../lib/drafts.ts';
import { pasteInto, pastedBlock } from '../lib/paste.ts';
import { ComputedCells, PaybackRows } from '../components/economy-table.tsx';
import { CellText } from '../components/amount-input.tsx';
import { DistributionTable } from '../components/distribution-table.tsx';
import { FindingsList } from '../components/findings-list.tsx';
import { TemplateFields } from '../components/template-fields.tsx';
import { ErrorNotice, Loading } from '../components/status.tsx';
import { RiskPicture } from '../components/risk-picture.tsx';
import { Abbr, PriceLevel } from '../components/abbr.tsx';

export function EditorPage({ roundId, proposalId }: { roundId: number | null; proposalId: number | null }) {
  const { user } = useSession();
  const data = useAsync(async () => {
    if (proposalId !== null) {
      const record = await api.proposal(proposalId);
      const round = await api.round(record.roundId);
      return { record, round };
    }
    const round = await api.round(roundId ?? 0);
    return { record: null, round };
  }, [roundId, proposalId]);
  if (data.error) return <ErrorNotice error={data.error} />;
  if (!data.data) return <Loading />;
  const { record, round } = data.data;
  if (record && user && !can.edit(user, record.administration)) {
    return (
      <div className="notice" role="alert">
        <h1>{da.errors.noAccessTitle}</h1>
        <p>{da.editor.notYourAdministration(record.administration ?? da.none)}</p>
      </div>
    );
  }
  if (record && !isEditable(record.status)) {
    return (
      <div className="notice" role="alert">
        <h1>{da.editor.titleEdit(record.ref)}</h1>
        <p>{da.editor.notEditable(da.states[record.status] ?? record.status)}</p>
        <p>
          <a href={href(`/forslag/${record.id}`)}>{da.editor.cancelEdit}</a>
        </p>
      </div>
    );
  }
  // The form is keyed by what was loaded, not by the address: it is made again for every proposal.
  return (
    <EditorForm
      key={`${record?.id ?? 'ny'}-${round.id}-${record?.version ?? 0}`}
      record={record}
      round={round}
    />
  );
}

const KINDS: ProposalKind[] = ['investering', 'effektivisering', 'foranalyse'];
const FIXED_COLS = 3; // label, section, area

function EditorForm({ record, round }: { record: ProposalRecord | null; round: RoundDetail }) {
  const { user } = useSession();
  const md = useMasterData();
  const key = draftKey(record?.id ?? null, round.id);
  const firstYear = round.priceLevelYear ?? round.year;

  const initial = useMemo(() => {
    const base = record?.proposal ?? {
      ...emptyProposal('', '', 'investering'),
      presentingAdministrations: user?.administration ? [user.administration] : [],
    };
    const state = fromProposal(base, firstYear);
    if (!record) {
      state.lines = [emptyLine('varig', ''), emptyLine('implementering', '')];
    }
    return {
      state,
      priceLevelYear: record?.proposal.economy?.priceLevelYear ?? round.priceLevelYear ?? null,
      basedOnVersion: record?.version ?? null,
    };
  }, [record, round, firstYear, user]);

  const stored = useMemo(() => loadDraft(key), [key]);
  // A local draft is always brought back. If it was based on an older version than the one now
  // stored, the user is told so: saving then is their explicit choice, not a silent overwrite.
  const restore = stored !== null;
  const staleDraft =
    stored !== null && record !== null && stored.basedOnVersion !== record.version
      ? stored.basedOnVersion
      : null;
  const [state, setState] = useState<EditorState>(() =>
    restore && stored
      ? { proposal: stored.proposal, unit: initial.state.unit, years: stored.years, lines: stored.lines }
      : initial.state,
  );
  const [priceLevelYear, setPriceLevelYear] = useState<number | null>(
    restore && stored ? stored.priceLevelYear : initial.priceLevelYear,
  );
  const [restored, setRestored] = useState(restore);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const [undo, setUndo] = useState<{ state: EditorState; message: string } | null>(null);
  const [note, setNote] = useState('');
  const dirty = useRef(false);
  useLeaveGuard(useCallback(() => (dirty.current ? da.editor.leaveUnsaved : null), []));

  // Everything shown below the grid comes from the engine, recomputed on each change.
  const { proposal, errors } = useMemo(() => toProposal(state, priceLevelYear), [state, priceLevelYear]);
  const derived = useMemo(() => (proposal.economy ? computeEconomy(proposal.economy) : null), [proposal]);
  const findings = useMemo(() => liveFindings(proposal), [proposal]);

  // Back up every change locally (cheap: one JSON write per keystroke batch).
  useEffect(() => {
    if (!dirty.current) return;
    storeDraft(key, {
      basedOnVersion: initial.basedOnVersion,
      proposal: state.proposal,
      years: state.years,
      lines: state.lines,
      priceLevelYear,
      savedAt: new Date().toISOString(),
    });
  }, [state, priceLevelYear, key, initial.basedOnVersion]);

  function update(fn: (s: EditorState) => EditorState) {
    dirty.current = true;
    setStatus(null);
    setState(fn);
  }
  const setMeta = (patch: Partial<EditorState['proposal']>) =>
    update((s) => ({ ...s, proposal: { ...s.proposal, ...patch } }));
  const setLine = (i: number, patch: Partial<EditorLine>) =>
    update((s) => ({ ...s, lines: s.lines.map((l, j) => (j === i ? { ...l, ...patch } : l)) }));
  const setCell = (i: number, year: number, text: string) =>
    update((s) => ({
      ...s,
      lines: s.lines.map((l, j) => (j === i ? { ...l, cells: { ...l.cells, [String(year)]: text } } : l)),
    }));

  const setEstimateCell = (i: number, which: 'low' | 'high', year: number, text: string) =>
    update((s) => ({
      ...s,
      lines: s.lines.map((l, j) =>
        j === i && l.estimate
          ? { ...l, estimate: { ...l.estimate, [which]: { ...l.estimate[which], [String(year)]: text } } }
          : l,
      ),
    }));

  async function save() {
    setError(null);
    setStatus(null);
    if (errors.length > 0) {
      setError(da.editor.invalidBeforeSave);
      return;
    }
    setSaving(true);
    try {
      const saved = record
        ? await api.saveProposal(record.id, record.version, proposal, note.trim() || undefined)
        : await api.createProposal(round.id, proposal);
      clearDraft(key);
      dirty.current = false;
      setStatus(da.editor.saved(saved.version));
      navigateNow(`/forslag/${saved.id}`);
    } catch (e) {
      // Only a newer save is a conflict to merge; any other refusal says its own cause (the status no
      // longer allows edits, the number is taken …).
      if (e instanceof ApiError && e.reason === 'proposal.stale-version') {
        setConflict(true);
        storeDraft(key, {
          basedOnVersion: initial.basedOnVersion,
          proposal: state.proposal,
          years: state.years,
          lines: state.lines,
          priceLevelYear,
          savedAt: new Date().toISOString(),
        });
      } else {
        setError(e instanceof ApiError ? e.message : String(e));
      }
    } finally {
      setSaving(false);
    }
  }

  /** A block from Excel or Word fills the cells it covers; one step of undo. */
  function onCellPaste(e: ClipboardEvent<HTMLInputElement>, line: number, column: number) {
    const block = pastedBlock(e.clipboardData.getData('text/plain'));
    if (!block) return;
    e.preventDefault();
    const before = state;
    const pasted = pasteInto(state, block, line, column);
    update(() => pasted.state);
    setUndo({ state: before, message: da.editor.pasted(pasted.filled, pasted.outside) });
  }

  function undoPaste() {
    if (!undo) return;
    const previous = undo.state;
    update(() => previous);
    setUndo(null);
  }

  // Spreadsheet navigation: arrows, Enter / Shift+Enter move between cells; Tab is the browser's.
  function onGridKey(e: KeyboardEvent<HTMLElement>) {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && undo) {
      e.preventDefault();
      undoPaste();
      return;
    }
    const target = e.target as HTMLElement;
    const r = Number(target.dataset.r);
    const c = Number(target.dataset.c);
    if (!Number.isInteger(r) || !Number.isInteger(c)) return;
    let dr = 0;
    let dc = 0;
    const input = target instanceof HTMLInputElement && target.type === 'text' ? target : null;
    const atStart = !input || (input.selectionStart === 0 && input.selectionEnd === 0);
    const atEnd =
      !input || (input.selectionStart === input.value.length && input.selectionEnd === input.value.length);
    if (e.key === 'ArrowUp' && target.tagName !== 'SELECT') dr = -1;
    else if (e.key === 'ArrowDown' && target.tagName !== 'SELECT') dr = 1;
    else if (e.key === 'Enter') dr = e.shiftKey ? -1 : 1;
    else if (e.key === 'ArrowLeft' && atStart && target.tagName !== 'SELECT') dc = -1;
    else if (e.key === 'ArrowRight' && atEnd && target.tagName !== 'SELECT') dc = 1;
    else return;
    const next = document.querySelector<HTMLElement>(
      `[data-grid="economy"] [data-r="${r + dr}"][data-c="${c + dc}"]`,
    );
    if (next) {
      e.preventDefault();
      next.focus();
      if (next instanceof HTMLInputElement) next.select();
    } else if (e.key === 'Enter') {
      e.preventDefault();
    }
  }

  const errorAt = (i: number, y: number, row: CellError['row'] = 'likely'): CellError | undefined =>
    errors.find((x) => x.line === i && x.year === y && x.row === row);
  const layout = proposal.economy && derived ? layoutEconomy(proposal.economy, derived) : null;
  const years = state.years;

  return (
    <article className="editor" aria-labelledby="editor-title">
      <p className="crumbs">
        <a href={href(`/runder/${round.id}`)}>{round.name}</a>
        {record && (
          <>
            {' / '}
            <a href={href(`/forslag/${record.id}`)}>{da.editor.cancelEdit}</a>
          </>
        )}
      </p>
      <h1 id="editor-title">{record ? da.editor.titleEdit(record.ref) : da.editor.titleNew}</h1>
      {restored && (
        <p className="notice" role="status">
          {da.editor.draftRestored}{' '}
          {staleDraft !== null && record && (
            <strong>{da.editor.staleDraft(staleDraft, record.version)} </strong>
          )}
          <button
            type="button"
            className="link"
            onClick={() => {
              clearDraft(key);
              setState(initial.state);
              setPriceLevelYear(initial.priceLevelYear);
              setRestored(false);
            }}
          >
            {da.editor.discardDraft}
          </button>
        </p>
      )}

      <div className="form grid2">
        <label htmlFor="f-ref">{da.editor.ref}</label>
        <input
          id="f-ref"
          value={state.proposal.ref}
          onChange={(e) => setMeta({ ref: e.target.value })}
          placeholder={record ? undefined : da.editor.refAutomatic}
          aria-describedby={record ? undefined : 'f-ref-help'}
          required={record !== null}
        />
        {!record && (
          <p id="f-ref-help" className="hint span2">
            {da.editor.refAutomaticHelp}
          </p>
        )}
        <label htmlFor="f-title">{da.editor.titleField}</label>
        <input
          id="f-title"
          value={state.proposal.title}
          onChange={(e) => setMeta({ title: e.target.value })}
          required
        />
        <label htmlFor="f-kind">{da.editor.kind}</label>
        <select
          id="f-kind"
          value={state.proposal.kind}
          onChange={(e) => setMeta({ kind: e.target.value as ProposalKind })}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {da.kinds[k]}
            </option>
          ))}
        </select>
        <label htmlFor="f-presenting">{da.editor.presenting}</label>
        <select
          id="f-presenting"
          value={state.proposal.presentingAdministrations[0] ?? ''}
          disabled={user?.role === 'forfatter'}
          onChange={(e) => setMeta({ presentingAdministrations: e.target.value ? [e.target.value] : [] })}
        >
          <option value="">{da.none}</option>
          {(md?.administrations ?? []).map((a) => (
            <option key={a.id} value={a.id}>
              {a.id} – {a.name}
            </option>
          ))}
          {state.proposal.presentingAdministrations[0] &&
            !md?.administrations.some((a) => a.id === state.proposal.presentingAdministrations[0]) && (
              <option value={state.proposal.presentingAdministrations[0]}>
                {state.proposal.presentingAdministrations[0]}
              </option>
            )}
        </select>
        <label htmlFor="f-summary">{da.editor.summary}</label>
        <textarea
          id="f-summary"
          rows={3}
          value={state.proposal.summary ?? ''}
          onChange={(e) => setMeta({ summary: e.target.value || null })}
        />
        <label htmlFor="f-pl">{da.editor.priceLevelYear}</label>
        <input
          id="f-pl"
          inputMode="numeric"
          value={priceLevelYear ?? ''}
          onChange={(e) => {
            dirty.current = true;
            const n = Number(e.target.value);
            setPriceLevelYear(e.target.value === '' || !Number.isInteger(n) ? null : n);
          }}
        />
        <label htmlFor="f-first">{da.editor.firstYear}</label>
        <input
          id="f-first"
          type="number"
          value={years[0] ?? firstYear}
          onChange={(e) => {
            const n = Number(e.target.value);
            if (Number.isInteger(n) && n > 1900 && n < 2200)
              update((s) => ({ ...s, years: defaultYears(n, s.years.length) }));
          }}
        />
        <label htmlFor="f-count">{da.editor.yearCount}</label>
        <input
          id="f-count"
          type="number"
          min={1}
          max={15}
          value={years.length}
          onChange={(e) => {
            const n = Number(e.target.value);
            if (Number.isInteger(n) && n >= 1 && n <= 15)
              update((s) => ({ ...s, years: defaultYears(s.years[0] ?? firstYear, n) }));
          }}
        />
      </div>

      <h2 id="h-table">{da.proposal.economy}</h2>
      <p id="table-help" className="hint">
        {da.editor.tableHelp}
      </p>
      {undo && (
        <p className="notice" role="status">
          {undo.message}{' '}
          <button type="button" className="link" onClick={undoPaste}>
            {da.editor.undoPaste}
          </button>
        </p>
      )}
      <div className="table-wrap">
        <table
          className="economy sheet"
          data-grid="economy"
          aria-labelledby="h-table"
          aria-describedby="table-help"
          onKeyDown={onGridKey}
        >
          <caption>
            {da.proposal.economyCaption} ({unitLabel(state.unit)} <PriceLevel year={priceLevelYear} />)
          </caption>
          <thead>
            <tr>
              <th scope="col">{da.editor.label}</th>
              <th scope="col">{da.editor.section}</th>
              <th scope="col">{da.editor.area}</th>
              {years.map((y) => (
                <th scope="col" key={y} className="num">
                  {y}
                </th>
              ))}
              <th scope="col">
                <Abbr name="grund" />
              </th>
              <th scope="col">
                <span className="sr-only">{da.proposal.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {state.lines.map((l, i) => [
              <tr key={l.key} data-line={i}>
                <td>
                  <input
                    aria-label={`${da.editor.label} ${i + 1}`}
                    data-r={i}
                    data-c={0}
                    value={l.label}
                    onChange={(e) => setLine(i, { label: e.target.value })}
                  />
                </td>
                <td>
                  <select
                    aria-label={`${da.editor.section} ${i + 1}`}
                    data-r={i}
                    data-c={1}
                    value={l.section}
                    onChange={(e) => setLine(i, { section: e.target.value as Section })}
                  >
                    <option value="varig">{da.sections.varig}</option>
                    <option value="implementering">{da.sections.implementering}</option>
                  </select>
                </td>
                <td>
                  <select
                    aria-label={`${da.editor.area} ${i + 1}`}
                    data-r={i}
                    data-c={2}
                    value={l.budgetArea ?? ''}
                    onChange={(e) =>
                      setLine(i, {
                        budgetArea: e.target.value === '' ? null : (e.target.value as BudgetArea),
                      })
                    }
                  >
                    <option value="">{da.none}</option>
                    {BUDGET_AREAS.map((a) => (
                      <option key={a} value={a}>
                        {da.areas[a]}
                      </option>
                    ))}
                  </select>
                </td>
                {years.map((y, c) => (
                  <AmountCell
                    key={y}
                    id={`cell-${i}-${y}`}
                    label={da.editor.cellLabel(l.label, y)}
                    error={errorAt(i, y)}
                    value={l.cells[String(y)] ?? ''}
                    onChange={(text) => setCell(i, y, text)}
                    grid={{ r: i, c: FIXED_COLS + c }}
                    onPaste={(e) => onCellPaste(e, i, c)}
                  />
                ))}
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${da.editor.grund} ${i + 1}`}
                    checked={l.grundinvestering}
                    onChange={(e) => setLine(i, { grundinvestering: e.target.checked })}
                  />
                </td>
                <td className="row-tools">
                  <button
                    type="button"
                    className="icon"
                    aria-label={da.editor.moveUp(l.label)}
                    disabled={i === 0}
                    onClick={() => update((s) => ({ ...s, lines: moveLine(s.lines, i, -1) }))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon"
                    aria-label={da.editor.moveDown(l.label)}
                    disabled={i === state.lines.length - 1}
                    onClick={() => update((s) => ({ ...s, lines: moveLine(s.lines, i, 1) }))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="icon"
                    aria-label={
                      l.estimate ? da.editor.removeEstimate(l.label) : da.editor.addEstimate(l.label)
                    }
                    aria-pressed={l.estimate ? true : false}
                    onClick={() => setLine(i, { estimate: l.estimate ? null : { low: {}, high: {} } })}
                  >
                    ±
                  </button>
                  <button
                    type="button"
                    className="icon danger"
                    aria-label={da.editor.removeLine(l.label)}
                    onClick={() => update((s) => ({ ...s, lines: s.lines.filter((_, j) => j !== i) }))}
                  >
                    ✕
                  </button>
                </td>
              </tr>,
              // The three-point estimate under its line: low and high per year (the risk picture
              // draws between them). Outside the arrow-key grid; Tab reaches every cell.
              ...(l.estimate
                ? (['low', 'high'] as const).map((which) => (
                    <tr key={`${l.key}-${which}`} className="estimate-row" data-estimate={which}>
                      <th scope="row" colSpan={FIXED_COLS} title={da.editor.estimateRowHelp[which]}>
                        {da.editor.estimateRow[which]}
                      </th>
                      {years.map((y) => (
                        <AmountCell
                          key={y}
                          id={`est-${which}-${i}-${y}`}
                          label={da.editor.estimateCellLabel(da.editor.estimateRow[which], l.label, y)}
                          error={errorAt(i, y, which)}
                          value={l.estimate?.[which][String(y)] ?? ''}
                          onChange={(text) => setEstimateCell(i, which, y, text)}
                        />
                      ))}
                      <td colSpan={2} />
                    </tr>
                  ))
                : []),
            ])}
          </tbody>
          {layout && derived && (
            <tbody className="live" aria-label={da.editor.liveTotals}>
              {[
                ...layout.sections.flatMap((s) => s.rows.filter((r) => r.kind === 'computed')),
                layout.impact,
              ].map((r) =>
                r.kind === 'computed' ? (
                  <tr key={r.key} className={`computed ${r.level}`} data-row={r.key}>
                    <th scope="row" colSpan={FIXED_COLS}>
                      {r.label} <span className="tag">{da.proposal.computedRow}</span>
                    </th>
                    <ComputedCells row={r} years={years} unit={state.unit} />
                    <td colSpan={2} />
                  </tr>
                ) : null,
              )}
              <tr className="computed total" data-row="investment">
                <th scope="row" colSpan={FIXED_COLS}>
                  {da.proposal.investmentTotal} <span className="tag">{da.proposal.computedRow}</span>
                </th>
                <td colSpan={years.length + 2} data-testid="investment-total">
                  {formatAmount(derived.investmentTotal, state.unit)}
                </td>
              </tr>
              {proposal.economy && (
                <PaybackRows
                  economy={proposal.economy}
                  derived={derived}
                  colSpan={years.length + 2}
                  labelSpan={FIXED_COLS}
                />
              )}
            </tbody>
          )}
        </table>
      </div>
      <div className="buttons">
        <button
          type="button"
          onClick={() => update((s) => ({ ...s, lines: [...s.lines, emptyLine('varig', '')] }))}
        >
          {da.editor.addLine} ({da.sections.varig?.toLowerCase()})
        </button>
        <button
          type="button"
          onClick={() => update((s) => ({ ...s, lines: [...s.lines, emptyLine('implementering', '')] }))}
        >
          {da.editor.addLine} ({da.sections.implementering?.toLowerCase()})
        </button>
      </div>

      {derived && proposal.economy && (
        <DistributionTable
          md={md}
          administrations={proposal.presentingAdministrations}
          series={derived.permanentChange}
          years={derived.years}
          unit={proposal.economy.unit}
        />
      )}

      <TemplateFields proposal={state.proposal} masterData={md} onChange={setMeta} />

      <RiskPicture proposal={proposal} live />

      <section aria-labelledby="h-live-findings">
        <h2 id="h-live-findings">{da.proposal.findings}</h2>
        {errors.length > 0 && (
          <ul className="findings">
            {errors.map((e) => (
              <li key={`${e.line}-${e.year}-${e.row}`} className="finding finding-error">
                <span className="sev sev-error">{da.proposal.severity.error}</span>{' '}
                {state.lines[e.line]?.label || da.editor.newLineLabel}
                {e.row === 'likely' ? '' : `, ${da.editor.estimateRow[e.row].toLowerCase()}`}:{' '}
                {da.editor.invalidCell(e.year, e.message)}
              </li>
            ))}
          </ul>
        )}
        <FindingsList findings={findings} />
      </section>

      <div className="savebar" aria-live="polite">
        {conflict && (
          <div className="error conflict" role="alert" data-testid="conflict">
            <p>{da.editor.conflict}</p>
            {record && (
              <button
                type="button"
                onClick={() => {
                  navigateNow(`/forslag/${record.id}`);
                }}
              >
                {da.editor.conflictReload}
              </button>
            )}
          </div>
        )}
        {/* "Fix the marked cells" goes once no cell is marked; the server's refusals stay. */}
        <ErrorNotice error={error === da.editor.invalidBeforeSave && errors.length === 0 ? null : error} />
        {status && <p className="ok">{status}</p>}
        {saving && <p role="status">{da.saving}</p>}
        {record && (
          <>
            <label htmlFor="f-note">{da.editor.changeNote}</label>
            <input
              id="f-note"
              value={note}
              maxLength={2000}
              placeholder={da.editor.changeNoteHint}
              onChange={(e) => setNote(e.target.value)}
            />
          </>
        )}
        <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
          {record ? da.editor.save : da.editor.create}
        </button>
      </div>
    </article>
  );
}

/**
 * One amount cell of the economy table: the text as typed, its error under it. `grid` puts it in
 * the arrow-key grid (the likely amounts); the estimate rows are reached by Tab.
 */
function AmountCell({
  id,
  label,
  error,
  value,
  onChange,
  grid,
  onPaste,
}: {
  id: string;
  label: string;
  error: CellError | undefined;
  value: string;
  onChange: (text: string) => void;
  grid?: { r: number; c: number };
  onPaste?: (e: ClipboardEvent<HTMLInputElement>) => void;
}) {
  return (
    <td className={error ? 'num invalid' : 'num'}>
      <CellText
        id={id}
        label={label}
        text={value}
        error={error?.message ?? null}
        onText={onChange}
        grid={grid}
        onPaste={onPaste}
      />
    </td>
  );
}
