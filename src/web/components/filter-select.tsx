// One filter of a list (the round page, search): a label, a select whose first choice is "all",
// and the choices the server offered, each shown by its Danish name. The value "" is "all".
export function FilterSelect({
  id,
  label,
  value,
  all,
  choices,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  /** The text of the "all" choice ("Alle udvalg"). */
  all: string;
  /** [value, shown name] per choice, in the order to show; without a name the value is shown. */
  choices: readonly (readonly [string, string | undefined])[];
  onChange: (value: string) => void;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {choices.map(([v, name]) => (
          <option key={v} value={v}>
            {name ?? v}
          </option>
        ))}
      </select>
    </>
  );
}
