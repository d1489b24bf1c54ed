// Danish names of the follow-up's codes, for sentences, the exports and the pages (as
// STATUS_NAMES names the workflow's statuses). Nobody spells them on their own.
import type { OccurrenceState, Recurrence, YearStatus } from '../schema/follow-up.ts';

export const YEAR_STATUS_NAMES: Record<YearStatus, string> = {
  on_track: 'på sporet',
  behind: 'bagud',
  ahead: 'foran',
  pending: 'afventer',
};

export const OCCURRENCE_STATE_NAMES: Record<OccurrenceState, string> = {
  met: 'opfyldt',
  overdue: 'overskredet',
  due: 'frist i kvartalet',
  upcoming: 'kommende',
  undated: 'uden dato',
};

export const RECURRENCE_NAMES: Record<Recurrence, string> = {
  løbende: 'løbende',
  månedlig: 'hver måned',
  kvartalsvis: 'hvert kvartal',
  halvårlig: 'hvert halve år',
  årlig: 'hvert år',
};
