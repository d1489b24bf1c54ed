// The organisation's own data: its settings (admin), its p/l index (the finance centre) and its
// master data — committees and administrations with the spellings that map onto them (admin).
// Every other role sees them read-only. All three are data the finance staff maintain.
import { useState } from 'react';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/client.ts';
import type { MasterData, OrganisationAnswer, PriceIndexEntry } from '../api/types.ts';
import { da } from '../i18n/da.ts';
import { daFollowUp } from '../i18n/da-followup.ts';
import { AmountInput } from '../components/amount-input.tsx';
import { formatAmount } from '../lib/engine.ts';
import { can, useSession } from '../lib/session.tsx';
import { useAsync } from '../lib/use-async.ts';
import { resetMasterData } from '../lib/master-data.ts';
import { ErrorNotice, Loading } from '../components/status.tsx';

type Run = (work: () => Promise<unknown>, done: string) => void;

export function OrganisationPage() {
  const { user } = useSession();
  const data = useAsync(async () => {
    const [organisation, index, masterData] = await Promise.all([
      api.organisation(),
      api.priceIndex(),
      api.masterData(),
    ]);
    return { organisation, index, masterData };
  }, []);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (data.error) return <ErrorNotice error={data.error} />;
  if (!data.data || !user) return <Loading />;
  const run: Run = (work, done) => {
    setMessage(null);
    setError(null);
    work()
      .then(() => {
        setMessage(done);
        resetMasterData();
        data.reload();
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : String(e)));
  };
  const { organisation, index, masterData } = data.data;
  return (
    <>
      <h1>{organisation.name}</h1>
      <div aria-live="polite">
        {message && <p className="ok">{message}</p>}
        <ErrorNotice error={error} />
      </div>
      <Settings
        key={JSON.stringify(organisation.settings)}
        organisation={organisation}
        editable={can.administer(user.role)}
        run={run}
      />
      <PriceIndex key={JSON.stringify(index)} entries={index} editable={can.runRound(user.role)} run={run} />
      <MasterDataEditor
        key={JSON.stringify(masterData)}
        doc={masterData}
        editable={can.administer(user.role)}
        run={run}
      />
    </>
  );
}

/**
 * A typed number (Danish comma allowed); null when blank, NaN when unreadable (sent as null). Either
 * way the server refuses it and names the field: a blank never becomes 0 or a default here.
 */
function numberOrNull(text: string): number | null {
  const t = text.trim().replace(',', '.');
  return t === '' ? null : Number(t);
}

/** One setting typed as text: a decimal (comma allowed) or, with a range, a whole number. */
function SettingField({
  id,
  label,
  value,
  set,
  disabled,
  range,
}: {
  id: string;
  label: string;
  value: string;
  set: (text: string) => void;
  disabled: boolean;
  range?: [number, number];
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        {...(range ? { type: 'number', min: range[0], max: range[1] } : { inputMode: 'decimal' as const })}
        value={value}
        onChange={(e) => set(e.target.value)}
        disabled={disabled}
      />
    </>
  );
}

function Settings({
  organisation,
  editable,
  run,
}: {
  organisation: OrganisationAnswer;
  editable: boolean;
  run: Run;
}) {
  const [rate, setRate] = useState(String(organisation.settings.discountRate * 100).replace('.', ','));
  const [horizon, setHorizon] = useState(String(organisation.settings.horizonYears));
  const [payback, setPayback] = useState(String(organisation.settings.paybackGuidelineYears));
  const percent = numberOrNull(rate);
  const [tolerance, setTolerance] = useState(String(organisation.settings.followUpTolerancePercent));
  const [toleranceKr, setToleranceKr] = useState<number | null | { error: string }>(
    organisation.settings.followUpToleranceKroner,
  );
  return (
    <section aria-labelledby="h-settings">
      <h2 id="h-settings">{da.organisation.settings}</h2>
      <form
        className="form grid2"
        onSubmit={(e) => {
          e.preventDefault();
          run(
            () =>
              api.putSettings({
                ...organisation.settings,
                discountRate: percent === null ? null : Math.round(percent * 1000) / 100000,
                horizonYears: numberOrNull(horizon),
                paybackGuidelineYears: numberOrNull(payback),
                followUpTolerancePercent: numberOrNull(tolerance),
                followUpToleranceKroner: typeof toleranceKr === 'number' ? toleranceKr : null,
              }),
            da.organisation.settingsSaved,
          );
        }}
      >
        <SettingField
          id="set-rate"
          label={da.organisation.discountRate}
          value={rate}
          set={setRate}
          disabled={!editable}
        />
        <SettingField
          id="set-horizon"
          label={da.organisation.horizon}
          value={horizon}
          set={setHorizon}
          disabled={!editable}
          range={[1, 50]}
        />
        <SettingField
          id="set-payback"
          label={da.organisation.paybackGuideline}
          value={payback}
          set={setPayback}
          disabled={!editable}
          range={[1, 50]}
        />
        <SettingField
          id="set-tolerance"
          label={daFollowUp.settings.percent}
          value={tolerance}
          set={setTolerance}
          disabled={!editable}
          range={[0, 100]}
        />
        <label htmlFor="set-tolerance-kr">{daFollowUp.settings.kroner}</label>
        <span>
          {editable ? (
            <AmountInput
              id="set-tolerance-kr"
              label={daFollowUp.settings.kroner}
              value={typeof toleranceKr === 'number' ? toleranceKr : null}
              onChange={setToleranceKr}
            />
          ) : (
            <input
              id="set-tolerance-kr"
              value={formatAmount(organisation.settings.followUpToleranceKroner, 't.kr')}
              disabled
            />
          )}
        </span>
        {editable && (
          <div className="buttons span2">
            <button type="submit">{da.organisation.saveSettings}</button>
          </div>
        )}
      </form>
    </section>
  );
}

function PriceIndex({ entries, editable, run }: { entries: PriceIndexEntry[]; editable: boolean; run: Run }) {
  const [rows, setRows] = useState(
    entries.map((e) => ({ year: String(e.year), index: e.index.replace('.', ',') })),
  );
  return (
    <section aria-labelledby="h-index">
      <h2 id="h-index">{da.organisation.priceIndex}</h2>
      <p className="hint">{da.organisation.priceIndexHelp}</p>
      <div className="table-wrap">
        <table data-testid="price-index">
          <thead>
            <tr>
              <th scope="col">{da.year}</th>
              <th scope="col">{da.organisation.indexPoint}</th>
              {editable && (
                <th scope="col">
                  <span className="sr-only">{da.proposal.actions}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <td>
                  <input
                    aria-label={da.organisation.indexYear(i + 1)}
                    inputMode="numeric"
                    value={r.year}
                    disabled={!editable}
                    onChange={(e) =>
                      setRows((rs) => rs.map((x, j) => (j === i ? { ...x, year: e.target.value } : x)))
                    }
                  />
                </td>
                <td>
                  <input
                    aria-label={da.organisation.indexValue(r.year)}
                    inputMode="decimal"
                    value={r.index}
                    disabled={!editable}
                    onChange={(e) =>
                      setRows((rs) => rs.map((x, j) => (j === i ? { ...x, index: e.target.value } : x)))
                    }
                  />
                </td>
                {editable && (
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
                    >
                      {da.organisation.removeYear(r.year)}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editable && (
        <div className="buttons">
          <button
            type="button"
            className="secondary"
            onClick={() =>
              setRows((rs) => [
                ...rs,
                { year: String(Number(rs[rs.length - 1]?.year ?? new Date().getFullYear()) + 1), index: '' },
              ])
            }
          >
            {da.organisation.addYear}
          </button>
          <button
            type="button"
            onClick={() =>
              run(
                () =>
                  api.putPriceIndex(
                    rows.map((r) => ({ year: Number(r.year), index: r.index.trim().replace(',', '.') })),
                  ),
                da.organisation.indexSaved,
              )
            }
          >
            {da.organisation.saveIndex}
          </button>
        </div>
      )}
    </section>
  );
}

const list = (text: string) =>
  text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

function MasterDataEditor({ doc, editable, run }: { doc: MasterData; editable: boolean; run: Run }) {
  const [committees, setCommittees] = useState(doc.committees);
  const [administrations, setAdministrations] = useState(doc.administrations);
  return (
    <section aria-labelledby="h-master">
      <h2 id="h-master">{da.organisation.masterData}</h2>
      <p className="hint">{da.organisation.masterDataHelp}</p>
      <div className="table-wrap">
        <table data-testid="committees-editor">
          <caption>{da.organisation.committees}</caption>
          <thead>
            <tr>
              <th scope="col">{da.organisation.id}</th>
              <th scope="col">{da.organisation.name}</th>
              <th scope="col">{da.organisation.variants}</th>
            </tr>
          </thead>
          <tbody>
            {committees.map((c, i) => (
              <tr key={i}>
                <td>
                  <input
                    aria-label={da.organisation.idOf(i + 1)}
                    value={c.id}
                    disabled={!editable}
                    onChange={(e) =>
                      setCommittees((cs) => cs.map((x, j) => (j === i ? { ...x, id: e.target.value } : x)))
                    }
                  />
                </td>
                <td>
                  <input
                    aria-label={da.organisation.nameOf(i + 1)}
                    value={c.name}
                    disabled={!editable}
                    onChange={(e) =>
                      setCommittees((cs) => cs.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))
                    }
                  />
                </td>
                <td>
                  <input
                    aria-label={da.organisation.variantsOf(i + 1)}
                    value={c.variants.join('; ')}
                    disabled={!editable}
                    onChange={(e) =>
                      setCommittees((cs) =>
                        cs.map((x, j) => (j === i ? { ...x, variants: list(e.target.value) } : x)),
                      )
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editable && (
        <button
          type="button"
          className="secondary"
          onClick={() =>
            setCommittees((cs) => [...cs, { id: '', name: '', abbreviations: [], variants: [] }])
          }
        >
          {da.organisation.addCommittee}
        </button>
      )}
      <div className="table-wrap">
        <table data-testid="administrations-editor">
          <caption>{da.organisation.administrations}</caption>
          <thead>
            <tr>
              <th scope="col">{da.organisation.id}</th>
              <th scope="col">{da.organisation.name}</th>
              <th scope="col">{da.round.committee}</th>
              <th scope="col">{da.organisation.variants}</th>
            </tr>
          </thead>
          <tbody>
            {administrations.map((a, i) => (
              <tr key={i}>
                <td>
                  <input
                    aria-label={da.organisation.adminIdOf(i + 1)}
                    value={a.id}
                    disabled={!editable}
                    onChange={(e) =>
                      setAdministrations((as) =>
                        as.map((x, j) => (j === i ? { ...x, id: e.target.value } : x)),
                      )
                    }
                  />
                </td>
                <td>
                  <input
                    aria-label={da.organisation.adminNameOf(i + 1)}
                    value={a.name}
                    disabled={!editable}
                    onChange={(e) =>
                      setAdministrations((as) =>
                        as.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)),
                      )
                    }
                  />
                </td>
                <td>
                  <select
                    aria-label={da.organisation.adminCommitteeOf(i + 1)}
                    value={a.committee}
                    disabled={!editable}
                    onChange={(e) =>
                      setAdministrations((as) =>
                        as.map((x, j) => (j === i ? { ...x, committee: e.target.value } : x)),
                      )
                    }
                  >
                    {committees.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name || c.id}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    aria-label={da.organisation.adminVariantsOf(i + 1)}
                    value={a.variants.join('; ')}
                    disabled={!editable}
                    onChange={(e) =>
                      setAdministrations((as) =>
                        as.map((x, j) => (j === i ? { ...x, variants: list(e.target.value) } : x)),
                      )
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editable && (
        <div className="buttons">
          <button
            type="button"
            className="secondary"
            onClick={() =>
              setAdministrations((as) => [
                ...as,
                {
                  id: '',
                  name: '',
                  committee: committees[0]?.id ?? '',
                  parent: null,
                  abbreviations: [],
                  variants: [],
                },
              ])
            }
          >
            {da.organisation.addAdministration}
          </button>
          <button
            type="button"
            onClick={() =>
              run(
                () => api.putMasterData({ ...doc, committees, administrations }),
                da.organisation.masterDataSaved,
              )
            }
          >
            {da.organisation.saveMasterData}
          </button>
        </div>
      )}
    </section>
  );
}
