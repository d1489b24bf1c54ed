// Messages of the validation rules (core/validation). A finding's `code` is its rule id, or the
// rule id with a suffix where one rule says materially different things; ".rounding" marks a
// difference within the rounding tolerance (severity info, docs/validation.md).
//
// Wording for the finance officer (issue 16): "Beregnet" is what Gevinst computes, "angivet" what
// the document prints; the amounts of one message are in one unit, named once, as the table
// prints them; no internal field names; the rule's own words are written out (pris- og lønniveau,
// Center for Økonomi).
import { formatAmount, unitLabel } from '../amount.ts';
import type { AmountUnit, Kroner } from '../model.ts';
import { defineMessages } from './define.ts';

// docs/messages.md renders every template with "{name}" strings in place of the values (doc.ts).
// The helpers pass anything that is not a number through unchanged, so the page shows the
// sentence with its placeholders rather than "(tekst med beregnede værdier)".

function amount(kroner: Kroner, unit: AmountUnit): string {
  return typeof kroner === 'number' ? formatAmount(kroner, unit) : String(kroner);
}

function unitName(unit: AmountUnit): string {
  // undefined for a placeholder in place of a unit (docs/messages.md).
  const label: string | undefined = unitLabel(unit);
  return label ?? String(unit);
}

/** An amount with its unit: "-300 (1.000 kr.)". */
function withUnit(kroner: Kroner, unit: AmountUnit): string {
  return `${amount(kroner, unit)} (${unitName(unit)})`;
}

/** The amounts of a comparison: what Gevinst computes, what the document prints, their unit. */
type Compared = { expected: Kroner; found: Kroner; unit: AmountUnit };

/** An amount that may be blank in the document. */
function optional(kroner: Kroner | null, unit: AmountUnit): string {
  return kroner === null ? 'ikke angivet' : amount(kroner, unit);
}

/** found − expected in the unit: what the document prints minus what it should print. */
function difference(p: Compared): string {
  return typeof p.expected === 'number' && typeof p.found === 'number'
    ? amount(p.found - p.expected, p.unit)
    : '{found − expected}';
}

/** "Beregnet -3.530, angivet -3.527, forskel 3 (1.000 kr.)." */
function compared(p: Compared): string {
  return `Beregnet ${amount(p.expected, p.unit)}, angivet ${amount(p.found, p.unit)}, forskel ${difference(p)} (${unitName(p.unit)}).`;
}

const ROUNDING = ' Forskellen ligger inden for afrundingen.';

const AREA_NAME: Record<string, string> = {
  service: 'service',
  anlaeg: 'anlæg',
  overfoersler: 'overførsler',
  efterspoergselsstyret: 'efterspørgselsstyret',
  finansposter: 'finansposter',
};

function areaName(area: string): string {
  return AREA_NAME[area] ?? area;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "de 5 rækker med beløb", "den ene række med beløb", or that no row has one. */
function ofRows(rows: number): string {
  if (rows === 0) return 'rækkerne (ingen række har et beløb i året)';
  if (rows === 1) return 'den ene række med beløb';
  return `de ${rows} rækker med beløb`;
}

// ---- 1. the economic table's identities -------------------------------------------------------

type TotalParams = Compared & { year: number; rows: number };
type AreaTotalParams = TotalParams & { area: string };

const total =
  (name: string, tail = '') =>
  (p: TotalParams): string =>
    `"${name}" ${p.year} er ikke summen af ${ofRows(p.rows)}. ${compared(p)}${tail}`;

const areaTotal =
  (name: string, tail = '') =>
  (p: AreaTotalParams): string =>
    `"${name}, ${areaName(p.area)}" ${p.year} er ikke summen af ${ofRows(p.rows)}. ${compared(p)}${tail}`;

type ImpactParams = Compared & { year: number; permanent: Kroner | null; implementation: Kroner | null };

const impact =
  (tail = '') =>
  (p: ImpactParams): string =>
    `"Samlet økonomisk påvirkning" ${p.year} er ikke "Samlet varig ændring" (${optional(p.permanent, p.unit)}) plus ` +
    `"Samlede implementeringsomkostninger" (${optional(p.implementation, p.unit)}). ${compared(p)}${tail}`;

// ---- 2. the catalog against its proposals, and its own sums ---------------------------------

type RowAmountParams = Compared & {
  title: string;
  year: number;
  /** The p/l years of the proposal's table and of the catalog (null where not printed). */
  fromPriceLevel: number | null;
  toPriceLevel: number | null;
};

const rowAmount =
  (tail = '') =>
  (p: RowAmountParams): string => {
    const converted =
      p.fromPriceLevel !== null && p.toPriceLevel !== null && p.fromPriceLevel !== p.toPriceLevel
        ? `, omregnet fra ${p.fromPriceLevel} p/l til ${p.toPriceLevel} p/l`
        : '';
    return (
      `Katalogets beløb for "${p.title}" i ${p.year} svarer ikke til besparelsen i forslagets økonomitabel` +
      `${converted} (kataloget viser besparelser som positive tal). ${compared(p)}${tail}`
    );
  };

type InvestmentParams = Compared & { title: string };

const investment =
  (tail = '') =>
  (p: InvestmentParams): string =>
    `Katalogets samlede investering for "${p.title}" stemmer ikke med summen af forslagets implementeringsomkostninger. ${compared(p)}${tail}`;

type GroupParams = Compared & {
  /** The catalog row's title ("Børne- og Ungdomsudvalget", "I alt"). */
  title: string;
  /** The column: a year, the total investment, or a budget area's part of either. */
  column: 'year' | 'investment' | 'investment-area' | 'full-effect-area';
  area: string | null;
  year: number | null;
  /** How many rows the total sums. */
  members: number;
};

function columnName(p: GroupParams): string {
  switch (p.column) {
    case 'year':
      return String(p.year);
    case 'investment':
      return 'samlet investering';
    case 'investment-area':
      return `investering, ${areaName(String(p.area))}`;
    case 'full-effect-area':
      return `effekt ved fuld indfasning, ${areaName(String(p.area))}`;
    default:
      return String(p.column);
  }
}

const committeeTotal =
  (tail = '') =>
  (p: GroupParams): string =>
    `Udvalgsrækken "${p.title}" (${columnName(p)}) ${
      p.members === 1
        ? 'stemmer ikke med udvalgets eneste forslag'
        : `er ikke summen af udvalgets ${p.members} forslag`
    }. ${compared(p)}${tail}`;

const grandTotal =
  (tail = '') =>
  (p: GroupParams): string =>
    `"${p.title}" (${columnName(p)}) ${
      p.members === 1
        ? 'stemmer ikke med tabellens eneste række'
        : `er ikke summen af tabellens ${p.members} rækker`
    }. ${compared(p)}${tail}`;

type FullEffectParams = Compared & {
  title: string;
  /** "service", or the other areas ("overførsler mv." in the 2021 overview). */
  area: string;
  year: number;
};

const fullEffect =
  (tail = '') =>
  (p: FullEffectParams): string =>
    `Katalogets effekt ved fuld indfasning for "${p.title}" (${p.area === 'service' ? 'service' : 'overførsler mv.'}) ` +
    `svarer ikke til forslagets varige ændring i det sidste år, ${p.year}, med modsat fortegn. ${compared(p)}${tail}`;

// ---- 3. Kvantum and other amount tables -------------------------------------------------------

type TableTotalParams = Compared & { label: string; table: string; year: number; rows: number };

const tableTotalRow =
  (tail = '') =>
  (p: TableTotalParams): string =>
    `"${p.label}" i "${p.table}" ${p.year} ${
      p.rows === 1
        ? 'stemmer ikke med tabellens eneste øvrige række med beløb'
        : `er ikke summen af tabellens ${p.rows} øvrige rækker med beløb`
    }. ${compared(p)}${tail}`;

type TableSumParams = Compared & { table: string; year: number; serviceOnly: boolean };

// Both figures of a table-sum comparison are the document's, so they are named, not called
// "beregnet" and "angivet": the proposal's figure first, then the table's sum.
const tableSum =
  (what: (p: TableSumParams) => string, tail = '') =>
  (p: TableSumParams): string =>
    `Summen af "${p.table}" ${p.year} stemmer ikke med ${what(p)}: forslaget ${amount(p.expected, p.unit)}, ` +
    `tabellen ${amount(p.found, p.unit)}, forskel ${difference(p)} (${unitName(p.unit)}).${tail}`;

const tableA = (tail = '') =>
  tableSum((p) => `forslagets "Samlet varig ændring"${p.serviceOnly === true ? ' for service' : ''}`, tail);
const tableD = (tail = '') => tableSum(() => 'forslagets implementeringsomkostninger til anlæg', tail);
const tableE = (tail = '') => tableSum(() => 'forslagets implementeringsomkostninger til service', tail);

type TableBParams = Compared & { table: string; year: number; runningCosts: Kroner };

const tableB =
  (tail = '') =>
  (p: TableBParams): string =>
    p.runningCosts === 0
      ? `"${p.table}" summerer i ${p.year} til ${withUnit(p.found, p.unit)}, ikke til 0 (en omfordeling mellem ` +
        `deltagerne), og forslaget har ingen nye driftsudgifter.${tail}`
      : `"${p.table}" summerer i ${p.year} til ${amount(p.found, p.unit)}, hverken 0 (en omfordeling mellem ` +
        `deltagerne) eller forslagets nye driftsudgifter, ${withUnit(p.runningCosts, p.unit)}.${tail}`;

type TableCParams = Compared & { label: string; year: number; a: Kroner | null; b: Kroner | null };

const tableC =
  (tail = '') =>
  (p: TableCParams): string =>
    `Tabel C for "${p.label}" ${p.year} er hverken Tabel A + Tabel B eller Tabel A − Tabel B ` +
    `(Tabel A: ${optional(p.a, p.unit)}, Tabel B: ${optional(p.b, p.unit)}). Beregnet som A + B: ` +
    `${amount(p.expected, p.unit)}, angivet ${amount(p.found, p.unit)} (${unitName(p.unit)}).${tail}`;

// ---- 4. payback -------------------------------------------------------------------------------

const PAYBACK_NAME = {
  service: 'Tilbagebetalingstiden baseret på serviceeffektivisering',
  total: 'Tilbagebetalingstiden baseret på totaløkonomi',
};

type PaybackParams = { stated: number; computed: number; year: number | null; startYear: number | null };

const payback =
  (name: string) =>
  (p: PaybackParams): string =>
    `${name} er angivet til ${p.stated} år, men beregnes til ${p.computed} år` +
    (p.year !== null && p.startYear !== null
      ? `: fra ${p.startYear}, det første år med implementeringsomkostninger, til og med ${p.year}.`
      : '.');

const paybackNone =
  (name: string) =>
  (p: { stated: number; reason: string }): string =>
    `${name} er angivet til ${p.stated} år, men kan ikke beregnes. ${p.reason}`;

function years(n: number | null): string {
  return n === null ? 'ingen' : `${n} år`;
}

// ---- 8. process ------------------------------------------------------------------------------

/** Why the template requires a consultation, by requirement (rules/process.ts REQUIREMENTS). */
const CONSULTATION_REASON: Record<string, string> = {
  it: 'digitaliseringsprojekter skal høres i IT-kredsen',
  hr: 'effektiviseringer på arbejdsgiverområdet skal høres i HR-kredsen før Center for Økonomis endelige godkendelse',
  property: 'ændrede behov for kvadratmeter kræver en ejendomsfaglig vurdering',
  welfare: 'effekter på overførsler kræver en velfærdsanalytisk vurdering',
};

type ConsultationParams = { body: string; requirement: string; note: string | null };

const reason = (p: ConsultationParams): string => CONSULTATION_REASON[p.requirement] ?? String(p.requirement);

/** The document's remark beside "Nej", quoted; a long one cut at a word (the finding's `found` has it all). */
function remark(note: string | null): string {
  if (note === null) return '';
  const short = note.length <= 80 ? note : `${note.slice(0, 80).replace(/\s+\S*$/, '')} …`;
  return ` ("${short}")`;
}

const approved = (p: { decision: string }): string =>
  `Kataloget angiver forslaget som godkendt (${p.decision}), men`;

export const validationMessages = defineMessages({
  // 1. identities of the economic table
  'economy.permanent-total': total('Samlet varig ændring'),
  'economy.permanent-total.rounding': total('Samlet varig ændring', ROUNDING),
  'economy.permanent-area-subtotal': areaTotal('Samlet varig ændring'),
  'economy.permanent-area-subtotal.rounding': areaTotal('Samlet varig ændring', ROUNDING),
  'economy.implementation-total': total('Samlede implementeringsomkostninger'),
  'economy.implementation-total.rounding': total('Samlede implementeringsomkostninger', ROUNDING),
  'economy.implementation-area-subtotal': areaTotal('Samlede implementeringsomkostninger'),
  'economy.implementation-area-subtotal.rounding': areaTotal('Samlede implementeringsomkostninger', ROUNDING),
  'economy.impact-total': impact(),
  'economy.impact-total.rounding': impact(ROUNDING),

  // 2. catalog against proposals
  'catalog.row-amount': rowAmount(),
  'catalog.row-amount.rounding': rowAmount(ROUNDING),
  'catalog.row-amount.no-index': (p: RowAmountParams) =>
    `Katalogets beløb for "${p.title}" i ${p.year} svarer ikke til besparelsen i forslagets økonomitabel ` +
    `(kataloget viser besparelser som positive tal). Forslaget er i ${p.fromPriceLevel} p/l og kataloget i ` +
    `${p.toPriceLevel} p/l, men pris- og lønindekset mangler et af årene, så beløbene er sammenlignet uden omregning. ` +
    compared(p),
  'sign.catalog-row': (p: Compared & { title: string; year: number }) =>
    `Kataloget og forslagets økonomitabel viser "${p.title}" ${p.year} med samme fortegn, men kataloget viser ` +
    `besparelser som positive tal og forslaget som negative. Beregnet ${amount(p.expected, p.unit)}, ` +
    `angivet ${amount(p.found, p.unit)} (${unitName(p.unit)}).`,
  'price-level.unconverted': (p: RowAmountParams) =>
    `Forslagets økonomitabel er i ${p.fromPriceLevel} p/l og kataloget i ${p.toPriceLevel} p/l, men kataloget ` +
    `gengiver forslagets beløb for "${p.title}" ${p.year} uomregnet. Beregnet med pris- og lønindekset ` +
    `${amount(p.expected, p.unit)}, angivet ${amount(p.found, p.unit)} (${unitName(p.unit)}).`,
  'catalog.investment': investment(),
  'catalog.investment.rounding': investment(ROUNDING),
  'catalog.investment.missing': (p: { title: string; expected: Kroner; unit: AmountUnit }) =>
    `Kataloget angiver ingen samlet investering for "${p.title}". Beregnet ud fra forslagets ` +
    `implementeringsomkostninger: ${withUnit(p.expected, p.unit)}.`,
  'catalog.full-effect': fullEffect(),
  'catalog.full-effect.rounding': fullEffect(ROUNDING),
  'catalog.title': (p: { catalogTitle: string; proposalTitle: string }) =>
    `Titlen i kataloget, "${p.catalogTitle}", er ikke den samme som forslagets overskrift, "${p.proposalTitle}".`,
  'catalog.unmatched': (p: { ref: string; title: string }) =>
    `${p.ref} "${p.title}" står ikke i katalogets oversigt, hverken med samme titel eller samme nummer.`,
  'catalog.committee-total': committeeTotal(),
  'catalog.committee-total.rounding': committeeTotal(ROUNDING),
  'catalog.grand-total': grandTotal(),
  'catalog.grand-total.rounding': grandTotal(ROUNDING),
  'catalog.committee-table': (
    p: Compared & { title: string; table: string; year: number; otherLine: number | null },
  ) =>
    `"${p.title}" ${p.year}: ${p.table} viser ${amount(p.found, p.unit)}, men udvalgets række i oversigten ` +
    `pr. forslag${p.otherLine === null ? '' : ` (linje ${p.otherLine})`} viser ${amount(p.expected, p.unit)}, ` +
    `forskel ${difference(p)} (${unitName(p.unit)}).`,

  // 3. Kvantum and other amount tables
  'table.total-row': tableTotalRow(),
  'table.total-row.rounding': tableTotalRow(ROUNDING),
  'kvantum.table-a': tableA(),
  'kvantum.table-a.rounding': tableA(ROUNDING),
  'kvantum.table-b-zero': tableB(),
  'kvantum.table-b-zero.rounding': tableB(ROUNDING),
  'kvantum.table-c': tableC(),
  'kvantum.table-c.rounding': tableC(ROUNDING),
  'kvantum.table-d': tableD(),
  'kvantum.table-d.rounding': tableD(ROUNDING),
  'kvantum.table-e': tableE(),
  'kvantum.table-e.rounding': tableE(ROUNDING),

  // 4. payback
  'payback.service': payback(PAYBACK_NAME.service),
  'payback.service.none': paybackNone(PAYBACK_NAME.service),
  'payback.total': payback(PAYBACK_NAME.total),
  'payback.total.none': paybackNone(PAYBACK_NAME.total),
  'payback.guideline': (p: { years: number; limit: number; stated: boolean }) =>
    `${p.stated === false ? 'Den beregnede' : 'Den angivne'} tilbagebetalingstid er ${p.years} år, over ` +
    `retningslinjen på højst ${p.limit} år, og forslaget er ikke markeret som grundinvestering.`,
  'payback.missing': (p: { service: number | null; total: number | null }) =>
    `Investeringsforslaget angiver ingen tilbagebetalingstid. Beregnet: ${years(p.service)} baseret på ` +
    `serviceeffektivisering, ${years(p.total)} baseret på totaløkonomi.`,
  'payback.catalog': (p: { title: string; found: number; service: number | null; total: number | null }) => {
    const printed =
      p.service !== null && p.total !== null && p.service !== p.total
        ? `${p.service} år (serviceeffektivisering) og ${p.total} år (totaløkonomi)`
        : years(p.service ?? p.total);
    return `Kataloget angiver tilbagebetalingstiden for "${p.title}" til ${p.found} år, men forslaget angiver ${printed}.`;
  },

  // 5. signs
  'sign.efficiency-positive': (p: { year: number; last: Kroner; unit: AmountUnit }) =>
    `Effektiviseringsforslagets "Samlet varig ændring" er positiv i alle år, også i det sidste år: ` +
    `${amount(p.last, p.unit)} i ${p.year} (${unitName(p.unit)}). Besparelser angives med negativt fortegn.`,
  'sign.saving-line-positive': (p: { label: string; year: number; value: Kroner; unit: AmountUnit }) =>
    `Rækken "${p.label}" lyder som en besparelse, men alle dens beløb er positive, fx ` +
    `${amount(p.value, p.unit)} i ${p.year} (${unitName(p.unit)}). Besparelser angives med negativt fortegn.`,
  'sign.implementation-negative': (p: { label: string; year: number; value: Kroner; unit: AmountUnit }) =>
    `Implementeringsrækken "${p.label}" har et negativt beløb i ${p.year}: ${withUnit(p.value, p.unit)}. ` +
    'Implementeringsomkostninger er udgifter og angives med positivt fortegn.',

  // 6. price level (pris- og lønniveau, p/l)
  'price-level.missing': (_p: Record<string, never>) =>
    'Økonomitabellen angiver ikke, hvilket pris- og lønniveau (p/l) beløbene er i.',
  'price-level.tables': (p: { tables: string; count: number; year: number; economyYear: number }) =>
    `${p.count === 1 ? 'Tabellen' : `${p.count} tabeller`} ${p.tables} er i ${p.year} p/l, men forslagets ` +
    `økonomitabel er i ${p.economyYear} p/l.`,
  'price-level.note': (p: { noteYear: number; otherYears: string; tableYear: number }) =>
    `Noten under tabellen siger, at forslaget udarbejdes i ${p.noteYear} p/l` +
    `${p.otherYears === '' ? '' : ` (og nævner ${p.otherYears} p/l)`}, men tabellen er i ${p.tableYear} p/l.`,

  // 7. text against table: amounts in the text's unit (mio. kr.), not the table's
  'prose.amount': (p: Compared & { year: number; full: boolean }) =>
    `Teksten nævner en effektivisering på ${amount(p.found, p.unit)} ${unitName(p.unit)} ` +
    `${p.full === true ? `ved fuld indfasning (${p.year})` : `i ${p.year}`}, men økonomitabellen giver en ` +
    // The unit's own period ends the sentence ("mio. kr.").
    `besparelse på ${amount(p.expected, p.unit)} ${unitName(p.unit)}${unitName(p.unit).endsWith('.') ? '' : '.'}`,

  // 8. process
  'process.cfo-approval.missing': (p: { decision: string }) =>
    `${approved(p)} forslaget viser ingen godkendelse fra Center for Økonomi.`,
  'process.cfo-approval.rejected': (p: { decision: string }) =>
    `${approved(p)} Center for Økonomi har svaret "Nej".`,
  'process.cfo-approval.undated': (p: { decision: string }) =>
    `${approved(p)} godkendelsen fra Center for Økonomi har ingen dato med årstal.`,
  'process.cfo-approval.unanswered': (p: { decision: string }) =>
    `${approved(p)} Center for Økonomi har hverken svaret "Ja" med dato eller fået forslaget til orientering med dato.`,
  'process.placeholder': (p: { text: string }) =>
    `Skabelonens vejledning eller pladsholder står stadig i forslaget: "${p.text}".`,
  'process.consultation.not-listed': (p: ConsultationParams) =>
    `${capitalise(p.body)} er ikke nævnt under "Hvem er hørt"; ${reason(p)}.`,
  'process.consultation.not-heard': (p: ConsultationParams) =>
    `${capitalise(p.body)} er angivet som ikke hørt${remark(p.note)}; ${reason(p)}.`,

  // 9. structure
  'structure.duplicate-ref': (p: { ref: string; otherTitle: string; otherLine: number | null }) =>
    `Forslagsnummeret "${p.ref}" bruges også af "${p.otherTitle}"${p.otherLine === null ? '' : ` (linje ${p.otherLine})`}.`,
  'structure.missing-part': (p: { part: string }) => `Forslaget mangler "${p.part}", som skabelonen kræver.`,
  'structure.year-columns': (p: { table: string; years: string; economyYears: string }) =>
    `"${p.table}" har årene ${p.years}, men forslagets økonomitabel har ${p.economyYears}.`,
  'structure.economy-years': (p: { label: string; years: string; columns: string }) =>
    `Rækken "${p.label}" har beløb i ${p.years}, som ikke er blandt økonomitabellens årskolonner (${p.columns}).`,
});

export type ValidationCode = keyof typeof validationMessages;
