// Small shared helpers for the rules: the rounding policy, year access, the finding builder.
//
// ROUNDING POLICY (domain.md §4). The documents print amounts rounded to the table unit (1.000 kr.
// mostly). A printed total may therefore differ from the sum of its printed rows by up to one unit
// per summed row. So, for every identity that sums printed rows:
//   |difference| = 0                         → no finding;
//   0 < |difference| ≤ rows × one unit       → the rule reports it with severity "info"
//                                              (a rounding difference, still worth seeing);
//   |difference| > rows × one unit           → the rule's own severity (an error for identities).
// One unit is 1.000 kr. in a "1.000 kr." table, 0,1 mio. kr. in a "mio. kr." table (the finest
// precision the corpus prints there) and 1 kr. in a "kr." table.
import { messageText, type ParamsOf } from '../messages/index.ts';
import type { ValidationCode } from '../messages/validation.ts';
import type { AmountUnit, Kroner, Proposal, YearAmounts } from '../model.ts';
import type { Finding, Severity } from './finding.ts';

const UNIT_STEP: Record<AmountUnit, number> = { kr: 1, 't.kr': 1000, 'mio.kr': 100_000 };

/** One printed unit in kroner: the rounding granularity of a table in that unit. */
export function unitStep(unit: AmountUnit): number {
  return UNIT_STEP[unit];
}

/**
 * Severity for a printed total that differs from a sum of `rows` printed rows: null when equal,
 * "info" within the rounding tolerance, otherwise `severity`.
 */
export function sumSeverity(
  expected: Kroner,
  found: Kroner,
  rows: number,
  unit: AmountUnit,
  severity: Severity,
): Severity | null {
  const diff = Math.abs(expected - found);
  if (diff === 0) return null;
  if (diff <= Math.max(1, rows) * unitStep(unit)) return 'info';
  return severity;
}

/**
 * Years of a YearAmounts in ascending order, as numbers. Four-digit keys are array-index keys,
 * which JavaScript enumerates in ascending numeric order, so no sort is needed (a hot path: the
 * engine validates 10.000 proposals a second).
 */
export function yearsOf(amounts: YearAmounts): number[] {
  const out: number[] = [];
  for (const k in amounts) {
    const y = Number(k);
    if (Number.isInteger(y)) out.push(y);
  }
  return out;
}

export function has(amounts: YearAmounts | undefined, year: number): boolean {
  return amounts !== undefined && Object.prototype.hasOwnProperty.call(amounts, String(year));
}

export function get(amounts: YearAmounts | undefined, year: number): Kroner | undefined {
  if (!amounts) return undefined;
  const v = amounts[String(year)];
  return typeof v === 'number' ? v : undefined;
}

/** The first source line of a proposal (its heading), or null. */
export function proposalLine(p: Proposal): number | null {
  return p.sourceLines[0] ?? null;
}

/** The source line of a stated row ("permanentChange", …), falling back to the proposal heading. */
export function statedLine(p: Proposal, field: string): number | null {
  return p.economy?.stated.sourceLines?.[field] ?? proposalLine(p);
}

/** Codes that have a ".rounding" variant (a difference within the rounding tolerance). */
export type RoundedCode = {
  [C in ValidationCode]: `${C}.rounding` extends ValidationCode ? C : never;
}[ValidationCode];

/** The code for a sum finding: "<code>.rounding" when sumSeverity judged it rounding (info). */
export function sumCode<C extends RoundedCode>(code: C, severity: Severity): C | `${C}.rounding` {
  return severity === 'info' ? `${code}.rounding` : code;
}

/** The rule a code belongs to: its first two segments ("economy.permanent-total.rounding" → "economy.permanent-total"). */
export function ruleOfCode(code: string): string {
  return code.split('.').slice(0, 2).join('.');
}

/**
 * A finding with its message from the catalogue. The rule id is the code's first two segments,
 * so a code can never be filed under another rule.
 */
export function finding<C extends ValidationCode>(
  code: C,
  severity: Severity,
  where: { proposalRef?: string | null; year?: number | null; sourceLine?: number | null },
  expected: number | string | null,
  found: number | string | null,
  params: ParamsOf<C>,
): Finding {
  return {
    rule: ruleOfCode(code),
    code,
    severity,
    proposalRef: where.proposalRef ?? null,
    year: where.year ?? null,
    expected,
    found,
    message: messageText(code, params),
    sourceLine: where.sourceLine ?? null,
    params,
  };
}

/** Normalises a title or name for comparison: case, hyphenation, spacing and punctuation ignored. */
export function normaliseText(s: string): string {
  return s
    .toLowerCase()
    .replace(/-\s+/g, '')
    .replace(/[^0-9a-zæøåéü]+/g, '');
}
