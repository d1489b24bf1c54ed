// Where each proposal of a document starts and ends. Every generation heads a proposal with its
// number and title and follows it within a few lines with the template's first fields ("Kort
// resumé", "Fremstillende forvaltning", "Berørte forvaltninger"); that pair is what is looked for,
// so a table of contents or a catalog row that repeats the title is not taken for a proposal.
// Generation quirks, each named: the 2021 pool template opens with the line INVESTERINGSFORSLAG
// and gives number and title in "Forslagets titel: BC01 …"; the 2026 PDF outline at the end of the
// file repeats every title on tab-indented lines and ends the proposals.
import { warning } from '../../core/messages/index.ts';
import type { Warning } from '../../core/model.ts';
import { firstNonBlank, isBlankText, joinWrapped, squashLine } from './letter-spacing.ts';
import { cleanLine, type SourceLine } from './reader.ts';

export interface ProposalFrame {
  /** The proposal's own number as printed: "Forslag 5", "BC01". */
  ref: string;
  title: string;
  /** Index (into the lines) of the first line of the proposal and one past its last. */
  start: number;
  end: number;
  /** Index of the first line after the heading and its wrapped title. */
  body: number;
  /** 2021 pool template: the proposal opened with INVESTERINGSFORSLAG. */
  pool2021: boolean;
}

/** "Forslag 12 …" or "BC01 …" at the start of a line (no tab: the 2026 outline indents its lines). */
const HEADING = /^\W{0,4}(Forslag\s+\d{1,5}|BC\s*\d{1,3})\b\s*[-–:.]?\s*(.*)$/;
/** The template's first fields, squashed: what must follow a heading for it to open a proposal. */
const FIRST_FIELD = /^(kortresumé|fremstillende|berørteforvaltning|børsteforvaltning)/;
/** How many lines after a heading its first field may stand (a wrapped title, blank lines). */
const FIELD_WITHIN = 8;

/** 2021 pool template: INVESTERINGSFORSLAG on a line of its own, then "Forslagets titel: …". */
const POOL_START = /^\s*INVESTERINGSFORSLAG\s*$/;
const POOL_TITLE = /^forslagets titel\s*:\s*(.*)$/i;

/** The 2026 outline: a tab-indented "Forslag N" line. */
const OUTLINE = /^\tForslag\s+\d/;

/** Where the 2026 PDF outline starts: the first tab-indented "Forslag N" line, or the end. */
export function outlineStart(lines: readonly SourceLine[]): number {
  for (let i = 0; i < lines.length; i++) if (OUTLINE.test(lines[i]!.text)) return i;
  return lines.length;
}

function isFirstField(line: SourceLine): boolean {
  const c = firstNonBlank(line.text);
  return (
    (c === 'K' || c === 'F' || c === 'B' || c === 'k' || c === 'f' || c === 'b') &&
    FIRST_FIELD.test(squashLine(line))
  );
}

/** The heading at line i and the index of its first field, or null. */
function headingAt(lines: readonly SourceLine[], i: number, stop: number): RegExpExecArray | null {
  const t = lines[i]!.text;
  if (t.startsWith('\t')) return null;
  const c = firstNonBlank(t);
  if (c !== 'F' && c !== 'B' && c !== '*' && c !== '#') return null;
  // The raw text: its blanks tell letter spacing from word spacing in the title.
  const m = HEADING.exec(t);
  if (!m) return null;
  for (let j = i + 1; j < Math.min(stop, i + FIELD_WITHIN); j++) {
    if (isFirstField(lines[j]!)) return m;
    // Another heading first: this one is a line of a table of contents.
    if (HEADING.test(lines[j]!.text)) return null;
  }
  return null;
}

/** "BC 31" is "BC31" letter-spaced; "Forslag  5" has one blank. */
function normalRef(printed: string): string {
  return /^bc/i.test(printed) ? printed.replace(/\s+/g, '').toUpperCase() : printed.replace(/\s+/g, ' ');
}

/**
 * The proposals of a document: heading, title (wrapped lines joined) and extent. Proposals end at
 * the next one, at the 2026 outline or at the end of the text; trailing blank lines belong to
 * nobody.
 */
export function proposalFrames(
  lines: readonly SourceLine[],
  warnings: Warning[],
): { frames: ProposalFrame[]; outline: number } {
  const outline = outlineStart(lines);
  const frames: ProposalFrame[] = [];
  for (let i = 0; i < outline; i++) {
    if (POOL_START.test(lines[i]!.text)) {
      const f = poolFrame(lines, i, outline, frames.length, warnings);
      frames.push(f);
      i = f.body - 1;
      continue;
    }
    const m = headingAt(lines, i, outline);
    if (!m) continue;
    // The title goes on over the lines up to the first field ("Forslag 3 Effekt iv iser ingsforslag
    // om forenklet" / "driftsunderstøttelse" / "Kort resumé: …").
    const parts = [m[2] ?? ''];
    let k = i + 1;
    for (; k < outline && k < i + FIELD_WITHIN; k++) {
      if (isFirstField(lines[k]!)) break;
      if (!isBlankText(lines[k]!.text)) parts.push(lines[k]!.text);
    }
    frames.push({
      ref: normalRef(m[1] ?? ''),
      title: joinWrapped(parts).replace(/\s*\(\d\)$/, ''),
      start: i,
      end: outline,
      body: k,
      pool2021: false,
    });
    i = k - 1;
  }
  for (let f = 0; f < frames.length; f++) {
    let end = frames[f + 1]?.start ?? outline;
    while (end > frames[f]!.body && isBlankText(lines[end - 1]!.text)) end--;
    frames[f]!.end = end;
  }
  return { frames, outline };
}

/** A 2021 pool proposal opening at INVESTERINGSFORSLAG (line `at`). */
function poolFrame(
  lines: readonly SourceLine[],
  at: number,
  stop: number,
  count: number,
  warnings: Warning[],
): ProposalFrame {
  for (let i = at + 1; i < Math.min(stop, at + 6); i++) {
    const m = POOL_TITLE.exec(cleanLine(lines[i]!));
    if (!m) continue;
    const t = (m[1] ?? '').trim();
    const code = /^(BC\s*\d+)\s+(.*)$/i.exec(t);
    const ref = code ? normalRef(code[1] ?? '') : `Forslag ${count + 1}`;
    if (!code)
      warnings.push(
        warning('import.pool-no-number', { ref }, { sourceLine: lines[at]!.n, proposalRef: ref }),
      );
    return {
      ref,
      title: (code ? (code[2] ?? '') : t).trim(),
      start: at,
      end: stop,
      body: i + 1,
      pool2021: true,
    };
  }
  const ref = `Forslag ${count + 1}`;
  warnings.push(warning('import.pool-no-title', { ref }, { sourceLine: lines[at]!.n, proposalRef: ref }));
  return { ref, title: '', start: at, end: stop, body: at + 1, pool2021: true };
}
