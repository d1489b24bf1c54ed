// Messages of the budget process (core/process): the workflow's refusals, rounds, targets and
// rising profiles. Statuses appear by their Danish names (STATUS_NAMES).
import { defineMessages } from './define.ts';

export const processMessages = defineMessages({
  'workflow.not-next': (p: { from: string; to: string }) =>
    `Et forslag med status "${p.from}" kan ikke gå til "${p.to}".`,
  'workflow.needs-cfoe-first': () =>
    'Forslaget kan først udvalgsgodkendes, når Center for Økonomi har godkendt det.',
  'workflow.author-own-only': () => 'Du kan kun sende forslag fra din egen forvaltning videre.',
  'workflow.finance-only': (p: { to: string }) =>
    `Kun Center for Økonomi kan sætte et forslag til "${p.to}".`,
  'workflow.error-findings': (p: { count: number }) =>
    `Forslaget kan ikke godkendes af Center for Økonomi, så længe valideringen har ${p.count} ${p.count === 1 ? 'fejl' : 'fejl'}. Ret fejlene først.`,
  'workflow.approved-with-missing': () =>
    'Angiv, hvad forslaget er godkendt med (fx "Budget 2027" eller "OFS 26-27").',
  'workflow.reason-missing': (p: { to: string }) =>
    `Skriv en begrundelse, når forslaget sættes til "${p.to}".`,
  'workflow.follow-up-open': () =>
    'Opfølgningen er ikke afsluttet for alle år og mål. Skriv en begrundelse, hvis Center for Økonomi lukker den alligevel.',
  'proposal.not-editable': (p: { status: string }) =>
    `Et forslag med status "${p.status}" kan ikke redigeres.`,
  'proposal.stale-version': (p: { by: string; current: number; based: number }) =>
    `Forslaget er gemt af ${p.by} (version ${p.current}), efter at du begyndte på version ${p.based}. Hent den nye version, og indarbejd dine ændringer; intet er overskrevet.`,
  'proposal.stale-for-transition': (p: { current: number; based: number }) =>
    `Forslaget er ændret (version ${p.current}), siden du så version ${p.based}. Se den nye version, før du skifter status.`,
  'proposal.ref-taken': (p: { ref: string }) =>
    `Budgetrunden har allerede et forslag med nummeret "${p.ref}".`,
  'rising-profile.derived': (p: { ref: string; title: string; round: string }) =>
    `${p.ref} ${p.title} (${p.round})`,
});
