// Name, type, first budget year and p/l year of a round: the fields the rounds list's and the
// import page's "new round" forms share with the round's settings page.
import type { RoundFields } from '../api/types.ts';
import { da } from '../i18n/da.ts';

export function RoundFieldInputs({
  fields,
  setFields,
  prefix,
}: {
  fields: RoundFields;
  setFields: (fn: (f: RoundFields) => RoundFields) => void;
  prefix: string;
}) {
  return (
    <>
      <label htmlFor={`${prefix}-name`}>{da.roundSettings.name}</label>
      <input
        id={`${prefix}-name`}
        value={fields.name}
        onChange={(e) => setFields((f) => ({ ...f, name: e.target.value }))}
        required
      />
      <label htmlFor={`${prefix}-kind`}>{da.roundSettings.kind}</label>
      <select
        id={`${prefix}-kind`}
        value={fields.kind}
        onChange={(e) => setFields((f) => ({ ...f, kind: e.target.value as RoundFields['kind'] }))}
      >
        <option value="budget">{da.roundSettings.kinds.budget}</option>
        <option value="ofs">{da.roundSettings.kinds.ofs}</option>
      </select>
      <label htmlFor={`${prefix}-year`}>{da.roundSettings.year}</label>
      <input
        id={`${prefix}-year`}
        type="number"
        min={1900}
        max={2200}
        value={fields.year}
        onChange={(e) => setFields((f) => ({ ...f, year: Number(e.target.value) }))}
        required
      />
      <label htmlFor={`${prefix}-pl`}>{da.roundSettings.priceLevel}</label>
      <input
        id={`${prefix}-pl`}
        type="number"
        min={1900}
        max={2200}
        value={fields.priceLevelYear ?? ''}
        onChange={(e) =>
          setFields((f) => ({ ...f, priceLevelYear: e.target.value === '' ? null : Number(e.target.value) }))
        }
      />
    </>
  );
}
