// Messages of the importers (src/formats): what a reader could not read, and every inference it
// made (docs/text-format.md). Codes start with the part of the template they concern:
// "import.*" for the document as a whole, "economy.*", "followup.*", "catalog-table.*" …
// Errors that refuse a whole file (an ImportError) take their text from here too.
import { defineMessages } from './define.ts';

export const importMessages = defineMessages({
  // The file as a whole (errors: the file is refused).
  'import.nothing-read': (p: { file: string }) =>
    `${p.file}: der blev hverken fundet forslag eller katalogrækker i dokumentet.`,
  'import.empty-file': (p: { file: string }) => `${p.file}: filen er tom.`,
  'import.binary-file': (p: { file: string }) =>
    `${p.file}: filen er hverken tekst, PDF eller et Word-dokument (.docx), som Gevinst kan læse.`,
  'import.unsupported-kind': (p: { file: string; kind: string }) =>
    `${p.file}: ${p.kind} kan ikke læses; gem dokumentet som PDF eller Word (.docx), eller som tekst.`,
  'import.pdf-unreadable': (p: { file: string }) =>
    `${p.file}: filen kan ikke læses som PDF (den er beskadiget eller ufuldstændig).`,
  'import.pdf-password': (p: { file: string }) =>
    `${p.file}: PDF-filen er beskyttet med en adgangskode og kan ikke læses.`,
  'import.pdf-no-text': (p: { file: string }) =>
    `${p.file}: PDF-filen indeholder ingen tekst (måske er siderne skannede billeder); Gevinst læser ikke tekst i billeder.`,
  'import.docx-unreadable': (p: { file: string }) =>
    `${p.file}: filen ligner et Word-dokument, men kan ikke åbnes (den er beskadiget).`,
  'import.zip-not-docx': (p: { file: string }) =>
    `${p.file}: filen er en ZIP-fil (fx et Excel-regneark), ikke et Word-dokument (.docx).`,
  // Storing an import in a round (refusals: nothing is stored).
  'import.refs-taken': (p: { refs: string }) =>
    `Budgetrunden har allerede forslag med numrene ${p.refs}. Intet er importeret. Vælg at springe dem over, eller importér i en ny budgetrunde.`,
  'import.all-refs-taken': () =>
    'Alle dokumentets forslag findes allerede i budgetrunden. Intet er importeret.',
  'import.decision-recorded': (p: { approvedWith: string; file: string; line: number }) =>
    `Registreret ved import: kataloget angiver "Godkendt med: ${p.approvedWith}" (${p.file}, linje ${p.line}).`,
  // The file was read, with a caveat (warnings).
  'import.economy-not-computed': (p: { ref: string; reason: string }) =>
    `${p.ref}: Gevinst kunne ikke beregne økonomien (${p.reason}).`,
  'import.encoding-guessed': (p: { encoding: string }) =>
    `Filen er ikke UTF-8; den er læst som ${p.encoding}. Kontrollér æ, ø og å.`,

  'import.pool-no-number': (p: { ref: string }) =>
    `${p.ref}: forslaget har intet BC-nummer i "Forslagets titel"; det kaldes "${p.ref}".`,
  'import.pool-no-title': (p: { ref: string }) =>
    `${p.ref}: forslaget har ingen linje "Forslagets titel"; det kaldes "${p.ref}" og har ingen titel.`,

  // The economic table ("Forslagets samlede økonomiske konsekvenser").
  'economy.no-years': (p: { ref: string }) =>
    `${p.ref}: økonomitabellen har ingen læsbar række med årstal; tabellen er ikke læst.`,
  'economy.unit-assumed': (p: { ref: string }) =>
    `${p.ref}: økonomitabellen angiver ikke sin enhed; 1.000 kr. er antaget.`,
  'economy.years-differ': (p: { ref: string; years: string }) =>
    `${p.ref}: økonomitabellen gentager årskolonnerne med andre år (${p.years}); de første bruges.`,
  'economy.year-twice': (p: { ref: string; year: number }) =>
    `${p.ref}: årstallet ${p.year} står to gange i økonomitabellens overskrift; den gentagne kolonne er ikke læst.`,
  'economy.values-without-label': (p: { ref: string }) =>
    `${p.ref}: en række i økonomitabellen har tal, men ingen tekst; den er ikke læst.`,
  'economy.area-unknown': (p: { ref: string; area: string; label: string }) =>
    `${p.ref}: styringsområdet "${p.area}" er ukendt; rækken "${p.label}" har intet styringsområde.`,
  'economy.area-drift': (p: { ref: string }) => `${p.ref}: styringsområdet "Drift" er læst som service.`,
  'economy.line-outside-totals': (p: { ref: string; label: string }) =>
    `${p.ref}: "${p.label}" står efter "Samlet varig ændring" og før implementeringsomkostningerne (eller er mærket med *); rækken er læst som varig ændring uden for de samlede tal.`,
  'economy.line-read-as-implementation': (p: { ref: string; label: string }) =>
    `${p.ref}: "${p.label}" står efter "Samlet varig ændring" uden overskrift; rækken er læst som implementeringsomkostning.`,
  'economy.subtotal-not-by-area': (p: { ref: string; label: string }) =>
    `${p.ref}: delsummen "${p.label}" er ikke en sum pr. styringsområde og er ikke gemt som angivet sum.`,
  'economy.too-many-values': (p: {
    ref: string;
    label: string;
    count: number;
    columns: number;
    dropped: string;
  }) =>
    `${p.ref}: rækken "${p.label}" har ${p.count} tal til ${p.columns} årskolonner; de første (${p.dropped}) er udeladt.`,
  'economy.cell-unreadable': (p: { ref: string; cell: string; label: string }) =>
    `${p.ref}: "${p.cell}" i rækken "${p.label}" er ikke et læseligt tal og er udeladt.`,
  'economy.digits-read-by-subtotals': (p: { ref: string; label: string; reading: string }) =>
    `${p.ref}: tallene i rækken "${p.label}" kan læses på flere måder; de er læst som ${p.reading}, fordi kun den læsning stemmer med subtotalerne.`,
  'economy.rows-placed-near': (p: { ref: string; label: string; fromFirst: boolean }) =>
    `${p.ref}: rækkerne under "${p.label}" har færre tal end årskolonner og for mange mulige placeringer til at prøve alle; de er placeret fra ${p.fromFirst ? 'første' : 'sidste'} år og justeret mod subtotalen.`,
  'economy.rows-placed-ambiguous': (p: { ref: string; label: string; count: number }) =>
    `${p.ref}: rækkerne under "${p.label}" har færre tal end årskolonner og kan placeres på ${p.count} måder, der alle stemmer; varige ændringer er lagt til sidste år og implementering fra første år.`,
  'economy.subtotal-differs': (p: { ref: string; label: string; difference: number }) =>
    `${p.ref}: "${p.label}" stemmer ikke med summen af sine rækker (samlet forskel ${p.difference} i tabellens enhed).`,
  'economy.row-placed-by-default': (p: {
    ref: string;
    label: string;
    count: number;
    columns: number;
    fromFirst: boolean;
  }) =>
    `${p.ref}: rækken "${p.label}" har ${p.count} tal til ${p.columns} årskolonner, og ingen subtotal afgør hvilke år; de er placeret ${p.fromFirst ? 'fra første' : 'til sidste'} år.`,
  'economy.row-empty': (p: { ref: string; label: string }) =>
    `${p.ref}: rækken "${p.label}" er tom i dokumentet.`,
  'economy.impact-twice': (p: { ref: string }) =>
    `${p.ref}: "Samlet økonomisk påvirkning" står to gange; den første er brugt.`,
  'economy.total-twice': (p: { ref: string; label: string }) =>
    `${p.ref}: "${p.label}" står mere end én gang; rækken uden styringsområde (ellers den første) er læst som total, de andre som subtotal for deres styringsområde.`,
  'economy.payback-empty': (p: { ref: string; label: string }) =>
    `${p.ref}: "${p.label}" er tom i dokumentet.`,
  'economy.payback-unreadable': (p: { ref: string; text: string }) =>
    `${p.ref}: tilbagebetalingstiden "${p.text}" kan ikke læses som et antal år.`,
  'economy.area-from-subtotal': (p: {
    ref: string;
    count: number;
    example: string;
    area: string;
    total: string;
  }) =>
    `${p.ref}: ${p.count === 1 ? 'rækken' : `${p.count} rækker`} uden styringsområde (fx "${p.example}") er læst som ${p.area}, fordi "${p.total}" kun nævner ${p.area} og er lig med summen af rækkerne.`,

  'import.outline-proposal-absent': (p: { ref: string }) =>
    `Indholdsfortegnelsen nævner ${p.ref}, men forslaget findes ikke i teksten.`,

  // A proposal as a whole.
  'proposal.part-missing': (p: { ref: string; part: string }) =>
    `${p.ref}: "${p.part}" findes ikke i forslaget.`,
  'proposal.part-unreadable': (p: { ref: string; part: string }) =>
    `${p.ref}: "${p.part}" står i forslaget, men kunne ikke læses.`,
  'proposal.presenting-unknown': (p: { ref: string; text: string }) =>
    `${p.ref}: den fremstillende forvaltning "${p.text}" er ikke genkendt.`,

  // Checkboxes and the grid of affected administrations.
  'checkbox.both-or-none': (p: { ref: string; question: string; both: boolean }) =>
    `${p.ref}: ved "${p.question}" er ${p.both ? 'begge' : 'ingen af'} felterne afkrydset; svaret kan ikke læses.`,
  'checkbox.lost-text-read-as-yes': (p: { ref: string; question: string }) =>
    `${p.ref}: afkrydsningen ved "${p.question}" er tabt i konverteringen; "Ja" er læst, fordi der står en tekst ved det.`,
  'checkbox.only-one-left': (p: { ref: string; question: string; answer: string }) =>
    `${p.ref}: afkrydsningen ved "${p.question}" er tabt; kun "${p.answer}" står tilbage og er læst som svaret.`,
  'checkbox.lost': (p: { ref: string; question: string }) =>
    `${p.ref}: afkrydsningen ved "${p.question}" er tabt i konverteringen; svaret kan ikke læses.`,
  'affected.unknown': (p: { ref: string; name: string }) => `${p.ref}: forvaltningen "${p.name}" er ukendt.`,
  'affected.boxes-lost': (p: { ref: string }) =>
    `${p.ref}: afkrydsningsfelterne ved "Berørte forvaltninger" er tabt i konverteringen; alle nævnte forvaltninger er sat som berørte (gæt).`,

  // The follow-up table (Opfølgningsmål).
  'followup.read-as-paragraphs': (p: { ref: string }) =>
    `${p.ref}: opfølgningsmålene er læst som fire afsnit pr. mål; konverteringen kan have forskudt kolonnerne, så de bør kontrolleres mod dokumentet.`,
  'followup.page-break-joined': (p: { ref: string; text: string }) =>
    `${p.ref}: et opfølgningsmål er delt af et sideskift; de to dele er læst som én celle ("${p.text}").`,
  'followup.columns-missing': (p: { ref: string; target: string; count: number }) =>
    `${p.ref}: opfølgningsmålet "${p.target}" har kun ${p.count} af 4 kolonner; det er udeladt.`,
  'followup.columns-joined': (p: { ref: string; target: string; withMeasure: boolean }) =>
    `${p.ref}: opfølgningsmålet "${p.target}": kolonnerne står sammen i dokumentet og kan ikke skilles; teksten er læst som mål${p.withMeasure ? ' og måling' : ''}.`,

  // Other year tables of a proposal (administration effect, Kvantum A–E, annex, detail tables).
  'table.no-years': (p: { ref: string; title: string }) =>
    `${p.ref}: tabellen "${p.title}" har ingen læsbare årstal og er ikke læst.`,
  'table.unit-assumed': (p: { ref: string; title: string }) =>
    `${p.ref}: tabellen "${p.title}" angiver ingen enhed; 1.000 kr. er antaget.`,
  'table.year-twice': (p: { ref: string; title: string; year: number }) =>
    `${p.ref}: årstallet ${p.year} står to gange i overskriften på tabellen "${p.title}"; den gentagne kolonne er ikke læst.`,
  'table.cell-unreadable': (p: { ref: string; title: string; label: string; cell: string }) =>
    `${p.ref}: tabel "${p.title}", "${p.label}": "${p.cell}" kan ikke læses som et beløb og er udeladt.`,
  'table.row-in-order': (p: {
    ref: string;
    title: string;
    label: string;
    count: number;
    from: number;
    to: number;
  }) =>
    `${p.ref}: tabel "${p.title}", "${p.label}": rækken mangler en celle; dens ${p.count} tal er placeret i årsrækkefølge ${p.from}-${p.to} (gæt ud fra antallet).`,
  'table.row-extra-cells': (p: { ref: string; title: string; label: string; cells: string }) =>
    `${p.ref}: tabel "${p.title}", "${p.label}": rækken har flere felter end tabellens årskolonner; "${p.cells}" er ikke læst.`,
  'table.row-extra-number': (p: { ref: string; title: string; label: string; number: string }) =>
    `${p.ref}: tabel "${p.title}", "${p.label}": rækken har et tal mere ("${p.number}") end der er årskolonner; det er læst som tekst, og årenes placering bør kontrolleres.`,
  'table.total-differs': (p: { ref: string; title: string }) =>
    `${p.ref}: totalrækken i tabellen "${p.title}" stemmer ikke med summen af rækkerne.`,
  'table.row-placed-by-default': (p: { ref: string; title: string; label: string }) =>
    `${p.ref}: rækken "${p.label}" i tabellen "${p.title}" har færre tal end årskolonner, og intet afgør hvilke år; de er placeret til sidste år.`,

  // Pre-analyses (foranalyse).
  'preanalysis.no-title': (p: { ref: string }) =>
    `${p.ref}: foranalysen har ingen titel; titlen er ikke udfyldt.`,
  'preanalysis.no-economy': (p: { ref: string }) =>
    `${p.ref}: foranalysen har intet afsnit "Økonomi"; det søgte beløb er ikke udfyldt.`,
  'preanalysis.no-amount': (p: { ref: string }) =>
    `${p.ref}: afsnittet "Økonomi" angiver intet beløb i kroner; det søgte beløb er ikke udfyldt.`,
  'preanalysis.amount-summed': (p: { ref: string; parts: string }) =>
    `${p.ref}: afsnittet "Økonomi" angiver ingen samlet sum; det søgte beløb er lagt sammen af ${p.parts} (beregnet af Gevinst).`,

  // The catalog tables before the proposals.
  'catalog-table.no-years': (_p: Record<string, never>) =>
    'Katalogtabellen har ingen læsbar række med årstal og er ikke læst.',
  'catalog-table.year-twice': (p: { year: number }) =>
    `Årstallet ${p.year} står to gange i katalogtabellens overskrift; den gentagne kolonne er ikke læst.`,
  'catalog-table.row-too-few-values': (p: { count: number; columns: number }) =>
    `Katalogrækken har ${p.count} tal, men tabellen har ${p.columns} årskolonner; rækken er ikke læst.`,
  'catalog-table.row-too-many-values': (p: { title: string }) =>
    `Katalogrækken "${p.title}" har flere tal end kolonner; de overskydende er udeladt.`,
  'catalog-table.row-in-order': (p: { title: string; count: number; from: number; to: number }) =>
    `Katalogrækken "${p.title}" mangler en celle; dens ${p.count} tal er placeret i årsrækkefølge ${p.from}-${p.to} (gæt ud fra antallet).`,
  'catalog-table.cell-unreadable': (p: { cell: string; year: number | null }) =>
    `"${p.cell}"${p.year === null ? '' : ` (${p.year})`} i katalogtabellen er ikke et læseligt tal og er udeladt.`,
  'catalog-table.footnote-missing': (p: { mark: string; title: string }) =>
    `Fodnoten "${p.mark}" ved "${p.title}" findes ikke under tabellen.`,
  'catalog-table.row-linked': (p: { printed: string; ref: string; title: string }) =>
    `Katalogrækken "${p.printed} ${p.title}" er knyttet til ${p.ref}, som har samme titel (kataloget nummererer forslaget anderledes).`,
  'catalog-table.proposal-absent': (p: { ref: string; title: string }) =>
    `Kataloget nævner ${p.ref} "${p.title}", men forslaget findes ikke i teksten.`,
  'catalog-table.overview-cell-unreadable': (p: { row: string; column: string; cell: string }) =>
    `Oversigten, ${p.row}, ${p.column}: "${p.cell}" kan ikke læses som et beløb og er udeladt.`,
  'catalog-table.overview-payback-unreadable': (p: { row: string; text: string }) =>
    `Oversigten, ${p.row}: tilbagebetalingstiden "${p.text}" kan ikke læses.`,
  'catalog-table.committee-unknown': (p: { name: string }) => `Oversigten: udvalget "${p.name}" er ukendt.`,

  // Word repair over the whole document.
  'words.repaired': (p: { count: number; from: string; to: string; line: number | null }) =>
    `${p.count} ord, som konverteringen havde brudt, er samlet igen ud fra dokumentets eget ordforråd (fx "${p.from}" → "${p.to}"${p.line === null ? '' : `, linje ${p.line}`}).`,
});
