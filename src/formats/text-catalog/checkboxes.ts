// Questions answered with boxes: the Ja/Nej questions of the template ("Forslaget udspringer af et
// innovationsforslag", SUF's "medfører en serviceforringelse") and the grid of affected
// administrations ("Berørte forvaltninger"). Boxes arrive as ☒ (ticked) and ☐ (not); conversions
// often lose them, and then what is left is read only as far as it decides the answer, and said.
import type { AffectedAdministration } from '../../core/model.ts';
import { collapseLetterSpacing, squash, squashLine } from './letter-spacing.ts';
import { administrationId, administrationsIn } from './names.ts';
import { cellsOf, cleanCell, cleanLine, type SourceLine } from './reader.ts';
import type { Warn } from './warn.ts';

/** A line with a checkbox glyph. */
export function hasCheckbox(text: string): boolean {
  return text.includes('☒') || text.includes('☐');
}

/** A template placeholder ("[Angiv titel på innovationsforslag]"): no answer of the author's. */
const PLACEHOLDER = /^(\[[^\]]*\])+$/;

/**
 * A Ja/Nej question (its line found by `question` among `idx`) answered with ☐/☒ boxes on the
 * following lines, or inline ("…: Ja"). Null where the question is absent or the answer lost.
 */
export function readYesNo(
  lines: readonly SourceLine[],
  idx: readonly number[],
  question: RegExp,
  name: string,
  warn: Warn,
): boolean | null {
  const p = idx.findIndex((i) => question.test(squashLine(lines[i]!)));
  if (p < 0) return null;
  const q = lines[idx[p]!]!;
  const inline = /:\s*(ja|nej)\s*$/i.exec(collapseLetterSpacing(q.text));
  if (inline) return inline[1]!.toLowerCase() === 'ja';
  let ja: { checked: boolean | null; extra: string } | null = null;
  let nej: { checked: boolean | null; extra: string } | null = null;
  for (let r = p + 1; r < idx.length && r < p + 8; r++) {
    const s = squash(lines[idx[r]!]!.text);
    if (s === '') continue;
    const m = /^([☐☒]?)(ja|nej)(.*)$/.exec(s);
    if (!m) break;
    const checked = m[1] === '☒' ? true : m[1] === '☐' ? false : null;
    const extra = PLACEHOLDER.test(m[3] ?? '') ? '' : (m[3] ?? '');
    if (m[2] === 'ja') ja = { checked, extra };
    else nej = { checked, extra };
  }
  if (ja?.checked === true && nej?.checked !== true) return true;
  if (nej?.checked === true && ja?.checked !== true) return false;
  if (ja && nej && ja.checked !== null && nej.checked !== null) {
    warn('checkbox.both-or-none', { question: name, both: ja.checked }, q.n);
    return null;
  }
  if (ja && ja.extra !== '') {
    warn('checkbox.lost-text-read-as-yes', { question: name }, q.n);
    return true;
  }
  if (ja && !nej) {
    warn('checkbox.only-one-left', { question: name, answer: 'Ja' }, q.n);
    return true;
  }
  if (nej && !ja) {
    warn('checkbox.only-one-left', { question: name, answer: 'Nej' }, q.n);
    return false;
  }
  warn('checkbox.lost', { question: name }, q.n);
  return null;
}

/** A box and the name after it, in its own cell or the next one ("☒ Socialforvaltningen"). */
const BOX = /([☐☒])\s*([^☐☒\t]*)(?:\t+([^☐☒\t]*))?/g;

/**
 * "Berørte forvaltninger" at `at`: the seven-box grid (on that line or the next), a list of names
 * whose boxes the conversion lost (all read as affected, said), or names in the line itself.
 */
export function readAffected(
  lines: readonly SourceLine[],
  at: number,
  stop: number,
  warn: Warn,
): AffectedAdministration[] {
  const out: AffectedAdministration[] = [];
  const seen = new Set<string>();
  const add = (name: string, checked: boolean, n: number): void => {
    const clean = cleanCell(name);
    const id = administrationId(clean);
    if (!id) {
      if (clean !== '') warn('affected.unknown', { name: clean }, n);
      return;
    }
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ administration: id, checked });
  };
  const head = lines[at]!;
  const inline = cleanCell(head.text.replace(/^[^:]*:/, ''));
  let boxes = 0;
  // The grid may start on the heading line itself.
  for (let i = at; i < stop; i++) {
    const l = lines[i]!;
    if (!hasCheckbox(l.text)) {
      if (i === at || l.text.trim() === '') continue;
      break;
    }
    for (const m of l.text.matchAll(BOX)) {
      const name = (m[2] ?? '').trim() !== '' ? (m[2] ?? '') : (m[3] ?? '');
      add(name, m[1] === '☒', l.n);
      boxes++;
    }
  }
  if (boxes > 0) return out;
  if (inline !== '' && !hasCheckbox(inline)) {
    for (const id of administrationsIn(inline)) {
      seen.add(id);
      out.push({ administration: id, checked: true });
    }
    return out;
  }
  // Names listed one per line without their boxes.
  let listed = 0;
  for (let j = at + 1; j < stop; j++) {
    const t = cleanLine(lines[j]!);
    if (t === '') continue;
    const id = administrationId(t);
    if (!id) break;
    if (!seen.has(id)) {
      seen.add(id);
      out.push({ administration: id, checked: true });
    }
    listed++;
  }
  if (listed > 0) warn('affected.boxes-lost', {}, head.n);
  return out;
}

/** A checkbox grid of administrations without its heading (2025 BC01): a line of boxes with names. */
export function isAffectedGrid(line: SourceLine): boolean {
  return (
    hasCheckbox(line.text) && cellsOf(line).some((c) => administrationId(c.replace(/^[☐☒]\s*/, '')) !== null)
  );
}
