// One amount typed the Danish way in a table unit (1.000 kr. by default): the text stays as typed
// while it is being written, is read by core's parseTypedAmount (one number, no blank inside), and
// an unreadable entry is marked and named, never guessed.
import { type ClipboardEvent, useEffect, useState } from 'react';
import { formatAmount, parseTypedAmount } from '../../core/amount.ts';
import type { AmountUnit } from '../../core/model.ts';

export function AmountInput({
  id,
  label,
  value,
  unit = 't.kr',
  onChange,
  grid,
}: {
  id: string;
  /** Accessible name (the visible header usually stands in the table). */
  label: string;
  value: number | null;
  unit?: AmountUnit;
  /** The amount in kroner, null for a blank cell, or an error text for an unreadable one. */
  onChange: (value: number | null | { error: string }) => void;
  /** Row and column in a keyboard grid (arrows and Enter move between cells, as in the editor). */
  grid?: { r: number; c: number };
}) {
  const [text, setText] = useState(value === null ? '' : formatAmount(value, unit));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // A value changed from outside (reloaded after saving) replaces the text; typing does not.
    setText((t) => {
      const r = t.trim() === '' ? null : parseTypedAmount(t, unit);
      return typeof r === 'number' && r === value ? t : value === null ? '' : formatAmount(value, unit);
    });
  }, [value, unit]);
  return (
    <CellText
      id={id}
      label={label}
      text={text}
      error={error}
      grid={grid}
      onText={(t) => {
        setText(t);
        if (t.trim() === '') {
          setError(null);
          onChange(null);
          return;
        }
        const r = parseTypedAmount(t, unit);
        if (typeof r === 'number') {
          setError(null);
          onChange(r);
        } else {
          setError(r.error);
          onChange(r);
        }
      }}
    />
  );
}

/**
 * The input of one amount cell as typed, with its error under it (named by aria-describedby). The
 * caller reads the text: AmountInput above, or the editor, which keeps every cell's text itself.
 */
export function CellText({
  id,
  label,
  text,
  error,
  onText,
  grid,
  onPaste,
}: {
  id: string;
  label: string;
  text: string;
  error: string | null;
  onText: (text: string) => void;
  grid?: { r: number; c: number };
  onPaste?: (e: ClipboardEvent<HTMLInputElement>) => void;
}) {
  return (
    <>
      <input
        id={id}
        className="cell"
        inputMode="decimal"
        autoComplete="off"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        data-r={grid?.r}
        data-c={grid?.c}
        value={text}
        onChange={(e) => onText(e.target.value)}
        onPaste={onPaste}
      />
      {error && (
        <span id={`${id}-err`} className="cell-error">
          {error}
        </span>
      )}
    </>
  );
}
