// Messages of the follow-up of adopted proposals (gevinstrealisering, src/core/follow-up): entering
// realised figures, the finance centre's confirmation, target schedules and targets met. The
// `followup.*` codes belong to the readers of printed follow-up tables (import.ts).
import { defineMessages } from './define.ts';

export const realisationMessages = defineMessages({
  'realisation.not-adopted': (p: { status: string }) =>
    `Der følges kun op på vedtagne forslag; dette forslag har status "${p.status}".`,
  'realisation.closed': () =>
    'Opfølgningen på forslaget er afsluttet, så der kan ikke længere indtastes eller bekræftes.',
  'realisation.no-economy': () => 'Forslaget har ingen økonomitabel at følge op på.',
  'realisation.year-outside': (p: { year: number; first: number; last: number }) =>
    `${p.year} er ikke et år i forslagets vedtagne økonomitabel (${p.first}–${p.last}).`,
  'realisation.duplicate-year': (p: { year: number }) => `Året ${p.year} er angivet mere end én gang.`,
  'realisation.duplicate-cell': (p: { year: number; what: string }) =>
    `${p.what} i ${p.year} er angivet mere end én gang.`,
  'realisation.unknown-line': (p: { line: string; what: string }) =>
    `Linjen "${p.line}" findes ikke under ${p.what} i den vedtagne økonomitabel.`,
  'realisation.area-and-lines': (p: { year: number; what: string }) =>
    `Angiv enten beløbet for ${p.what} eller beløbene for dets linjer i ${p.year}, ikke begge.`,
  'realisation.stale': (p: { current: number; based: number }) =>
    `De realiserede tal er gemt igen (version ${p.current}), efter at du begyndte på version ${p.based}. Hent den nye version, og indarbejd dine tal; intet er overskrevet.`,
  'realisation.nothing-to-confirm': (p: { year: number }) =>
    `Der er ikke indtastet realiserede tal for ${p.year}, så der er intet at bekræfte.`,
  'realisation.enter-own-only': (p: { administration: string }) =>
    `Kun forfattere fra ${p.administration} og Center for Økonomi kan indtaste opfølgning på dette forslag.`,
  'realisation.finance-confirms': () => 'Kun Center for Økonomi kan bekræfte de realiserede tal.',
  'realisation.unknown-target': (p: { index: number }) =>
    `Forslaget har intet opfølgningsmål nummer ${p.index + 1}.`,
  'realisation.unknown-occurrence': (p: { due: string }) =>
    `Opfølgningsmålet har ingen opfølgning med fristen ${p.due}.`,
  'realisation.already-met': (p: { due: string }) =>
    `Opfølgningen med fristen ${p.due} er allerede registreret som opfyldt.`,
});
