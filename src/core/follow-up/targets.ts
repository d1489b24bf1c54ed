// Follow-up targets (opfølgningsmål) with dates. The "when" of a target is read into a due date and
// a recurrence (follow-up-when.ts); a user may set them instead where the text names none or the
// wrong one. A recurring target falls due every period from its first due date until the end of the
// approved table's last year, on the same day of the month (15 March quarterly: 15 June,
// 15 September …; a month-end date stays at month ends; a day the month lacks is its last day);
// each occurrence is met on its own, with who, when and the evidence.
//
// States, for a day `today`: met; overdue (due before today, not met); due (not met, due from today
// to the end of today's calendar quarter); upcoming (later); undated (no date known).
import { parseFollowUpWhen } from '../follow-up-when.ts';
import type { FollowUpTarget } from '../model.ts';
import type { FollowUpTargetState, OccurrenceState, Recurrence } from '../schema/follow-up.ts';

export interface ScheduleSet {
  due: string | null;
  recurrence: Recurrence | null;
}

export interface MetRecord {
  /** The occurrence's due date; null for a target without a date. */
  due: string | null;
  by: string | null;
  at: string;
  evidence: string;
}

/** What is stored about one target besides the approved version's text. */
export interface TargetRecord {
  /** The latest schedule set by a user; null = read from "when". */
  schedule: ScheduleSet | null;
  met: MetRecord[];
}

export const EMPTY_TARGET: TargetRecord = { schedule: null, met: [] };

export interface Schedule extends ScheduleSet {
  source: 'parsed' | 'set' | 'none';
}

/** Months between occurrences; løbende (continuous) has no cadence of its own. */
const STEP: Record<Recurrence, number | null> = {
  løbende: null,
  månedlig: 1,
  kvartalsvis: 3,
  halvårlig: 6,
  årlig: 12,
};

/** A safety bound: monthly over the widest table (30 years) is 360 occurrences. */
const MAX_OCCURRENCES = 400;

export function scheduleOf(t: Pick<FollowUpTarget, 'when'>, set: ScheduleSet | null): Schedule {
  if (set && (set.due !== null || set.recurrence !== null)) return { ...set, source: 'set' };
  const parsed = parseFollowUpWhen(t.when);
  if (!parsed) return { due: null, recurrence: null, source: 'none' };
  return { due: parsed.due, recurrence: parsed.recurrence, source: 'parsed' };
}

const iso = (y: number, m: number, d: number): string =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The last day of the month `months` after the month of `date` (yyyy-mm-dd). */
export function endOfMonthAfter(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = (((m % 12) + 12) % 12) + 1;
  return iso(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/**
 * The due dates of a schedule. A recurring schedule runs from its due date (or, without one, from
 * the end of its first period in `span.first`) to the end of `span.last`; without a span it falls
 * due once. Null stands for "no date".
 */
export function occurrencesOf(
  s: ScheduleSet,
  span: { first: number; last: number } | null,
): (string | null)[] {
  const step = s.recurrence === null ? null : STEP[s.recurrence];
  if (step === null) return [s.due];
  let next = s.due;
  if (next === null) {
    if (span === null) return [null];
    next = endOfMonthAfter(`${span.first}-01-01`, step - 1);
  }
  if (span === null) return [next];
  const end = `${span.last}-12-31`;
  const out: string[] = [next];
  // Each occurrence counted from the first, not from the one before: 31 January monthly gives
  // 28 February, then 31 March, never a drift to the 28th.
  for (let k = 1, d = sameDayAfter(next, step); d <= end && out.length < MAX_OCCURRENCES;) {
    out.push(d);
    k++;
    d = sameDayAfter(next, step * k);
  }
  return out;
}

/**
 * The same day of the month `months` after `date`; a month-end date gives the month's end, and a day
 * the month lacks (the 31st in June) its last day.
 */
export function sameDayAfter(date: string, months: number): string {
  const day = Number(date.slice(8, 10));
  const monthEnd = endOfMonthAfter(date, months);
  if (date === endOfMonthAfter(date, 0)) return monthEnd;
  return day < Number(monthEnd.slice(8, 10))
    ? `${monthEnd.slice(0, 8)}${String(day).padStart(2, '0')}`
    : monthEnd;
}

/** The calendar quarter of a day (yyyy-mm-dd): its first and last day. */
export function quarterOf(today: string): { from: string; to: string } {
  const y = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const from = iso(y, 3 * q + 1, 1);
  return { from, to: endOfMonthAfter(from, 2) };
}

export function occurrenceState(due: string | null, met: boolean, today: string): OccurrenceState {
  if (met) return 'met';
  if (due === null) return 'undated';
  if (due < today) return 'overdue';
  return due <= quarterOf(today).to ? 'due' : 'upcoming';
}

/** A target as the follow-up page and the report show it. */
export function targetState(
  t: FollowUpTarget,
  index: number,
  record: TargetRecord,
  span: { first: number; last: number } | null,
  today: string,
): FollowUpTargetState {
  const schedule = scheduleOf(t, record.schedule);
  const occurrences = occurrencesOf(schedule, span).map((due) => {
    const met = record.met.find((m) => m.due === due) ?? null;
    return { due, state: occurrenceState(due, met !== null, today), met };
  });
  const open = occurrences.find((o) => o.met === null);
  const shown = open ?? occurrences[occurrences.length - 1];
  return {
    index,
    group: t.group,
    target: t.target,
    measure: t.measure,
    responsible: t.responsible,
    when: t.when,
    schedule,
    next: shown?.due ?? null,
    state: shown?.state ?? 'undated',
    occurrences,
  };
}
