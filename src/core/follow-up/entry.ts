// Checks an entry of realised figures against the approved plan before anything is stored: the
// years are the approved table's columns (and any year that already holds figures or a note, such
// as those migrated from the old follow-up table, so they can be corrected or cleared), a line is
// one of the table's lines under its section and budget area, a cell is given once, and an area is
// entered either as a whole or line by line.
// A refusal is a Danish InvalidInput naming the field (the server answers 400; nothing is written).
import { InvalidInput } from '../errors.ts';
import { messageText } from '../messages/index.ts';
import type { BudgetArea, Kroner, Section } from '../model.ts';
import { type Plan, sectionAreaName } from './plan.ts';
import { type RealisationState, cellKey, currentCells, currentNotes } from './realisation.ts';

export interface EnteredYear {
  year: number;
  note: string | null;
  cells: { section: Section; budgetArea: BudgetArea | null; line: string | null; amount: Kroner }[];
}

/** The years the entry form offers: the plan's, and those already holding a figure or a note. */
export function entryYears(plan: Plan | null, state: RealisationState): number[] {
  const years = new Set(plan?.years ?? []);
  for (const c of currentCells(state)) years.add(c.year);
  for (const [year, note] of currentNotes(state)) if (note !== null) years.add(year);
  return [...years].sort((a, b) => a - b);
}

export function checkEntry(plan: Plan, years: readonly EnteredYear[], state: RealisationState): void {
  const first = plan.years[0] ?? 0;
  const last = plan.years[plan.years.length - 1] ?? 0;
  const allowed = new Set(entryYears(plan, state));
  const seenYears = new Set<number>();
  years.forEach((y, i) => {
    if (!allowed.has(y.year)) {
      throw new InvalidInput(messageText('realisation.year-outside', { year: y.year, first, last }), {
        field: `years[${i}].year`,
        reason: 'realisation.year-outside',
      });
    }
    if (seenYears.has(y.year)) {
      throw new InvalidInput(messageText('realisation.duplicate-year', { year: y.year }), {
        field: `years[${i}].year`,
        reason: 'realisation.duplicate-year',
      });
    }
    seenYears.add(y.year);
    const seen = new Set<string>();
    const wholeAreas = new Set<string>();
    const lineAreas = new Set<string>();
    y.cells.forEach((c, j) => {
      const what = sectionAreaName(c.section, c.budgetArea);
      const field = `years[${i}].cells[${j}]`;
      const key = cellKey({ ...c, year: y.year });
      if (seen.has(key)) {
        throw new InvalidInput(
          messageText('realisation.duplicate-cell', {
            year: y.year,
            what: c.line === null ? what : `"${c.line}" under ${what}`,
          }),
          { field, reason: 'realisation.duplicate-cell' },
        );
      }
      seen.add(key);
      const area = JSON.stringify([c.section, c.budgetArea]);
      if (c.line !== null) {
        const planned = plan.areas.find((a) => a.section === c.section && a.budgetArea === c.budgetArea);
        if (!planned?.lines.some((l) => l.label === c.line)) {
          throw new InvalidInput(messageText('realisation.unknown-line', { line: c.line, what }), {
            field: `${field}.line`,
            reason: 'realisation.unknown-line',
          });
        }
        lineAreas.add(area);
      } else wholeAreas.add(area);
      if (wholeAreas.has(area) && lineAreas.has(area)) {
        throw new InvalidInput(messageText('realisation.area-and-lines', { year: y.year, what }), {
          field,
          reason: 'realisation.area-and-lines',
        });
      }
    });
  });
}
