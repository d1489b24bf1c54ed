// The rule of a line's three-point estimate, in one place: the schema of the document refuses a
// line that breaks it, and the editor marks the cell as the author types. Low ≤ likely ≤ high in
// the proposal's signs (savings negative), and a low or high amount only in a year where the line
// has a likely one.
import { formatAmount } from './amount.ts';
import type { YearAmounts } from './model.ts';

export interface EstimateIssue {
  which: 'low' | 'high';
  year: string;
  message: string;
}

export function estimateIssues(
  amounts: YearAmounts,
  estimate: { low: YearAmounts; high: YearAmounts },
): EstimateIssue[] {
  const out: EstimateIssue[] = [];
  for (const which of ['low', 'high'] as const) {
    for (const [year, v] of Object.entries(estimate[which])) {
      const likely = amounts[year];
      if (likely === undefined)
        out.push({ which, year, message: 'har intet sandsynligt beløb i linjen det år' });
      else if (which === 'low' && v > likely)
        out.push({
          which,
          year,
          message: `må ikke være større end det sandsynlige beløb (${formatAmount(likely, 'kr')} kr.)`,
        });
      else if (which === 'high' && v < likely)
        out.push({
          which,
          year,
          message: `må ikke være mindre end det sandsynlige beløb (${formatAmount(likely, 'kr')} kr.)`,
        });
    }
  }
  return out;
}
