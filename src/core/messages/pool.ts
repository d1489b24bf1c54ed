// Messages of the investment pool, its ledger, the scenarios, the risk picture and the decision
// snapshots (src/core/pool, src/core/scenario, src/core/risk, src/core/snapshot).
import { formatAmount } from '../amount.ts';
import { defineMessages } from './define.ts';

const kr = (v: number) => formatAmount(v, 'kr');

export const poolMessages = defineMessages({
  // Why a proposal is not in a scenario's selection.
  'scenario.rejected.excluded': () => 'Holdt ude af scenariet (fravalgt).',
  'scenario.rejected.payback': (p: { payback: number | null; max: number }) =>
    p.payback === null
      ? `Tjener sig ikke hjem; scenariet tillader højst ${p.max} års tilbagebetalingstid.`
      : `Tilbagebetalingstiden er ${p.payback} år; scenariet tillader højst ${p.max} år.`,
  'scenario.rejected.unreadable': (p: { reason: string }) =>
    `Økonomien kan ikke beregnes, så forslaget kan ikke vælges: ${p.reason}`,
  'scenario.rejected.not-chosen': () =>
    'Ikke valgt: den optimale sammensætning giver mere effekt inden for puljen uden forslaget.',
  'scenario.rejected.no-effect': () =>
    'Ikke valgt: forslaget giver ingen besparelse ved fuld indfasning for puljens penge.',
  // Why no selection satisfies the constraints.
  'scenario.infeasible.required-payback': (p: { ref: string; payback: number | null; max: number }) =>
    `${p.ref} er krævet, men ${p.payback === null ? 'tjener sig ikke hjem' : `har ${p.payback} års tilbagebetalingstid`} (højst ${p.max} år).`,
  'scenario.infeasible.required-unreadable': (p: { ref: string }) =>
    `${p.ref} er krævet, men dets økonomi kan ikke beregnes.`,
  'scenario.infeasible.required-pool': (p: { used: number; pool: number }) =>
    `De krævede forslag bruger ${kr(p.used)} kr., mere end puljen på ${kr(p.pool)} kr.`,
  'scenario.infeasible.required-pool-year': (p: { year: number; used: number; pool: number }) =>
    `De krævede forslag bruger ${kr(p.used)} kr. i ${p.year}, mere end puljens ${kr(p.pool)} kr. det år.`,
  'scenario.infeasible.target': (p: { committee: string; year: number; best: number; target: number }) =>
    `${p.committee} kan ikke nå måltallet i ${p.year}: højst ${kr(p.best)} kr. mod ${kr(p.target)} kr.`,
  'scenario.infeasible.combined': () =>
    'Ingen sammensætning af forslag overholder alle betingelserne på én gang (pulje, år, måltal og krævede forslag).',
  'scenario.not-proven': () =>
    'Løseren nåede ikke at bevise, at sammensætningen er optimal, inden for tidsgrænsen; den er den bedste fundne.',
  'scenario.unknown-ref': (p: { flag: string; ref: string }) =>
    `${p.flag} nævner "${p.ref}", som ikke er blandt forslagene.`,
  'scenario.require-foranalyse': (p: { ref: string }) =>
    `"${p.ref}" er en foranalyse; foranalyser indgår ikke i et scenarie.`,
  'scenario.require-and-exclude': (p: { ref: string }) => `"${p.ref}" er både krævet og fravalgt.`,
  // The ledger.
  'pool.disbursed-over-granted': (p: { amount: number; left: number }) =>
    `Udbetalingen på ${kr(p.amount)} kr. er større end det bevilgede, der ikke er udbetalt (${kr(p.left)} kr.).`,
  'pool.paid-back-over-net': (p: { amount: number; left: number }) =>
    `Tilbagebetalingen på ${kr(p.amount)} kr. er større end det, kilden har bevilget netto (${kr(p.left)} kr.).`,
  'pool.over-pool': (p: { name: string; amount: number; left: number }) =>
    `${p.name} har kun ${kr(p.left)} kr. tilbage; bevillingen på ${kr(p.amount)} kr. kan ikke gives.`,
  'pool.conditional-over-grant': (p: { amount: number; left: number }) =>
    `Den betingede bevilling på ${kr(p.amount)} kr. er større end det, den erstattede kilde har bevilget forslaget (${kr(p.left)} kr.).`,
  'pool.already-decided': () => 'Den betingede bevilling er allerede afgjort.',
  'pool.not-conditional': () => 'Kun en betinget bevilling kan få et udfald.',
  'pool.voided': () => 'Posteringen er annulleret.',
  'pool.no-investment-pool': () =>
    'Runden har ingen investeringspulje endnu. Angiv puljens beløb pr. år, før et scenarie vedtages.',
  'pool.scenario-infeasible': () => 'Et scenarie uden løsning kan ikke vedtages.',
  'pool.scenario-replaced': (p: { name: string }) => `Erstattet af scenariet "${p.name}".`,
  'pool.scenario-stale': (p: { refs: string }) =>
    `Scenariet er beregnet på ældre versioner af ${p.refs}. Kør og gem det igen, før det vedtages.`,
  'pool.source-taken': (p: { name: string }) => `Runden har allerede en kilde med navnet "${p.name}".`,
  'pool.unknown-source': () => 'Kilden hører ikke til budgetrunden.',
  'pool.unknown-proposal': () => 'Forslaget hører ikke til budgetrunden.',
  // The risk picture.
  'risk.level-assumed': (p: { level: string }) =>
    `Forslaget angiver ikke et risikoniveau; risikobilledet bruger organisationens standard (${p.level}).`,
  'risk.level-unknown': (p: { text: string; level: string }) =>
    `Risikoniveauet "${p.text}" er ikke lav, middel eller høj; risikobilledet bruger ${p.level}.`,
});
