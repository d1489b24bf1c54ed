// Every Danish text of the follow-up pages (gevinstrealisering), beside da.ts. The names of the
// follow-up's codes (year status, target state, recurrence) are core's (src/core/follow-up/names.ts).
import { OCCURRENCE_STATE_NAMES, RECURRENCE_NAMES, YEAR_STATUS_NAMES } from '../../core/follow-up/names.ts';
import { SECTION_NAMES, areaName } from '../../core/follow-up/plan.ts';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const daFollowUp = {
  nav: 'Opfølgning',
  proposalLink: 'Se opfølgningen: planlagt og realiseret, mål med datoer',
  roundLink: 'Rundens opfølgning',
  yearStatus: YEAR_STATUS_NAMES,
  state: OCCURRENCE_STATE_NAMES,
  recurrence: RECURRENCE_NAMES,
  section: (s: keyof typeof SECTION_NAMES) => capital(SECTION_NAMES[s]),
  area: areaName,

  page: {
    title: (ref: string, title: string) => `Opfølgning: ${ref} ${title}`.trim(),
    intro:
      'Planlagt er den vedtagne versions økonomi, som Gevinst beregner den; realiseret er, hvad forvaltningen har indtastet. Besparelser har negativt fortegn, og afvigelse = realiseret − planlagt.',
    thresholds: (percent: number, kroner: string) =>
      `Et år er på sporet, når afvigelsen højst er ${percent} pct. af det planlagte eller ${kroner} (1.000 kr.), hvad der er størst.`,
    chart: 'Besparelse pr. år, planlagt og realiseret (1.000 kr., positiv = sparet)',
    planned: 'Planlagt',
    realised: 'Realiseret',
    deviation: 'Afvigelse',
    status: 'Status',
    spendingPlanned: 'Impl. planlagt',
    spendingRealised: 'Impl. realiseret',
    confirmed: 'Bekræftet',
    note: 'Note',
    yearsCaption: 'Varig ændring og implementeringsomkostninger pr. år (1.000 kr.)',
    confirm: (year: number) => `Bekræft ${year}`,
    confirmedBy: (by: string, at: string) => `af ${by}, ${at}`,
    confirmedDone: (year: number) => `${year} er bekræftet.`,
    enter: 'Indtast realiserede tal',
    totals: 'Realiserede år i alt',
    complete: 'Opfølgningen er fuldført: alle år er realiseret og bekræftet, og alle mål er opfyldt.',
    targets: 'Opfølgningsmål',
    noTargets: 'Forslaget har ingen opfølgningsmål.',
    target: 'Mål',
    responsible: 'Ansvarlig',
    when: 'Hvornår (som skrevet)',
    due: 'Frist',
    met: 'Opfyldt',
    metBy: (by: string, at: string, evidence: string) => `${at}, ${by}: ${evidence}`,
    markMet: 'Registrér som opfyldt',
    occurrence: 'Hvilken frist',
    noDate: 'uden dato',
    evidence: 'Dokumentation (hvad viser, at målet er nået?)',
    saveMet: 'Gem som opfyldt',
    setSchedule: 'Sæt frist',
    scheduleDate: 'Frist',
    scheduleRecurrence: 'Gentagelse',
    noRecurrence: 'ingen',
    saveSchedule: 'Gem frist',
    resetSchedule: 'Læs fristen af teksten igen',
    scheduleSource: { parsed: 'læst af teksten', set: 'sat i Gevinst', none: 'ingen dato i teksten' },
    history: 'Historik over indtastninger',
    noHistory: 'Der er ikke indtastet realiserede tal endnu.',
    version: (v: number, by: string, at: string, changes: number) =>
      `Version ${v} · ${by} · ${at} · ${changes === 1 ? '1 tal' : `${changes} tal`}`,
    cleared: 'slettet',
    saved: 'Gemt.',
  },

  entry: {
    title: (ref: string) => `Indtast realiserede tal: ${ref}`,
    help: 'Skriv beløb i 1.000 kr. med dansk talformat (fx -1.250,5), ét tal pr. felt. Besparelser har negativt fortegn. Udfyld enten styringsområdets samlede beløb eller beløbene for dets linjer. Pile og Enter flytter mellem felterne; et tomt felt er ikke indtastet (ikke 0).',
    caption: 'Realiseret pr. år og styringsområde (1.000 kr.)',
    plannedRow: (what: string) => `Planlagt: ${what}`,
    areaRow: (what: string) => `Realiseret i alt: ${what}`,
    lineRow: (label: string) => `↳ ${label}`,
    cellLabel: (row: string, year: number) => `${row}, ${year}`,
    notes: 'Noter pr. år',
    noteLabel: (year: number) => `Note til ${year}`,
    save: 'Gem realiserede tal',
    cancel: 'Tilbage til opfølgningen',
    invalid: 'Ret de markerede felter, før du gemmer.',
    wholeSection:
      'Et beløb uden styringsområde, hvor planen ikke har linjer uden styringsområde, er hele afsnittet samlet (fx overført fra den tidligere opfølgning). Det tæller, indtil alle styringsområderne er udfyldt, og aldrig sammen med dem: ryd det, når de er.',
    bothAreaAndLines: (what: string, year: number) =>
      `${what} i ${year}: udfyld enten området eller linjerne, ikke begge.`,
    stale: 'Hent den nyeste version',
    leaveUnsaved: 'Du har realiserede tal, der ikke er gemt. Vil du forlade siden?',
    nothing: 'Forslaget har ingen økonomitabel at følge op på.',
  },

  due: {
    title: 'Frister for opfølgning',
    intro: (from: string, to: string) =>
      `Opfølgningsmål med frist i dette kvartal (${from} – ${to}) og overskredne frister, pr. forvaltning. Den ansvarlige er den, målet selv nævner.`,
    administration: 'Forvaltning',
    all: 'Alle forvaltninger',
    none: 'Ingen frister i kvartalet og ingen overskredne.',
    proposal: 'Forslag',
    round: 'Runde',
    noAdministration: 'Uden forvaltning',
  },

  overview: {
    title: (scope: string) => `Opfølgning: ${scope}`,
    allRounds: 'Alle budgetrunder',
    intro:
      'Vedtagne forslag fulgt op år for år: planlagt (den vedtagne versions beregnede varige ændring) mod realiseret (indtastet af forvaltningerne).',
    downloads: 'Hent rapporten',
    dueLink: 'Frister for opfølgning',
    committeeChart: (committee: string) => `${committee}: besparelse pr. år (1.000 kr., positiv = sparet)`,
    totals: 'Pr. udvalg og år',
    totalsCaption: 'Varig ændring, 1.000 kr., forslagenes fortegn',
    plannedOfRealised: 'Planlagt for de realiserede',
    proposals: 'Forslag',
    realisedCount: (n: number, of: number) => `${n} af ${of}`,
    proposalsTitle: 'Forslagene',
    yearsShown: 'År',
    complete: 'Fuldført',
    none: 'Ingen vedtagne forslag at følge op på endnu.',
  },

  settings: {
    percent: 'Opfølgning: tolerance for afvigelse (procent af det planlagte)',
    kroner: 'Opfølgning: tolerance for afvigelse (1.000 kr.; den største af de to gælder)',
  },

  attainment: {
    cameIn: (cameIn: string, diff: string) => `kom ind: ${cameIn} (${diff})`,
  },
};
