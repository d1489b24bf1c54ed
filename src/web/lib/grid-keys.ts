// Spreadsheet keys for a table of inputs marked data-r / data-c inside an element marked
// data-grid: arrows move between cells (left and right only at the text's ends), Enter and
// Shift+Enter move down and up, Tab stays the browser's. The follow-up entry form uses it; the
// economy editor has the same keys.
import type { KeyboardEvent } from 'react';

export function onGridKey(e: KeyboardEvent<HTMLElement>, grid: string): void {
  const target = e.target as HTMLElement;
  const r = Number(target.dataset.r);
  const c = Number(target.dataset.c);
  if (!Number.isInteger(r) || !Number.isInteger(c)) return;
  const input = target instanceof HTMLInputElement ? target : null;
  const atStart = !input || (input.selectionStart === 0 && input.selectionEnd === 0);
  const atEnd =
    !input || (input.selectionStart === input.value.length && input.selectionEnd === input.value.length);
  let dr = 0;
  let dc = 0;
  if (e.key === 'ArrowUp') dr = -1;
  else if (e.key === 'ArrowDown') dr = 1;
  else if (e.key === 'Enter') dr = e.shiftKey ? -1 : 1;
  else if (e.key === 'ArrowLeft' && atStart) dc = -1;
  else if (e.key === 'ArrowRight' && atEnd) dc = 1;
  else return;
  const next = document.querySelector<HTMLElement>(
    `[data-grid="${grid}"] [data-r="${r + dr}"][data-c="${c + dc}"]`,
  );
  if (next) {
    e.preventDefault();
    next.focus();
    if (next instanceof HTMLInputElement) next.select();
  } else if (e.key === 'Enter') e.preventDefault();
}
